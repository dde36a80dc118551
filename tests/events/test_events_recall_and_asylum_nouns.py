"""Two acts told by their nouns (sentences written for these tests): the recall of an ambassador "for
consultations" named before its object ("la llamada a consultas de su embajador", "the recall for
consultations of its ambassador") reduces relations (SANCTION), it is no meeting nor a phone call; granting
asylum ("concedió asilo", "otorgó asilo") is aid (CAMEO 075), not the concession of CONCEDE."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

RECALLS = [
    ("Marruecos anunció la llamada a consultas de su embajador en Túnez.", "es"),
    ("El Gobierno decretó el llamado a consultas de su embajadora en Túnez.", "es"),
    ("Morocco announced the immediate recall for consultations of its ambassador in Tunis.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), RECALLS)
def test_a_recall_for_consultations_is_no_meeting(world_code, text, lang):
    events = world_code(text, lang)
    assert any("Tunisia" in e.recipient for e in real_events(events, "SANCTION")), shown(events)
    assert not real_events(events, "CONSULT"), shown(events)


@pytest.mark.parametrize(
    "text",
    [
        "México anunció que concedía asilo político a Jorge Glas.",
        "El Gobierno mexicano otorgó asilo a Jorge Glas el viernes.",
    ],
)
def test_granting_asylum_is_aid(world_code, text):
    events = world_code(text, "es")
    assert any("Mexico" in e.actor for e in real_events(events, "AID")), shown(events)
    assert not real_events(events, "CONCEDE"), shown(events)
