"""A call made to talk is a phone call, "call on" asks (sentences written for these tests): "called X on
Tuesday to discuss" is no "call on" (a `tight` phrase keeps its words side by side)."""

from __future__ import annotations

from tests.events.conftest import real_events, shown


def test_a_call_to_discuss_is_a_phone_call(world_code):
    events = world_code("Ruto called Museveni on Tuesday to discuss the situation in South Sudan.", "en")
    assert any(
        e.actor == ("William_Ruto",) and "Yoweri_Museveni" in e.recipient
        for e in real_events(events, "CONSULT")
    ), shown(events)
    assert not real_events(events, "REQUEST"), shown(events)


def test_call_on_still_asks(world_code):
    events = real_events(
        world_code("Ruto called on Museveni to release the opposition leader.", "en"), "REQUEST"
    )
    assert any(e.actor == ("William_Ruto",) and "Yoweri_Museveni" in e.recipient for e in events), shown(
        events
    )
