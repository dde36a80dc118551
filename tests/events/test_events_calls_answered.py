"""A weak stance noun that names its own holder is that holder's stance, even when another trigger of
its clause answers it (events.nominal.owned): "a salué l'appel de la France au Maroc", "welcomed
France's call to Morocco" tell France's call to Morocco beside the welcome. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

ANSWERED_CALLS = [
    ("fr", "L'Union africaine a salué l'appel de la France au Maroc à reprendre le dialogue."),
    ("en", "The African Union welcomed France's call to Morocco to resume the dialogue."),
]


@pytest.mark.slow
@by_language(ANSWERED_CALLS)
def test_a_welcomed_call_is_its_holders_request(world_code, lang, text):
    found = world_code(text, lang)
    requests = [e for e in real_events(found, "REQUEST") if "France" in e.actor]
    assert requests and "Morocco" in requests[0].recipient, shown(found)
    assert [e for e in real_events(found, "SUPPORT") if "African_Union" in e.actor], shown(found)
