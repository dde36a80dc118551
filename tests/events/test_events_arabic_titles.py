"""Unparsed (Arabic): a state or body right after a title noun in the construct state, or after a posting
preposition following one ("المبعوث الأممي إلى اليمن", "سفير المغرب لدى الأمم المتحدة"), with its
holder's name a few words on, is part of the title, not a participant ("رئيس مجلس السيادة السوداني عبد
الفتاح البرهان", "وزير خارجية الجزائر أحمد عطاف"). The adjective "الحوثية" names the Houthis. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

TITLED = [
    (
        "استقبل رئيس مجلس السيادة السوداني عبد الفتاح البرهان اليوم في بورتسودان وزير الخارجية المصري بدر عبد العاطي.",
        "Transitional_Sovereignty_Council",
    ),
    ("استقبل وزير خارجية الجزائر أحمد عطاف اليوم المبعوث الأممي ستيفان دي ميستورا.", "Algeria"),
    ("اجتمع المبعوث الأممي إلى اليمن هانس غروندبرغ يوم الأحد في الرياض بوفد من الحكومة السعودية.", "Yemen"),
    (
        "التقى المبعوث الخاص للأمين العام إلى ليبيا عبد الله باتيلي رئيس البرلمان عقيلة صالح في القبة.",
        "Libya",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "titled"), TITLED, ids=[t[1] for t in TITLED])
def test_a_body_in_a_title_is_no_participant(world_code, text: str, titled: str) -> None:
    meetings = real_events(world_code(text, "ar"), "CONSULT")
    assert meetings and all(titled not in e.actor + e.recipient for e in meetings), meetings


# (text, category, the Houthis' role: actor or recipient)
HOUTHI_ADJECTIVE = [
    ("رحبت الجماعة الحوثية يوم السبت بمقترح الوساطة العمانية.", "SUPPORT", "actor"),
    ("اتهمت الحكومة اليمنية الميليشيات الحوثية بقصف مدينة مأرب يوم الجمعة.", "ACCUSE", "recipient"),
    ("أدانت الجامعة العربية الهجمات الحوثية على ميناء المخا.", "ACCUSE", "recipient"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind", "role"), HOUTHI_ADJECTIVE, ids=[h[0][:20] for h in HOUTHI_ADJECTIVE]
)
def test_the_houthi_adjective_names_the_movement(world_code, text: str, kind: str, role: str) -> None:
    events = real_events(world_code(text, "ar"), kind)
    assert any("Houthis" in getattr(e, role) for e in events), events


# A woman envoy referred to by her title alone ("وكانت المبعوثة قد التقت"): the feminine noun stands for
# the envoy named before, as the masculine one does (lang/ar/actors.yaml nominal_heads).
WOMAN_ENVOY = (
    "التقت المبعوثة الأممية إلى ليبيا هانا تيتيه، الثلاثاء، المشير خليفة حفتر في بنغازي. "
    "وكانت المبعوثة قد التقت الأسبوع الماضي في طرابلس رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة."
)


@pytest.mark.slow
def test_a_woman_envoy_named_by_her_title_meets(world_code) -> None:
    events = world_code(WOMAN_ENVOY, "ar", "2025-03-12")
    met = [e for e in real_events(events, "CONSULT") if "Abdul_Hamid_Dbeibeh" in e.actor + e.recipient]
    assert met and all("Hanna_Tetteh" in e.actor + e.recipient for e in met), shown(events)
