"""A ceasefire declared ended, broken or void is rejected, as one put an end to already was: "dio por
terminado el alto el fuego", "dio por roto el alto el fuego", "a déclaré le cessez-le-feu caduc", "declared
the ceasefire void", "أنهت العمل بوقف إطلاق النار" (lexicons). Before, the noun of the ceasefire made each an
agreement. Sentences written for these tests; the agreement to a truce is a control that passed before."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

pytestmark = pytest.mark.slow

PUBLISHED = "2020-11-14"  # a Saturday

ENDED = [
    ("es", "El Frente Polisario dio por terminado el viernes el alto el fuego firmado en 1991."),
    ("es", "El Frente Polisario dio por roto el alto el fuego el viernes."),
    ("fr", "Le Front Polisario a déclaré vendredi le cessez-le-feu caduc."),
    ("en", "The Polisario Front declared the ceasefire void on Friday."),
    ("ar", "أنهت جبهة البوليساريو أمس العمل بوقف إطلاق النار."),
]


@pytest.mark.parametrize(("lang", "text"), ENDED, ids=[f"{e[0]}{i}" for i, e in enumerate(ENDED)])
def test_events_a_ceasefire_declared_ended_is_rejected(world_code, lang, text):
    found = world_code(text, lang, PUBLISHED)
    assert real_events(found, "REJECT") and not real_events(found, "AGREE"), shown(found)


def test_events_a_truce_accepted_is_still_agreed(world_code):
    found = world_code(
        "El Frente Polisario y Marruecos dieron por buena la tregua el viernes.", "es", PUBLISHED
    )
    assert real_events(found, "AGREE") and not real_events(found, "REJECT"), shown(found)
