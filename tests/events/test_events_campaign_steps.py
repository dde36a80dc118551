"""A campaign told step by step in one sentence: a later strike that names no target is aimed where the one
before it was, when each is dated on its own day (sentences written for these tests; events.sequels); an
undated second act, or a stance, takes nothing."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

STEPS = [
    (
        "L'armée israélienne a bombardé Beyrouth le 27 septembre, puis lancé le 1er octobre une offensive "
        "terrestre dans le Sud.",
        "fr",
    ),
    (
        "The Israeli army bombed Beirut on September 27, then launched a ground offensive in the south on "
        "October 1.",
        "en",
    ),
    (
        "El ejército israelí bombardeó Beirut el 27 de septiembre y lanzó el 1 de octubre una ofensiva terrestre "
        "en el sur.",
        "es",
    ),
]


@pytest.mark.parametrize(("text", "lang"), STEPS, ids=["fr", "en", "es"])
def test_each_step_of_a_campaign_is_aimed_at_the_same_target(world_code, text, lang):
    attacks = real_events(world_code(text, lang, "2024-11-27"), "ASSAULT")
    assert sorted((e.date.value, e.recipient) for e in attacks if e.date) == [
        ("2024-09-27", ("Lebanon",)),
        ("2024-10-01", ("Lebanon",)),
    ], shown(attacks)


def test_a_stance_after_a_strike_takes_no_target(world_code):
    text = "L'armée israélienne a bombardé Beyrouth le 27 septembre et a salué le 1er octobre la fin des combats."
    events = world_code(text, "fr", "2024-11-27")
    assert not any("Lebanon" in e.recipient for e in real_events(events, "SUPPORT")), shown(events)
