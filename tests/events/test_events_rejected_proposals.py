"""A proposal rejected in the next sentence ("X proposed a partition of the territory. Morocco rejected the
proposal") is X's: the rejection is addressed to the one who made it, though the proposal, told with no
counterpart, was too one-sided to stand as an event of its own (events.reactions._named_by_category: an
offer or a demand named by a word of its own category). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

REJECTED_PROPOSALS = [
    (
        "fr",
        "Staffan de Mistura a proposé une partition du territoire. Le Maroc a rejeté la proposition mardi.",
    ),
    (
        "en",
        "Staffan de Mistura proposed a partition of the territory. Morocco rejected the proposal on Tuesday.",
    ),
    (
        "es",
        "Staffan de Mistura propuso una partición del territorio. Marruecos rechazó la propuesta el martes.",
    ),
    ("ar", "اقترح دي ميستورا تقسيم الإقليم. ورفض المغرب المقترح يوم الثلاثاء."),
]


@pytest.mark.slow
@by_language(REJECTED_PROPOSALS)
def test_a_rejected_proposal_is_addressed_to_its_author(world_code, lang, text):
    found = world_code(text, lang)
    rejections = [e for e in real_events(found, "REJECT") if "Morocco" in e.actor]
    assert rejections and "Staffan_de_Mistura" in rejections[0].recipient, shown(found)


# A demand or an offer named by its own noun ("هذا المطلب", "l'offre"): the nouns were no trigger, so the
# rejection named no act and, with no counterpart, fell under the threshold.
REJECTED_BY_NOUN = [
    ("ar", "طالبت جبهة البوليساريو بتنظيم استفتاء. ورفض المغرب هذا المطلب.", "Polisario_Front"),
    ("fr", "L'Algérie a offert sa médiation. Le Maroc a décliné l'offre.", "Algeria"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "author"), REJECTED_BY_NOUN, ids=["ar", "fr"])
def test_a_demand_or_an_offer_named_by_its_noun_is_answered(world_code, lang, text, author):
    found = world_code(text, lang)
    rejections = [e for e in real_events(found, "REJECT") if "Morocco" in e.actor]
    assert rejections and author in rejections[0].recipient, shown(found)
