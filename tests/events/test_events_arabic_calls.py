"""Without a parse (Arabic), what a call asks for has not happened: the act named after "حث ... على",
"دعا ... إلى", "طالب ... بـ" is hypothetical even when the caller, the day and the addressees stand
between the call and it (modality.ASK_WINDOW). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CALLS = [
    "حث الاتحاد الأوروبي يوم الثلاثاء الأطراف على دعم جهود المبعوث الشخصي ستافان دي ميستورا.",
    "دعت وزارة الخارجية الفرنسية يوم الأربعاء جميع الأطراف إلى دعم جهود المبعوث الشخصي ستافان دي ميستورا.",
    "طالب الاتحاد الأفريقي في بيان يوم الخميس الطرفين بدعم جهود المبعوث الأممي ستافان دي ميستورا.",
]


@pytest.mark.parametrize("text", CALLS, ids=["hath", "daa", "talaba"])
def test_the_act_a_call_asks_for_is_not_done(world_code, text):
    found = world_code(text, "ar")
    assert real_events(found, "REQUEST"), shown(found)
    assert not real_events(found, "SUPPORT"), shown(found)
