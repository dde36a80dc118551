"""A name glued by a hyphen to an attribute word is no participant: "the Iran-aligned group", "a
Liberian-flagged carrier", "Emirati-supplied drones", "pro-Russian separatists" (events.attributes,
`attribute_compounds` in lang/events.yaml). "Saudi-led" and "US-Iran talks" keep their names. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.events.attributes import attribute, without_attributes
from diplowatch.text.mentions import ActorMention
from tests.events.conftest import real_events, shown


def _mention(body: str, words: str, key: str) -> ActorMention:
    start = body.index(words)
    return ActorMention(start, start + len(words), key, "country")


@pytest.mark.parametrize(
    ("body", "words", "expected"),
    [
        ("The Iran-aligned group attacked.", "Iran", True),
        ("a Liberian-flagged carrier", "Liberian", True),
        ("Iranian‑made drones", "Iranian", True),  # a non-breaking hyphen
        ("PRO-RUSSIAN separatists", "RUSSIAN", True),
        ("anti-Houthi forces", "Houthi", True),
        ("Saudi-led coalition jets", "Saudi", False),
        ("US-Iran talks", "US", False),
        ("US-Iran talks", "Iran", False),
        ("Iran aligned itself with Russia.", "Iran", False),
        ("Iran-", "Iran", False),  # the text ends at the hyphen
    ],
)
def test_attribute_words_around_the_hyphen(body, words, expected):
    assert attribute(_mention(body, words, "X"), body) is expected


def test_without_attributes_keeps_the_others_in_order():
    body = "Iran-backed Houthis met Oman."
    found = (
        _mention(body, "Iran", "Iran"),
        _mention(body, "Houthis", "Houthis"),
        _mention(body, "Oman", "Oman"),
    )
    assert [m.key for m in without_attributes(found, body)] == ["Houthis", "Oman"]


# (text, category, the participant it must not have, the one it must keep or None)
ATTRIBUTES = [
    ("The Iran-aligned group attacked a Greek-owned tanker on Tuesday.", "ASSAULT", "Iran", None),
    ("The Houthis attacked a Liberian-flagged bulk carrier on Tuesday.", "ASSAULT", "Liberia", "Houthis"),
    (
        "The RSF shelled El Fasher with Emirati-supplied drones on Tuesday.",
        "ASSAULT",
        "United_Arab_Emirates",
        None,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind", "absent", "kept"), ATTRIBUTES, ids=["aligned", "flagged", "supplied"]
)
def test_events_hyphen_attribute_takes_no_part(world_code, text, kind, absent, kept):
    found = world_code(text, "en", "2025-07-10")
    events = [e for e in found if e.type == kind]
    assert events and all(absent not in e.actor + e.recipient for e in events), shown(found)
    assert kept is None or any(kept in e.actor for e in real_events(found, kind)), shown(found)


@pytest.mark.slow
def test_events_led_coalition_is_its_leaders_act(world_code):
    found = world_code("Saudi-led coalition jets struck Sanaa on Tuesday.", "en", "2025-07-10")
    assert any("Saudi_Arabia" in e.actor for e in real_events(found, "ASSAULT")), shown(found)
