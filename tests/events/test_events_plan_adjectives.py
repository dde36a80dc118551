"""A meeting an adjective of plan governs is planned, not held: "is due to meet X", "est censé
rencontrer X" are AGREE with aux future (PLOVER codes planned meetings and visits as AGREE), even with
no day or with "today", which no later day makes a plan. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

PLANNED = [
    ("en", "The talks resumed in Geneva. Joe Biden is due to meet the Turkish president."),
    ("en", "The talks resumed in Geneva. Joe Biden is due to meet the Turkish president today."),
    ("en", "The talks resumed in Geneva. Jean-Yves Le Drian is due to travel to Algiers."),
    (
        "fr",
        "Les discussions ont repris à Genève. Jean-Yves Le Drian est censé rencontrer son homologue algérien.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), PLANNED, ids=["due", "due-today", "due-travel", "cense"])
def test_a_meeting_an_adjective_plans_is_no_meeting_held(world_code, lang, text):
    found = world_code(text, lang)
    assert not real_events(found, "CONSULT"), shown(found)
    assert any(e.type == "AGREE" and "future" in e.aux for e in found), shown(found)


def test_a_meeting_held_is_still_one(world_code):
    found = world_code("The talks resumed in Geneva. Joe Biden met the Turkish president today.", "en")
    assert real_events(found, "CONSULT"), shown(found)
