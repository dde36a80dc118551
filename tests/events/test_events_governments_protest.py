"""English "protest" is two acts: a government's protest, told by the finite verb of one party ("Morocco
protested to Spain": ACCUSE, as French "protester" and Spanish "protestar" are), and a street protest,
told by the noun, a non-finite verb or the verb of a crowd (PROTEST) — as the PLOVER gold standard codes
them (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown, told_between

pytestmark = pytest.mark.slow

GOVERNMENTS = [
    "Morocco protested on Tuesday against the visit of the Polisario leader to Madrid.",
    "Rabat protested to Madrid on Monday over the reception of the Polisario leader.",
    "Algeria protests against the French decision, its foreign ministry said on Monday.",
]


@pytest.mark.parametrize("text", GOVERNMENTS, ids=["country", "capital", "present"])
def test_a_government_that_protests_criticises(world_code, text):
    events = world_code(text, "en", "2024-03-13")
    assert not real_events(events, "PROTEST"), shown(events)
    assert real_events(events, "ACCUSE"), shown(events)


def test_the_capital_protests_to_the_other_government(world_code):
    events = world_code("Rabat protested to Madrid on Monday.", "en", "2024-03-13")
    assert told_between(events, "ACCUSE", "Morocco", "Spain"), shown(events)


CROWDS = [
    "Thousands of people protested in Laayoune on Monday against the Moroccan authorities.",
    "Sahrawi activists protested on Monday in front of the UN office in Laayoune.",
    "Protests erupted in Niamey on Sunday against France.",
    "Police dispersed demonstrators protesting the election results in Caracas.",
]


@pytest.mark.parametrize("text", CROWDS, ids=["thousands", "activists", "noun", "participle"])
def test_crowds_protest_in_the_street(world_code, text):
    events = world_code(text, "en", "2024-03-13")
    assert real_events(events, "PROTEST"), shown(events)
    assert not real_events(events, "ACCUSE"), shown(events)
