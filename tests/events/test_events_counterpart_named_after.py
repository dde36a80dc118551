"""A counterpart word stands for the other one of the last meeting told only when nothing names him:
a name set off after the phrase ("his counterpart at the time, January Makamba") names him; and a
counterpart is of another state than the actor's, never the actor's own compatriot from that meeting
(events.counterparts, events.rules). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

MEETING = "President William Ruto met President Samia Suluhu Hassan in Nairobi on Monday. "


@pytest.mark.slow
def test_a_name_set_off_after_the_counterpart_is_the_one_met(world_code) -> None:
    text = MEETING + (
        "In January, Kenya's foreign minister Musalia Mudavadi held talks in Dodoma with his counterpart "
        "at the time, January Makamba."
    )
    talks = [e for e in real_events(world_code(text, "en"), "CONSULT") if "Musalia_Mudavadi" in e.actor]
    assert [(list(e.actor), list(e.recipient)) for e in talks] == [
        (["Musalia_Mudavadi"], ["January_Makamba"])
    ]


@pytest.mark.slow
def test_a_bare_counterpart_is_not_a_compatriot(world_code) -> None:
    text = MEETING + "Later, Kenya's foreign minister Musalia Mudavadi called his counterpart."
    acts = [e for e in world_code(text, "en") if "Musalia_Mudavadi" in e.actor]
    assert acts and all("William_Ruto" not in e.recipient for e in acts)
    assert any("Samia_Suluhu_Hassan" in e.recipient for e in acts)
