"""The act a decision noun introduces is its holder's and was done, on sentences written for these tests
(events.decided_acts): "Moscow welcomed Niamey's decision to end its military agreements with France" tells
Niger's break with France (not Moscow's, not a supposed one) and a welcome addressed to Niger alone; an
elided French mark ("la décision d'Alger d'expulser") is read like "de"."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

pytestmark = pytest.mark.slow

WELCOMED = [
    ("en", "Moscow welcomed Niamey's decision to end its military agreements with France."),
    ("fr", "Moscou a salué la décision de Niamey de rompre ses accords militaires avec la France."),
    ("es", "Moscú celebró la decisión de Niamey de romper sus acuerdos militares con Francia."),
]


@by_language(WELCOMED)
def test_a_decided_act_is_its_holders_and_done(world_code, lang: str, text: str) -> None:
    events = world_code(text, lang)
    broken = real_events(events, "REJECT")
    assert broken and broken[0].actor == ("Niger",) and "France" in broken[0].recipient, shown(events)
    welcomed = [e for e in real_events(events, "SUPPORT") if "Russia" in e.actor]
    assert welcomed and welcomed[0].recipient == ("Niger",), shown(events)


CRITICISED = [
    (
        "en",
        "Washington criticised Caracas's decision to expel the US diplomats.",
        "SANCTION",
        "Venezuela",
        "United_States",
    ),
    (
        "fr",
        "Paris a regretté la décision d'Alger d'expulser douze agents consulaires de la France.",
        "COERCE",
        "Algeria",
        "France",
    ),
]


@pytest.mark.parametrize(("lang", "text", "kind", "holder", "target"), CRITICISED)
def test_a_criticised_decision_still_tells_its_act(
    world_code, lang: str, text: str, kind: str, holder: str, target: str
) -> None:
    events = world_code(text, lang)
    done = real_events(events, kind)
    assert done and done[0].actor == (holder,) and target in done[0].recipient, shown(events)
