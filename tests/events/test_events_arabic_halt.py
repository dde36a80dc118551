"""Arabic: the "و" that opens "وقف" (a halt: "إلى وقف إطلاق النار") is the word's own letter, not a
glued "and" opening a clause of its own; the ceasefire a call asks for stays hypothetical however many
addressees stand between them. A verb that does carry a glued "و" ("والتقى") still opens its own
asserted clause (events.modality). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

ASKED_HALTS = [
    "دعت جامعة الدول العربية الجيش السوداني وقوات الدعم السريع إلى وقف إطلاق النار.",
    "دعت الأمم المتحدة الحكومة اليمنية وجماعة الحوثي إلى وقف إطلاق النار في الحديدة.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", ASKED_HALTS, ids=[str(i) for i in range(len(ASKED_HALTS))])
def test_an_asked_ceasefire_is_no_agreement(world_code, text):
    events = world_code(text, "ar")
    assert real_events(events, "REQUEST"), shown(events)
    assert not real_events(events, "AGREE"), shown(events)


@pytest.mark.slow
def test_a_glued_and_still_opens_an_asserted_clause(world_code):
    text = "دعا الاتحاد الأفريقي الجيش السوداني إلى الحوار والتقى رئيس المفوضية وزير الخارجية السوداني."
    events = world_code(text, "ar")
    assert real_events(events, "CONSULT"), shown(events)
