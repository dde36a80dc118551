"""Spanish "dar la bienvenida a" an act ("dio la bienvenida al acuerdo", "a la iniciativa de X"): approval
(SUPPORT), as "welcomed the agreement" and "acogió con satisfacción" are; a visitor welcomed is still
received (CONSULT). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

WELCOMED_ACTS = [
    ("Bourita dio la bienvenida a la iniciativa de Argelia.", "Algeria"),
    ("Bourita dio el martes la bienvenida a la propuesta de España.", "Spain"),
    ("Marruecos dio la bienvenida a la decisión de Rusia de enviar a su ministro.", "Russia"),
    ("Attaf dio la bienvenida al anuncio de Marruecos.", "Morocco"),
]


@pytest.mark.parametrize(("text", "target"), WELCOMED_ACTS, ids=[r[1] for r in WELCOMED_ACTS])
def test_welcoming_an_act_is_support(code, text, target):
    events = code(text, "es")
    assert not real_events(events, "CONSULT"), shown(events)
    backed = real_events(events, "SUPPORT")
    assert backed and target in backed[0].recipient, shown(events)


def test_welcoming_a_visitor_is_still_a_visit(code):
    events = code("Bourita dio la bienvenida a Lavrov en Rabat.", "es")
    assert real_events(events, "CONSULT") and not real_events(events, "SUPPORT"), shown(events)
