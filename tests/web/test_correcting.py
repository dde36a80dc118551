"""The event page's correction form: CSRF and write token required, the correction then shown on the
event (beside the machine's values) and in the timeline."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from diplowatch.web.app import create_app
from tests.web.conftest import TOKEN
from tests.web.dossier import build, small_kb
from tests.web.test_pages import event_id_of, event_ids

CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def form_of(site: TestClient, event_id: str, **fields: str) -> dict[str, str]:
    page = site.get(f"/event/{event_id}").text
    token = CSRF.search(page)
    assert token is not None
    return {"csrf": token.group(1), "token": TOKEN, "by": "Analyst One", "why": "read the article"} | fields


def test_a_category_correction_shows_beside_the_machine_value(fresh_site: TestClient) -> None:
    event = event_id_of(fresh_site, "type=ACCUSE")
    sent = fresh_site.post(
        f"/event/{event}/correct",
        data=form_of(fresh_site, event, category="REJECT"),
        follow_redirects=False,
    )
    assert sent.status_code == 303 and sent.headers["location"] == f"/event/{event}#review"
    page = fresh_site.get(f"/event/{event}").text
    assert "Corrected by an analyst" in page
    assert '<td class="machine">ACCUSE</td><td class="corrected">REJECT</td>' in page
    assert "by Analyst One" in page and "«read the article»" in page
    timeline = fresh_site.get("/?type=REJECT").text
    assert event_ids(timeline) == [event] and "type corrected (machine: ACCUSE)" in timeline
    assert event_ids(fresh_site.get("/?type=ACCUSE").text) == []
    api = fresh_site.get(f"/api/v1/events/{event}").json()  # the API mounted by the app says the same
    assert api["type"] == "REJECT" and api["review"]["changed"]["type"]["machine"] == "ACCUSE"


def test_an_event_marked_wrong_leaves_the_timeline(fresh_site: TestClient) -> None:
    event = event_id_of(fresh_site, "type=ACCUSE")
    fresh_site.post(f"/event/{event}/correct", data=form_of(fresh_site, event, wrong="1"))
    assert event not in event_ids(fresh_site.get("/").text)
    assert "Marked wrong" in fresh_site.get(f"/event/{event}").text


def test_writing_needs_the_csrf_token_and_the_write_token(fresh_site: TestClient) -> None:
    event = event_id_of(fresh_site, "type=ACCUSE")
    forged = form_of(fresh_site, event, category="REJECT") | {"csrf": "x" * 43}
    refused = fresh_site.post(f"/event/{event}/correct", data=forged)
    assert refused.status_code == 403 and "the form expired or came from another page" in refused.text
    guessed = form_of(fresh_site, event, category="REJECT") | {"token": "guess"}
    refused = fresh_site.post(f"/event/{event}/correct", data=guessed)
    assert refused.status_code == 403 and "the write token is not the one" in refused.text
    assert event_ids(fresh_site.get("/?type=REJECT").text) == []


def test_a_bad_value_is_one_line_on_the_event_page(fresh_site: TestClient) -> None:
    event = event_id_of(fresh_site, "type=ACCUSE")
    answer = fresh_site.post(f"/event/{event}/correct", data=form_of(fresh_site, event, category="MEET"))
    assert answer.status_code == 400
    assert '<p class="problem" id="problem">' in answer.text and "MEET" in answer.text


def test_a_server_without_a_token_writes_nothing(tmp_path: Path) -> None:
    with TestClient(
        create_app(build(tmp_path / "d.sqlite"), kb=small_kb()), base_url="http://127.0.0.1"
    ) as site:
        event = event_id_of(site, "type=ACCUSE")
        page = site.get(f"/event/{event}").text
        assert "This server is read-only" in page and 'name="csrf"' not in page
        csrf = site.cookies.get("diplowatch_csrf") or ""
        sent = {"csrf": csrf, "token": "", "by": "A", "why": "B", "category": "REJECT"}
        answer = site.post(f"/event/{event}/correct", data=sent)
        assert answer.status_code == 403 and "this server is read-only" in answer.text
