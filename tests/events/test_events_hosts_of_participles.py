"""A place named in a participle that qualifies a word of the trigger's clause hosts nothing of the
trigger's: "rejected the sanctions decided in Abuja" is no rejection of Nigeria (events.places); the place
of the trigger's own clause still names the host ("a rappelé son ambassadeur à Madrid"). Sentences written
for these tests (issue 9)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

DECIDED_THERE = [
    ("fr", "Le Mali et le Burkina Faso ont rejeté les sanctions décidées à Abuja."),
    ("en", "Mali and Burkina Faso rejected the sanctions decided in Abuja."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), DECIDED_THERE, ids=[d[0] for d in DECIDED_THERE])
def test_the_place_of_a_participle_is_no_host(world_code, lang: str, text: str) -> None:
    events = real_events(world_code(text, lang, "2024-03-13"), "REJECT")
    assert events and all("Nigeria" not in e.recipient for e in events), shown(events)


@pytest.mark.slow
def test_the_place_of_the_trigger_is_its_host(world_code) -> None:
    """Guard."""
    events = real_events(
        world_code("Le Maroc a rappelé son ambassadeur à Madrid.", "fr", "2024-03-13"), "SANCTION"
    )
    assert any("Spain" in e.recipient for e in events), shown(events)
