"""A meeting told held ("se tient", "is being held", "se celebra") whose noun phrase says who attends by a
common noun that names no actor ("une réunion des chefs d'état-major arabes") was held by those: the actor
of the sentence before did not hold it (events.holding.held_by_unnamed). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (language, text): the first sentence's meeting is the only one with a named party
HELD = [
    (
        "fr",
        "Nasser Bourita a reçu lundi Sergueï Lavrov à Rabat. Une réunion des chefs d'état-major arabes se tient"
        " depuis mardi à Madrid.",
    ),
    (
        "en",
        "Nasser Bourita received Sergey Lavrov in Rabat on Monday. A meeting of Arab army chiefs is being held in"
        " Madrid since Tuesday.",
    ),
    (
        "es",
        "Nasser Bourita recibió el lunes a Lavrov en Rabat. Una reunión de jefes de estado mayor árabes se celebra"
        " desde el martes en Madrid.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), HELD, ids=[h[0] for h in HELD])
def test_a_meeting_of_unnamed_attendees_is_not_the_last_actors(code, lang, text):
    events = code(text, lang)
    meetings = real_events(events, "CONSULT")
    # not the first meeting's parties meeting again in Madrid
    assert len(meetings) == 1 and all("Spain" not in e.recipient for e in meetings), shown(events)
