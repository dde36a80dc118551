""" "The two sides" as a subject with no meeting told before ("Afghan and Pakistani forces clashed... the two
sides agreed to a truce"): the two states the article names first, both actors of the joint act, not the last
actor named alone (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

TWO_SIDES = [
    (
        "On Saturday, Afghan forces attacked Pakistani border posts, and Pakistan shelled Afghan positions. After "
        "fresh fighting, the two sides agreed on Wednesday to a 48-hour truce.",
        "en",
    ),
    (
        "Samedi, les forces afghanes ont attaqué des postes frontaliers pakistanais, et le Pakistan a bombardé des "
        "positions afghanes. Après de nouveaux combats, les deux parties ont accepté mercredi une trêve de 48 heures.",
        "fr",
    ),
]


@pytest.mark.parametrize(("text", "lang"), TWO_SIDES, ids=["en", "fr"])
def test_the_two_sides_are_the_two_states_named(world_code, text, lang):
    agreements = real_events(world_code(text, lang, "2025-10-19"), "AGREE")
    assert any({"Pakistan", "Afghanistan"} <= set(e.actor) for e in agreements), shown(agreements)
