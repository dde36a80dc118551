"""A rebel movement or an opposition party is of its country, not its state (events.sides.acting_state):
its accusation against the government and the government's against it are two events, not one told
twice, and its meeting with an envoy is not the state's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

# (lang, text, the two (actor, recipient) pairs of its accusations)
ACCUSATIONS = [
    (
        "en",
        "The Houthis accused the Yemeni government on Tuesday of breaking the truce in Hodeidah. The "
        "Yemeni government accused the Houthis on Tuesday of shelling Taiz.",
        {("Houthis", "Yemen"), ("Yemen", "Houthis")},
    ),
    (
        "fr",
        "Les Houthis ont accusé mardi le gouvernement yéménite de violer la trêve à Hodeïda. Le "
        "gouvernement yéménite a accusé mardi les Houthis de bombarder Taëz.",
        {("Houthis", "Yemen"), ("Yemen", "Houthis")},
    ),
    (
        "es",
        "Los hutíes acusaron el martes al Gobierno yemení de violar la tregua en Hodeida. El Gobierno "
        "yemení acusó el martes a los hutíes de bombardear Taiz.",
        {("Houthis", "Yemen"), ("Yemen", "Houthis")},
    ),
    (
        "en",
        "The Rapid Support Forces accused the Sudanese army on Monday of bombing markets in Nyala. The "
        "Sudanese army accused the Rapid Support Forces on Monday of looting El Obeid.",
        {
            ("Rapid_Support_Forces", "Sudanese_Armed_Forces"),
            ("Sudanese_Armed_Forces", "Rapid_Support_Forces"),
        },
    ),
]


def _pairs(events: list, kind: str) -> set[tuple[str, str]]:
    return {(a, r) for e in events if e.type == kind for a in e.actor for r in e.recipient}


@pytest.mark.parametrize(
    ("lang", "text", "pairs"), ACCUSATIONS, ids=[f"{c[0]}-{c[1][:30]}" for c in ACCUSATIONS]
)
def test_each_side_accuses_the_other_in_an_event_of_its_own(world_code, lang, text, pairs):
    accusations = [e for e in real_events(world_code(text, lang)) if e.type == "ACCUSE"]
    assert len(accusations) == 2, [(e.actor, e.recipient) for e in accusations]
    assert pairs <= _pairs(accusations, "ACCUSE")
