"""Calling someone something is no call: "X called Y a traitor" criticises Y, "called the agreement a
success" supports it; "called on X to" stays a request (events.naming, lexicon naming_*). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CASES = [
    ("Algeria called Spain a traitor on Tuesday.", "ACCUSE", "Spain"),
    ("Morocco called the decision a provocation.", "ACCUSE", "Morocco"),
    ("Spain called its agreement with Morocco a success.", "SUPPORT", "Morocco"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "who"), CASES, ids=[c[1] + c[2] for c in CASES])
def test_a_name_given_is_an_appraisal(code, text, kind, who):
    events = code(text, "en")
    assert any(who in e.actor + e.recipient for e in real_events(events, kind)), shown(events)
    assert not real_events(events, "REQUEST"), shown(events)


@pytest.mark.slow
def test_a_call_on_someone_stays_a_request(code):
    events = code("Morocco called on Algeria to resume talks.", "en")
    assert any("Algeria" in e.recipient for e in real_events(events, "REQUEST")), shown(events)
