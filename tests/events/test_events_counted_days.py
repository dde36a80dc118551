"""A day counted from the last date told ("A day later", "Deux jours plus tard", "Dos días después")
dates the meeting it opens, and is no future: the day is past, only later than the one before
(dates: markers `afterward`/`earlier`; events.modality). Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CASES = [
    (
        "en",
        "Attaf met de Mistura in Algiers on Monday, March 11. A day later, de Mistura held talks with Bourita.",
        "2024-03-12",
    ),
    (
        "fr",
        "Attaf a rencontré de Mistura lundi 11 mars à Alger. Deux jours plus tard, de Mistura a rencontré "
        "Nasser Bourita.",
        "2024-03-13",
    ),
    (
        "es",
        "Attaf se reunió con De Mistura el lunes 11 de marzo en Argel. Dos días después, De Mistura se "
        "reunió con Nasser Bourita.",
        "2024-03-13",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "day"), CASES, ids=[c[0] for c in CASES])
def test_a_counted_day_dates_the_next_meeting(code, lang, text, day):
    events = code(text, lang, "2024-03-14")
    met = [e for e in real_events(events, "CONSULT") if "Nasser_Bourita" in e.recipient + e.actor]
    assert met and met[0].date is not None and met[0].date.value == day, shown(events)
