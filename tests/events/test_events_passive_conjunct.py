"""A passive verb coordinated with the one before shares its subject ("X arrived in Riyadh and was received
by Y": X is the one received), not the person the sentence before was about (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

RECEIVED = [
    (
        "Donald Trump praised the talks. Mr. Rubio, for his part, had arrived in Riyadh on Monday evening and was "
        "received by Crown Prince Mohammed bin Salman.",
        "en",
    ),
    (
        "Donald Trump a salué les pourparlers. Marco Rubio est arrivé lundi à Riyad et a été reçu par le prince "
        "héritier Mohammed ben Salmane.",
        "fr",
    ),
    (
        "Donald Trump elogió las conversaciones. Marco Rubio llegó el lunes a Riad y fue recibido por el príncipe "
        "heredero Mohamed bin Salmán.",
        "es",
    ),
]


@pytest.mark.parametrize(("text", "lang"), RECEIVED, ids=["en", "fr", "es"])
def test_the_one_received_is_the_subject_of_the_first_conjunct(world_code, text, lang):
    meetings = real_events(world_code(text, lang, "2025-02-19"), "CONSULT")
    assert any("Marco_Rubio" in e.actor and "Mohammed_bin_Salman" in e.recipient for e in meetings), shown(
        meetings
    )
    assert not any("Donald_Trump" in e.actor + e.recipient for e in meetings), shown(meetings)
