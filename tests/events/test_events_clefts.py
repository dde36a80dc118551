"""A cleft sentence sets a phrase in focus before its clause ("C'est à Rabat que Lavrov a rencontré mardi
Nasser Bourita"): the parser made the focused phrase the root and the clause's verb a relative clause on it,
so the meeting lost its partner and the release its doer (text/clefts.py). The focused phrase is the verb's
subject after "qui", its oblique after a preposition. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CLEFTS = [
    (
        "C'est à Rabat que Lavrov a rencontré mardi Nasser Bourita.",
        "CONSULT",
        ("Sergey_Lavrov",),
        "Nasser_Bourita",
    ),
    (
        "C'est grâce à une médiation omanaise que les Houthis ont relâché mardi l'équipage.",
        "RETREAT",
        ("Houthis",),
        None,
    ),
    (
        "C'est grâce à la médiation du Qatar que Kigali et Kinshasa ont signé l'accord.",
        "SUPPORT",
        ("Rwanda", "Democratic_Republic_of_the_Congo"),
        None,
    ),
    ("C'est l'Algérie qui a condamné mardi l'attaque contre le Mali.", "ACCUSE", ("Algeria",), None),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind", "actor", "partner"), CLEFTS, ids=["place", "means", "subject", "qui"]
)
def test_events_a_cleft_acts_as_its_clause(world_code, text, kind, actor, partner):
    found = real_events(world_code(text, "fr"), kind)
    assert [e.actor for e in found] == [actor], shown(found)
    assert partner is None or partner in found[0].recipient, shown(found)


@pytest.mark.slow
def test_events_a_cleft_of_a_day_dates_its_clause(world_code):
    found = real_events(
        world_code("C'est lundi que Lavrov a rencontré Nasser Bourita à Rabat.", "fr"), "CONSULT"
    )
    assert [(e.actor, e.date.value if e.date else None) for e in found] == [
        (("Sergey_Lavrov",), "2024-03-11")
    ], shown(found)
