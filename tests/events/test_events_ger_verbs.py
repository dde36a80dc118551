"""A French verb in -ger keeps an "e" before "ons" and "ait" ("nous encourageons", "exigeait"): that
present or imperfect is no future ("encouragerons") or conditional ("exigerait"), so a call told with
it happened (events.modality._stems). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (text, caller, asked)
GER_VERBS = [
    (
        "« Nous encourageons Staffan de Mistura à agir avec autorité », a déclaré Omar Hilale.",
        "Omar_Hilale",
        "Staffan_de_Mistura",
    ),
    (
        "« Nous exigeons le retrait des troupes marocaines », a déclaré Brahim Ghali.",
        "Brahim_Ghali",
        "Morocco",
    ),
    (
        "Le Front Polisario exigeait mardi le départ de la MINURSO, selon Brahim Ghali.",
        "Polisario_Front",
        "MINURSO",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "caller", "asked"), GER_VERBS, ids=["encourageons", "exigeons", "exigeait"])
def test_a_present_or_imperfect_in_ger_is_a_call_made(world_code, text, caller, asked):
    found = world_code(text, "fr")
    requests = [e for e in real_events(found, "REQUEST") if caller in e.actor and "future" not in e.aux]
    assert requests and asked in requests[0].recipient, shown(found)


def test_a_future_and_a_conditional_are_still_read(world_code):
    found = world_code("Bourita a dit qu'il rencontrerait Attaf à Genève.", "fr")
    assert found and all("future" in e.aux for e in found), shown(found)
