"""Unparsed Arabic: a verb glued to "و" after a comma, with no subject of its own right after it, goes
on with the subject before it (events.proximity._continues); one with a name in the subject's place
is that name's act. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


@pytest.mark.slow
def test_events_arabic_comma_and_verb_keeps_the_subject(world_code):
    text = "التقى غروندبرغ وزير الخارجية العماني في مسقط يوم الاثنين، وأشاد بدور سلطنة عمان في الوساطة."
    events = real_events(world_code(text, "ar"), "SUPPORT")
    assert [e for e in events if "Hans_Grundberg" in e.actor and "Oman" in e.recipient], shown(events)


@pytest.mark.slow
def test_events_arabic_comma_and_verb_with_its_own_subject(world_code):
    text = "رحبت فرنسا بالاتفاق يوم الاثنين، ورفضت روسيا العقوبات الأوروبية."
    events = real_events(world_code(text, "ar"), "REJECT")
    assert [e for e in events if "Russia" in e.actor and "France" not in e.actor], shown(events)


@pytest.mark.slow
def test_arabic_during_the_meeting_told_before_is_no_second_meeting(code) -> None:
    """ "وجدد عطاف خلال اللقاء دعم...": during the meeting the sentence before told; not another meeting
    with the counterparts of the renewed support."""
    text = "استقبل أحمد عطاف اليوم الاثنين ستافان دي ميستورا. وجدد عطاف خلال اللقاء دعم الجزائر للبوليساريو."
    meetings = real_events(code(text, "ar"), "CONSULT")
    assert meetings and all("Polisario_Front" not in e.actor + e.recipient for e in meetings), meetings


@pytest.mark.slow
def test_a_verb_joined_after_a_comma_ends_the_act_before(world_code) -> None:
    """ "أشاد ... بالاتفاق مع إسبانيا، ودعا الجزائر إلى الحوار": the praise is not of Algeria, which the next
    clause calls on."""
    text = "أشاد وزير الخارجية المغربي ناصر بوريطة بالاتفاق مع إسبانيا، ودعا الجزائر إلى الحوار."
    events = real_events(world_code(text, "ar"), "SUPPORT")
    assert events and all("Algeria" not in e.recipient for e in events), shown(events)
