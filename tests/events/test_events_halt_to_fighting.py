"""A halt to the fighting announced or ordered is a ceasefire, AGREE as "cessation of hostilities" already
was: "announced a halt to the fighting", "a décrété un arrêt des combats", "anunció el cese de los combates",
"أعلن وقف القتال" (lexicons). Before, the noun of the fighting made it an attack, or an accusation. Called
for, it stays a request (the agreement asked for is no act of the caller's). Sentences written for these
tests. The two requests are controls that passed before."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

pytestmark = pytest.mark.slow

PUBLISHED = "2020-10-24"  # a Saturday

HALTS = [
    ("en", "Fayez al-Sarraj announced a halt to the fighting on Friday."),
    ("en", "Fayez al-Sarraj ordered an end to the fighting on Friday."),
    ("fr", "Fayez al-Sarraj a décrété vendredi un arrêt des combats."),
    ("es", "Fayez al-Sarraj anunció el viernes el cese de los combates."),
    ("ar", "أعلن فايز السراج أمس وقف القتال."),
]


@pytest.mark.parametrize(("lang", "text"), HALTS, ids=[f"{h[0]}{i}" for i, h in enumerate(HALTS)])
def test_events_a_halt_to_the_fighting_announced_is_agreed(world_code, lang, text):
    found = real_events(world_code(text, lang, PUBLISHED), "AGREE")
    assert [e for e in found if e.actor == ("Fayez_al-Sarraj",)], shown(world_code(text, lang, PUBLISHED))
    attacks = [e for e in world_code(text, lang, PUBLISHED) if e.type in ("ASSAULT", "ACCUSE")]
    assert not attacks, shown(attacks)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Guterres called for a halt to the fighting on Friday."),
        ("es", "Guterres pidió el viernes un alto a los combates."),
    ],
)
def test_events_a_halt_called_for_is_a_request(world_code, lang, text):
    found = world_code(text, lang, PUBLISHED)
    assert real_events(found, "REQUEST") and not real_events(found, "AGREE"), shown(found)
