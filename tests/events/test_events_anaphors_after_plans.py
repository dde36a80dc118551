"""A day after the day of writing is a plan or a projection ("talks on Saturday", "al 50 % en una semana"):
"the same day", "por la tarde" told after it go back to the last day that had come (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from tests.events.conftest import shown

AFTER_A_PLAN = [
    (
        "Hacia el mediodía del domingo 26 de enero, Trump anunció aranceles del 25 % a los productos colombianos, que "
        "subirían al 50 % en una semana. Petro replicó por la tarde y acusó a Trump de tratar a los latinoamericanos "
        "como una raza inferior.",
        "es",
        "2025-01-27",
        "2025-01-26",
    ),
    (
        "ثم أعلن ترامب يوم الاثنين الماضي أن بلاده ستجري محادثات مباشرة مع إيران يوم السبت. وطالب نتنياهو في اليوم "
        "ذاته بتفكيك المنشآت النووية الإيرانية.",
        "ar",
        "2025-04-13",
        "2025-04-07",
    ),
]


@pytest.mark.parametrize(("text", "lang", "published", "day"), AFTER_A_PLAN, ids=["es", "ar"])
def test_an_anaphor_after_a_plan_counts_from_the_last_day_that_came(world_code, text, lang, published, day):
    events = world_code(text, lang, published)
    late = [e for e in events if e.type in ("ACCUSE", "REQUEST") and not e.aux]
    assert late and all(e.date is not None and e.date.value == day for e in late), shown(events)
