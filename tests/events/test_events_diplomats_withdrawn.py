"""A state's own diplomats pulled out of a country cut relations down (SANCTION), as a recalled
ambassador does; troops pulled out are a retreat (our own sentences)."""

import pytest

from .conftest import real_events

WITHDRAWALS = [
    (
        "es",
        "El Gobierno venezolano ordenó el lunes la retirada de su personal diplomático de Argentina, Chile y Perú.",
    ),
    ("fr", "Le Venezuela a retiré lundi son personnel diplomatique d'Argentine et du Chili."),
    ("en", "Venezuela ordered the withdrawal of its diplomats from Argentina and Chile on Monday."),
    ("ar", "سحبت فنزويلا يوم الاثنين دبلوماسييها من الأرجنتين وتشيلي."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), WITHDRAWALS, ids=[w[0] for w in WITHDRAWALS])
def test_diplomats_withdrawn_are_a_sanction(world_code, lang: str, text: str) -> None:
    events = real_events(world_code(text, lang))
    assert any(e.type == "SANCTION" and "Argentina" in e.recipient for e in events), events
    assert not [e for e in events if e.type == "RETREAT"], events


TROOPS = [
    ("fr", "La France a retiré lundi ses troupes du Mali."),
    ("es", "Francia ordenó el lunes la retirada de sus tropas de Malí."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), TROOPS, ids=[t[0] for t in TROOPS])
def test_troops_withdrawn_stay_a_retreat(world_code, lang: str, text: str) -> None:
    events = real_events(world_code(text, lang))
    assert any(e.type == "RETREAT" for e in events) and not [e for e in events if e.type == "SANCTION"], (
        events
    )
