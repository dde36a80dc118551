"""A vehicle that strikes is the force of the state it is of: "Israeli jets struck Damascus", "des avions
israéliens ont frappé Damas" are Israel's attacks, although "an Algerian plane" that lands only sets the scene
(events.background: a scenery noun that is the subject of a force trigger). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Israeli jets struck Damascus on Friday."),
        ("fr", "Des avions israéliens ont frappé Damas vendredi."),
    ],
)
def test_events_a_states_jets_attack_for_it(world_code, lang, text):
    found = real_events(world_code(text, lang, "2025-10-16"), "ASSAULT")
    assert [e.actor for e in found] == [("Israel",)], shown(found)


@pytest.mark.slow
def test_events_a_plane_that_lands_names_no_actor(world_code):
    found = real_events(world_code("An Algerian plane landed in Paris on Friday.", "en", "2025-10-16"))
    assert not [e for e in found if "Algeria" in e.actor], shown(found)
