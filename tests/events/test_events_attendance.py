"""A meeting told with no actor of its own is held by those its sentence says attended it ("en présence de",
"in the presence of", "con la participación de", "بحضور"; events.between.attendees), and a meeting noun
that is the subject of a verb of holding ("was held", "s'est tenue", "se celebró"; held_verbs) is the
meeting told, not a reference to another. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

ATTENDED = [
    ("en", "Talks were held in Doha on Sunday in the presence of Sudan, Chad and South Sudan."),
    ("fr", "Une réunion s'est tenue dimanche à Doha en présence du Soudan, du Tchad et du Soudan du Sud."),
    ("es", "La reunión se celebró el domingo en Doha con la participación de Sudán, Chad y Sudán del Sur."),
    ("ar", "عقد يوم الأحد في الدوحة اجتماع بحضور السودان وتشاد وجنوب السودان."),
]


@pytest.mark.parametrize(("lang", "text"), ATTENDED, ids=[a[0] for a in ATTENDED])
def test_those_present_hold_the_meeting(world_code, lang, text):
    meetings = real_events(world_code(text, lang), "CONSULT")
    assert any({"Sudan", "Chad", "South_Sudan"} <= set(e.actor) for e in meetings), shown(meetings)


def test_a_meeting_named_as_a_subject_of_another_verb_stays_a_reference(world_code):
    """(A one-sentence document keeps its best event whatever its confidence: the reference stays weak.)"""
    events = real_events(
        world_code("La réunion de dimanche a été un échec, selon Khartoum.", "fr"), "CONSULT"
    )
    assert all(e.confidence < 0.7 for e in events), shown(events)
