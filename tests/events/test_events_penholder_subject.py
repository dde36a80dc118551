"""A role noun of authorship that is the subject of its own clause acts there, on sentences written for
these tests: "regretted that the penholder, the United Kingdom, had ignored its proposals" blames the
United Kingdom; "the penholder, the United States, welcomed the adoption" is the United States' welcome
(events.background: only a role noun elsewhere names a text's author, kept out of the events)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

pytestmark = pytest.mark.slow


def test_a_penholder_that_acts_is_blamed(world_code) -> None:
    events = world_code(
        "Russia regretted that the penholder, the United Kingdom, had ignored its proposals.", "en"
    )
    blamed = [e for e in real_events(events, "ACCUSE") if "Russia" in e.actor]
    assert blamed and "United_Kingdom" in blamed[0].recipient, shown(events)


def test_a_penholder_subject_is_the_actor(world_code) -> None:
    events = world_code("The penholder, the United States, welcomed the adoption of the resolution.", "en")
    assert [e.actor for e in real_events(events, "SUPPORT")] == [("United_States",)], shown(events)
