"""A sentence with no date of its own may take the date of the sentence before, but not the day of a plan
told there, after the day of writing: "agreed to hold a summit in March 2025. Russia criticised..." in an
article of 2024-03-13 is a criticism of that day. A coming act told next keeps the plan's day. Sentences
written for these tests (published 2024-03-13)."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

PLAN_THEN_ACT = [
    ("en", "The ministers agreed to hold a summit in March 2025. Russia criticised the United States."),
    (
        "fr",
        "Les ministres ont convenu d'organiser un sommet en mars 2025. La Russie a critiqué les États-Unis.",
    ),
    ("es", "Los ministros acordaron celebrar una cumbre en marzo de 2025. Rusia criticó a Estados Unidos."),
    ("en", "The council called for elections before February 2025. Russia criticised the United States."),
]


@pytest.mark.slow
@by_language(PLAN_THEN_ACT)
def test_events_an_act_told_after_a_plan_is_not_dated_by_it(world_code, lang, text):
    found = real_events(world_code(text, lang), "ACCUSE")
    assert [(e.actor, e.date.value if e.date else None) for e in found] == [(("Russia",), "2024-03-13")], (
        shown(found)
    )


@pytest.mark.slow
def test_events_a_coming_act_told_after_a_plan_keeps_its_day(world_code):
    found = world_code("The summit will be held in March 2025. Russia will attend the summit.", "en")
    assert [(e.type, e.actor, e.date.value if e.date else None) for e in found] == [
        ("AGREE", ("Russia",), "2025-03")
    ], shown(found)
