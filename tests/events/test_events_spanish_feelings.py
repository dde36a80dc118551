"""Concern said by an adjective of feeling is criticism of what it is about, in Spanish as in French
("s'est dite préoccupée par") and English ("alarmed by"): "se declaró alarmado por la incursión", "se mostró
preocupada por la decisión de Ecuador" (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

FEELINGS = [
    (
        "El secretario general de la ONU, António Guterres, se declaró alarmado por la incursión en Quito.",
        "António_Guterres",
    ),
    ("Brasil se mostró preocupado por la decisión de Ecuador.", "Brazil"),
    ("La Unión Europea se declaró consternada por el asalto a la embajada.", "European_Union"),
]


@pytest.mark.parametrize(("text", "actor"), FEELINGS)
def test_a_feeling_of_concern_criticises(world_code, text, actor):
    events = world_code(text, "es")
    assert any(actor in e.actor for e in real_events(events, "ACCUSE")), shown(events)
