"""Timeline, actor profile, event detail and search over a small hand-built dossier."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from diplowatch.errors import NothingFound
from diplowatch.kb import kb_from_dicts
from diplowatch.store import StoreError, open_store
from diplowatch.store.filters import EventFilter, select_events
from diplowatch.store.queries import actor_profile, event_detail, resolve_actor, timeline, timeline_rows
from diplowatch.store.records import TimelineQuery
from diplowatch.store.sqlstore import SqlStore
from tests.store.factories import article, event, lavrov_es, lavrov_fr

RABAT = article(
    "ar-rabat",
    (
        event(
            "ACCUSE",
            ("Morocco",),
            ("Staffan_de_Mistura",),
            "2024-02",
            "month",
            approximate=True,
            evidence="وَاحْتَجَّتِ الرِّبَاطُ على زيارة المبعوث.",
        ),
    ),
    published="2024-02-05",
    language="ar",
    body="وَاحْتَجَّتِ الرِّبَاطُ على زيارة المبعوث إلى بريتوريا.",
)


@pytest.fixture()
def store(dossier_target: str) -> Iterator[SqlStore]:
    with open_store(dossier_target) as db:
        for i, doc in enumerate((lavrov_fr(), lavrov_es(), RABAT)):
            db.put_article(doc, fingerprint=str(i))
        yield db


def test_timeline_is_in_date_order_and_counts_sources(store: SqlStore) -> None:
    rows = timeline_rows(store, select_events(store, EventFilter()))  # facts: the negated SUPPORT left out
    assert [r.date for r in rows] == ["~2024-01", "~2024-02", "2024-03-11", "2024-03-11"]
    lavrov = next(r for r in rows if "Sergey Lavrov" in r.whom)
    assert (lavrov.category, lavrov.who, lavrov.where, lavrov.sources) == (
        "CONSULT",
        "Staffan de Mistura",
        "Moscow",
        2,
    )


@pytest.mark.parametrize(
    ("query", "count"),
    [
        (TimelineQuery(type="accuse"), 1),
        (TimelineQuery(actors=("Sergey_Lavrov",)), 1),
        (TimelineQuery(actors=("Staffan_de_Mistura",)), 4),
        (TimelineQuery(since="2024-02"), 3),
        (TimelineQuery(until="2024-01-31"), 2),  # the store's query keeps the negated SUPPORT of 2023-10-30
        (TimelineQuery(since="2024-03-12"), 0),
        (TimelineQuery(language="ar"), 1),
        (TimelineQuery(language="es", type="CONSULT"), 3),
    ],
)
def test_timeline_filters(store: SqlStore, query: TimelineQuery, count: int) -> None:
    assert len(timeline(store, query)) == count


def test_timeline_rejects_a_bad_date(store: SqlStore) -> None:
    with pytest.raises(StoreError, match="not a date"):
        timeline(store, TimelineQuery(since="last week"))


def test_timeline_merges_again_after_new_documents(store: SqlStore) -> None:
    assert len(timeline(store)) == 5
    store.put_article(
        article("late", (event("REJECT", ("Russia",), ("Morocco",), "2024-04-02"),)), fingerprint="x"
    )
    assert store.dossier_stale()
    assert len(timeline(store)) == 6


def test_event_detail_lists_every_source_and_evidence(store: SqlStore) -> None:
    lavrov = timeline(store, TimelineQuery(actors=("Sergey_Lavrov",)))[0]
    found = event_detail(store, lavrov.id[:7])
    assert {m.event.doc.language for m in found.members} == {"fr", "es"}
    assert any("mantuvo el pasado lunes" in m.event.event.evidence.text for m in found.members)
    with pytest.raises(NothingFound, match="no dossier event"):
        event_detail(store, "ev-nothing")


def test_resolve_actor_by_id_name_and_knowledge_base_alias(store: SqlStore) -> None:
    kb = kb_from_dicts(
        [
            {
                "id": "Sergey_Lavrov",
                "kind": "person",
                "name": "Sergey Lavrov",
                "names": {"ar": ["سيرغي لافروف"], "fr": ["Sergueï Lavrov"]},
            }
        ]
    )
    assert resolve_actor(store, "sergey_lavrov") == ("Sergey_Lavrov",)
    assert resolve_actor(store, "Lavrov") == ("Sergey_Lavrov",)
    assert resolve_actor(store, "لافروف", kb) == ("Sergey_Lavrov",)
    assert resolve_actor(store, "nobody at all", kb) == ()


def test_actor_profile_counts_counterparts_and_latest(store: SqlStore) -> None:
    kb = kb_from_dicts(
        [
            {
                "id": "Staffan_de_Mistura",
                "kind": "person",
                "name": "Staffan de Mistura",
                "roles": [{"role": "personal_envoy", "org": "United_Nations", "start": "2021-10-06"}],
            }
        ]
    )
    profile = actor_profile(store, "Staffan_de_Mistura", kb)
    assert profile.total == 4
    assert dict(profile.by_category) == {"CONSULT": 3, "ACCUSE": 1}
    assert profile.by_year == (("2024", {"CONSULT": 3, "ACCUSE": 1}),)
    assert profile.roles[0].role == "personal_envoy" and profile.roles[0].end is None
    assert {a.id for a, _ in profile.counterparts} >= {"Sergey_Lavrov", "Sergey_Vershinin", "Morocco"}
    assert profile.latest[0].date.value == "2024-03-11"


@pytest.mark.parametrize(
    ("query", "doc_id"),
    [
        (
            "واحتجت الرباط",
            "ar-rabat",
        ),  # unvowelled query finds the vowelled text (whole tokens: clitics stay on)
        ("mantuvo", "es-moscu"),
        ("MOSCU", "es-moscu"),  # case and accent folding (Moscú)
        ('"consultations séparées"', "fr-moscou"),
        ("vice-ministre (", "fr-moscou"),  # not FTS syntax: searched as plain words
    ],
)
def test_search_in_every_language(store: SqlStore, query: str, doc_id: str) -> None:
    assert [h.doc.doc_id for h in store.search(query)][:1] == [doc_id]
