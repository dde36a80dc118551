"""A release or a withdrawal someone welcomes is their endorsement (SUPPORT), not an act of theirs
("Albares saludó la liberación de los presos" is no release by Albares). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

WELCOMED = [
    "El canciller José Manuel Albares saludó la liberación de los presos políticos.",
    "El canciller José Manuel Albares saludó ayer la excarcelación de los obispos.",
    "El canciller José Manuel Albares celebró la retirada de las tropas.",
]


@pytest.mark.parametrize("text", WELCOMED, ids=["liberación", "excarcelación", "retirada"])
def test_a_welcomed_release_is_the_welcomers_support(world_code, text):
    events = world_code(text, "es", "2024-01-15")
    assert real_events(events, "SUPPORT"), shown(events)
    assert not any("José_Manuel_Albares" in e.actor for e in real_events(events, "RETREAT")), shown(events)
