"""English names the Philippines' things with the adjective "Philippine", not the demonym "Filipino" (the
packaged KB lists both; sentences written for these tests): the state is the target or the actor."""

from __future__ import annotations

from tests.events.conftest import real_events, shown


def test_a_philippine_boat_is_the_philippines(world_code):
    text = (
        "On June 17, the Chinese coast guard attacked a Philippine supply boat near the shoal. "
        "Manila condemned the move."
    )
    events = world_code(text, "en", "2024-07-22")
    assert any("Philippines" in e.recipient for e in real_events(events, "ASSAULT")), shown(events)
    assert any(
        e.actor == ("Philippines",) and "China" in e.recipient for e in real_events(events, "ACCUSE")
    ), shown(events)


def test_the_philippine_ministry_acts_for_the_philippines(world_code):
    events = world_code(
        "The Philippine foreign ministry summoned China's ambassador on Monday.", "en", "2024-07-22"
    )
    assert any("Philippines" in e.actor and "China" in e.recipient for e in real_events(events, "ACCUSE")), (
        shown(events)
    )
