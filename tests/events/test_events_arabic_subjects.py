"""Without a parse (Arabic), a definite noun right after the verb that names no known actor ("وطالب البيان
الجزائر بـ", "ودعت الحكومة المغرب إلى") is the verb's subject: the name after it is the object, not who
acts (events.proximity). A demonym after the noun is its adjective ("أدانت الخارجية المغربية": Morocco's
ministry acts). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

UNNAMED = [
    "وطالب البيان يوم الثلاثاء الجزائر بوقف دعمها للبوليساريو.",
    "ودعت الحكومة المغرب يوم الثلاثاء إلى الحوار.",
]


@pytest.mark.parametrize("text", UNNAMED, ids=["statement", "government"])
def test_the_name_after_an_unnamed_subject_is_not_the_actor(world_code, text):
    found = world_code(text, "ar")
    assert not [e for e in real_events(found, "REQUEST") if {"Algeria", "Morocco"} & set(e.actor)], shown(
        found
    )


def test_a_demonym_after_the_noun_is_its_adjective(world_code):
    found = world_code("وأدانت الخارجية المغربية يوم الثلاثاء تصريحات الوزير.", "ar")
    assert [
        e
        for e in found
        if e.type == "ACCUSE" and {"Morocco", "Ministry_of_Foreign_Affairs_(Morocco)"} & set(e.actor)
    ], shown(found)
