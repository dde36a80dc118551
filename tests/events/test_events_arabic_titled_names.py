"""Arabic has no capitals: two words right after a title ending in a demonym may be the person's unknown
name ("وزير الخارجية السوداني علي يوسف"), but not two words a comma parts: in "أدان وزير الخارجية الجزائري
الهجوم، داعيا ..." ("the Algerian foreign minister condemned the attack, calling...") the minister is the
KB's, and "the attack, calling" no person. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


@pytest.mark.slow
def test_events_two_words_a_comma_parts_are_no_name(world_code):
    found = world_code("أدان وزير الخارجية الجزائري الهجوم، داعيا المجتمع الدولي إلى التحرك.", "ar")
    assert all(set(e.actor) <= {"Ahmed_Attaf", "Algeria"} for e in found), shown(found)
    assert [e.actor for e in real_events(found, "REQUEST")] == [("Ahmed_Attaf",)], shown(found)
