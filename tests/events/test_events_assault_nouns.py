"""An assault told by its noun ("ont lancé un assaut contre El-Facher", "lanzaron un asalto contra") is an
ASSAULT, as "an offensive" and "an assault" already were. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

ASSAULTS = [
    ("fr", "Les Forces de soutien rapide ont lancé samedi un assaut d'envergure contre El-Facher."),
    ("es", "Las Fuerzas de Apoyo Rápido lanzaron el sábado un asalto contra El Fasher."),
    ("en", "The Rapid Support Forces launched a major assault on El Fasher on Saturday."),
]


@pytest.mark.slow
@by_language(ASSAULTS)
def test_events_an_assault_noun_is_an_attack(world_code, lang, text):
    found = real_events(world_code(text, lang, "2024-04-14"), "ASSAULT")
    assert [(e.actor, e.date.value if e.date else None) for e in found] == [
        (("Rapid_Support_Forces",), "2024-04-13")
    ], shown(found)
