"""A violation of a state's sovereignty names whatever act infringed it, a deal signed as well as an
attack: "Ethiopia signed a memorandum with X. Mogadishu denounced a violation of its sovereignty" is aimed
at Ethiopia (our own sentences). A violation of a truce still names the attack told before."""

import pytest

from .conftest import real_events

INFRINGED = [
    (
        "en",
        "Ethiopia signed a memorandum of understanding with Eritrea on January 1. "
        "Mogadishu immediately denounced a violation of its sovereignty.",
    ),
    (
        "es",
        "Etiopía firmó el 1 de enero un memorando de entendimiento con Eritrea. "
        "Mogadiscio denunció de inmediato una violación de su soberanía.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), INFRINGED, ids=[i[0] for i in INFRINGED])
def test_a_violated_sovereignty_names_the_act_told_before(world_code, lang: str, text: str) -> None:
    accusations = real_events(world_code(text, lang), "ACCUSE")
    assert any(e.actor == ("Somalia",) and "Ethiopia" in e.recipient for e in accusations), accusations


@pytest.mark.slow
def test_a_violated_truce_names_the_attack_told_before(world_code) -> None:
    text = (
        "Israel struck targets in southern Lebanon on Monday. France condemned a violation of the ceasefire."
    )
    accusations = real_events(world_code(text, "en"), "ACCUSE")
    assert any("France" in e.actor and "Israel" in e.recipient for e in accusations), accusations
