"""A word of feeling used as an active verb with a direct object ("Spain's decision angered Algeria", "la
décision de l'Espagne a indigné l'Algérie"): the object feels it and disapproves of the subject, the
cause; not the other way round. A word that urges keeps its subject ("Morocco encouraged Spain's
efforts"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

STIRRED = [
    ("en", "Spain's decision angered Algeria."),
    ("en", "The new position of Spain outraged Algeria on Tuesday."),
    ("en", "Spain's vote disappointed Algeria."),
    ("fr", "La décision de l'Espagne a indigné l'Algérie."),
]


@pytest.mark.slow
@by_language(STIRRED)
def test_who_is_stirred_disapproves_of_the_cause(code, lang: str, text: str) -> None:
    events = code(text, lang)
    accusations = real_events(events, "ACCUSE")
    assert accusations and all(e.actor == ("Algeria",) for e in accusations), shown(events)
    assert any("Spain" in e.recipient for e in accusations), shown(events)


URGED = [
    ("en", "Morocco encouraged Spain's efforts."),
    ("fr", "Le Maroc a encouragé les efforts de l'Espagne."),
]


@pytest.mark.slow
@by_language(URGED)
def test_a_word_that_urges_keeps_its_subject(code, lang: str, text: str) -> None:
    events = code(text, lang)
    assert all(e.actor == ("Morocco",) for e in real_events(events, "SUPPORT")), shown(events)
