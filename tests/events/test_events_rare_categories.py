"""The rarer PLOVER categories of the conflict dossiers (Libya, Yemen, Sudan, Sahel, Venezuela/Colombia)
in fr/en/es/ar: concessions, retreats, coercion, threats, sanctions and rejections, on sentences written
for these tests with the project's own knowledge base."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_involving, shown

# (lang, text, category, participant, whether the sentence asserts that event)
OPPONENTS = [
    # the parser reads "l'opposant" as the verb "opposer": no rejection, and the arrest it hid is found
    ("fr", "Les autorités maliennes ont arrêté jeudi l'opposant Oumar Mariko.", "REJECT", "Mali", False),
    ("fr", "Les autorités maliennes ont arrêté jeudi l'opposant Oumar Mariko.", "COERCE", "Mali", True),
    ("fr", "Caracas a libéré lundi l'opposante Rocío San Miguel.", "REJECT", "Venezuela", False),
    ("fr", "Le Mali s'oppose fermement à cette proposition de la Cédéao.", "REJECT", "Mali", True),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "who", "asserted"),
    OPPONENTS,
    ids=[f"{c[0]}-{c[2]}-{c[4]}-{c[1][:24]}" for c in OPPONENTS],
)
def test_an_opponent_is_no_rejection(world_code, lang, text, kind, who, asserted):
    events = world_code(text, lang)
    assert bool(real_involving(events, kind, who)) == asserted, shown(events)
