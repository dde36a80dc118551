"""A diplomatic protest "over the incident" answers the act told before it: "lodged a protest" holds its
own noun, no object of its own kind (a protest is also a street protest, but here the act itself), so the
incident it is about names its doer, the protest's counterpart (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

PROTESTS = [
    (
        "Chinese coast guard personnel boarded Philippine navy boats on June 17. Manila lodged a diplomatic protest "
        "over the incident.",
        "en",
    ),
    (
        "Des garde-côtes chinois ont arraisonné lundi des bateaux de la marine philippine. Manille a élevé une "
        "protestation diplomatique contre l'incident.",
        "fr",
    ),
]


@pytest.mark.parametrize(("text", "lang"), PROTESTS, ids=["en", "fr"])
def test_a_protest_over_the_incident_answers_its_doer(world_code, text, lang):
    accusations = real_events(world_code(text, lang, "2024-07-22"), "ACCUSE")
    assert any("Philippines" in e.actor and "China" in e.recipient for e in accusations), shown(accusations)
