"""Talks that ended "without an agreement" ended no agreement: no phrase of ending an agreement spans the
negative preposition (`phrase_breaks` in lang/*/events.yaml), which only denies the agreement's noun (a
negated AGREE). A sentence written for this test."""

from __future__ import annotations

from tests.events.conftest import real_events, shown


def test_talks_ended_without_agreement_reject_nothing(world_code):
    events = world_code("The talks between Sudan and Chad ended without an agreement.", "en")
    assert not [e for e in events if e.type == "REJECT"], shown(events)
    assert not real_events(events, "AGREE"), shown(events)
    assert [e for e in events if e.type == "AGREE" and "negation" in e.aux], shown(events)
