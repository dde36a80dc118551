"""A government named by its noun alone ("el Gobierno", "le gouvernement", "the government") once the
article has named it with its country ("el Gobierno argelino") is that state's (actors.descriptions
`mentioned_as`): the recipient of what is said of it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import ENTRIES, by_language, coder_with, real_events

# Algeria and Russia with the demonyms and government descriptions the full KB gives every country
GOVERNMENTS = {
    "Algeria": (
        {"en": ["Algerian"], "fr": ["algérien"], "es": ["argelino"]},
        {"en": ["Algerian government"], "fr": ["gouvernement algérien"], "es": ["Gobierno argelino"]},
    ),
    "Russia": (
        {"en": ["Russian"], "fr": ["russe"], "es": ["ruso"]},
        {"en": ["Russian government"], "fr": ["gouvernement russe"], "es": ["Gobierno ruso"]},
    ),
}


@pytest.fixture(scope="module")
def code():
    entries = [
        {**e, "demonyms": GOVERNMENTS[e["id"]][0], "descriptions": GOVERNMENTS[e["id"]][1]}
        if e["id"] in GOVERNMENTS
        else e
        for e in ENTRIES
    ]
    return coder_with(entries)


NAMED_BEFORE = [
    (
        "es",
        "El Gobierno argelino recibió el lunes a Staffan de Mistura. Nasser Bourita criticó al Gobierno el "
        "martes por su silencio.",
    ),
    (
        "fr",
        "Le gouvernement algérien a reçu lundi Staffan de Mistura. Nasser Bourita a critiqué mardi le "
        "gouvernement pour son silence.",
    ),
    (
        "en",
        "The Algerian government received Staffan de Mistura on Monday. Nasser Bourita criticised the "
        "government on Tuesday for its silence.",
    ),
]


@pytest.mark.slow
@by_language(NAMED_BEFORE)
def test_the_government_named_before_is_the_recipient(code, lang: str, text: str) -> None:
    accusations = [e for e in real_events(code(text, lang), "ACCUSE") if "Nasser_Bourita" in e.actor]
    assert accusations and all("Algeria" in e.recipient for e in accusations), accusations


TWO_GOVERNMENTS = [
    (
        "es",
        "El Gobierno argelino y el Gobierno ruso se reunieron el lunes. Nasser Bourita criticó al Gobierno "
        "el martes.",
    ),
]


@pytest.mark.slow
@by_language(TWO_GOVERNMENTS)
def test_two_governments_named_before_leave_it_unlinked(code, lang: str, text: str) -> None:
    accusations = [e for e in real_events(code(text, lang), "ACCUSE") if "Nasser_Bourita" in e.actor]
    assert all(not {"Algeria", "Russia"} & set(e.recipient) for e in accusations), accusations
