"""A warning is a threat only addressed to a party: "Russia warned Finland that it would retaliate",
"advirtió a España de las consecuencias", "a mis en garde Helsinki", "حذرت روسيا فنلندا من". Analysts or
diplomats who warn, or a minister warning that a situation remains fragile, threaten no one (the flag
`addressed` of lang/<xx>/events.yaml; events.rules). Sentences written for these tests (issue 9)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

UNADDRESSED = [
    ("en", "If the measure were activated, it would hit ordinary Georgians hardest, analysts warn."),
    ("en", "The Moroccan minister warned that the situation in the buffer zone remained fragile."),
    ("fr", "Le ministre algérien a averti que la situation au Sahel restait fragile."),
    (
        "es",
        "Si Washington retirara su reconocimiento, advierten diplomáticos europeos, Rabat podría congelar "
        "su acercamiento a Israel.",
    ),
]

ADDRESSED = [
    ("en", "Russia warned Finland that it would take retaliatory measures if it joined NATO."),
    ("fr", "Moscou a mis en garde Helsinki contre toute adhésion à l'OTAN."),
    ("es", "Rusia advirtió a Finlandia de que tomaría represalias si entraba en la OTAN."),
    ("ar", "حذرت روسيا فنلندا من الانضمام إلى حلف الناتو."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), UNADDRESSED, ids=[u[1][:24] for u in UNADDRESSED])
def test_a_warning_addressed_to_no_party_is_no_threat(world_code, lang: str, text: str) -> None:
    events = world_code(text, lang, "2024-03-13")
    assert not real_events(events, "THREATEN"), shown(events)


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), ADDRESSED, ids=[a[0] for a in ADDRESSED])
def test_a_warning_to_a_party_is_a_threat(world_code, lang: str, text: str) -> None:
    events = real_events(world_code(text, lang, "2024-03-13"), "THREATEN")
    assert any("Russia" in e.actor and "Finland" in e.recipient for e in events), shown(events)


WARNED_ACTS = [
    (
        "en",
        "Cairo's security chief has warned that police will no longer tolerate rallies by the opposition.",
    ),
    (
        "es",
        "El jefe de la diplomacia española advirtió además de que España podría adoptar «nuevas medidas» si "
        "las disculpas no llegan.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), WARNED_ACTS, ids=[w[0] for w in WARNED_ACTS])
def test_a_warning_of_an_act_to_come_is_a_threat_to_whoever_it_is_not_named(
    world_code, lang: str, text: str
) -> None:
    """Guard: an act the warner's side would take ("will no longer tolerate", "podría adoptar nuevas medidas")
    makes the warning a threat though the text names no one it is aimed at."""
    assert real_events(world_code(text, lang, "2024-03-13"), "THREATEN")
