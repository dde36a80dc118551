"""What a relative clause tells of its noun is not who acts in the sentence's own clause: "The three
Sahel states, which have forged closer ties with Russia, announced that they were leaving ECOWAS" is no
act of Russia's, whom the nearest-name fallback had made the one leaving (events.proximity). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import shown

TEXTS = [
    "The three Sahel states, which have forged closer ties with Russia, announced on Sunday that they were "
    "leaving ECOWAS with immediate effect.",
    "The juntas, which have forged closer ties with Russia, announced on Sunday that they were leaving ECOWAS.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", TEXTS, ids=["states", "juntas"])
def test_a_name_in_a_relative_clause_does_not_act_in_the_main_one(world_code, text):
    events = world_code(text, "en")
    assert not [e for e in events if e.type != "COOPERATE" and "Russia" in e.actor], shown(events)
