"""Arabic wire leads, on sentences written for these tests. "بحث X، اليوم الأحد في العاصمة العمانية
مسقط، مع Y" holds a title, a name, a day and a place between the verb and "مع": still a meeting with Y
(flag far, events.triggers). A person named in full ("محمد عبد السلام") and then by the surname a bound
particle opens ("عبد السلام", stored without its article) is the same person (actors.coref)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

pytestmark = pytest.mark.slow


def test_a_long_lead_before_with_is_still_a_meeting(world_code) -> None:
    text = (
        "بحث المبعوث الأممي إلى اليمن هانس غروندبرغ، اليوم الأحد في العاصمة العمانية مسقط، مع كبير مفاوضي "
        "جماعة الحوثي محمد عبد السلام، سبل تمديد الهدنة."
    )
    met = real_events(world_code(text, "ar"), "CONSULT")
    assert met and "Mohammed_Abdulsalam" in met[0].recipient, shown(met)


def test_a_surname_after_the_full_name_is_the_person(world_code) -> None:
    text = (
        "التقى غروندبرغ في مسقط كبير مفاوضي الحوثيين محمد عبد السلام. "
        "واتهم عبد السلام السعودية بعرقلة صرف الرواتب."
    )
    accused = real_events(world_code(text, "ar"), "ACCUSE")
    assert [(e.actor, e.recipient) for e in accused] == [(("Mohammed_Abdulsalam",), ("Saudi_Arabia",))], (
        shown(accused)
    )
