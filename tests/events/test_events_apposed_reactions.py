"""Reactions told in a relative clause on a word for an act set after the act, on sentences written for
these tests: "Spain backed the plan, a decision that Algeria condemned", "une décision que Caracas a
qualifiée de provocation", "una decisión que Caracas ha tachado de ridícula" are criticisms of whoever
did the act, and their names are not the act's counterparts (events.arguments `reacts_to_apposed_act`,
`_relative_acts`); "ridiculous", "absurde" are names of blame (`naming_blame`)."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

pytestmark = pytest.mark.slow

APPOSED = [
    ("en", "Spain backed the Moroccan plan, a decision that Algeria condemned."),
    ("fr", "L'Espagne a soutenu le plan marocain, une décision que l'Algérie a dénoncée."),
    ("es", "España respaldó el plan marroquí, una decisión que Argelia ha condenado."),
]


@by_language(APPOSED)
def test_a_relative_reaction_to_an_apposed_act_blames_its_doer(world_code, lang: str, text: str) -> None:
    events = world_code(text, lang)
    blamed = [e for e in real_events(events, "ACCUSE") if "Algeria" in e.actor]
    assert blamed and "Spain" in blamed[0].recipient, shown(events)
    backed = real_events(events, "SUPPORT")
    assert backed and "Algeria" not in backed[0].recipient, shown(events)


NAMED = [
    ("en", "Blinken recognised Edmundo Gonzalez as the winner, a decision that Caracas called ridiculous."),
    (
        "fr",
        "Blinken a reconnu Edmundo González comme vainqueur, une décision que Caracas a qualifiée de provocation.",
    ),
    (
        "es",
        'Blinken reconoció a Edmundo González como ganador, una decisión que Caracas ha tachado de "ridícula".',
    ),
]


@by_language(NAMED)
def test_a_relative_naming_of_an_apposed_act_is_a_criticism(world_code, lang: str, text: str) -> None:
    events = world_code(text, lang)
    blamed = [e for e in real_events(events, "ACCUSE") if "Venezuela" in e.actor]
    assert blamed and "Antony_Blinken" in blamed[0].recipient, shown(events)


def test_calling_a_decision_ridiculous_is_no_request(world_code) -> None:
    events = world_code("Caracas called Washington's decision ridiculous.", "en")
    assert not real_events(events, "REQUEST") and real_events(events, "ACCUSE"), shown(events)
