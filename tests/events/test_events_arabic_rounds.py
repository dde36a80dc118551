"""Unparsed Arabic: talks resumed in the passive ("استؤنفت المفاوضات بين X وY") and a round held ("عقدت الجولة
الأولى") are talks held between the parties named, dated by their own day (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


@pytest.mark.parametrize(
    ("text", "parties", "day"),
    [
        (
            "واستؤنفت المفاوضات بين مصر وإثيوبيا والسودان في القاهرة يوم 27 أغسطس.",
            {"Egypt", "Ethiopia", "Sudan"},
            "2023-08-27",
        ),
        (
            "وعقدت الجولة الأولى بين مصر وإثيوبيا في القاهرة يومي 27 و28 أغسطس.",
            {"Egypt", "Ethiopia"},
            "2023-08-27",
        ),
    ],
    ids=["resumed", "round"],
)
def test_talks_resumed_or_a_round_held_are_talks(world_code, text, parties, day):
    met = real_events(world_code(text, "ar", "2023-12-20"), "CONSULT")
    assert [(set(e.actor), e.date.value if e.date else None) for e in met] == [(parties, day)], shown(met)
