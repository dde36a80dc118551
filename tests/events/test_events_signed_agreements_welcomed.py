"""An agreement its sides signed together is the one a reaction names: "The two warring parties signed a
ceasefire agreement. Guterres welcomed the agreement." is addressed to the two sides (events.reactions;
signing is a SUPPORT in PLOVER, with the sides for actor); in Arabic the two sides after a verb of what both
do are its subject ("ووقع طرفا النزاع اتفاقا"). Our own sentences."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

STORIES = [
    (
        "en",
        "The Libyan National Army and the Government of National Accord have fought since 2019. The two warring "
        "parties signed a permanent ceasefire agreement in Geneva on Friday. Guterres welcomed the agreement.",
        "António_Guterres",
        {"Libyan_National_Army", "Government_of_National_Accord"},
    ),
    (
        "ar",
        "تتقاتل قوات الجيش الوطني الليبي وحكومة الوفاق الوطني منذ 2019. ووقع طرفا النزاع أمس الجمعة في جنيف اتفاقا "
        "لوقف دائم لإطلاق النار. ورحب غوتيريش بالاتفاق.",
        "António_Guterres",
        {"Libyan_National_Army", "Government_of_National_Accord"},
    ),
    (
        "en",
        "Ethiopia and Somalia signed a joint declaration in Ankara on Wednesday. The African Union welcomed the "
        "agreement.",
        "African_Union",
        {"Ethiopia", "Somalia"},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "welcomer", "sides"), STORIES, ids=[f"{s[0]}-{s[2]}" for s in STORIES]
)
def test_a_signed_agreement_welcomed_is_addressed_to_its_signatories(world_code, lang, text, welcomer, sides):
    events = world_code(text, lang, anchor="2024-10-31")
    assert any(
        e.actor == (welcomer,) and sides <= set(e.recipient) for e in real_events(events, "SUPPORT")
    ), shown(events)
