"""An assembly adopting a text or renewing a mandate acts alone: "The Security Council adopted resolution
2756" names no counterpart, and its event fell under the confidence threshold as soon as the article told
anything else (events.voting.adopted_by_assembly). A state adopting something stays a two-sided act.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

ADOPTIONS = [
    (
        "en",
        "Morocco welcomed the text. The Security Council adopted resolution 2756 on Thursday by 12 votes.",
    ),
    (
        "fr",
        "Le Maroc a salué le texte. Le Conseil de sécurité a adopté jeudi la résolution 2756 par douze voix.",
    ),
    (
        "es",
        "Marruecos celebró el texto. El Consejo de Seguridad adoptó el jueves la resolución 2756 por doce votos.",
    ),
]


@pytest.mark.slow
@by_language(ADOPTIONS)
def test_events_an_assembly_adopting_a_text_is_an_event_beside_others(world_code, lang, text):
    found = real_events(world_code(text, lang))
    assert ("SUPPORT", ("United_Nations_Security_Council",)) in [(e.type, e.actor) for e in found], shown(
        found
    )
