"""Withdrawing from talks turns them down (REJECT), from an organisation leaves it (SANCTION): neither is
a retreat from a place. Our own sentences."""

from __future__ import annotations

import pytest

from tests.events.conftest import AFTER_MEETING, real_events, shown

CASES = [
    ("Russia pulled out of the negotiations on Friday.", "REJECT", "Russia"),
    ("Russia withdrew from the talks on Friday.", "REJECT", "Russia"),
    ("Mali, Burkina Faso and Niger withdrew from ECOWAS in January.", "SANCTION", "Mali"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "who"), CASES, ids=[f"{c[1]}-{c[2]}" for c in CASES])
def test_a_withdrawal_from_talks_or_a_body(world_code, text, kind, who):
    # (after a meeting: a document's only event is kept whatever its confidence)
    events = world_code(AFTER_MEETING["en"] + text, "en", anchor="2025-06-28")
    assert any(who in e.actor for e in real_events(events, kind)), shown(events)
    assert not any(who in e.actor for e in real_events(events, "RETREAT")), shown(events)
