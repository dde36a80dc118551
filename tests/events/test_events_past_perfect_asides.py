"""An aside in the past perfect ("the activist had been killed on 18 June") goes back before the story
without moving it on: an undated act told right after it takes the story's day, told before the aside in
the same paragraph (events.dating.narrative_previous), not the day of the lead's act by the same actor.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

# (lang, text, category, the story's day)
AFTER_AN_ASIDE = [
    (
        "fr",
        "Mardi 20 février, le Ghana a accusé le Kenya d'ingérence.\n\n"
        "La crise a éclaté le 12 février sur un marché frontalier. Le journaliste avait été arrêté le "
        "3 janvier 2024 à la frontière. Dans la foulée, le Ghana a expulsé l'ambassadeur kényan.",
        "SANCTION",
        "2024-02-12",
    ),
    (
        "en",
        "On Tuesday, February 20, Ghana accused Kenya of meddling.\n\n"
        "The row erupted on February 12 at a border market. The reporter had been arrested on January 3, "
        "2024 at the border. Soon after, Ghana expelled the Kenyan ambassador.",
        "SANCTION",
        "2024-02-12",
    ),
    (
        "es",
        "El martes 20 de febrero, Ghana acusó a Kenia de injerencia.\n\n"
        "La crisis estalló el 12 de febrero en un mercado fronterizo. El periodista había sido detenido el "
        "3 de enero de 2024 en la frontera. A continuación, Ghana expulsó al embajador keniano.",
        "SANCTION",
        "2024-02-12",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "day"), AFTER_AN_ASIDE)
def test_an_act_after_a_past_perfect_aside_takes_the_story_day(
    world_code, lang: str, text: str, kind: str, day: str
) -> None:
    found = [e for e in real_events(world_code(text, lang, "2024-02-21"), kind) if "Ghana" in e.actor]
    assert day in [e.date.value for e in found if e.date]


@pytest.mark.slow
def test_an_aside_that_opens_its_paragraph_carries_no_day_from_the_one_before(world_code) -> None:
    text = (
        "Mardi 20 février, le Ghana a accusé le Kenya d'ingérence. La crise avait éclaté le 12 février.\n\n"
        "Le journaliste avait été arrêté le 3 janvier 2024 à la frontière. Dans la foulée, le Ghana a "
        "expulsé l'ambassadeur kényan."
    )
    found = [e for e in real_events(world_code(text, "fr", "2024-02-21"), "SANCTION") if "Ghana" in e.actor]
    assert "2024-02-12" not in [e.date.value for e in found if e.date]
