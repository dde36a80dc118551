"""A region named after a continent ("América Latina", "Amérique latine", "Latin America") is no
state: the United States' short name ("America", "Amérique") inside it made the United States the
counterpart of acts towards the region's countries (kb/data/places.yaml Latin_America). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events

REGION = [
    ("es", "Nicolás Maduro rompió el lunes relaciones con siete países de América Latina."),
    ("fr", "Nicolás Maduro a rompu lundi ses relations avec sept pays d'Amérique latine."),
    ("en", "Nicolás Maduro cut ties on Monday with seven countries of Latin America."),
    ("es", "Gustavo Petro criticó el lunes a los gobiernos de Sudamérica."),
]


@pytest.mark.slow
@by_language(REGION)
def test_a_continental_region_is_not_the_united_states(world_code, lang: str, text: str) -> None:
    events = real_events(world_code(text, lang))
    assert all("United_States" not in e.actor + e.recipient for e in events), events
