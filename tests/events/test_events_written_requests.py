"""A demand made by writing or turning to someone ("wrote to Guterres to demand a referendum", "a écrit
à Guterres pour réclamer", "escribió a Guterres para reclamar") is addressed to the one written to: the
dative complement of the verb the infinitive of purpose depends on (events.arguments._purpose_addressees).
So is one told by the participle of a letter sent to someone ("a transmis au Conseil une lettre
demandant une enquête": events.arguments._letter_addressees). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

WRITTEN = [
    ("fr", "Brahim Ghali a écrit à António Guterres pour réclamer un référendum."),
    ("en", "Brahim Ghali wrote to António Guterres to demand a referendum."),
    ("es", "Brahim Ghali escribió a António Guterres para reclamar un referéndum."),
]


@pytest.mark.slow
@by_language(WRITTEN)
def test_a_demand_made_by_writing_is_addressed_to_the_one_written_to(world_code, lang, text):
    found = world_code(text, lang)
    requests = [e for e in real_events(found, "REQUEST") if "Brahim_Ghali" in e.actor]
    assert requests and "António_Guterres" in requests[0].recipient, shown(found)


# A letter sent to someone that asks for an act: the one it is sent to is asked (_letter_addressees).
LETTERS = [
    ("fr", "Le Maroc a transmis au Conseil de sécurité une lettre demandant une enquête."),
    (
        "en",
        "Morocco sent the Security Council a letter condemning the violations of the ceasefire and demanding "
        "an inquiry.",
    ),
]


@pytest.mark.slow
@by_language(LETTERS)
def test_a_letter_that_asks_is_addressed_to_the_one_it_is_sent_to(world_code, lang, text):
    found = world_code(text, lang)
    requests = [e for e in real_events(found, "REQUEST") if "Morocco" in e.actor]
    assert requests and "United_Nations_Security_Council" in requests[0].recipient, shown(found)
