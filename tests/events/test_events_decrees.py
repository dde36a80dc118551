"""Signing a leader's own instrument supports no one ("Trump signed an executive order designating the
Houthis as a terrorist organisation" had the Houthis for a SUPPORT recipient): the designation it makes is
the event. Signing a text between parties stays SUPPORT. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

DECREES = [
    ("en", "Donald Trump signed an executive order designating the Houthis as a terrorist organisation."),
    (
        "fr",
        "Donald Trump a signé un décret réinscrivant les Houthis sur la liste des organisations terroristes.",
    ),
    ("es", "Donald Trump firmó un decreto que designa a los hutíes como organización terrorista."),
]


@pytest.mark.slow
@by_language(DECREES)
def test_events_signing_a_decree_supports_no_one(world_code, lang, text):
    found = real_events(world_code(text, lang))
    assert [(e.type, e.actor, e.recipient) for e in found] == [
        ("SANCTION", ("Donald_Trump",), ("Houthis",))
    ], shown(found)


@pytest.mark.slow
def test_events_signing_an_accord_is_still_support(world_code):
    found = real_events(world_code("Morocco and Spain signed an agreement on migration.", "en"))
    assert [(e.type, set(e.actor)) for e in found] == [("SUPPORT", {"Morocco", "Spain"})], shown(found)
