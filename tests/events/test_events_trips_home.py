"""A trip to the state its traveller serves is a trip home, not a visit: "Bourita returned to Rabat",
"Blinken was to fly back to Washington", "Albares regresó a Madrid" meet no one (events.sides
`goes_home`). Before, each was a meeting (or a planned visit, or a withdrawal: "return" is also
RETREAT's word) with the traveller's own state as its host. A trip abroad, or a trip of two travellers one
of whom is abroad, is still a visit. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import shown

pytestmark = pytest.mark.slow

PUBLISHED = "2023-02-14"  # a Tuesday

HOMECOMINGS = [
    ("en", "Foreign Minister Nasser Bourita returned to Rabat on Sunday.", "Morocco"),
    (
        "en",
        "Secretary of State Antony Blinken was scheduled to fly back to Washington on Sunday.",
        "United_States",
    ),
    ("en", "Sergei Lavrov returned to Moscow on Sunday.", "Russia"),
    ("fr", "Le chef de la diplomatie marocaine, Nasser Bourita, est rentré dimanche à Rabat.", "Morocco"),
    ("es", "El ministro José Manuel Albares regresó el domingo a Madrid.", "Spain"),
]


@pytest.mark.parametrize(
    ("lang", "text", "home"), HOMECOMINGS, ids=[f"{h[0]}{i}" for i, h in enumerate(HOMECOMINGS)]
)
def test_events_a_trip_home_visits_no_one(world_code, lang, text, home):
    found = world_code(text, lang, PUBLISHED)
    assert not [e for e in found if home in e.recipient], shown(found)


TRIPS_ABROAD = [
    ("en", "Secretary of State Antony Blinken flew to Rabat on Sunday.", "Antony_Blinken", "Morocco"),
    ("en", "Nasser Bourita and Antony Blinken travelled to Rabat on Sunday.", "Antony_Blinken", "Morocco"),
    ("fr", "Le ministre algérien Ahmed Attaf s'est rendu dimanche à Rabat.", "Ahmed_Attaf", "Morocco"),
    ("es", "El ministro José Manuel Albares viajó el domingo a Rabat.", "José_Manuel_Albares", "Morocco"),
]


@pytest.mark.parametrize(
    ("lang", "text", "visitor", "host"), TRIPS_ABROAD, ids=[f"{t[0]}{i}" for i, t in enumerate(TRIPS_ABROAD)]
)
def test_events_a_trip_abroad_is_still_a_visit(world_code, lang, text, visitor, host):
    found = [e for e in world_code(text, lang, PUBLISHED) if e.type == "CONSULT"]
    assert [e for e in found if visitor in e.actor and host in e.actor + e.recipient], shown(found)
