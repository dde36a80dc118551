"""Without a parse (Arabic), an act a stance takes as its object ("رحبت X بزيارة المبعوث": the envoy's
visit, which X welcomed) is not the stance-holder's act, as the parse tells in the other languages
(events.clause_status.reacted_on). A possessed noun ("بلقائه": his meeting) may be the speaker's own.
Sentences written for these tests."""

from __future__ import annotations

from tests.events.conftest import real_events, shown


def test_a_welcomed_visit_is_not_the_welcomers(world_code):
    found = world_code("رحبت روسيا يوم الثلاثاء بزيارة ستافان دي ميستورا إلى الجزائر.", "ar")
    assert [e for e in real_events(found, "SUPPORT") if "Russia" in e.actor], shown(found)
    assert not [e for e in real_events(found, "CONSULT") if "Russia" in e.actor + e.recipient], shown(found)


def test_a_praised_own_meeting_is_the_speakers(world_code):
    found = world_code("أشاد أحمد عطاف يوم الثلاثاء بلقائه مع ستافان دي ميستورا.", "ar")
    met = real_events(found, "CONSULT")
    assert [e for e in met if {"Ahmed_Attaf", "Staffan_de_Mistura"} <= set(e.actor + e.recipient)], shown(
        found
    )
