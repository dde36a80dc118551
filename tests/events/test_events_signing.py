"""Accords signed by their sides ("X and Y signed an agreement"): PLOVER codes every signatory in the
actor, with no recipient, so two sides in the actor are the event's dyad (the `mutual` trigger flag,
events.sides.mutual_act); an opposition party or a rebel movement is a side apart from its own state's
government; and where the sides signed is no party to it. Sentences written for these tests, after a
first sentence whose meeting is kept anyway (a document's only event is kept whatever its confidence)."""

from __future__ import annotations

import pytest

from tests.events.conftest import AFTER_MEETING, real_events, shown

# (lang, signing sentence, the two sides, a place of the signing that takes no part in it)
SIGNED = [
    (
        "en",
        "Colombia and Venezuela signed a trade agreement in Barbados on Tuesday.",
        ("Colombia", "Venezuela"),
        "Barbados",
    ),
    (
        "es",
        "Colombia y Venezuela firmaron el martes en Barbados un acuerdo comercial.",
        ("Colombia", "Venezuela"),
        "Barbados",
    ),
    (
        "fr",
        "La Colombie et le Venezuela ont signé mardi un accord commercial.",
        ("Colombia", "Venezuela"),
        None,
    ),
    ("en", "Ecuador and Peru signed a border accord in Brasília on Tuesday.", ("Ecuador", "Peru"), "Brazil"),
    # a government and its opposition are two sides
    (
        "es",
        "El presidente Nicolás Maduro y la Plataforma Unitaria firmaron el martes un acuerdo electoral.",
        ("Nicolás_Maduro", "Unitary_Platform"),
        None,
    ),
    (
        "en",
        "Nicolás Maduro and the Unitary Platform signed an electoral agreement in Barbados on Tuesday.",
        ("Nicolás_Maduro", "Unitary_Platform"),
        "Barbados",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "sides", "place"), SIGNED, ids=[f"{r[0]}-{i}" for i, r in enumerate(SIGNED)]
)
def test_events_signing_sides_are_its_dyad(world_code, lang, text, sides, place):
    found = world_code(AFTER_MEETING[lang] + text, lang)
    signed = [e for e in real_events(found) if e.type in ("SUPPORT", "AGREE") and set(sides) <= set(e.actor)]
    assert signed, shown(found)
    assert all(place not in e.recipient for e in signed), shown(found)


@pytest.mark.slow
def test_events_one_state_signing_is_no_dyad(world_code):
    """Two people of one government are one side: their signature needs a counterpart named."""
    found = world_code(
        AFTER_MEETING["en"] + "Nicolás Maduro and Delcy Rodríguez signed a decree on Tuesday.", "en"
    )
    assert not [e for e in real_events(found, "SUPPORT") if "Nicolás_Maduro" in e.actor], shown(found)
