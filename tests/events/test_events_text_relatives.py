"""A text's relative clause says what its issuer says ("the Council adopted a resolution that condemns X",
"aprobó una resolución que condena", "a adopté une résolution qui condamne"), as a participle does ("a
resolution condemning X"): the body that adopted it accuses, not nobody (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

TEXTS = [
    (
        "The OAS Permanent Council on Wednesday adopted a resolution that strongly condemns Ecuador's raid.",
        "en",
    ),
    (
        "El Consejo Permanente de la OEA aprobó el miércoles una resolución que condena enérgicamente la incursión "
        "de Ecuador.",
        "es",
    ),
    (
        "Le Conseil permanent de l'OEA a adopté mercredi une résolution qui condamne fermement l'incursion de "
        "l'Équateur.",
        "fr",
    ),
]


@pytest.mark.parametrize(("text", "lang"), TEXTS, ids=["en", "es", "fr"])
def test_the_issuer_of_a_text_says_what_its_relative_clause_says(world_code, text, lang):
    events = world_code(text, lang)
    assert any(
        "Organization_of_American_States" in e.actor and "Ecuador" in e.recipient
        for e in real_events(events, "ACCUSE")
    ), shown(events)


def test_a_text_received_is_not_the_receivers_word(world_code):
    events = world_code("Russia received a statement that condemned the strikes on Kyiv.", "en")
    assert not any("Russia" in e.actor for e in real_events(events, "ACCUSE")), shown(events)
