"""A meeting its subject stayed away from did not take place for it ("Netanyahu skipped the summit in Cairo",
"missed the meeting", "faltó a la cumbre": `absences`, events.modality), and talks called off are a
cancellation, no talks held ("Israel called off the talks", "a annulé les pourparlers", "canceló las
negociaciones": SANCTION, as a cancelled visit already was). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

STAYED_AWAY = [
    ("en", "Netanyahu skipped the summit in Cairo."),
    ("en", "Blinken missed the meeting in Rome."),
    ("es", "Netanyahu faltó a la cumbre de El Cairo."),
]

CALLED_OFF = [
    ("en", "Israel called off the talks."),
    ("fr", "Israël a annulé les pourparlers."),
    ("es", "Israel canceló las negociaciones."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), STAYED_AWAY)
def test_events_a_meeting_stayed_away_from_is_not_held(world_code, lang, text):
    assert real_events(world_code(text, lang, "2025-01-16"), "CONSULT") == []


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), CALLED_OFF)
def test_events_talks_called_off_are_a_cancellation(world_code, lang, text):
    found = world_code(text, lang, "2025-01-16")
    assert real_events(found, "CONSULT") == [], shown(found)
    assert [e.actor for e in real_events(found, "SANCTION")] == [("Israel",)], shown(found)
