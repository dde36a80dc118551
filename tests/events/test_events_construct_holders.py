"""Arabic, unparsed: the state named right after a stance noun is its construct ("دعم الجزائر", Algeria's
support): on the actor's side it holds the stance with the actor ("وجدد عطاف دعم الجزائر لحل عادل"), it is
not its counterpart; another state stays the one the stance is about (events.nominal.construct_holder).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (text, who acts, the construct state)
OWN = [
    ("وجدد أحمد عطاف يوم الأحد دعم الجزائر لحل عادل ودائم.", "Ahmed_Attaf", "Algeria"),
    ("أكد ناصر بوريطة يوم الاثنين دعم المغرب لمجلس الأمن.", "Nasser_Bourita", "Morocco"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "who", "state"), OWN, ids=["dz", "ma"])
def test_the_actors_own_state_after_a_stance_noun_holds_it(code, text, who, state):
    events = code(text, "ar")
    found = real_events(events, "SUPPORT")
    assert found and all(who in e.actor and state not in e.recipient for e in found), shown(events)


@pytest.mark.slow
def test_another_state_after_a_stance_noun_is_still_a_counterpart(code):
    events = code("رحب أحمد عطاف يوم الأحد بدعم روسيا للحل السلمي.", "ar")
    assert any("Russia" in e.recipient for e in real_events(events, "SUPPORT")), shown(events)
