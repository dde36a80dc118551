"""An asking verb whose infinitive comes after a long list of the parties it asks, or after a phrase set
between commas, still asks for that act (events.asks.asks_to): "encouraged A, B, C and D, in a spirit of
compromise, to work" is a REQUEST, not support of the four. A finite verb between them ends the search:
"encouraged the efforts that have led X to resume talks" supports the efforts. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

FOUR_PARTIES = {"Morocco", "Algeria", "Polisario_Front", "Mauritania"}

LONG_ASKS = [
    (
        "fr",
        "Le Conseil de sécurité a encouragé le Maroc, l'Algérie, le Front Polisario et la Mauritanie à "
        "« travailler de manière constructive ».",
    ),
    (
        "en",
        "The Security Council encouraged Morocco, Algeria, the Polisario Front and Mauritania, in a spirit "
        "of realism and compromise, to work constructively.",
    ),
    (
        "es",
        "El Consejo de Seguridad alentó a Marruecos, Argelia, el Frente Polisario y Mauritania, en un "
        "espíritu de realismo y compromiso, a trabajar de forma constructiva.",
    ),
]


@pytest.mark.slow
@by_language(LONG_ASKS)
def test_an_ask_after_a_long_list_of_parties_is_a_request(world_code, lang, text):
    found = world_code(text, lang)
    requests = [e for e in real_events(found, "REQUEST") if "United_Nations_Security_Council" in e.actor]
    assert requests and FOUR_PARTIES <= set(requests[0].recipient), shown(found)
    assert not real_events(found, "SUPPORT"), shown(found)


ENCOURAGED_EFFORTS = [
    ("en", "The Security Council encouraged the efforts that have led Morocco and Algeria to resume talks."),
    (
        "fr",
        "Le Conseil de sécurité a encouragé les efforts qui ont conduit le Maroc et l'Algérie à reprendre "
        "le dialogue.",
    ),
]


@pytest.mark.slow
@by_language(ENCOURAGED_EFFORTS)
def test_an_infinitive_of_another_clause_is_not_what_is_asked(world_code, lang, text):
    found = world_code(text, lang)
    assert real_events(found, "SUPPORT"), shown(found)
    assert not real_events(found, "REQUEST"), shown(found)
