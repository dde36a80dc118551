"""Initialling a text ("ont paraphé un projet d'accord", "rubricaron", "initialled the agreement") fixes its
wording before the signature: an act both sides do together, coded as signing is (lang/<xx>/events.yaml).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import shown

INITIALLED = [
    ("fr", "Le Maroc et la Mauritanie ont paraphé mardi à Rabat le texte final."),
    ("es", "Marruecos y Mauritania rubricaron el martes en Rabat el texto final."),
    ("en", "Morocco and Mauritania initialled the final text in Rabat on Tuesday."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), INITIALLED, ids=[i[0] for i in INITIALLED])
def test_initialling_is_signing(world_code, lang, text):
    events = world_code(text, lang)
    signed = [
        e for e in events if e.type in ("SUPPORT", "AGREE") and not {"hypothetical", "negation"} & set(e.aux)
    ]
    assert any({"Morocco", "Mauritania"} <= set(e.actor + e.recipient) for e in signed), shown(events)
