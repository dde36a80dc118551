"""Ordering or demanding an envoy's departure expels them: SANCTION toward the envoy's state ("a ordonné /
exigé le départ de l'ambassadeur de X", "exigió la salida del embajador de X", "dio 48 horas al embajador
para abandonar el país", "ordered the departure of X's ambassador"), not a REQUEST."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_involving, shown

DEPARTURES = [
    ("fr", "La Russie a ordonné mardi le départ de l'ambassadeur d'Espagne."),
    ("fr", "La Russie a exigé mardi le départ de l'ambassadeur d'Espagne sous 48 heures."),
    ("es", "Rusia exigió el martes la salida del embajador de España."),
    ("es", "Rusia dio el martes 48 horas al embajador de España para abandonar el país."),
    ("en", "Russia ordered the departure of the ambassador of Spain on Tuesday."),
    ("en", "Russia demanded the departure of the ambassador of Spain on Tuesday."),
]


@pytest.mark.slow
@by_language(DEPARTURES)
def test_ordered_departure_of_an_envoy_expels_them(code, lang, text):
    events = code(text, lang)
    assert real_involving(events, "SANCTION", "Spain"), shown(events)
    assert not real_involving(events, "REQUEST", "Spain"), shown(events)
