"""A retaliation done by another act is that act ("retaliated by suspending trade with India": a
sanction, no attack), one done with force stays an attack ("retaliated with drone strikes"); "striking"
a target attacks it as "struck" does ("launched an operation, striking nine sites"), a striking worker
attacks no one. Our own sentences (English: the language whose lexicon has "retaliate")."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


@pytest.mark.slow
def test_a_retaliation_by_another_act_is_that_act(world_code):
    events = world_code(
        "Islamabad retaliated by suspending trade with India and closing its consulates.", "en"
    )
    assert any("Pakistan" in e.actor and "India" in e.recipient for e in real_events(events, "SANCTION")), (
        shown(events)
    )
    assert not real_events(events, "ASSAULT"), shown(events)


@pytest.mark.slow
def test_a_retaliation_with_force_is_an_attack(world_code):
    events = world_code("Islamabad retaliated with drone strikes on Indian army posts.", "en")
    assert any("Pakistan" in e.actor for e in real_events(events, "ASSAULT")), shown(events)


@pytest.mark.slow
def test_striking_a_target_is_an_attack(world_code):
    events = world_code(
        "India launched a military operation on Wednesday, striking nine sites in Pakistan.",
        "en",
        anchor="2025-05-10",
    )
    found = [e for e in real_events(events, "ASSAULT") if "India" in e.actor and "Pakistan" in e.recipient]
    assert found and all(e.date is not None and e.date.value.startswith("2025-05-07") for e in found), shown(
        events
    )
    assert not real_events(events, "PROTEST"), shown(events)
