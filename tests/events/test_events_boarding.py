"""Boarding another state's boats by force seizes them (COERCE, mode seize): "coast guard personnel boarded
Philippine navy boats", "ont arraisonné des bateaux", "abordó barcos de la Armada"; boarding a plane or
"abordar un tema" (to raise a subject) is nothing of the kind. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

BOARDED = [
    ("Chinese coast guard personnel boarded Philippine navy boats on June 17.", "en"),
    ("Des garde-côtes chinois ont arraisonné lundi des bateaux de la marine philippine.", "fr"),
    ("La guardia costera china abordó el lunes barcos de la Armada filipina.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), BOARDED, ids=["en", "fr", "es"])
def test_boarding_another_states_boats_seizes_them(world_code, text, lang):
    events = world_code(text, lang, "2024-07-22")
    assert any("China" in e.actor and "Philippines" in e.recipient for e in real_events(events, "COERCE")), (
        shown(events)
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Chinese foreign minister boarded a plane to Manila on Monday.", "en"),
        ("El ministro chino abordó el lunes el tema de la migración con su homólogo filipino.", "es"),
    ],
)
def test_boarding_a_plane_or_raising_a_subject_seizes_nothing(world_code, text, lang):
    assert not real_events(world_code(text, lang, "2024-07-22"), "COERCE")
