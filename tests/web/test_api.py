"""The REST API: the same filters and answers as the commands, cursor pages, JSON errors, tokens for
writing, corrections visible in the listings."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from diplowatch.store import SQLiteStore
from diplowatch.store.filters import EventFilter, select_events
from tests.web.conftest import TOKEN, api_test_app

API = "/api/v1"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _ids(client: TestClient, **params: object) -> list[str]:
    response = client.get(f"{API}/events", params=params)
    assert response.status_code == 200, response.text
    return [e["id"] for e in response.json()["items"]]


def _error(response, status: int, code: str) -> str:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code
    assert "\n" not in body["error"]["message"]
    return str(body["error"]["message"])


def test_api_events_lists_facts_in_date_order(client: TestClient) -> None:
    items = client.get(f"{API}/events").json()["items"]
    assert [e["date_start"] for e in items if e["date_start"]] == sorted(
        e["date_start"] for e in items if e["date_start"]
    )
    assert not [e for e in items if {"future", "negated"} & set(e["notes"])]
    with_future = _ids(client, include_future=True, include_negated=True)
    assert len(with_future) == len(items) + 3  # a planned visit and two denied events


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"category": "ACCUSE"}, {"ACCUSE"}),
        ({"category": "accuse,request"}, {"ACCUSE", "REQUEST"}),
        ({"category": ["SUPPORT", "request"]}, {"SUPPORT", "REQUEST"}),
    ],
)
def test_api_events_categories(client: TestClient, params: dict, expected: set[str]) -> None:
    items = client.get(f"{API}/events", params=params).json()["items"]
    assert items and {e["category"] for e in items} == expected


def test_api_events_actor_roll_up_role_place_language_outlet_dates_confidence(client: TestClient) -> None:
    russia = client.get(f"{API}/events", params={"actor": "Russia"}).json()["items"]
    assert any("Sergey_Vershinin" in e["actor_ids"] for e in russia)  # an official acts for the state
    exact = client.get(f"{API}/events", params={"actor": "Russia", "exact": True}).json()["items"]
    assert all("Russia" in e["actor_ids"] + e["recipient_ids"] for e in exact) and len(exact) < len(russia)
    addressed = client.get(f"{API}/events", params={"actor": "Morocco", "role": "recipient"}).json()["items"]
    assert addressed and all("Morocco" in e["recipient_ids"] for e in addressed)
    assert {e["where"] for e in client.get(f"{API}/events", params={"place": "Rabat"}).json()["items"]} == {
        "Rabat"
    }
    arabic = _ids(client, language="ar")
    assert len(arabic) == 1
    assert _ids(client, outlet="test outlet") == _ids(client)
    assert _ids(client, outlet="Other Outlet") == []
    march = client.get(f"{API}/events", params={"since": "2024-03", "until": "2024-03"}).json()["items"]
    assert march and all(e["date_start"].startswith("2024-03") for e in march)
    confident = client.get(f"{API}/events", params={"min_confidence": 0.6}).json()["items"]
    assert all(e["confidence"] >= 0.6 for e in confident) and len(confident) < len(_ids(client))


def test_api_events_cursor_pages_walk_the_whole_list(client: TestClient) -> None:
    everything = _ids(client, include_future=True, include_negated=True)
    seen: list[str] = []
    url: str | None = f"{API}/events?limit=2&include_future=true&include_negated=true"
    while url:
        body = client.get(url).json()
        assert len(body["items"]) <= 2
        seen += [e["id"] for e in body["items"]]
        url = body["next"]
        if url:
            parts = urlsplit(url)
            url = f"{parts.path}?{parts.query}"
    assert seen == everything


def _walk(client: TestClient, size: int, params: dict[str, object]) -> list[dict]:
    """Every item the cursor pages of `size` give, from the first page to the last."""
    items: list[dict] = []
    response = client.get(f"{API}/events", params={**params, "limit": size})
    while True:
        body = response.json()
        assert response.status_code == 200 and len(body["items"]) <= size, response.text
        items += body["items"]
        if not body["next"]:
            return items
        parts = urlsplit(body["next"])
        response = client.get(f"{parts.path}?{parts.query}")


def test_api_event_pages_give_each_event_once_in_timeline_order_with_corrections(
    writable: tuple[TestClient, Path],
) -> None:
    client, db = writable
    listed = client.get(f"{API}/events", params={"include_negated": True}).json()["items"]
    meeting = next(e["id"] for e in listed if e["category"] == "CONSULT" and e["sources"] == 3)
    moved, wrong = listed[-1]["id"], listed[1]["id"]
    split_off = client.get(f"{API}/events/{meeting}").json()["sources"][0]["doc_id"]
    for fields in (
        {"event_id": meeting, "split": [split_off]},
        {"event_id": moved, "date": "2020"},  # from the end of the timeline to its front
        {"event_id": wrong, "wrong": True},
    ):
        made = client.post(f"{API}/corrections", json={"by": "Ana", "why": "checked", **fields}, headers=AUTH)
        assert made.status_code == 201, made.text
    for params in ({}, {"include_negated": True, "include_wrong": True}, {"category": "CONSULT"}):
        wanted = EventFilter(
            types=("CONSULT",) if "category" in params else (),
            include_negated="include_negated" in params,
            include_wrong="include_wrong" in params,
        )
        with SQLiteStore(db, read_only=True) as store:  # the whole events, as the commands list them
            expected = [e.id for e in select_events(store, wanted)]
        for size in (1, 2, 3, 100):
            items = _walk(client, size, params)
            keys = [(e["date_start"] or "~", e["date_end"] or "~", e["category"], e["id"]) for e in items]
            assert [e["id"] for e in items] == expected
            assert keys == sorted(set(keys))  # each once, in timeline order
        assert items[0]["id"] == moved or "category" in params
        assert (wrong in expected) == ("include_wrong" in params)


def test_api_bad_values_are_json_errors(client: TestClient) -> None:
    message = _error(client.get(f"{API}/events", params={"category": "HUG"}), 400, "invalid-value")
    assert "PLOVER" in message
    _error(client.get(f"{API}/events", params={"since": "last week"}), 400, "invalid-value")
    _error(client.get(f"{API}/events", params={"role": "actor"}), 400, "invalid-value")
    _error(client.get(f"{API}/events", params={"actor": "Nobody At All"}), 404, "not-found")
    _error(client.get(f"{API}/events", params={"limit": 501}), 422, "invalid-request")
    _error(client.get(f"{API}/events", params={"role": "host"}), 422, "invalid-request")
    _error(client.get(f"{API}/events", params={"cursor": "not-a-cursor"}), 400, "bad-cursor")
    _error(client.get(f"{API}/events/ev-ffffffffff"), 404, "not-found")
    _error(client.get(f"{API}/nowhere"), 404, "not-found")
    _error(client.get(f"{API}/search"), 422, "invalid-request")


def test_api_event_has_sources_and_evidence(client: TestClient) -> None:
    [meeting] = [
        e
        for e in client.get(f"{API}/events", params={"actor": "Sergey_Lavrov"}).json()["items"]
        if e["sources"] == 3
    ]
    event = client.get(f"{API}/events/{meeting['id'][3:9]}").json()
    assert event["id"] == meeting["id"] and event["type"] == "CONSULT"
    assert {s["doc_id"] for s in event["sources"]} == {"fr-moscou", "es-moscu", "fr-moscow"}
    assert all(e["text"] for e in event["evidence"]) and event["review"] is None


def test_api_actors_actor_quotes_search_documents_stats(client: TestClient) -> None:
    actors = client.get(f"{API}/actors").json()["items"]
    assert actors[0]["events"] >= actors[-1]["events"]
    assert client.get(f"{API}/actors", params={"q": "lavrov"}).json()["items"][0]["id"] == "Sergey_Lavrov"
    profile = client.get(f"{API}/actors/Sergey_Lavrov").json()
    assert profile["id"] == "Sergey_Lavrov" and profile["events"] == 1 and profile["quotes"]
    _error(client.get(f"{API}/actors/Nobody At All"), 404, "not-found")
    quotes = client.get(f"{API}/quotes", params={"speaker": "Sergey_Lavrov"}).json()["items"]
    assert [q["speaker_id"] for q in quotes] == ["Sergey_Lavrov"]
    hits = client.get(f"{API}/search", params={"q": "Lavrov"}).json()["items"]
    assert hits and all(h["events"] for h in hits) and "[" in hits[0]["snippet"]
    documents = client.get(f"{API}/documents").json()["items"]
    assert len(documents) == 5 and all("/" not in d["source"] for d in documents)
    assert client.get(f"{API}/rejections").json()["items"] == [
        {"source": "empty.txt", "stage": "read", "reason": "empty", "detail": "nothing"}
    ]
    stats = client.get(f"{API}/stats").json()
    assert (stats["documents"], stats["rejected"], stats["corrections"]) == (5, 1, 0)


def test_api_openapi_schema_names_every_route(client: TestClient) -> None:
    schema = client.get(f"{API}/openapi.json").json()
    assert set(schema["paths"]) == {
        "/events",
        "/events/{event_id}",
        "/actors",
        "/actors/{name}",
        "/quotes",
        "/search",
        "/documents",
        "/rejections",
        "/corrections",
        "/corrections/{correction_id}",
        "/stats",
    }
    assert schema["components"]["schemas"]["ErrorBody"]
    assert client.get(f"{API}/docs").status_code == 404  # no page that loads scripts from a CDN


def test_api_writing_needs_the_token(writable: tuple[TestClient, Path]) -> None:
    client, _ = writable
    meeting = _ids(client, category="CONSULT")[0]
    body = {"event_id": meeting, "by": "Ana", "why": "they agreed to meet", "category": "AGREE"}
    _error(client.post(f"{API}/corrections", json=body), 401, "token-required")
    _error(
        client.post(f"{API}/corrections", json=body, headers={"Authorization": "Bearer nope"}),
        403,
        "forbidden",
    )
    _error(
        client.post(f"{API}/corrections", json=body, headers={"X-Diplowatch-Token": "x" * 30}),
        403,
        "forbidden",
    )
    assert client.get(f"{API}/corrections").json()["items"] == []


def test_api_writing_is_off_without_a_server_token(dossier: Path) -> None:
    client = TestClient(api_test_app(dossier, token=None))
    body = {"event_id": "ev-0", "by": "Ana", "why": "x", "wrong": True}
    message = _error(client.post(f"{API}/corrections", json=body, headers=AUTH), 403, "forbidden")
    assert "--token" in message


def test_api_corrections_create_show_and_withdraw(writable: tuple[TestClient, Path]) -> None:
    client, _ = writable
    meeting = [
        e
        for e in client.get(f"{API}/events", params={"category": "CONSULT"}).json()["items"]
        if e["sources"] == 3
    ][0]["id"]
    body = {
        "event_id": meeting,
        "by": "Ana",
        "why": "they agreed to meet",
        "category": "agree",
        "date": "2024-03",
    }
    made = client.post(f"{API}/corrections", json=body, headers=AUTH)
    assert made.status_code == 201, made.text
    assert [(c["kind"], c["value"]) for c in made.json()] == [
        ("category", "AGREE"),
        ("date", {"value": "2024-03", "granularity": "month", "approximate": False}),
    ]
    assert meeting in _ids(client, category="AGREE") and meeting not in _ids(client, category="CONSULT")
    event = client.get(f"{API}/events/{meeting}").json()
    assert event["review"]["changed"]["type"] == {"machine": "CONSULT", "corrected": "AGREE"}
    listed = client.get(f"{API}/corrections").json()["items"]
    assert [(c["status"], c["author"]) for c in listed] == [(meeting, "Ana"), (meeting, "Ana")]
    assert client.get(f"{API}/stats").json()["corrections"] == 2
    _error(client.delete(f"{API}/corrections/1", params={"by": "Bo", "why": "no"}), 401, "token-required")
    gone = client.delete(f"{API}/corrections/1", params={"by": "Bo", "why": "it was a meeting"}, headers=AUTH)
    assert gone.status_code == 200 and gone.json()["withdrawn"]["by"] == "Bo"
    _error(
        client.delete(f"{API}/corrections/1", params={"by": "Bo", "why": "again"}, headers=AUTH),
        404,
        "not-found",
    )
    assert meeting in _ids(client, category="CONSULT")
    withdrawn = client.get(f"{API}/corrections", params={"withdrawn": True}).json()["items"]
    assert [c["status"] for c in withdrawn] == ["withdrawn", meeting]


@pytest.mark.parametrize(
    ("fields", "status", "code"),
    [
        ({"category": "HUG"}, 400, "invalid-value"),
        ({"date": "soon"}, 400, "invalid-value"),
        ({"wrong": True, "category": "AGREE"}, 400, "invalid-value"),
        ({"merge": "ev-ffffffffff"}, 400, "invalid-value"),
        ({"category": "AGREE", "colour": "red"}, 422, "invalid-request"),
        ({"by": ""}, 422, "invalid-request"),
    ],
)
def test_api_corrections_bad_bodies(
    writable: tuple[TestClient, Path], fields: dict, status: int, code: str
) -> None:
    client, _ = writable
    body = {"event_id": _ids(client)[0], "by": "Ana", "why": "because", **fields}
    _error(client.post(f"{API}/corrections", json=body, headers=AUTH), status, code)
    body = {"event_id": "ev-ffffffffff", "by": "Ana", "why": "because", "wrong": True}
    _error(client.post(f"{API}/corrections", json=body, headers=AUTH), 404, "not-found")
