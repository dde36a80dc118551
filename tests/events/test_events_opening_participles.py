"""An accusation told by a participle that opens its sentence ("Accusing it of bias, Morocco broke off
relations with Algeria", "L'accusant de...", "Acusando a Argelia de..."): the main clause's subject
accuses, and an object pronoun looks ahead to the actor the main clause names (there is none before
it); the Spanish gerund that opens a sentence is left unlemmatised ("Acusando"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

AHEAD = [
    ("en", "Accusing it of bad faith, Morocco broke off relations with Algeria."),
    ("en", "Accusing it of stalling, Morocco walked out of the meeting with Algeria on Tuesday."),
    ("fr", "L'accusant de mauvaise foi, le Maroc a rompu ses relations avec l'Algérie."),
    ("fr", "L'accusant de bloquer le processus, le Maroc a quitté mardi la réunion avec l'Algérie."),
]


@pytest.mark.slow
@by_language(AHEAD)
def test_the_pronoun_of_an_opening_participle_looks_ahead(code, lang: str, text: str) -> None:
    events = code(text, lang)
    accusations = real_events(events, "ACCUSE")
    assert any(e.actor == ("Morocco",) and e.recipient == ("Algeria",) for e in accusations), shown(events)


GERUNDS = [
    ("es", "Acusando a Argelia de mala fe, Marruecos rompió sus relaciones con ella."),
    ("es", "Acusando a Argelia de bloquear el proceso, Marruecos abandonó la reunión."),
]


@pytest.mark.slow
@by_language(GERUNDS)
def test_a_spanish_gerund_opening_the_sentence_accuses(code, lang: str, text: str) -> None:
    events = code(text, lang)
    accusations = real_events(events, "ACCUSE")
    assert any(e.actor == ("Morocco",) and "Algeria" in e.recipient for e in accusations), shown(events)
