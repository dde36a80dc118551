"""Two subject readings written for these tests: a possessive government ("anunció que su Gobierno
reanudará", "said his government would") acts for the person who says it, not for the state named
last before it; and a set phrase of speed ("lo antes posible", "dès que possible", "as soon as
possible") makes no act a mere possibility."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

GOVERNMENTS = [
    (
        "es",
        "Nasser Bourita agradeció a Argelia su apoyo y anunció que su Gobierno reanudará el diálogo con España.",
    ),
    ("en", "Nasser Bourita thanked Algeria and said his government would resume talks with Spain."),
    (
        "fr",
        "Nasser Bourita a remercié l'Algérie et a annoncé que son gouvernement reprendrait le dialogue avec l'Espagne.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), GOVERNMENTS, ids=[g[0] for g in GOVERNMENTS])
def test_a_possessive_government_is_the_speakers(code, lang, text):
    events = code(text, lang)
    planned = [e for e in events if "Spain" in e.recipient and "future" in e.aux]
    assert planned, shown(events)
    assert all("Algeria" not in e.actor for e in planned), shown(events)
    assert all(set(e.actor) & {"Nasser_Bourita", "Morocco"} for e in planned), shown(events)


SPEED = [
    ("es", 'Rusia reiteró su apoyo al diálogo entre Marruecos y Argelia "lo antes posible".'),
    ("fr", "La Russie a réitéré son soutien au dialogue entre le Maroc et l'Algérie « dès que possible »."),
    ("en", 'Russia reiterated its support for talks between Morocco and Algeria "as soon as possible".'),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), SPEED, ids=[s[0] for s in SPEED])
def test_as_soon_as_possible_is_no_hypothesis(code, lang, text):
    events = code(text, lang)
    supports = [e for e in events if e.type == "SUPPORT" and "Russia" in e.actor]
    assert supports and all("hypothetical" not in e.aux for e in supports), shown(events)
    assert real_events(events, "SUPPORT"), shown(events)
