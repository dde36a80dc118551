"""Punitive tariffs or duties imposed on a state's goods sanction it (SANCTION); removing or lifting
them eases that sanction (CONCEDE), as for sanctions (lang/xx/events.yaml). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

IMPOSED = [
    ("en", "Ghana slapped tariffs of 60 per cent on Kenyan tea in May."),
    ("en", "Ghana imposed anti-dumping duties on Kenyan cement in May."),
    ("fr", "Le Ghana a imposé en mai des droits de douane de 60 % sur le thé kényan."),
    ("es", "Ghana impuso en mayo aranceles del 60 % al té keniano."),
    ("ar", "فرضت غانا في مايو رسوما جمركية على الشاي الكيني."),
]
LIFTED = [
    ("en", "Ghana removed its punitive tariffs on Kenyan tea in May."),
    ("fr", "Le Ghana a levé en mai les droits de douane sur le thé kényan."),
    ("es", "Ghana levantó en mayo los aranceles al té keniano."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), IMPOSED)
def test_tariffs_imposed_are_a_sanction(world_code, lang: str, text: str) -> None:
    found = real_events(world_code(text, lang, "2024-06-10"), "SANCTION")
    assert [(list(e.actor), list(e.recipient)) for e in found] == [(["Ghana"], ["Kenya"])]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), LIFTED)
def test_tariffs_lifted_are_a_concession(world_code, lang: str, text: str) -> None:
    found = real_events(world_code(text, lang, "2024-06-10"), "CONCEDE")
    assert [(list(e.actor), list(e.recipient)) for e in found] == [(["Ghana"], ["Kenya"])]
