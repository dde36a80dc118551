"""Seeking another's support asks them for it (REQUEST), as "sought support from France" already was:
"cherche le soutien de la France", "buscó el apoyo de Francia" were France's SUPPORT. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

SOUGHT = [
    ("fr", "Le Maroc cherche le soutien de la France à son plan d'autonomie."),
    ("fr", "Le Maroc a recherché l'appui de la France pour son plan d'autonomie."),
    ("es", "Marruecos buscó el apoyo de Francia para su plan de autonomía."),
    ("es", "Marruecos busca el respaldo de Francia a su plan de autonomía."),
]


@pytest.mark.slow
@by_language(SOUGHT)
def test_support_sought_is_asked_for(world_code, lang, text):
    found = world_code(text, lang)
    requests = [e for e in real_events(found, "REQUEST") if "Morocco" in e.actor]
    assert requests and "France" in requests[0].recipient, shown(found)
    assert not [e for e in real_events(found, "SUPPORT") if "France" in e.actor], shown(found)
