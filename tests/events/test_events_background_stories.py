"""A sentence in the past perfect goes back before the story: the day it gives dates none of the report's
undated events ("Rubio had received Bourita on 8 April. Bourita rejected the accusations" is not a
rejection of 8 April; events.rules stories, dating.past_perfect). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

BACKGROUND = [
    (
        "en",
        "De Mistura briefed the Security Council on Monday. Rubio had received Bourita in Washington on "
        "April 8. Bourita rejected the accusations of the Polisario.",
    ),
    (
        "fr",
        "De Mistura a présenté lundi un exposé au Conseil de sécurité. Rubio avait reçu Bourita à Washington "
        "le 8 avril. Bourita a rejeté les accusations du Polisario.",
    ),
]


@pytest.mark.slow
@by_language(BACKGROUND)
def test_events_a_past_perfect_day_dates_no_later_undated_event(world_code, lang, text):
    found = real_events(world_code(text, lang, "2025-04-16"))
    (reject,) = [e for e in found if e.type == "REJECT"]
    assert reject.date is not None and reject.date.value != "2025-04-08", shown(found)
