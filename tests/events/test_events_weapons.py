"""An attack told by what struck names no doer: "Rockets hit the airport of Algiers" is an attack with
no actor (not one by "Rockets"), on the state of the place struck, and no doubtful one: it stays beside
the article's other events (events.weapons). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CASES = [
    (
        "en",
        "Rockets hit the airport of Algiers on Sunday, wounding two guards. Spain condemned Russia.",
        "Algeria",
    ),
    ("en", "Several explosions struck the port of Algiers overnight. Spain condemned Russia.", "Algeria"),
    ("en", "Rocket fire hit the old town of Rabat on Tuesday. Spain condemned Russia.", "Morocco"),
    (
        "fr",
        "Plusieurs explosions ont frappé le port d'Alger dimanche. L'Espagne a condamné la Russie.",
        "Algeria",
    ),
    ("es", "Varios cohetes alcanzaron el aeropuerto de Argel el lunes. España condenó a Rusia.", "Algeria"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "struck"), CASES, ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(CASES)]
)
def test_a_weapon_struck_names_no_actor(code, lang, text, struck):
    events = real_events(code(text, lang), "ASSAULT")
    assert any(e.actor == () and struck in e.recipient for e in events), shown(code(text, lang))


@pytest.mark.slow
def test_a_weapon_of_a_named_side_keeps_its_side(code):
    # "les tirs de la Russie": the text names who fired
    events = real_events(code("Les tirs de la Russie ont frappé le port d'Alger dimanche.", "fr"), "ASSAULT")
    assert any("Russia" in e.actor for e in events), shown(events)
