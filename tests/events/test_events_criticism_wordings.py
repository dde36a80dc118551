"""Criticism worded by verbs the lexicon missed: "lambasted" (lemmatised "lambast"), the present "pointe du
doigt" (the parser reads "pointe" as an adjective), "señaló / apunta con el dedo a X", the labels of "tildar / tachar de", "brand"; and criticism
restated with "renouveler / renew" is criticism, not the endorsement those verbs give a mandate.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

BLAME = [
    ("en", "Morocco lambasted Algeria on Tuesday over the stalled talks."),
    ("fr", "Le Maroc pointe du doigt l'Algérie dans l'impasse des pourparlers."),
    ("fr", "Rabat pointe du doigt la responsabilité de l'Algérie."),
    ("es", "Marruecos señaló con el dedo a Argelia por el bloqueo de las conversaciones."),
    ("es", "Marruecos apunta con el dedo a Argelia."),
    # labelling someone with a disparaging name ("tildó de golpista a X", "branded X a warmonger")
    ("es", "Marruecos tildó de golpista a Argelia el martes."),
    ("es", "Marruecos tachó de hipócrita a Argelia."),
    ("en", "Morocco branded Algeria a sponsor of terrorism on Tuesday."),
]


@pytest.mark.slow
@by_language(BLAME)
def test_criticism_wordings_are_accusations(code, lang: str, text: str) -> None:
    events = code(text, lang)
    accusations = real_events(events, "ACCUSE")
    assert any(e.actor == ("Morocco",) and "Algeria" in e.recipient for e in accusations), shown(events)


RENEWED = [
    ("fr", "L'Algérie a renouvelé mardi ses critiques contre l'Espagne."),
    ("fr", "L'Algérie a renouvelé sa condamnation de la décision de l'Espagne."),
    ("en", "Algeria renewed its criticism of Spain on Tuesday."),
    ("en", "Algeria renewed its condemnation of the decision taken by Spain."),
]


@pytest.mark.slow
@by_language(RENEWED)
def test_renewed_criticism_is_no_support(code, lang: str, text: str) -> None:
    events = code(text, lang)
    assert not real_events(events, "SUPPORT"), shown(events)
    accusations = real_events(events, "ACCUSE")
    assert any(e.actor == ("Algeria",) and "Spain" in e.recipient for e in accusations), shown(events)
