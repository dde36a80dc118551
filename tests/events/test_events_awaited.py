"""What another act waits for is a condition, not a fact: "won't lift the sanctions until Caracas
releases the prisoners", "tant que", "jusqu'à ce que", "hasta que" (lexicon `awaited_marks`,
events.modality). A time limit ("extended the mandate until October") is no such clause. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

AWAITED = [
    (
        "en",
        "The United States said on Monday it would not lift sanctions until Algeria released the prisoners.",
    ),
    ("fr", "Les Etats-Unis ne lèveront pas les sanctions jusqu'à ce que l'Algérie libère les prisonniers."),
    (
        "fr",
        "Les Etats-Unis ne lèveront pas les sanctions tant que l'Algérie n'aura pas libéré les prisonniers.",
    ),
    ("es", "Estados Unidos no levantará las sanciones hasta que Argelia libere a los presos."),
]


@pytest.mark.slow
@by_language(AWAITED)
def test_events_what_an_act_waits_for_is_not_done(world_code, lang, text):
    found = world_code(text, lang)
    assert not [e for e in real_events(found) if "Algeria" in e.actor], shown(found)


@pytest.mark.slow
def test_events_a_time_limit_is_no_condition(world_code):
    found = world_code(
        "The Security Council extended the mandate of MINURSO until October 2025 on Thursday.", "en"
    )
    assert real_events(found, "SUPPORT"), shown(found)
