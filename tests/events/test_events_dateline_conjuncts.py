"""Two sides that open the sentence after a dateline ("Madrid, 11 de marzo (EFE) - El Gobierno argelino y el
Frente Polisario se reunieron"): the parser makes the first conjunct the dateline's apposition and leaves only
the second as the verb's subject; the dateline is no part of the opening noun phrase, so both sides act
(events.arguments `_stranded_conjunct`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import ENTRIES, by_language, coder_with, real_events


@pytest.fixture(scope="module")
def code():
    """The test KB with Algeria's demonyms and government descriptions, as the full KB gives them."""
    algeria = {
        "demonyms": {"fr": ["algérien"], "es": ["argelino"], "en": ["Algerian"]},
        "descriptions": {
            "fr": ["gouvernement algérien"],
            "es": ["Gobierno argelino"],
            "en": ["Algerian government"],
        },
    }
    return coder_with([{**e, **algeria} if e["id"] == "Algeria" else e for e in ENTRIES])


AFTER_DATELINE = [
    (
        "es",
        "Madrid, 11 de marzo de 2024 (EFE) - El Gobierno argelino y el Frente Polisario se reunieron este "
        "lunes en Ginebra.",
    ),
    (
        "fr",
        "Paris, 11 mars 2024 (AFP) - Le gouvernement algérien et le Front Polisario se sont réunis lundi "
        "à Genève.",
    ),
]


@pytest.mark.slow
@by_language(AFTER_DATELINE)
def test_both_sides_after_a_dateline_meet(code, lang: str, text: str) -> None:
    meetings = real_events(code(text, lang), "CONSULT")
    assert any({"Algeria", "Polisario_Front"} <= set(e.actor) | set(e.recipient) for e in meetings), meetings
