"""A relative clause with no pronoun ("a condition Kyiv rejected as unacceptable") is about the noun it
hangs on, as "a condition that Kyiv rejected" is: the rejection answers the demand told before it
(events.clause_status.antecedent). Our own sentences."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Russia demanded that Ukraine withdraw its troops, a condition Kyiv rejected as unacceptable.",
        "Russia demanded that Ukraine withdraw its troops, a condition that Kyiv rejected.",
    ],
    ids=["zero", "that"],
)
def test_a_relative_rejection_answers_the_demand(world_code, text):
    events = world_code(text, "en", anchor="2025-05-16")
    assert any("Ukraine" in e.actor and "Russia" in e.recipient for e in real_events(events, "REJECT")), (
        shown(events)
    )


@pytest.mark.slow
def test_a_clause_a_relative_word_opens_is_no_zero_relative(world_code):
    text = "Yerevan accepted Baku's wording on the two articles, which dealt with the deployment of foreign forces."
    events = world_code(text, "en", anchor="2025-03-14")
    assert not real_events(events, "MOBILIZE"), shown(events)
