"""Spanish first-person calls opening a quotation ("Insto a Marruecos a...", "Exhorto a...", "Urjo a...",
"Conmino a...", dijo X): the parser reads the verb as an adjective or a noun, without its lemma, and the
call was lost. The forms are triggers of their own (lang/es/events.yaml), and the act they ask for is
asked, not a future the reporting verb tells (events.modality). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

QUOTED_CALLS = [
    '"Insto a Marruecos a reanudar las negociaciones", dijo Ahmed Attaf.',
    '"Exhorto a Marruecos a liberar a los presos saharauis", declaró Ahmed Attaf.',
    '"Urjo a Marruecos a respetar el alto el fuego", afirmó Ahmed Attaf.',
]


@pytest.mark.slow
@pytest.mark.parametrize("text", QUOTED_CALLS, ids=["insto", "exhorto", "urjo"])
def test_a_quoted_first_person_call_is_a_request(world_code, text):
    events = world_code(text, "es")
    requests = real_events(events, "REQUEST")
    assert requests and all(e.actor == ("Ahmed_Attaf",) and "Morocco" in e.recipient for e in requests), (
        shown(events)
    )


@pytest.mark.slow
@pytest.mark.parametrize("text", QUOTED_CALLS, ids=["insto", "exhorto", "urjo"])
def test_the_act_a_quoted_call_asks_for_is_only_asked(world_code, text):
    events = world_code(text, "es")
    assert all(e.type == "REQUEST" for e in real_events(events)), shown(events)
