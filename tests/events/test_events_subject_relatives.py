"""A name inside a relative clause on an unnamed subject ("Les diplomates qui ont rencontré Lavrov ont
critiqué la proposition", "The diplomats who met Lavrov criticised...") is the relative clause's, never
the stand-in for the main verb's unnamed actor (events.arguments._subject_relatives). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import shown

RELATIVES = [
    ("fr", "Les diplomates qui ont rencontré Lavrov ont critiqué la proposition."),
    ("es", "Los diplomáticos que se reunieron con Lavrov criticaron la propuesta."),
    ("en", "The diplomats who met Lavrov criticised the proposal."),
    ("fr", "Les manifestants qui soutiennent Bourita ont critiqué la proposition."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), RELATIVES, ids=[f"{t[0]}-{t[1][:30]}" for t in RELATIVES])
def test_a_name_in_the_subjects_relative_clause_does_not_act(code, lang, text):
    events = code(text, lang)
    named = {"Sergey_Lavrov", "Nasser_Bourita"}
    assert not [e for e in events if e.type == "ACCUSE" and named & set(e.actor)], shown(events)
