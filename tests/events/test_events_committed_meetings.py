"""A meeting that completes a commitment told with its holders ("the commitment of A, B and C to meet
again", events.commitments) is the holders' plan: AGREE, all of them its actor, dated when they
committed (the article's day here: 2024-03-13), never on the planned meeting's day, least of all a past
one. Sentences written for these tests, in the four languages."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

SIDES = {"Sudan", "Chad", "South_Sudan"}

COMMITTED = [
    (
        "en",
        "The talks in Juba ended without a deal, but with the commitment of Sudan, Chad and South Sudan to "
        "meet again in May.",
    ),
    (
        "fr",
        "Les pourparlers de Juba se sont achevés sans accord, mais avec l'engagement du Soudan, du Tchad et "
        "du Soudan du Sud de se réunir de nouveau en mai.",
    ),
    (
        "es",
        "Las conversaciones de Juba terminaron sin acuerdo, pero con el compromiso de Sudán, Chad y Sudán "
        "del Sur de volver a reunirse en mayo.",
    ),
    (
        "ar",
        "انتهت محادثات جوبا دون اتفاق، لكن مع التزام السودان وتشاد وجنوب السودان بالاجتماع مجددا في مايو.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), COMMITTED, ids=[c[0] for c in COMMITTED])
def test_a_commitment_to_meet_is_every_holder_s_plan(world_code, lang, text):
    events = world_code(text, lang)
    plans = [e for e in real_events(events, "AGREE") if "future" in e.aux]
    assert any(SIDES <= set(e.actor) for e in plans), shown(events)
    # dated when they committed: not in May, and above all not in the May before the article
    assert all(e.date is not None and e.date.value == "2024-03-13" for e in plans), [e.date for e in plans]
    assert not real_events(events, "CONSULT") or all(
        not SIDES <= set(e.actor) for e in real_events(events, "CONSULT")
    ), shown(events)


REPORTED_PLANS = [
    ("en", "The UN spokesman said on Tuesday that Staffan de Mistura would visit Rabat in May."),
    ("fr", "Le porte-parole de l'ONU a indiqué mardi que Staffan de Mistura se rendrait à Rabat en mai."),
    ("es", "El portavoz de la ONU dijo el martes que Staffan de Mistura viajaría a Rabat en mayo."),
]


@pytest.mark.parametrize(("lang", "text"), REPORTED_PLANS, ids=[c[0] for c in REPORTED_PLANS])
def test_a_plan_told_in_the_past_names_no_day_gone_by(code, lang, text):
    """The report's past tense read "May" as last May; a plan is dated when it was told (Tuesday 12 March
    in an article of Wednesday 13 March)."""
    plans = real_events(code(text, lang), "AGREE")
    assert plans and all(e.date is not None for e in plans), shown(plans)
    assert [e.date.value for e in plans] == ["2024-03-12"], [e.date for e in plans]


COPULA_PLANS = [
    "Staffan de Mistura was to go to Rabat on Wednesday to talk with Moroccan officials.",
    "The UN spokesman said that Staffan de Mistura was to travel to Algiers that day to meet Attaf.",
]


@pytest.mark.parametrize("text", COPULA_PLANS)
def test_an_infinitive_of_be_is_a_plan(code, text):
    """ "was to go", "is to meet" (plan_copulas): a planned trip, AGREE, not a trip made."""
    events = code(text, "en")
    assert not real_events(events, "CONSULT"), shown(events)
    plans = real_events(events, "AGREE")
    assert plans and "Staffan_de_Mistura" in plans[0].actor and "future" in plans[0].aux, shown(events)


GLUED_FUTURES = [
    "وسيزور ستيفان دي ميستورا الجزائر وموريتانيا.",
    "وسيلتقي ستيفان دي ميستورا أحمد عطاف في الجزائر.",
]


@pytest.mark.parametrize("text", GLUED_FUTURES)
def test_a_future_prefix_after_a_glued_conjunction_is_a_plan(code, text):
    """ "وسيزور", "وسيلتقي": "and will visit", "and will meet" (the future "س" after "و"): planned."""
    events = code(text, "ar")
    plans = [e for e in real_events(events, "AGREE") if "Staffan_de_Mistura" in e.actor]
    assert plans and "future" in plans[0].aux, shown(events)
    assert not [e for e in real_events(events, "CONSULT") if "Algeria" in e.recipient], shown(events)


def test_a_french_future_the_tagger_misses_is_a_plan(code):
    """ "visitera" after a name, tagged a proper noun: its ending still says "will visit"."""
    events = code("Staffan de Mistura visitera Alger et Nouakchott.", "fr")
    assert not real_events(events, "CONSULT"), shown(events)
    assert [e for e in real_events(events, "AGREE") if "future" in e.aux], shown(events)


PROMISES = [
    ("en", "The summit ended with a promise by Sudan and Chad to hold new talks in May."),
]


@pytest.mark.parametrize(("lang", "text"), PROMISES, ids=["by"])
def test_a_promise_by_its_holders_is_dated_when_made(world_code, lang, text):
    """ "a promise *by* A and B to hold talks": theirs (pledge_holders), and the promise noun's own draft
    takes no date from the act it promises (commitments.pledged_plan): not last May."""
    events = world_code(text, lang)
    plans = [e for e in real_events(events, "AGREE") if {"Sudan", "Chad"} <= set(e.actor)]
    assert plans, shown(events)
    assert all(e.date is not None and e.date.value == "2024-03-13" for e in plans), [e.date for e in plans]
