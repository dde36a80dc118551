"""A letter handed over is a contact like a message ("handed Bourita a letter from President X", "a remis
une lettre", "entregó una carta"): a CONSULT of the bearer with the one who received it. A letter sent to
a body is not one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_involving, shown

HANDED = [
    ("en", "Ahmed Attaf on Monday handed Nasser Bourita a letter from the Algerian president."),
    ("fr", "Ahmed Attaf a remis lundi à Nasser Bourita une lettre du président algérien."),
    ("es", "Ahmed Attaf entregó el lunes a Nasser Bourita una carta del presidente argelino."),
]


@pytest.mark.slow
@by_language(HANDED)
def test_events_a_letter_handed_over_is_a_contact(code, lang, text):
    found = code(text, lang)
    met = real_involving(found, "CONSULT", "Nasser_Bourita")
    assert met and all("Ahmed_Attaf" in e.actor + e.recipient for e in met), shown(found)


@pytest.mark.slow
def test_events_a_letter_sent_is_no_contact(code):
    found = code("Ahmed Attaf sent a letter to Nasser Bourita on Monday.", "en")
    assert not real_involving(found, "CONSULT", "Nasser_Bourita"), shown(found)
