"""Arabic wire leads, on sentences written for these tests. "بحث X، اليوم الأحد في العاصمة العمانية
مسقط، مع Y" holds a title, a name, a day and a place between the verb and "مع": still a meeting with Y
(flag far, events.triggers). A person named in full ("محمد عبد السلام") and then by the surname a bound
particle opens ("عبد السلام", stored without its article) is the same person (actors.coref). A word of
readiness a few words before the act ("استعدادها لاستضافة جولة من المفاوضات") offers it (events.clause_status).
A condemned attack told in construct ("أدان المغرب هجوم البوليساريو"): its noun has the fu'ul shape of a
verbal noun (events.shapes), and the name it is construct with did it, not the condemner."""

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


def test_readiness_a_few_words_before_the_act_offers_it(world_code) -> None:
    text = "أعربت الجزائر عن استعدادها لاستضافة جولة جديدة من المفاوضات بين الأطراف الليبية."
    events = world_code(text, "ar")
    assert not real_events(events, "CONSULT"), shown(events)
    offers = real_events(events, "AGREE")
    assert offers and offers[0].actor == ("Algeria",), shown(events)


def test_a_condemned_attack_in_construct_is_not_the_condemners(world_code) -> None:
    events = world_code("أدان المغرب هجوم البوليساريو على السمارة.", "ar")
    assert not any("Morocco" in e.actor for e in real_events(events, "ASSAULT")), shown(events)
    blamed = real_events(events, "ACCUSE")
    assert blamed and blamed[0].actor == ("Morocco",) and "Polisario_Front" in blamed[0].recipient, shown(
        events
    )
