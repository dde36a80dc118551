"""Days spent with a host are a visit (CONSULT, mode visit): "a passé trois jours auprès du Front Polisario",
"spent three days with the Polisario Front", "pasó tres días con el Frente Polisario" (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

SPENT = [
    (
        "Staffan de Mistura a passé trois jours auprès du Front Polisario, où un programme chargé l'attendait.",
        "fr",
    ),
    ("Staffan de Mistura spent three days with the Polisario Front in the camps.", "en"),
    ("Staffan de Mistura pasó tres días con el Frente Polisario en los campamentos.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), SPENT, ids=["fr", "en", "es"])
def test_days_spent_with_a_host_are_a_visit(world_code, text, lang):
    meetings = real_events(world_code(text, lang, "2022-07-10"), "CONSULT")
    assert any(
        "Staffan_de_Mistura" in e.actor and "Polisario_Front" in e.recipient and "visit" in e.mode
        for e in meetings
    ), shown(meetings)
