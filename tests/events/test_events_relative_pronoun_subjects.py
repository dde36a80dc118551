"""A pronoun subject of an object relative clause is not the relative's antecedent: in "X s'en est pris à
Y, qu'il accuse de partialité" the accuser is X, whom the clause Y belongs to tells of, never Y (the
resolver took "il" for the nearest man named, Y, and coded Y accusing X). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Le Front Polisario s'en est pris vendredi à l'envoyé personnel, Staffan de Mistura, qu'il accuse "
        "de partialité.",
        "Le Maroc a critiqué jeudi l'émissaire Staffan de Mistura, qu'il accuse de complaisance.",
    ],
)
def test_events_the_pronoun_of_an_object_relative_is_the_main_subject(world_code, text):
    found = real_events(world_code(text, "fr"))
    assert found and all(e.recipient == ("Staffan_de_Mistura",) for e in found), shown(found)
    assert all("Staffan_de_Mistura" not in e.actor for e in found), shown(found)
