"""Unparsed Arabic: the two words after a title with a demonym are read as an unknown holder's name, unless
one of them is no name's word (`name_stops`): a collective the holder addresses ("دعا الرئيس الفرنسي المجتمع
الدولي إلى") is no name, and the title's holder acts (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


@pytest.mark.parametrize(
    "text",
    [
        "ودعا الرئيس الفرنسي الدول الغربية إلى رفع العقوبات.",
        "ودعا الرئيس الفرنسي المجتمع الدولي إلى رفع العقوبات المفروضة على سوريا.",
    ],
)
def test_a_collective_after_a_title_is_addressed_not_named(world_code, text):
    asked = real_events(world_code(text, "ar", "2023-12-20"), "REQUEST")
    assert [e.actor for e in asked] == [("Emmanuel_Macron",)], shown(asked)


def test_a_name_after_a_title_is_still_the_holder(world_code):
    events = world_code("وقال وزير الخارجية السوداني علي الصادق إن بلاده ترفض التدخل.", "ar", "2023-12-20")
    assert any(e.actor == ("Ali_al-Sadiq",) for e in events), shown(events)
