"""A flaw a speaker ascribes to a text or a party is a criticism, on sentences written for these tests:
"said the resolution distorts the process", "creates ambiguity", "departs from the Council's neutral
position", "jeopardises the talks", "la résolution crée une ambiguïté", "el texto distorsiona el
proceso", "pone en peligro las negociaciones" (ACCUSE, flag spoken). When the text is one another party
drafted ("the text drafted by the United States"), that party is the one blamed
(events.background `criticised_authors`)."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

pytestmark = pytest.mark.slow

FLAWS = [
    ("en", "Russia said the resolution distorts the political process.", "Russia"),
    ("en", "Russia said the new resolution creates ambiguity.", "Russia"),
    ("en", "Russia said the resolution departs from the Council's neutral position.", "Russia"),
    ("en", "Algeria said the decision jeopardises the negotiations.", "Algeria"),
    ("fr", "La Russie a estimé que la résolution crée une ambiguïté.", "Russia"),
    ("fr", "Selon l'Algérie, la décision de Madrid compromet les négociations.", "Algeria"),
    ("es", "Rusia afirmó que el texto distorsiona el proceso político.", "Russia"),
    ("es", "Argelia afirmó que la decisión de Madrid pone en peligro las negociaciones.", "Algeria"),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), FLAWS, ids=[f[0] for f in FLAWS])
def test_a_flaw_ascribed_is_a_criticism_of_the_speaker(
    world_code, lang: str, text: str, speaker: str
) -> None:
    events = world_code(text, lang)
    assert any(speaker in e.actor for e in real_events(events, "ACCUSE")), shown(events)


DRAFTED = [
    ("en", "Russia said the text drafted by the United States distorts the political process."),
    ("fr", "Selon la Russie, la résolution rédigée par les États-Unis crée une ambiguïté."),
    ("es", "Rusia afirmó que el texto redactado por Estados Unidos distorsiona el proceso político."),
]


@by_language(DRAFTED)
def test_the_drafter_of_the_flawed_text_is_blamed(world_code, lang: str, text: str) -> None:
    events = world_code(text, lang)
    blamed = [e for e in real_events(events, "ACCUSE") if "Russia" in e.actor]
    assert blamed and "United_States" in blamed[0].recipient, shown(events)


def test_ruling_out_talks_stays_a_refusal(world_code) -> None:
    events = world_code("Le Maroc a écarté de nouvelles négociations.", "fr")
    assert [e.type for e in real_events(events)] == ["REJECT"], shown(events)
