"""Who voiced a stance told by a noun speaks with its holder: "la critique de Varsovie contre le projet,
formulée par le ministre Radosław Sikorski" is Poland's and Sikorski's criticism, and Sikorski is not its
target (`voicing_participles` in lang/<xx>/events.yaml). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

VOICED = [
    (
        "La critique de Varsovie contre le projet de règlement, formulée par le ministre polonais des Affaires "
        "étrangères, Radosław Sikorski, a surpris les autres délégations.",
        "fr",
    ),
    (
        "Warsaw's criticism of the draft regulation, voiced by Polish Foreign Minister Radosław Sikorski, surprised "
        "the other delegations.",
        "en",
    ),
    (
        "La crítica de Varsovia al proyecto de reglamento, formulada por el ministro polaco de Exteriores, Radosław "
        "Sikorski, sorprendió a las demás delegaciones.",
        "es",
    ),
]


@pytest.mark.parametrize(("text", "lang"), VOICED, ids=["fr", "en", "es"])
def test_who_voiced_a_criticism_holds_it_with_its_holder(world_code, text, lang):
    events = real_events(world_code(text, lang, "2025-03-12"), "ACCUSE")
    assert not any("Radosław_Sikorski" in e.recipient for e in events), shown(events)
    assert any({"Poland", "Radosław_Sikorski"} <= set(e.actor) for e in events), shown(events)


def test_a_participle_of_other_words_keeps_its_agent_apart(world_code):
    # "welcomed by" is another stance about the criticism, not a voice of it
    text = (
        "La critique de Varsovie contre le projet de règlement, saluée par le ministre italien Antonio Tajani, a "
        "surpris les autres délégations."
    )
    events = real_events(world_code(text, "fr", "2025-03-12"), "ACCUSE")
    assert not any("Antonio_Tajani" in e.actor for e in events), shown(events)
