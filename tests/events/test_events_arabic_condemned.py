"""Without a parse (Arabic): the verb of the relative clause after a condemned attack ("أدانت X الهجوم
الذي استهدف مقر الحكومة") tells that same attack, whose doer is untold: the one who condemns it did not
attack (events.clause_status.condemned_act). Our own sentences."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CONDEMNED = [
    "وأدانت الجامعة العربية الهجوم الذي استهدف مقر الحكومة في طرابلس.",
    "وأدانت الجزائر بشدة الهجوم الذي استهدف مدينة السمارة.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", CONDEMNED, ids=["league", "algeria"])
def test_the_condemner_did_not_attack(world_code, text):
    events = world_code(text, "ar")
    assert real_events(events, "ACCUSE"), shown(events)
    assert not [e for e in real_events(events, "ASSAULT") if {"Arab_League", "Algeria"} & set(e.actor)], (
        shown(events)
    )
