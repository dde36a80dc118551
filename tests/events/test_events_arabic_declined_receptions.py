"""Arabic "اعتذر عن استقبال X" / "اعتذر عن لقاء X" declines to receive or meet X: a REJECT, not an
apology (CONCEDE), and the reception it declines is no meeting held. An apology for words stays one.
Sentences written for these tests."""

from __future__ import annotations

from tests.events.conftest import real_events, shown, told_between

CONTEXT = "قال دبلوماسيون إن الأزمة عميقة. "


def test_declining_to_receive_is_a_refusal(world_code):
    text = CONTEXT + "وكان المغرب قد اعتذر في وقت سابق عن استقبال بان كي مون في الرباط خلال هذه الجولة."
    found = world_code(text, "ar", "2016-03-17")
    assert told_between(found, "REJECT", "Morocco", "Ban_Ki-moon"), shown(found)
    assert not real_events(found, "CONCEDE"), shown(found)
    assert not real_events(found, "CONSULT"), shown(found)


def test_declining_to_meet_is_a_refusal(world_code):
    text = CONTEXT + "واعتذر وزير الخارجية الجزائري عن لقاء بان كي مون في نيويورك."
    found = world_code(text, "ar", "2016-03-17")
    assert real_events(found, "REJECT"), shown(found)
    assert not real_events(found, "CONSULT"), shown(found)
