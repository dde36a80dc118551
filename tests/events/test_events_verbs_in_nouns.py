"""A verb form inside a noun is no clause of its own: "return to the negotiating table" asks for talks,
it does not tell them (events.arguments.predicate). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


@pytest.mark.slow
def test_a_negotiating_table_asked_for_is_no_meeting(code):
    events = code("Russia and Spain urged both sides to return to the negotiating table.", "en")
    assert real_events(events, "REQUEST"), shown(events)
    assert not real_events(events, "CONSULT"), shown(events)
