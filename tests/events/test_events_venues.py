"""A city named after a venue in it ("au palais royal de Rabat", "en el palacio real de Rabat", "at the
royal palace of Rabat") is where the event happened, not the state by metonymy (`place_nouns` in
lang/*/actors.yaml). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

RECEIVED_AT_THE_PALACE = [
    ("fr", "Le roi Mohammed VI a reçu mardi au palais royal de Rabat l'émissaire Staffan de Mistura."),
    ("es", "El rey Mohamed VI recibió el martes en el palacio real de Rabat a Staffan de Mistura."),
    ("en", "King Mohammed VI received Staffan de Mistura on Tuesday at the royal palace of Rabat."),
]


@pytest.mark.parametrize(("lang", "text"), RECEIVED_AT_THE_PALACE, ids=[r[0] for r in RECEIVED_AT_THE_PALACE])
def test_the_city_of_a_venue_is_the_place(world_code, lang, text):
    meetings = real_events(world_code(text, lang), "CONSULT")
    assert meetings and meetings[0].location is not None, shown(meetings)
    assert meetings[0].location.id == "Rabat", meetings[0].location
