"""Giving a text or a plan the green light approves it (SUPPORT): "dio luz verde al protocolo", "a donné
son feu vert à l'accord", "gave the green light to the deal". The possessive inside the phrase ("su luz
verde", "son feu vert") is the actor's own approval, no one else's work (events.possessed). Sentences
written for these tests, each after a meeting so that the document's only-event rule keeps nothing."""

from __future__ import annotations

import pytest

from tests.events.conftest import AFTER_MEETING, by_language, real_events, shown

APPROVED = [
    ("es", "Petro dio luz verde al protocolo firmado con el ELN."),
    ("es", "Petro dio el martes su luz verde al acuerdo con el ELN."),
    ("fr", "Petro a donné mardi son feu vert à l'accord avec l'ELN."),
    ("en", "Petro gave the green light to the deal with the ELN on Tuesday."),
]
ELN = "National_Liberation_Army_(Colombia)"


@pytest.mark.slow
@by_language(APPROVED)
def test_a_green_light_approves_what_it_is_given_to(world_code, lang: str, text: str) -> None:
    support = real_events(world_code(AFTER_MEETING[lang] + text, lang), "SUPPORT")
    assert [(e.actor, e.recipient) for e in support] == [(("Gustavo_Petro",), (ELN,))], shown(support)


@pytest.mark.slow
def test_a_green_light_withheld_is_no_approval(world_code) -> None:
    events = world_code(AFTER_MEETING["es"] + "Petro no dio luz verde al acuerdo con el ELN.", "es")
    assert not real_events(events, "SUPPORT"), shown(events)
