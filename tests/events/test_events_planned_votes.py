"""A vote the Council is due to hold is a decision ahead, not one taken: "is due to vote on renewing
the mandate" is AGREE with aux future (PLOVER codes a planned decision as AGREE), never a real SUPPORT.
The adjective of the plan ("due", "set") is no predicate the parser climbs to. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

PLANNED = [
    "The Security Council is due to vote on renewing the mandate of MINURSO at the end of the month.",
    "The Security Council will vote next week on extending the mandate of MINURSO.",
]


@pytest.mark.parametrize("text", PLANNED, ids=["due", "will"])
def test_a_vote_ahead_is_no_endorsement_given(world_code, text):
    found = world_code(text, "en")
    assert not [e for e in real_events(found, "SUPPORT") if "future" not in e.aux], shown(found)
    assert any(e.type == "AGREE" and "future" in e.aux for e in found), shown(found)
