"""Criticism an act sets off ("drew a rebuke from X", "a suscité la colère de X", "provocó la condena
de X") is X's criticism of the act's author: the trigger phrase's `host` flag swaps the roles
(lang/xx/events.yaml). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

CASES = [
    ("en", "Nairobi's decision to close the border drew a sharp rebuke from Addis Ababa on Monday."),
    ("en", "The Kenyan move sparked anger from Ethiopia on Monday."),
    ("fr", "La fermeture de la frontière par le Kenya a suscité lundi la colère de l'Éthiopie."),
    ("fr", "La décision kényane a provoqué lundi les critiques d'Addis-Abeba."),
    ("es", "El cierre de la frontera decidido por Kenia provocó el lunes la condena de Etiopía."),
    ("es", "La decisión keniana suscitó el lunes las críticas de Adís Abeba."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), CASES)
def test_criticism_drawn_from_a_state_is_that_state_s(world_code, lang: str, text: str) -> None:
    found = real_events(world_code(text, lang, "2024-03-13"), "ACCUSE")
    assert [(list(e.actor), list(e.recipient)) for e in found] == [(["Ethiopia"], ["Kenya"])]
