"""Not accepting something is rejecting it (flag `refused` on the verbs of accepting; sentences written for
these tests): "Argelia no acepta la propuesta de Marruecos", "n'acceptera aucune ingérence", "لا تقبل أي تدخل"
are REJECT; "has yet to accept" rejects nothing yet, and an acceptance is still an agreement."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

REFUSALS = [
    ("Argelia no acepta la propuesta de Marruecos.", "es"),
    ("Rabat did not accept the envoy's proposal.", "en"),
    ("L'Algérie n'acceptera aucune ingérence dans ses affaires, a déclaré Ahmed Attaf.", "fr"),
    ("وقال عطاف إن الجزائر لا تقبل أي تدخل في شؤونها.", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), REFUSALS, ids=["es", "en", "fr", "ar"])
def test_not_accepting_is_rejecting(world_code, text, lang):
    events = world_code(text, lang, "2024-11-27")
    assert real_events(events, "REJECT"), shown(events)
    assert not real_events(events, "AGREE"), shown(events)


def test_an_acceptance_still_to_come_rejects_nothing(world_code):
    events = world_code("Morocco has yet to accept the proposal.", "en", "2024-11-27")
    assert not real_events(events, "REJECT"), shown(events)
