"""A subject that opens with "neither" ("Neither Egypt nor Sudan condemned", "Ni Egipto ni Sudán
condenaron", "Ni l'Égypte ni le Soudan n'ont condamné") denies the act of each state it names:
`negative_subjects` in lang/xx/events.yaml (events.generic). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

CASES = [
    ("es", "Ni Egipto ni Sudán condenaron el ataque contra el convoy."),
    ("es", "Ni Egipto ni Sudán han condenado el ataque del lunes contra el convoy."),
    ("en", "Neither Egypt nor Sudan condemned the attack on the convoy."),
    ("fr", "Ni l'Égypte ni le Soudan n'ont condamné l'attaque contre le convoi."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), CASES)
def test_neither_state_is_said_to_condemn(world_code, lang: str, text: str) -> None:
    events = world_code(text, lang, "2024-03-13")
    assert not real_events(events, "ACCUSE")
    assert any(e.type == "ACCUSE" and "negation" in e.aux for e in events)


@pytest.mark.slow
def test_a_state_that_did_condemn_stays_asserted(world_code) -> None:
    text = "Egipto condenó el ataque, y ni Sudán ni Chad lo respaldaron."
    assert [list(e.actor) for e in real_events(world_code(text, "es", "2024-03-13"), "ACCUSE")] == [["Egypt"]]
