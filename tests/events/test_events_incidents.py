"""An incident is an act word: a stance on "the incident" that names no one is aimed at whoever did the
last act the article told (lexicon `acts`, events.reactions; sentences written for these tests)."""

from __future__ import annotations

from tests.events.conftest import real_events, shown


def test_condemning_the_incident_blames_the_attacker(world_code):
    text = (
        "On June 17, the Chinese coast guard attacked a Philippine supply boat near the shoal. "
        "Manila condemned the incident."
    )
    accused = real_events(world_code(text, "en", "2024-07-22"), "ACCUSE")
    assert [(e.actor, e.recipient) for e in accused] == [(("Philippines",), ("China",))], shown(accused)
