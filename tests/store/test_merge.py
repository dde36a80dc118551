"""Cross-article merging (pure functions, no database)."""

from __future__ import annotations

import random

import pytest

from diplowatch.model import Location
from diplowatch.store.merge import merge_events
from diplowatch.store.records import MergeHints
from tests.store.factories import MOSCOW, article, event, lavrov_es, lavrov_fr, stored, stored_events

HINTS = MergeHints(
    country_places=frozenset({"South_Africa", "Russia"}),
    state_codes={"south_africa": "ZAF", "russia": "RUS"},
    acts_for={"naledi_pandor": "ZAF", "sergey_lavrov": "RUS", "sergey_vershinin": "RUS"},
)


def _by_recipient(dossier, name):
    return [d for d in dossier if name in d.recipient]


def test_merge_same_meeting_from_two_articles_is_one_event_with_two_sources() -> None:
    dossier = merge_events(stored_events(lavrov_fr(), lavrov_es()), HINTS)
    lavrov = _by_recipient(dossier, "Sergey_Lavrov")
    assert len(lavrov) == 1
    assert {s.doc_id for s in lavrov[0].sources} == {"fr-moscou", "es-moscu"}
    assert len(lavrov[0].members) == 2
    assert lavrov[0].date.value == "2024-03-11"


def test_merge_two_meetings_on_the_same_day_stay_two() -> None:
    one = stored(
        "a", 0, event("CONSULT", ("Staffan_de_Mistura",), ("Sergey_Lavrov",), "2024-03-11", place=MOSCOW)
    )
    two = stored(
        "b", 0, event("CONSULT", ("Staffan_de_Mistura",), ("Sergey_Vershinin",), "2024-03-11", place=MOSCOW)
    )
    assert len(merge_events([one, two], HINTS)) == 2


def test_merge_takes_the_most_precise_date_of_its_members() -> None:
    dossier = merge_events(stored_events(lavrov_fr(), lavrov_es()), HINTS)
    vershinin = _by_recipient(dossier, "Sergey_Vershinin")
    assert len(vershinin) == 1 and len(vershinin[0].sources) == 2
    assert (vershinin[0].date.value, vershinin[0].date.granularity) == ("2024-03-11", "day")


def test_merge_country_and_city_in_it_are_the_same_place_and_the_city_wins() -> None:
    dossier = merge_events(stored_events(lavrov_fr(), lavrov_es()), HINTS)
    pretoria = _by_recipient(dossier, "South_Africa")
    assert len(pretoria) == 1 and len(pretoria[0].sources) == 2
    assert pretoria[0].location.name == "Pretoria"


def test_merge_keeps_negated_events_alone_and_flagged() -> None:
    negated = event(
        "SUPPORT", ("Russia",), ("United_Nations_Security_Council",), "2023-10-30", aux=("negation",)
    )
    said_twice = stored_events(lavrov_fr(), article("again", (negated,)))
    dossier = merge_events(said_twice, HINTS)
    support = [d for d in dossier if d.type == "SUPPORT"]
    assert len(support) == 2 and all(len(d.members) == 1 and d.aux == ("negation",) for d in support)
    assert len(dossier) == 3 + 2


def test_merge_never_joins_two_events_of_one_article() -> None:
    doc = [
        stored("a", i, event("ACCUSE", ("Morocco",), ("Staffan_de_Mistura",), "2024-02", "month"))
        for i in range(2)
    ]
    assert len(merge_events(doc, HINTS)) == 2


@pytest.mark.parametrize(
    ("other", "merged"),
    [
        (
            event("CONSULT", ("Sergey_Lavrov",), ("Staffan_de_Mistura",), "2024-03-11"),
            True,
        ),  # reciprocal coding
        (event("CONSULT", ("Staffan_de_Mistura", "Sergey_Lavrov"), (), "2024-03-11"), True),  # nobody hosts
        (
            event("CONSULT", ("Staffan_de_Mistura",), ("Sergey_Lavrov",), "2024-03"),
            True,
        ),  # month contains the day
        (event("CONSULT", ("Staffan_de_Mistura",), ("Sergey_Lavrov",), "2024-03-14"), False),  # another day
        (event("CONSULT", ("Staffan_de_Mistura",), ("Sergey_Lavrov",), "2024-03-13", approximate=True), True),
        (event("CONSULT", ("Staffan_de_Mistura",), ("Sergey_Lavrov",), None), True),  # unknown date
        (
            event("SUPPORT", ("Staffan_de_Mistura",), ("Sergey_Lavrov",), "2024-03-11"),
            False,
        ),  # other category
        (
            event(
                "CONSULT",
                ("Staffan_de_Mistura",),
                ("Sergey_Lavrov",),
                "2024-03-11",
                place=Location("Geneva", "Geneva", "CHE"),
            ),
            False,
        ),  # another place
        (
            event("CONSULT", ("Staffan_de_Mistura",), ("Russia",), "2024-03-11"),
            True,
        ),  # the state Lavrov acts for
        (event("CONSULT", ("Staffan_de_Mistura",), ("Naledi_Pandor",), "2024-03-11"), False),
    ],
)
def test_merge_compatibility_rules(other, merged: bool) -> None:
    base = stored(
        "a", 0, event("CONSULT", ("Staffan_de_Mistura",), ("Sergey_Lavrov",), "2024-03-11", place=MOSCOW)
    )
    dossier = merge_events([base, stored("b", 0, other)], HINTS)
    assert len(dossier) == (1 if merged else 2)


def test_merge_orients_a_reciprocal_member_to_the_dossier_event() -> None:
    base = stored("a", 0, event("CONSULT", ("Staffan_de_Mistura",), ("Sergey_Lavrov",), "2024-03-11"))
    back = stored("b", 0, event("CONSULT", ("Sergey_Lavrov",), ("Staffan_de_Mistura",), "2024-03-11"))
    (merged,) = merge_events([base, back], HINTS)
    assert (merged.actor, merged.recipient) == (("Staffan_de_Mistura",), ("Sergey_Lavrov",))
    assert [m.flipped for m in merged.members] == [False, True]


def test_merge_result_does_not_depend_on_input_order() -> None:
    events = stored_events(lavrov_fr(), lavrov_es())
    expected = sorted((d.id, tuple(m.event.key for m in d.members)) for d in merge_events(events, HINTS))
    for seed in range(5):
        shuffled = events[:]
        random.Random(seed).shuffle(shuffled)
        got = sorted((d.id, tuple(m.event.key for m in d.members)) for d in merge_events(shuffled, HINTS))
        assert got == expected


def test_merge_an_event_must_agree_with_every_member_date() -> None:
    """A month event sits between two different days: it may join one of them, never bridge both."""
    day1 = stored("a", 0, event("ACCUSE", ("Morocco",), ("Staffan_de_Mistura",), "2024-02-03"))
    day2 = stored("b", 0, event("ACCUSE", ("Morocco",), ("Staffan_de_Mistura",), "2024-02-20"))
    month = stored("c", 0, event("ACCUSE", ("Morocco",), ("Staffan_de_Mistura",), "2024-02", "month"))
    dossier = merge_events([day1, day2, month], HINTS)
    assert len(dossier) == 2
    assert sorted(len(d.members) for d in dossier) == [1, 2]
