"""Joint exercises called off are cooperation stopped: a SANCTION, not the COOPERATE the exercises would
be ("cancelled its joint military exercises with", "canceló las maniobras militares con", "a annulé les
manœuvres conjointes avec", "ألغت المناورات العسكرية المشتركة مع"); a meeting or a summit called off with
the particle after its object ("called the summit off") is no meeting held. Of two phrases of as many
words sharing one, the one spanning the other's words is read (the cancellation around the exercises).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown, told_between

CANCELLED = [
    ("en", "On Thursday, Morocco cancelled its joint military exercises with Spain."),
    ("es", "El jueves, Marruecos canceló las maniobras militares anuales con España."),
    ("fr", "Jeudi, le Maroc a annulé les manœuvres conjointes prévues avec l'Espagne."),
    ("ar", "وألغى المغرب يوم الخميس المناورات العسكرية المشتركة مع إسبانيا."),
]


@pytest.mark.parametrize(("lang", "text"), CANCELLED, ids=[c[0] for c in CANCELLED])
def test_cancelled_exercises_are_a_sanction(world_code, lang, text):
    found = world_code(text, lang, "2024-05-10")
    assert told_between(found, "SANCTION", "Morocco", "Spain"), shown(found)
    assert not real_events(found, "COOPERATE"), shown(found)


def test_exercises_held_are_still_cooperation(world_code):
    found = world_code("On Thursday, Morocco held joint military exercises with Spain.", "en", "2024-05-10")
    assert told_between(found, "COOPERATE", "Morocco", "Spain"), shown(found)


@pytest.mark.parametrize("thing", ["summit", "meeting", "visit"])
def test_called_off_with_the_particle_after_the_object(world_code, thing):
    found = world_code(f"On Thursday, Biden called the {thing} off in a letter to Putin.", "en", "2024-05-10")
    assert real_events(found, "SANCTION"), shown(found)
    assert not real_events(found, "CONSULT"), shown(found)
