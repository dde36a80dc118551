"""Spanish ways of telling a meeting: "verse con" (only as a pronominal verb: "ve con preocupación" is
no meeting), a participle read as an adjective ("reunido con"), and an infinitive whose complements the
parser hung on the verb governing it ("volvió a reunirse con X"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

MET = [
    "Ahmed Attaf se vio el martes en Argel con Nasser Bourita.",
    "Tras verse con Nasser Bourita, Ahmed Attaf regresó a Argel.",
    "Ahmed Attaf, reunido con Nasser Bourita en Rabat, defendió el diálogo.",
    "Ahmed Attaf volvió a reunirse con Nasser Bourita en Rabat.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", MET, ids=range(len(MET)))
def test_a_spanish_meeting_is_consult(code, text: str) -> None:
    meetings = real_events(code(text, "es"), "CONSULT")
    assert any({"Ahmed_Attaf", "Nasser_Bourita"} <= set(e.actor + e.recipient) for e in meetings), meetings


@pytest.mark.slow
def test_seeing_with_concern_is_no_meeting(code) -> None:
    text = "Ahmed Attaf ve con preocupación la situación en Marruecos."
    assert not real_events(code(text, "es"), "CONSULT")
