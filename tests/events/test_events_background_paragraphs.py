"""A background paragraph's dated acts are events too (the annotation guide codes them, with their own
dates): a visit two years before the news, read without a parse (Arabic), is kept beside the news, not
dropped under the threshold for being old (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

BACKGROUND = [
    (
        "ورحب وزير الخارجية المغربي ناصر بوريطة أمس بالقرار الإسرائيلي. وفي أغسطس 2021، زار وزير الخارجية "
        "الإسرائيلي يائير لبيد الرباط.",
        "ar",
        "CONSULT",
        "2021-08",
    ),
    (
        "ورحب وزير الخارجية المغربي ناصر بوريطة أمس بالقرار الإسرائيلي. وفي 24 أغسطس 2021، أعلن وزير الخارجية "
        "الجزائري رمطان لعمامرة قطع العلاقات الدبلوماسية مع المغرب.",
        "ar",
        "SANCTION",
        "2021-08-24",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "day"), BACKGROUND, ids=["visit", "break"])
def test_a_dated_background_act_is_kept(world_code, text, lang, kind, day):
    events = world_code(text, lang, "2023-07-18")
    assert any(e.date is not None and e.date.value == day for e in real_events(events, kind)), shown(events)
    assert real_events(events, "SUPPORT"), shown(events)  # the news itself
