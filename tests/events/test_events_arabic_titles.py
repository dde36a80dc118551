"""Unparsed (Arabic): a state or body right after a title noun in the construct state, with its holder's
name a few words on, is part of the title, not a participant ("رئيس مجلس السيادة السوداني عبد الفتاح
البرهان", "وزير خارجية الجزائر أحمد عطاف"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

TITLED = [
    (
        "استقبل رئيس مجلس السيادة السوداني عبد الفتاح البرهان اليوم في بورتسودان وزير الخارجية المصري بدر عبد العاطي.",
        "Transitional_Sovereignty_Council",
    ),
    ("استقبل وزير خارجية الجزائر أحمد عطاف اليوم المبعوث الأممي ستيفان دي ميستورا.", "Algeria"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "titled"), TITLED, ids=[t[1] for t in TITLED])
def test_a_body_in_a_title_is_no_participant(world_code, text: str, titled: str) -> None:
    meetings = real_events(world_code(text, "ar"), "CONSULT")
    assert meetings and all(titled not in e.actor + e.recipient for e in meetings), meetings
