"""Without a parse (Arabic), what a call asks for has not happened: the act named after "حث ... على",
"دعا ... إلى", "طالب ... بـ" is hypothetical even when the caller, the day and the addressees stand
between the call and it (modality.ASK_WINDOW). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CALLS = [
    "حث الاتحاد الأوروبي يوم الثلاثاء الأطراف على دعم جهود المبعوث الشخصي ستافان دي ميستورا.",
    "دعت وزارة الخارجية الفرنسية يوم الأربعاء جميع الأطراف إلى دعم جهود المبعوث الشخصي ستافان دي ميستورا.",
    "طالب الاتحاد الأفريقي في بيان يوم الخميس الطرفين بدعم جهود المبعوث الأممي ستافان دي ميستورا.",
]


@pytest.mark.parametrize("text", CALLS, ids=["hath", "daa", "talaba"])
def test_the_act_a_call_asks_for_is_not_done(world_code, text):
    found = world_code(text, "ar")
    assert real_events(found, "REQUEST"), shown(found)
    assert not real_events(found, "SUPPORT"), shown(found)


# A second act asked for, coordinated as a noun ("بوقف القتال والسماح بوصول المساعدات"), is asked too; a
# coordinated verb ("والتقى") tells an act of its own.
LISTED = "طالب الاتحاد الأفريقي يوم الخميس الطرفين بوقف القتال والسماح بوصول المساعدات الإنسانية."


def test_a_second_act_asked_for_is_not_done(world_code):
    found = world_code(LISTED, "ar")
    assert real_events(found, "REQUEST"), shown(found)
    assert not [e for e in real_events(found) if e.type != "REQUEST"], shown(found)


def test_a_coordinated_verb_after_a_call_is_done(world_code):
    found = world_code("دعا أحمد عطاف يوم الخميس إلى استئناف المفاوضات والتقى ستافان دي ميستورا.", "ar")
    assert [e for e in real_events(found, "CONSULT") if "Staffan_de_Mistura" in e.actor + e.recipient], shown(
        found
    )


# Commas around the caller's title and the day do not end the call's reach: the act after "إلى" is asked;
# the names inside it are not whom the call addresses.
LONG_CALLS = [
    "دعا المبعوث الشخصي للأمين العام للأمم المتحدة ستافان دي ميستورا، يوم الأحد، الجزائر إلى دعم المغرب.",
    "طالبت روسيا، في بيان لوزارة خارجيتها، الجزائر بدعم المغرب.",
]


@pytest.mark.parametrize("text", LONG_CALLS, ids=["daa", "talaba"])
def test_the_act_asked_after_commas_is_not_done_nor_addressed(world_code, text):
    found = world_code(text, "ar")
    requests = real_events(found, "REQUEST")
    assert requests and all(e.recipient == ("Algeria",) for e in requests), shown(found)
    assert not real_events(found, "SUPPORT"), shown(found)


# A visit told as the scene of a call ("خلال زيارته إلى مسقط"), before or after it, is the caller's real
# visit to the host; it is no invitation to visit, which names the visit asked without a possessive
# ("دعا X إلى زيارة").
SCENE_VISITS = [
    "دعا لافروف المغرب إلى دعم المفاوضات، خلال زيارته إلى الجزائر.",
    "دعا لافروف، خلال زيارته إلى الجزائر، المغرب إلى دعم المفاوضات.",
]


@pytest.mark.parametrize("text", SCENE_VISITS, ids=["after", "inside"])
def test_a_visit_setting_the_scene_of_a_call_is_the_callers(world_code, text):
    found = world_code(text, "ar")
    visits = [e for e in real_events(found, "CONSULT") if "Algeria" in e.recipient]
    assert visits and all(e.actor == ("Sergey_Lavrov",) for e in visits), shown(found)
    requests = real_events(found, "REQUEST")
    assert requests and all(e.recipient == ("Morocco",) for e in requests), shown(found)


def test_an_invitation_to_visit_is_an_agreement(world_code):
    found = world_code("دعا تبون نظيره الروسي فلاديمير بوتين لزيارة الجزائر.", "ar")
    assert real_events(found, "AGREE") and not real_events(found, "REQUEST"), shown(found)


def test_a_call_naming_no_one_asked_keeps_the_acts_names(world_code):
    """ "دعت روسيا إلى دعم جهود X": the name after the verb is its subject, no one is asked; the one the
    asked support would go to stands as the call's counterpart, as in the parsed languages."""
    found = world_code("دعت روسيا إلى دعم جهود ستافان دي ميستورا.", "ar")
    requests = real_events(found, "REQUEST")
    assert requests and all(e.recipient == ("Staffan_de_Mistura",) for e in requests), shown(found)


def test_encouraging_a_party_to_act_is_a_call(world_code):
    """ "شجع X على": a call to X, as "encouraged X to"; the act encouraged has not happened."""
    found = world_code("شجع مجلس الأمن المغرب وجبهة البوليساريو على استئناف المفاوضات.", "ar")
    requests = real_events(found, "REQUEST")
    assert requests and all({"Morocco", "Polisario_Front"} <= set(e.recipient) for e in requests), shown(
        found
    )
    assert not real_events(found, "CONSULT"), shown(found)


def test_an_appeal_is_a_call(world_code):
    """ "أهاب X بـY": an appeal to Y, whose asked act has not happened."""
    found = world_code("أهابت روسيا بالمغرب والجزائر استئناف الحوار.", "ar")
    requests = real_events(found, "REQUEST")
    assert requests and all({"Morocco", "Algeria"} <= set(e.recipient) for e in requests), shown(found)
