"""An Arabic deadline ("في موعد أقصاه ربيع العام المقبل": by spring next year at the latest; "بحلول نهاية
الشهر المقبل": by the end of next month) bounds what is asked; it dates no demand (our own sentences)."""

import pytest

from .conftest import real_events

DEADLINES = [
    "تبنى مجلس الأمن أمس الخميس قرارا بشأن السودان. ويطالب النص الحكومة السودانية بفتح المعابر، ويكلف الأمين"
    " العام بإعداد تقرير يقدم في موعد أقصاه ربيع العام المقبل.",
    "تبنى مجلس الأمن أمس الخميس قرارا يطالب الحكومة السودانية بفتح المعابر بحلول نهاية الشهر المقبل.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", DEADLINES, ids=["aqsah", "bihulul"])
def test_a_deadline_dates_no_demand(world_code, text: str) -> None:
    demands = real_events(world_code(text, "ar", anchor="2024-11-22"), "REQUEST")
    assert demands and all(e.date is not None and e.date.value == "2024-11-21" for e in demands), demands
