"""Without a parse (Arabic): a truce or ceasefire told right after a verb of stance ("رحبت روسيا بالهدنة",
"بإعلان وقف إطلاق النار") is what the stance is about, not an agreement of the one who welcomes it. Our
own sentences."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CASES = [
    "رحبت روسيا بالهدنة بين المغرب وجبهة البوليساريو.",
    "رحبت روسيا بإعلان الهدنة بين المغرب وجبهة البوليساريو.",
    "رحبت روسيا بإعلان وقف إطلاق النار بين المغرب وجبهة البوليساريو.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", CASES, ids=[str(i) for i in range(len(CASES))])
def test_the_welcomed_truce_is_not_the_welcomers(code, text):
    events = code(text, "ar")
    assert any("Russia" in e.actor for e in real_events(events, "SUPPORT")), shown(events)
    assert not any("Russia" in e.actor for e in real_events(events, "AGREE")), shown(events)


# A visit the article told before, named with the article glued to the stance's preposition or after a
# demonstrative ("رحب X بالزيارة", "بهذه الزيارة"), is what the stance is about: no visit of the one who
# welcomes it (which had merged with another visit told after), and the welcome goes to those who met.
TOLD_VISIT = [
    "وصل وفد من جبهة البوليساريو إلى الجزائر يوم الخميس لإجراء محادثات. "
    "ورحب المبعوث الشخصي للأمين العام إلى الصحراء الغربية ستافان دي ميستورا بالزيارة. "
    "وكان وفد مغربي قد زار موسكو في أبريل الماضي.",
    "وصل وفد من جبهة البوليساريو إلى الجزائر يوم الخميس لإجراء محادثات. "
    "ورحب المبعوث الشخصي للأمين العام إلى الصحراء الغربية ستافان دي ميستورا بهذه الزيارة. "
    "وكان وفد مغربي قد زار موسكو في أبريل الماضي.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", TOLD_VISIT, ids=["article", "demonstrative"])
def test_a_visit_told_before_is_the_welcomes_object(world_code, text):
    events = world_code(text, "ar")
    assert not any("Staffan_de_Mistura" in e.actor for e in real_events(events, "CONSULT")), shown(events)
    assert any(
        "Staffan_de_Mistura" in e.actor and "Polisario_Front" in e.recipient
        for e in real_events(events, "SUPPORT")
    ), shown(events)
