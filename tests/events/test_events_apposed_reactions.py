"""Reactions told in a relative clause on a word for an act set after the act, on sentences written for
these tests: "Spain backed the plan, a decision that Algeria condemned", "une décision que Caracas a
qualifiée de provocation", "una decisión que Caracas ha tachado de ridícula" are criticisms of whoever
did the act, and their names are not the act's counterparts (events.arguments `reacts_to_told_act`,
`_relative_acts`); "ridiculous", "absurde" are names of blame (`naming_blame`). So is a stance told in a
relative clause on the act's own noun ("an assault the African Union condemned", "une attaque que l'UA a
condamnée") or on a noun of its phrase ("an attack on a ship in the Red Sea, which Washington
condemned"): dated as the news, not left undated as a relative clause's background."""

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


ON_EVENT_NOUNS = [
    (
        "en",
        "The RSF attacked a displacement camp near El Fasher, an assault the African Union strongly condemned.",
    ),
    (
        "fr",
        "Les FSR ont attaqué un camp de déplacés, une attaque que l'Union africaine a fermement condamnée.",
    ),
]


@by_language(ON_EVENT_NOUNS)
def test_a_relative_stance_on_an_event_noun_blames_its_doer(world_code, lang: str, text: str) -> None:
    events = world_code(text, lang)
    blamed = [e for e in real_events(events, "ACCUSE") if "African_Union" in e.actor]
    assert blamed and "Rapid_Support_Forces" in blamed[0].recipient, shown(events)
    assert not any("African_Union" in e.recipient for e in real_events(events, "ASSAULT")), shown(events)


INSIDE_THE_ACT = [
    (
        "en",
        "The Houthis claimed responsibility for an attack on a ship in the Red Sea, which Washington condemned.",
        "United_States",
        "Houthis",
    ),
    (
        "en",
        "Israel carried out strikes on Beirut's southern suburbs, which Lebanon's president condemned.",
        "Lebanon",
        "Israel",
    ),
]


@pytest.mark.parametrize(("lang", "text", "critic", "doer"), INSIDE_THE_ACT)
def test_a_relative_stance_inside_the_acts_phrase_is_dated_news(
    world_code, lang: str, text: str, critic: str, doer: str
) -> None:
    events = world_code(text, lang)
    blamed = [e for e in real_events(events, "ACCUSE") if critic in e.actor]
    assert blamed and doer in blamed[0].recipient and blamed[0].date is not None, shown(events)


def test_the_critic_in_a_relative_clause_is_no_target_of_the_act(world_code) -> None:
    events = world_code(INSIDE_THE_ACT[0][1], "en")
    assert not any("United_States" in e.recipient for e in events if e.type == "ASSAULT"), shown(events)


def test_signing_in_a_relative_clause_is_the_signatories_act(world_code) -> None:
    events = world_code("Le ministre a évoqué l'accord que la Libye et la Turquie ont signé.", "fr")
    agreed = [e for e in events if e.type == "AGREE"]
    assert agreed and {"Libya", "Turkey"} <= set(agreed[0].actor + agreed[0].recipient), shown(events)


RESTATED = [
    ("en", "Washington accused Iran of arming the Houthis, a charge that Tehran rejected."),
    ("fr", "Washington a accusé l'Iran d'armer les Houthis, une accusation que Téhéran a rejetée."),
]


@by_language(RESTATED)
def test_a_rejected_charge_is_aimed_at_the_accuser(world_code, lang: str, text: str) -> None:
    events = world_code(text, lang)
    rejected = [e for e in events if e.type == "REJECT" and "Iran" in e.actor]
    assert rejected and rejected[0].recipient == ("United_States",), shown(events)
