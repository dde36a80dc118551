"""A deadline counted in hours, days or weeks given to someone to act ("a donné une semaine à l'Algérie
pour", "dio 48 horas a Argelia para", "gave Algeria ten days to") is an ultimatum, as "until Sunday"
is (THREATEN); the act asked of them is not done. Giving an ambassador hours to leave stays an
expulsion (SANCTION). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import AFTER_MEETING, real_events, real_involving, shown

DEADLINES = [
    ("fr", "La Russie a donné une semaine à l'Algérie pour libérer les détenus."),
    ("fr", "La Russie a laissé dix jours à l'Algérie pour retirer ses troupes."),
    ("es", "Rusia dio una semana a Argelia para liberar a los detenidos."),
    ("es", "Rusia dio a Argelia diez días para retirar sus tropas."),
    ("en", "Russia gave Algeria ten days to withdraw its troops."),
    ("en", "Russia gave Algeria 48 hours to release the detainees."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), DEADLINES, ids=[f"{t[0]}-{t[1][:40]}" for t in DEADLINES])
def test_counted_deadline_is_an_ultimatum(code, lang, text):
    events = code(AFTER_MEETING[lang] + text, lang)
    assert real_involving(events, "THREATEN", "Algeria"), shown(events)
    assert not real_events(events, "RETREAT"), shown(events)


EXPULSIONS = [
    ("fr", "La Russie a donné 48 heures à l'ambassadeur d'Algérie pour quitter le pays."),
    ("es", "Rusia dio 48 horas al embajador de Argelia para abandonar el país."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), EXPULSIONS, ids=[t[0] for t in EXPULSIONS])
def test_hours_to_leave_stay_an_expulsion(code, lang, text):
    events = code(AFTER_MEETING[lang] + text, lang)
    assert real_involving(events, "SANCTION", "Algeria"), shown(events)
