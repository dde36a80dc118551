"""Unparsed Arabic: an adverbial participle after a comma ("..., مطالبا مجلس الأمن بـ", "..., داعيا
الجزائر إلى", "..., متهما إسرائيل بـ") opens an act of its own, whose names are not the first act's
participants (events.proximity `_adverbial_after`). Before, the Council the minister called on was also
the target of his condemnation, and the state a phone call's participant accused joined the call.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

COUNCIL = "United_Nations_Security_Council"


@pytest.mark.slow
def test_events_whom_a_participle_calls_on_is_no_target_of_the_condemnation(world_code):
    text = "أدان وزير الخارجية السوري أسعد الشيباني الأحد الغارات الإسرائيلية، مطالبا مجلس الأمن بتحمل مسؤولياته."
    found = world_code(text, "ar", "2025-09-15")
    assert [e.recipient for e in real_events(found, "ACCUSE")] == [("Israel",)], shown(found)
    assert [e.recipient for e in real_events(found, "REQUEST")] == [(COUNCIL,)], shown(found)


@pytest.mark.slow
def test_events_whom_a_participle_accuses_takes_no_part_in_the_call(world_code):
    text = (
        "بحث وزير الخارجية التركي هاكان فيدان مع نظيره السوري أسعد الشيباني، في اتصال هاتفي أمس، التطورات "
        "الميدانية، متهما إسرائيل بالسعي إلى تقسيم سوريا."
    )
    found = world_code(text, "ar", "2025-09-15")
    calls = real_events(found, "CONSULT")
    assert calls and all("Israel" not in e.actor + e.recipient for e in calls), shown(found)
    assert [e for e in real_events(found, "ACCUSE") if "Israel" in e.recipient], shown(found)
