"""Shutting the door on a negotiation or a proposal refuses it (REJECT), as the Spanish "cerrar la
puerta" already was: "a fermé la porte à toute négociation", "slammed the door on any talks", "أغلقت
الباب أمام أي مفاوضات". A border or an embassy closed stays what it was. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (lang, text, refuser, refused)
CLOSED_DOORS = [
    (
        "fr",
        "Le Maroc a fermé la porte à toute négociation avec le Front Polisario.",
        "Morocco",
        "Polisario_Front",
    ),
    (
        "fr",
        "L'Algérie ferme la porte à la proposition de Staffan de Mistura.",
        "Algeria",
        "Staffan_de_Mistura",
    ),
    (
        "en",
        "Morocco slammed the door on any negotiation with the Polisario Front.",
        "Morocco",
        "Polisario_Front",
    ),
    ("en", "Algeria has shut the door on talks with Morocco.", "Algeria", "Morocco"),
    ("ar", "أغلقت الجزائر الباب أمام أي مفاوضات مع المغرب.", "Algeria", "Morocco"),
    ("ar", "أغلق المغرب يوم الثلاثاء الباب أمام مقترح دي ميستورا.", "Morocco", "Staffan_de_Mistura"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "refuser", "refused"), CLOSED_DOORS, ids=[c[0] for c in CLOSED_DOORS]
)
def test_a_door_shut_on_talks_is_a_rejection(world_code, lang, text, refuser, refused):
    found = world_code(text, lang)
    rejections = [e for e in real_events(found, "REJECT") if refuser in e.actor]
    assert rejections and refused in rejections[0].recipient, shown(found)
    assert not real_events(found, "COERCE") and not real_events(found, "AGREE"), shown(found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", "L'Algérie a fermé sa frontière avec le Maroc."), ("ar", "أغلقت الجزائر حدودها مع المغرب.")],
    ids=["fr", "ar"],
)
def test_a_closed_border_is_still_no_rejection(world_code, lang, text):
    found = world_code(text, lang)
    assert real_events(found, "COERCE") and not real_events(found, "REJECT"), shown(found)
