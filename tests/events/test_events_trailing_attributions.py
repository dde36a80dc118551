"""A clause ending in a name, then a trailing attribution ("spoke with his counterpart Sergei Lavrov, the
Algerian foreign ministry said"): the name is the counterpart, not a speaker (text/trailing_attributions.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (text, the counterpart the clause names)
TRAILING = [
    (
        "Attaf spoke by phone with his Russian counterpart Sergei Lavrov, the Algerian foreign ministry said.",
        "Sergey_Lavrov",
    ),
    (
        "Egypt's foreign minister Badr Abdelatty discussed the situation by phone with his Saudi counterpart "
        "Prince Faisal bin Farhan, the Egyptian foreign ministry said.",
        "Faisal_bin_Farhan_Al_Saud",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "counterpart"), TRAILING, ids=["lavrov", "faisal"])
def test_the_name_ending_a_clause_is_no_speaker(world_code, text: str, counterpart: str) -> None:
    events = real_events(world_code(text, "en"), "CONSULT")
    assert any(counterpart in e.recipient for e in events), shown(events)


@pytest.mark.slow
def test_a_titled_speaker_still_speaks(world_code) -> None:
    text = "Morocco must negotiate with the Polisario, Russian Foreign Minister Sergei Lavrov said."
    events = real_events(world_code(text, "en"), "REQUEST")
    assert any("Sergey_Lavrov" in e.actor for e in events), shown(events)
