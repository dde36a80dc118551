"""A passive of planning lends its subject to the infinitive ("X is expected to visit Y", "X is
scheduled to meet Y"): X is who comes, not whom the visit is addressed to (events.arguments, lexicon
`future_heads`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import shown

CASES = [
    "Sergey Lavrov is expected to visit Algiers next week, diplomats said.",
    "Sergey Lavrov is scheduled to travel to Algiers next week.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", CASES)
def test_the_subject_of_a_planning_passive_is_who_comes(code, text):
    events = [e for e in code(text, "en") if e.type == "AGREE"]
    assert any("Sergey_Lavrov" in e.actor and "future" in e.aux for e in events), shown(events)
    assert not any("Sergey_Lavrov" in e.recipient for e in events), shown(events)
