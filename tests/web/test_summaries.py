"""Event summaries (what the web lists) keep the same events as whole events, whether the filter runs
in the store or over a kept pool, corrections included."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplowatch.store import open_store
from diplowatch.store.correcting import CorrectionRequest, correct
from diplowatch.store.filters import EventFilter, select_events, select_summaries
from diplowatch.store.queries import timeline_summaries
from tests.web.dossier import build

FILTERS = [
    EventFilter(),
    EventFilter(types=("CONSULT",)),
    EventFilter(actors=("Spain",)),
    EventFilter(actors=("Morocco",), role="recipient", exact=True),
    EventFilter(since="2024-04", until="2024-05", include_future=True),
    EventFilter(language="ar"),
    EventFilter(min_confidence=0.85, include_negated=True),
]


def same_selection(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        pool = timeline_summaries(store)
        for wanted in FILTERS:
            whole = [(e.id, e.type, e.actor, e.recipient) for e in select_events(store, wanted)]
            for found in (select_summaries(store, wanted), select_summaries(store, wanted, pool=pool)):
                assert [(e.id, e.type, e.actor, e.recipient) for e in found] == whole, wanted


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return build(tmp_path / "dossier.sqlite")


def test_summaries_select_what_whole_events_do(db: Path) -> None:
    same_selection(db)


def test_and_after_corrections(db: Path) -> None:
    with open_store(db) as store:
        ids = {e.type: e.id for e in select_events(store, EventFilter())}
        correct(store, ids["ACCUSE"], CorrectionRequest(by="A", why="B", category="CONSULT"))
        correct(store, ids["SUPPORT"], CorrectionRequest(by="A", why="B", wrong=True))
    same_selection(db)
    with open_store(db, read_only=True) as store:
        corrected = [e for e in timeline_summaries(store) if e.review is not None]
    assert len(corrected) == 2
