"""Talks that ended "without an agreement" ended no agreement: no phrase of ending an agreement spans the
negative preposition (`phrase_breaks` in lang/*/events.yaml), which only denies the agreement's noun (a
negated AGREE). A sentence written for this test."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


def test_talks_ended_without_agreement_reject_nothing(world_code):
    events = world_code("The talks between Sudan and Chad ended without an agreement.", "en")
    assert not [e for e in events if e.type == "REJECT"], shown(events)
    assert not real_events(events, "AGREE"), shown(events)
    assert [e for e in events if e.type == "AGREE" and "negation" in e.aux], shown(events)


# A negative preposition before a noun denies that noun, not the verb it hangs on: the meeting took
# place ("without a breakthrough", "sans oublier son entrevue"); one before a verb still denies it
# ("left without meeting the king").
HELD_WITHOUT = [
    "Lavrov met Bourita in Moscow, without any breakthrough.",
    "Lavrov met Bourita on Monday without a breakthrough on the plan.",
]


@pytest.mark.parametrize("text", HELD_WITHOUT, ids=["any", "on-the-plan"])
def test_a_meeting_without_a_breakthrough_took_place(world_code, text):
    events = world_code(text, "en")
    assert any("Nasser_Bourita" in e.recipient for e in real_events(events, "CONSULT")), shown(events)


def test_leaving_without_meeting_is_no_meeting(world_code):
    events = world_code("The envoy left Rabat without meeting King Mohammed VI.", "en")
    assert not real_events(events, "CONSULT"), shown(events)


# "Sans oublier", "sin olvidar", "not forgetting" add one more item: the meeting took place
# (`not_denials` in lang/<xx>/events.yaml).
NOT_FORGOTTEN = [
    (
        "fr",
        "Le Maroc a reçu l'envoyé de l'ONU. Sans oublier son entrevue avec le ministre algérien Ahmed Attaf.",
    ),
    (
        "es",
        "Marruecos recibió al enviado de la ONU. Sin olvidar su reunión con el ministro argelino Ahmed Attaf.",
    ),
    (
        "en",
        "Morocco received the UN envoy. Not forgetting his meeting with the Algerian minister Ahmed Attaf.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOT_FORGOTTEN, ids=[n[0] for n in NOT_FORGOTTEN])
def test_a_meeting_not_forgotten_took_place(world_code, lang, text):
    events = world_code(text, lang)
    met = [e for e in events if e.type == "CONSULT" and "Ahmed_Attaf" in e.actor + e.recipient]
    assert met and not any("negation" in e.aux for e in met), shown(events)
