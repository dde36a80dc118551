"""An Arabic definite noun that opens the name of an organisation told before stands for it: "وجدد المجلس
دعمه" after "مجلس الأمن" is the Security Council, "واتهمت الجبهة" after "جبهة البوليساريو" the Polisario
(events.short_names); not a noun an adjective of relation follows ("المجلس الرئاسي"). Our own sentences."""

from __future__ import annotations

import pytest

from diplowatch.events.short_names import arabic_short_names
from diplowatch.text.mentions import ActorMention
from tests.events.conftest import real_events, shown

COUNCIL = (
    "مدد مجلس الأمن الدولي يوم الخميس ولاية بعثة المينورسو لمدة عام. "
    "وجدد المجلس دعمه للمبعوث الشخصي ستافان دي ميستورا."
)


@pytest.mark.slow
def test_the_council_named_short_backs_the_envoy(world_code):
    events = world_code(COUNCIL, "ar", anchor="2024-10-31")
    assert any(
        "United_Nations_Security_Council" in e.actor and "Staffan_de_Mistura" in e.recipient
        for e in real_events(events, "SUPPORT")
    ), shown(events)


@pytest.mark.slow
def test_the_front_named_short_accuses(world_code):
    text = "أعلنت جبهة البوليساريو انسحابها من اتفاق وقف إطلاق النار. واتهمت الجبهة المغرب بخرق الاتفاق."
    events = world_code(text, "ar", anchor="2024-10-31")
    assert any(
        "Polisario_Front" in e.actor and "Morocco" in e.recipient for e in real_events(events, "ACCUSE")
    ), shown(events)


def _mention(body: str, text: str, key: str) -> ActorMention:
    start = body.index(text)
    return ActorMention(start, start + len(text), key, "organization")


def test_a_short_name_stands_for_the_last_body_it_opens_the_name_of() -> None:
    body = "اجتمع مجلس الأمن أمس. ثم اجتمع مجلس النواب. وأكد المجلس دعمه."
    found = (_mention(body, "مجلس الأمن", "UNSC"), _mention(body, "مجلس النواب", "House"))
    added = [m for m in arabic_short_names(found, body) if m not in found]
    assert [(body[m.start : m.end], m.key) for m in added] == [("المجلس", "House")]


def test_a_noun_an_adjective_of_relation_follows_is_another_body() -> None:
    body = "اجتمع مجلس الأمن أمس. ورحب المجلس الرئاسي بالقرار."
    found = (_mention(body, "مجلس الأمن", "UNSC"),)
    assert arabic_short_names(found, body) == found


def test_a_noun_before_the_name_stands_for_nothing() -> None:
    body = "قال المجلس إن مجلس الأمن سيجتمع."
    found = (_mention(body, "مجلس الأمن", "UNSC"),)
    assert arabic_short_names(found, body) == found


def test_a_short_name_in_the_sentence_of_the_full_name_stands_for_nothing() -> None:
    """Within one sentence the full name is often a title's ("رئيسة البعثة ... أن البعثة تعمل"): no
    anaphor is read there."""
    body = "قالت رئيسة بعثة الأمم المتحدة عقب لقائها بالرئيس إن البعثة تعمل على التحضير للحوار."
    found = (_mention(body, "بعثة الأمم المتحدة", "UNSMIL"),)
    assert arabic_short_names(found, body) == found
