"""Acts told by a participle or gerund clause adjoined to another verb ("Accusing Rabat of bad faith,
the Polisario rejected...", "rechazó la propuesta, acusando a Marruecos") are done by the same subject
at the same time: asserted, not the content of what the other verb refuses or asks
(events.modality._accompanying). A negative preposition opening such a clause ("without accusing")
negates that clause's act, not the verb it hangs on. Sentences written for these tests, after a first
sentence whose meeting is kept anyway (a document's only event is kept whatever its confidence)."""

from __future__ import annotations

import pytest

from tests.events.conftest import AFTER_MEETING, real_events, shown

BURHAN, RSF = "Abdel_Fattah_al-Burhan", "Rapid_Support_Forces"

# (lang, sentence, category asserted, its actor)
ASSERTED = [
    (
        "en",
        "Accusing Rabat of bad faith, the Polisario Front rejected the proposal on Monday.",
        "ACCUSE",
        "Polisario_Front",
    ),
    (
        "en",
        "Burhan rejected the ceasefire call on Friday, accusing the Rapid Support Forces of violations.",
        "ACCUSE",
        BURHAN,
    ),
    (
        "es",
        "El Frente Polisario rechazó el lunes la propuesta, acusando a Marruecos de mala fe.",
        "ACCUSE",
        "Polisario_Front",
    ),
    ("en", "Condemning the attack, Egypt summoned the Libyan ambassador on Tuesday.", "ACCUSE", "Egypt"),
    (
        "en",
        "The Polisario Front rejected the proposal on Monday without accusing Morocco.",
        "REJECT",
        "Polisario_Front",
    ),
    (
        "es",
        "El Frente Polisario rechazó el lunes la propuesta sin acusar a Marruecos.",
        "REJECT",
        "Polisario_Front",
    ),
]

# (lang, sentence, category NOT asserted, its would-be actor)
NOT_ASSERTED = [
    (
        "en",
        "The Polisario Front rejected the proposal on Monday without accusing Morocco.",
        "ACCUSE",
        "Polisario_Front",
    ),
    (
        "es",
        "El Frente Polisario rechazó el lunes la propuesta sin acusar a Marruecos.",
        "ACCUSE",
        "Polisario_Front",
    ),
    (
        "fr",
        "Le Front Polisario a rejeté lundi la proposition sans accuser le Maroc.",
        "ACCUSE",
        "Polisario_Front",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "who"), ASSERTED, ids=[f"{r[0]}-{i}" for i, r in enumerate(ASSERTED)]
)
def test_events_accompanying_act_is_asserted(world_code, lang, text, kind, who):
    found = world_code(AFTER_MEETING[lang] + text, lang)
    assert [e for e in real_events(found, kind) if who in e.actor], shown(found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "who"), NOT_ASSERTED, ids=[f"{r[0]}-{i}" for i, r in enumerate(NOT_ASSERTED)]
)
def test_events_act_without_is_not_asserted(world_code, lang, text, kind, who):
    found = world_code(AFTER_MEETING[lang] + text, lang)
    assert not [e for e in real_events(found, kind) if who in e.actor], shown(found)
