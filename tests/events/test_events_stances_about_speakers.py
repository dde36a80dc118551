"""A stance about another speaker is another happening: "the Polisario accused Spain" and "Russia
condemned the Polisario and Spain" the same day are two accusations, not one by both speakers
(events.merge: a stance whose acting side is among the other's recipients answers or judges it).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

TWO_SPEAKERS = [
    (
        "fr",
        "Le Front Polisario a accusé lundi l'Espagne de complicité. La Russie a condamné lundi le Front Polisario et l'Espagne.",
    ),
    (
        "en",
        "The Polisario Front accused Spain of complicity on Monday. Russia condemned the Polisario Front and Spain on Monday.",
    ),
    (
        "es",
        "El Frente Polisario acusó el lunes a España de complicidad. Rusia condenó el lunes al Frente Polisario y a España.",
    ),
]


@pytest.mark.slow
@by_language(TWO_SPEAKERS)
def test_events_stance_about_another_speaker_stays_apart(code, lang, text):
    found = real_events(code(text, lang), "ACCUSE")
    assert sorted(e.actor for e in found) == [("Polisario_Front",), ("Russia",)], shown(found)
