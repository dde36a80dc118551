"""A word between an Arabic title and its holder's name that dates the title ("وزير الخارجية الإسرائيلي
آنذاك يائير لبيد": the then Israeli foreign minister; "الأسبق": former) is neither part of the name nor the
clause between them; and a government's person the KB does not know carries the state of the title, the
only identity a reader can look up (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

QUALIFIED = [
    ("زار وزير الخارجية الإسرائيلي آنذاك يائير لبيد الرباط في أغسطس 2021.", "CONSULT", "Israel", "Morocco"),
    ("وندد وزير الخارجية الجزائري الأسبق كمال سلامي بالهجوم على تونس.", "ACCUSE", "Algeria", None),
    ("وانتقد الرئيس الموريتاني السابق سيدي ولد حمادي موقف المغرب.", "ACCUSE", "Mauritania", "Morocco"),
]


@pytest.mark.parametrize(("text", "kind", "state", "counterpart"), QUALIFIED)
def test_the_then_holder_of_a_title_acts_for_its_state(world_code, text, kind, state, counterpart):
    events = real_events(world_code(text, "ar"), kind)
    assert any(state in e.actor for e in events), shown(events)
    assert counterpart is None or any(counterpart in e.recipient for e in events), shown(events)
    # the qualifier is no word of the name
    assert not any(word in key for e in events for key in e.actor for word in ("آنذاك", "الأسبق", "السابق"))


def test_a_known_holder_after_a_qualifier_stays_himself(world_code):
    events = real_events(
        world_code("أعلن الرئيس الأمريكي آنذاك دونالد ترامب اعتراف واشنطن بسيادة المغرب على الصحراء.", "ar"),
        "SUPPORT",
    )
    assert any("Donald_Trump" in e.actor for e in events), shown(events)
