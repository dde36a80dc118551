"""Without a parse (Arabic), a reporting verb after a punctuation mark opens a clause of its own: in "رحب X
بالاتفاق، وقال المتحدث باسمه Y إن ...", Y and whatever Y said are the report's, not participants of the
welcome (events.proximity). Our own sentences."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

TEXTS = [
    "أعلنت السعودية وإيران أمس الاتفاق على استئناف العلاقات. ورحب الأمين العام للأمم المتحدة أنطونيو غوتيريش "
    "بالاتفاق، وقال المتحدث باسمه ستيفان دوجاريك إن المنظمة مستعدة للمساعدة.",
    "أعلنت السعودية وإيران أمس الاتفاق على استئناف العلاقات. ورحبت قطر بالاتفاق، وأضاف المتحدث باسم "
    "خارجيتها ماجد الأنصاري أن الدوحة تدعم كل جهود الحوار.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", TEXTS, ids=[str(i) for i in range(len(TEXTS))])
def test_who_reports_after_a_welcome_is_not_welcomed(world_code, text):
    events = world_code(text, "ar", anchor="2023-03-11")
    welcomes = [e for e in real_events(events, "SUPPORT") if {"António_Guterres", "Qatar"} & set(e.actor)]
    assert welcomes, shown(events)
    assert all(not {"Stéphane_Dujarric", "Majed_al-Ansari"} & set(e.recipient) for e in welcomes), shown(
        events
    )
