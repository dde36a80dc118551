"""A plan verb tells of the plan its complement is, not of an act told in its subject's phrase: "The
treaty, signed in 1994 by Jordan and Israel, set the border" tells a signing, which "set" (as in "is set
to sign") does not make a plan (events.modality). Sentences written for these tests (issue 9)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


@pytest.mark.slow
def test_an_act_told_in_the_subject_of_a_plan_verb_happened(world_code) -> None:
    text = "The Declaration of Amman, signed in 1994 by Jordan and Israel, set the border."
    events = real_events(world_code(text, "en", "2024-03-13"), "SUPPORT")
    signed = [e for e in events if {"Jordan", "Israel"} <= set(e.actor + e.recipient)]
    assert signed and all("future" not in e.aux for e in signed), shown(events)


@pytest.mark.slow
def test_a_plan_verb_still_makes_its_complement_a_plan(world_code) -> None:
    """Guard: "is set to sign" is a plan."""
    events = world_code("Russia is set to sign the accord with China next week.", "en", "2024-03-13")
    signing = [e for e in events if e.type == "SUPPORT"]
    assert signing and all("future" in e.aux for e in signing), shown(events)
