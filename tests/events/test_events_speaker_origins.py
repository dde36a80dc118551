"""A sentence opening on where its speaker was ("Desde La Habana,", "Depuis La Havane,", "Speaking from
Havana,") names a place, not whom the act addresses (events.origins, `origin_openings` in
lang/<xx>/events.yaml): the accusation was addressed to Cuba. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

ORIGINS = [
    (
        "es",
        "Desde La Habana, el jefe negociador del ELN, Pablo Beltrán, acusó al Gobierno colombiano de "
        "incumplir lo pactado.",
    ),
    (
        "fr",
        "Depuis La Havane, le chef négociateur de l'ELN, Pablo Beltrán, a accusé le gouvernement colombien "
        "de trahir ses engagements.",
    ),
    (
        "en",
        "Speaking from Havana, ELN chief negotiator Pablo Beltrán accused the Colombian government of "
        "breaking its commitments.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), ORIGINS, ids=[o[0] for o in ORIGINS])
def test_events_the_speakers_place_is_no_recipient(world_code, lang, text):
    found = real_events(world_code(text, lang, "2024-09-19"), "ACCUSE")
    assert [e.recipient for e in found] == [("Colombia",)], shown(found)


@pytest.mark.slow
def test_events_a_place_inside_the_clause_stays(world_code):
    """Not an opening: the ambassador was recalled from Spain."""
    found = world_code("Rabat recalled its ambassador from Madrid on Monday.", "en", "2024-09-19")
    assert any("Spain" in e.recipient for e in real_events(found, "SANCTION")), shown(found)
