"""A minister's stance is not aimed at the state she serves: in "Colonna a qualifié ces allégations de
fausses et affirmé que l'objectif de la France...", France is named in the coordinated clause, and the
denial answers the allegations' author (events.rules: a stance whose every recipient is a person's own
state has none, and its object may then name its target). Our own sentences."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

TEXT = (
    "Les militaires au pouvoir au Niger ont accusé lundi la France de vouloir intervenir. Interrogée mardi, la "
    "ministre française des Affaires étrangères, Catherine Colonna, a qualifié ces allégations de fausses et "
    "affirmé que le seul objectif de la France était le retour de l'ordre constitutionnel."
)


@pytest.mark.slow
def test_a_denial_is_not_aimed_at_the_ministers_own_state(world_code):
    events = world_code(TEXT, "fr", anchor="2023-08-01")
    denials = [e for e in real_events(events, "REJECT") if "Catherine_Colonna" in e.actor]
    assert denials and all("France" not in e.recipient for e in denials), shown(events)
    assert any("Niger" in e.recipient for e in denials), shown(events)
