"""Talks held in several places, with no one named as met there, are one meeting per place, each hosted
by that place's state, at that place and on the day written at that stop ("held talks in Rabat, Algiers
and Nouakchott", "s'est entretenu lundi à Rabat, puis mardi à Alger"). Before, the places after the first
of a list were read as states acting (recipients of one meeting placed in the first city), or, each with
its own preposition, dropped. Sentences written for this test (issue 9). Publication: Wednesday 2018-10-31.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

pytestmark = pytest.mark.slow

PUBLISHED = "2018-10-31"

# (lang, text, {host: (place, day)})
STOPS = [
    (
        "en",
        "Horst Köhler held talks in Rabat, Algiers and Nouakchott.",
        {
            "Morocco": ("Rabat", PUBLISHED),
            "Algeria": ("Algiers", PUBLISHED),
            "Mauritania": ("Nouakchott", PUBLISHED),
        },
    ),
    (
        "en",
        "Horst Köhler held talks in Rabat on Monday and in Algiers on Tuesday.",
        {"Morocco": ("Rabat", "2018-10-29"), "Algeria": ("Algiers", "2018-10-30")},
    ),
    (
        "fr",
        "Horst Köhler s'est entretenu lundi à Rabat, puis mardi à Alger.",
        {"Morocco": ("Rabat", "2018-10-29"), "Algeria": ("Algiers", "2018-10-30")},
    ),
    (
        "es",
        "Horst Köhler mantuvo conversaciones en Rabat, Argel y Nuakchot.",
        {
            "Morocco": ("Rabat", PUBLISHED),
            "Algeria": ("Algiers", PUBLISHED),
            "Mauritania": ("Nouakchott", PUBLISHED),
        },
    ),
]


@pytest.mark.parametrize(("lang", "text", "stops"), STOPS, ids=[f"{s[0]}-{i}" for i, s in enumerate(STOPS)])
def test_talks_in_several_places_are_one_meeting_per_place(
    world_code, lang: str, text: str, stops: dict
) -> None:
    meetings = real_events(world_code(text, lang, PUBLISHED), "CONSULT")
    got = {
        e.recipient[0]: (e.location.id if e.location else None, e.date.value if e.date else None)
        for e in meetings
        if e.actor == ("Horst_Köhler",) and len(e.recipient) == 1
    }
    assert got == stops, shown(meetings)
    assert len(meetings) == len(stops), shown(meetings)


def test_a_day_written_after_the_last_place_only_dates_every_stop(world_code) -> None:
    text = "Horst Köhler held talks in Rabat and Algiers last week."
    meetings = real_events(world_code(text, "en", PUBLISHED), "CONSULT")
    assert sorted(e.recipient for e in meetings) == [("Algeria",), ("Morocco",)], shown(meetings)
    assert {e.date.value for e in meetings if e.date} == {"2018-10"}


# controls (so before): one place is one meeting with its host; a person met there is the counterpart
@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Horst Köhler held talks in Rabat on Monday.", ("Morocco",)),
        ("Horst Köhler met Nasser Bourita in Rabat on Monday.", ("Nasser_Bourita",)),
    ],
)
def test_one_place_is_one_meeting(world_code, text: str, recipient: tuple) -> None:
    meetings = real_events(world_code(text, "en", PUBLISHED), "CONSULT")
    assert [e.recipient for e in meetings] == [recipient], shown(meetings)
