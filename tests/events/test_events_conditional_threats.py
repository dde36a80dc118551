"""A conflictual act told in the future or the conditional on a condition ("would impose sanctions if...",
"imposerait des sanctions si...", "impondrá sanciones si...") is a threat that was made (events.threats);
a modal of possibility ("could impose sanctions if") stays a supposition."""

from __future__ import annotations

import pytest

from tests.events.conftest import AFTER_MEETING, real_involving, shown

THREATS = [
    ("en", "Russia warned on Tuesday that it would impose sanctions on Algeria if the talks failed."),
    ("en", "Russia will suspend its aid to Algeria if the prisoners are not released."),
    (
        "fr",
        "La Russie a prévenu mardi qu'elle imposerait des sanctions à l'Algérie si les pourparlers échouaient.",
    ),
    (
        "fr",
        "La Russie a annoncé mardi qu'elle suspendrait son aide à l'Algérie si les détenus n'étaient pas libérés.",
    ),
    ("es", "Rusia advirtió el martes que impondrá sanciones a Argelia si fracasan las negociaciones."),
    ("es", "Rusia anunció el martes que cerraría su embajada en Argelia si no libera a los presos."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), THREATS, ids=[f"{t[0]}-{t[1][:40]}" for t in THREATS])
def test_act_on_condition_is_a_threat_made(code, lang, text):
    events = code(AFTER_MEETING[lang] + text, lang)
    assert real_involving(events, "THREATEN", "Algeria"), shown(events)


SUPPOSED = [
    ("en", "Russia could impose sanctions on Algeria if the talks failed."),
    ("es", "Rusia podría imponer sanciones a Argelia si fracasan las negociaciones."),
    ("fr", "La Russie pourrait imposer des sanctions à l'Algérie si les pourparlers échouaient."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), SUPPOSED, ids=[t[0] for t in SUPPOSED])
def test_possible_act_on_condition_is_no_threat(code, lang, text):
    events = code(AFTER_MEETING[lang] + text, lang)
    assert not real_involving(events, "THREATEN", "Algeria"), shown(events)
    assert not real_involving(events, "SANCTION", "Algeria"), shown(events)
