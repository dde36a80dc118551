"""Reproaches addressed to a state are criticism of it in the plural too ("dirigió sus más duros reproches
a X": the Spanish lemmatiser reads "reproches" as "reproch", so the trigger is "reproche*" in
lang/es/events.yaml). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "El canciller ghanés dirigió el domingo sus más duros reproches a Kenia.",
        "Ghana dirigió el domingo un duro reproche a Kenia.",
    ],
)
def test_reproaches_addressed_to_a_state_are_criticism(world_code, text: str) -> None:
    found = real_events(world_code(text, "es", "2024-06-10"), "ACCUSE")
    assert found and all("Kenya" in e.recipient for e in found)
