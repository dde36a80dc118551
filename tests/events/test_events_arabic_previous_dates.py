"""An undated Arabic sentence takes the date of the main act of the sentence before it, not of a clause of
background that sentence ends with: Arabic is not parsed, and its main act's date comes first, after the
verb and its subject ("التقى بوريطة أمس الجمعة ...، في ختام جولة انطلقت يوم الاثنين. ودعا بوريطة...": Friday,
not Monday). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

pytestmark = pytest.mark.slow

MET_FRIDAY = (
    "التقى وزير الخارجية المغربي ناصر بوريطة أمس الجمعة في جنيف المبعوث الأممي ستافان دي ميستورا، في ختام "
    "جولة انطلقت يوم الاثنين."
)


@pytest.mark.parametrize(
    "sequel",
    ["ودعا بوريطة الجزائر إلى المشاركة في المفاوضات.", "وطالب بوريطة الجزائر بالمشاركة في المفاوضات."],
)
def test_events_an_undated_sentence_takes_the_main_acts_date(world_code, sequel):
    found = real_events(world_code(f"{MET_FRIDAY} {sequel}", "ar", "2024-03-16"), "REQUEST")
    asked = [e for e in found if "Nasser_Bourita" in e.actor and "Algeria" in e.recipient]
    assert [e.date.value for e in asked if e.date] == ["2024-03-15"], shown(found)
