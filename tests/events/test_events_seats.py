"""A seat of power named as where a meeting is held ("at the White House", "à la Maison-Blanche", "en
la Casa Blanca") is the place, not its state as a participant, also with an article between the
preposition and the name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

RECEIVED = [
    ("en", "Donald Trump received Nasser Bourita at the White House on Monday."),
    ("fr", "Donald Trump a reçu Nasser Bourita lundi à la Maison-Blanche."),
    ("es", "Donald Trump recibió a Nasser Bourita el lunes en la Casa Blanca."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), RECEIVED, ids=[r[0] for r in RECEIVED])
def test_a_seat_of_power_after_a_place_preposition_is_the_place(world_code, lang: str, text: str) -> None:
    meetings = real_events(world_code(text, lang), "CONSULT")
    assert meetings, meetings
    for e in meetings:
        assert {"Donald_Trump", "Nasser_Bourita"} <= set(e.actor + e.recipient), e
        assert "United_States" not in e.actor + e.recipient, e
        assert e.location is not None and e.location.id == "White_House", e
