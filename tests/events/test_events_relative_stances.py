"""A stance told in a relative clause on a noun of another act's object is told, not that act's content,
on sentences written for these tests: "rechazó las declaraciones de X, a quien acusó de mentir" is a real
accusation, not one the rejection holds (events.modality `_relative_clause`), and "whom it accused of
lying", with a pronoun subject, is the news's own act, dated as the sentence, not a relative clause's
undated background (events.background `_told_by_pronoun`)."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

pytestmark = pytest.mark.slow

TOLD = [
    ("es", "Venezuela rechazó las declaraciones de Marco Rubio, a quien acusó de mentir."),
    ("en", "Venezuela rejected the remarks of Marco Rubio, whom it accused of lying."),
    ("fr", "Le Venezuela a rejeté les déclarations de Marco Rubio, qu'il a accusé de mentir."),
]


@by_language(TOLD)
def test_a_relative_accusation_is_real_and_dated(world_code, lang: str, text: str) -> None:
    events = world_code(text, lang)
    accused = [e for e in real_events(events, "ACCUSE") if "Venezuela" in e.actor]
    assert accused and "Marco_Rubio" in accused[0].recipient, shown(events)
    assert accused[0].date is not None, shown(events)
