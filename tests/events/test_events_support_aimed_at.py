"""Support one sets out to win on a trip is no support given: "met Haftar to win his backing", "travelled to Paris to
secure French support" tell what the trip was for (events.purposes `_sought`); "the plan won the backing
of Spain" is Spain's support. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

SOUGHT = [
    "The UN envoy Hanna Tetteh flew to Benghazi on Tuesday to win the backing of Khalifa Haftar for her roadmap.",
    "Nasser Bourita travelled to Paris on Monday to secure French support for the autonomy plan.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", SOUGHT, ids=["win", "secure"])
def test_support_sought_is_not_given(world_code, text: str) -> None:
    events = world_code(text, "en")
    assert not real_events(events, "SUPPORT"), shown(events)
    assert real_events(events, "CONSULT"), shown(events)


@pytest.mark.slow
def test_support_won_is_given(world_code) -> None:
    events = world_code("The Moroccan autonomy plan won the backing of Spain last year.", "en")
    assert any("Spain" in e.actor for e in real_events(events, "SUPPORT")), shown(events)
