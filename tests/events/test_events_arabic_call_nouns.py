"""Arabic: the noun of a call on someone to act is a REQUEST ("اكتفت بدعوة الطرفين إلى تسوية الخلاف"), while
an invitation to a visit or a meeting stays AGREE ("وجه دعوة إلى الرئيس لزيارة الرباط"); freezing dealings,
relations or investments with a state is a SANCTION ("تجميد جميع التعاملات التجارية الجديدة مع كندا").
Sentences written for these tests."""

from __future__ import annotations

from tests.events.conftest import real_events, shown, told_between


def test_the_noun_of_a_call_is_a_request(world_code):
    text = (
        "كانت الأجواء متوترة. أما واشنطن فاكتفت يوم الخميس بدعوة الطرفين إلى تسوية الخلاف بالطرق الدبلوماسية."
    )
    found = world_code(text, "ar", "2018-08-07")
    assert [e for e in real_events(found, "REQUEST") if "United_States" in e.actor], shown(found)
    assert not real_events(found, "AGREE"), shown(found)


def test_an_invitation_to_visit_stays_an_agreement(world_code):
    text = "كانت الأجواء متوترة. ووجه الملك المغربي يوم الخميس دعوة إلى الرئيس الموريتاني لزيارة الرباط."
    found = world_code(text, "ar", "2018-08-07")
    assert real_events(found, "AGREE"), shown(found)
    assert not real_events(found, "REQUEST"), shown(found)


def test_frozen_dealings_are_a_sanction(world_code):
    text = "كانت الأجواء متوترة. وأعلنت السعودية يوم الخميس تجميد جميع التعاملات التجارية الجديدة مع كندا."
    found = world_code(text, "ar", "2018-08-07")
    assert told_between(found, "SANCTION", "Saudi_Arabia", "Canada"), shown(found)
