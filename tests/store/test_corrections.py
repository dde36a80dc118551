"""Analyst corrections: stored with who/when/why, applied over the dossier events (the machine's
original kept beside them), surviving re-ingests and re-merges, orphaned when their reports vanish."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from diplowatch.errors import NothingFound, StoreError, UsageError
from diplowatch.model import EventDate, Location
from diplowatch.store import SQLiteStore
from diplowatch.store.correcting import CorrectionRequest, correct, parse_date
from diplowatch.store.corrections import apply_corrections, correction_status
from diplowatch.store.filters import EventFilter, select_events
from diplowatch.store.ingest import refresh_dossier
from diplowatch.store.queries import event_detail
from diplowatch.store.records import TimelineQuery
from diplowatch.store.review import review_notes, review_record
from tests.store.factories import MOSCOW, article, event, lavrov_es, lavrov_fr


def _dossier(path: Path) -> SQLiteStore:
    store = SQLiteStore(path)
    for number, doc in enumerate((lavrov_fr(), lavrov_es())):
        store.put_article(doc, fingerprint=str(number))
    refresh_dossier(store, force=True)
    return store


def _lavrov_meeting(store: SQLiteStore) -> str:
    """The Lavrov meeting both articles report (one dossier event with two sources)."""
    found = [
        e
        for e in select_events(store, EventFilter(actors=("Sergey_Lavrov",), exact=True))
        if len(e.sources) == 2
    ]
    assert len(found) == 1
    return found[0].id


def _ask(**fields: object) -> CorrectionRequest:
    return CorrectionRequest(by="Ana", why="read the article again", **fields)  # type: ignore[arg-type]


def test_corrections_category_shows_with_the_machine_original(tmp_path: Path) -> None:
    with _dossier(tmp_path / "d.sqlite") as store:
        meeting = _lavrov_meeting(store)
        [made] = correct(store, meeting, _ask(category="agree"))
        assert (made.kind, made.category, made.author) == ("category", "AGREE", "Ana")
        assert made.created_at and made.id > 0
        corrected = event_detail(store, meeting)
        assert corrected.type == "AGREE"
        assert corrected.review is not None and corrected.review.machine.type == "CONSULT"
        assert review_notes(corrected) == ["type corrected (machine: CONSULT)"]
        record = review_record(corrected)
        assert record is not None and record["changed"]["type"] == {
            "machine": "CONSULT",
            "corrected": "AGREE",
        }
        # The timeline follows the corrected category, in both directions.
        agree = select_events(store, EventFilter(types=("AGREE",)))
        consult = select_events(store, EventFilter(types=("CONSULT",)))
        assert meeting in [e.id for e in agree] and meeting not in [e.id for e in consult]


def test_corrections_wrong_leaves_listings_unless_asked(tmp_path: Path) -> None:
    with _dossier(tmp_path / "d.sqlite") as store:
        meeting = _lavrov_meeting(store)
        correct(store, meeting, _ask(wrong=True))
        assert meeting not in [e.id for e in select_events(store, EventFilter())]
        shown = select_events(store, EventFilter(include_wrong=True))
        assert [review_notes(e) for e in shown if e.id == meeting] == [["wrong (analyst)"]]


def test_corrections_participants_date_place(tmp_path: Path) -> None:
    with _dossier(tmp_path / "d.sqlite") as store:
        meeting = _lavrov_meeting(store)
        correct(
            store,
            meeting,
            _ask(
                actors=("Staffan_de_Mistura", "MINURSO"),
                recipients=("Russia",),
                date="~2024-03",
                place="Geneva",
            ),
        )
        corrected = event_detail(store, meeting)
        assert corrected.actor == ("Staffan_de_Mistura", "MINURSO")
        assert corrected.recipient == ("Russia",)
        assert corrected.date == EventDate("2024-03", "month", "", True)
        assert corrected.location == Location("Geneva")
        assert corrected.review is not None and corrected.review.machine.location == MOSCOW
        # Clearing: an unknown date and no recipients.
        correct(store, meeting, _ask(date="unknown", recipients=()))
        again = event_detail(store, meeting)
        assert again.date is None and again.recipient == ()


def test_corrections_split_then_merge_back(tmp_path: Path) -> None:
    with _dossier(tmp_path / "d.sqlite") as store:
        meeting = _lavrov_meeting(store)
        [split] = correct(store, meeting, _ask(split=("es-moscu",)))
        remaining = event_detail(store, meeting)
        assert [d.doc_id for d in remaining.sources] == ["fr-moscou"]
        ids = [e.id for e in select_events(store, EventFilter(actors=("Sergey_Lavrov",), exact=True))]
        [new_id] = [i for i in ids if i != meeting]
        new = event_detail(store, new_id)
        assert [d.doc_id for d in new.sources] == ["es-moscu"]
        assert new.review is not None and new.review.split_from == meeting
        correct(store, meeting, _ask(merge=new_id))
        merged = event_detail(store, meeting)
        assert sorted(d.doc_id for d in merged.sources) == ["es-moscu", "fr-moscou"]
        assert merged.review is not None and new_id in merged.review.merged_from
        assert event_detail(store, new_id).id == meeting  # a merged-away id leads to the event it joined
        assert split.id in [c.id for c in merged.review.corrections]


def test_corrections_survive_reingest_and_remerge(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite"
    with _dossier(path) as store:
        meeting = _lavrov_meeting(store)
        correct(store, meeting, _ask(category="SUPPORT"))
        # The Spanish article is re-ingested with an event in front: positions shift, the re-merge
        # runs again; the correction follows the reports by their evidence span.
        es = lavrov_es()
        extra = event("ACCUSE", ("Russia",), ("Morocco",), "2024-03-10", evidence="Otra cosa.", start=900)
        store.put_article(replace(es, events=(extra, *es.events)), fingerprint="changed")
        refresh_dossier(store, force=True)
        # The dossier id came from the first report's key, which now names the new event: the
        # correction follows the reports, not the id.
        [(_, placed)] = correction_status(store)
        assert placed is not None
        corrected = event_detail(store, placed)
        assert corrected.type == "SUPPORT" and len(corrected.sources) == 2
        assert corrected.review is not None and corrected.review.machine.type == "CONSULT"


def test_corrections_orphaned_when_reports_vanish(tmp_path: Path) -> None:
    with _dossier(tmp_path / "d.sqlite") as store:
        pretoria = [
            e for e in select_events(store, EventFilter()) if e.location and e.location.id == "Pretoria"
        ]
        [made] = correct(store, pretoria[0].id, _ask(category="AGREE"))
        # One article loses that event: the correction holds on to the other report.
        fr, es = lavrov_fr(), lavrov_es()
        store.put_article(replace(fr, events=fr.events[:2]), fingerprint="shorter")
        refresh_dossier(store, force=True)
        assert [placed for _, placed in correction_status(store)] != [None]
        # Both do: the correction is kept, and reported as orphaned.
        store.put_article(replace(es, events=es.events[:2]), fingerprint="shorter")
        refresh_dossier(store, force=True)
        status = dict((c.id, placed) for c, placed in correction_status(store))
        assert status == {made.id: None}  # kept, orphaned
        applied = apply_corrections(store.dossier(TimelineQuery()), store.corrections())
        assert [c.id for c in applied.orphaned] == [made.id]


def test_corrections_withdraw_keeps_history(tmp_path: Path) -> None:
    with _dossier(tmp_path / "d.sqlite") as store:
        meeting = _lavrov_meeting(store)
        [made] = correct(store, meeting, _ask(category="AGREE"))
        withdrawn = store.withdraw_correction(made.id, by="Bo", why="the first reading was right")
        assert withdrawn is not None and withdrawn.withdrawn is not None and withdrawn.withdrawn.by == "Bo"
        assert store.withdraw_correction(made.id, by="Bo", why="twice") is None
        assert event_detail(store, meeting).review is None
        assert [c.id for c in store.corrections(withdrawn=True)] == [made.id]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"category": "HUG"}, "is not a PLOVER category"),
        ({"date": "March 2024"}, "is not a date"),
        ({"date": "2024-13"}, "is not a date"),
        ({"actors": ()}, "at least one actor"),
        ({"wrong": True, "category": "AGREE"}, "stands alone"),
        ({"split": ("fr-moscou", "es-moscu")}, "leave at least one"),
        ({"split": ("nowhere",)}, "names no article"),
        ({"merge": "ev-0000000000"}, "no dossier event"),
        ({}, "say what to correct"),
    ],
)
def test_corrections_bad_values_are_one_line_errors(tmp_path: Path, fields: dict, message: str) -> None:
    with _dossier(tmp_path / "d.sqlite") as store:
        meeting = _lavrov_meeting(store)
        with pytest.raises(UsageError, match=message) as caught:
            correct(store, meeting, _ask(**fields))
        assert "\n" not in str(caught.value)
        assert store.corrections() == []


def test_corrections_need_an_author_a_reason_and_a_known_event(tmp_path: Path) -> None:
    with _dossier(tmp_path / "d.sqlite") as store:
        meeting = _lavrov_meeting(store)
        with pytest.raises(UsageError, match="--by"):
            correct(store, meeting, CorrectionRequest(by=" ", why="x", wrong=True))
        with pytest.raises(UsageError, match="--why"):
            correct(store, meeting, CorrectionRequest(by="Ana", why="", wrong=True))
        with pytest.raises(NothingFound):
            correct(store, "ev-ffffffffff", _ask(wrong=True))


def test_corrections_read_only_store_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite"
    _dossier(path).close()
    with SQLiteStore(path, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        correct(store, _lavrov_meeting(store), _ask(wrong=True))


def test_corrections_apply_is_pure_and_merges_flipped_sides() -> None:
    one = article("a", (event("CONSULT", ("Morocco",), ("Russia",), "2024-03-11"),))
    two = article("b", (event("CONSULT", ("Russia",), ("Morocco",), "2024-03-11", place=MOSCOW),))
    from diplowatch.store.corrections import anchors_of
    from diplowatch.store.merge import merge_events
    from diplowatch.store.records import Correction
    from tests.store.factories import stored_events

    first, second = merge_events(stored_events(one)) + merge_events(stored_events(two))
    merge = Correction(
        id=1,
        kind="merge",
        event_id=first.id,
        anchors=anchors_of(first),
        author="Ana",
        reason="same meeting",
        created_at="2024-01-01T00:00:00+00:00",
        other_id=second.id,
        other=anchors_of(second),
    )
    applied = apply_corrections([first, second], [merge])
    [merged] = applied.events
    assert merged.id == first.id and merged.actor == ("Morocco",) and merged.recipient == ("Russia",)
    assert merged.location == MOSCOW
    assert applied.placed == {1: first.id} and applied.orphaned == ()
    assert apply_corrections([second], [merge]).orphaned == (merge,)


def test_parse_date_granularities() -> None:
    assert parse_date("2024") == EventDate("2024", "year", "")
    assert parse_date("2024-02-29") == EventDate("2024-02-29", "day", "")
    with pytest.raises(UsageError):
        parse_date("2023-02-29")
