"""A French present the tagger read as a past participle without its accent ("Le Mali expulse
l'ambassadeur de France", the usual headline tense) is the clause's verb (text/present_verbs.py); a real
participle ("l'ambassadeur expulsé par le Mali") stays one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

HEADLINES = [
    "Le Mali expulse l'ambassadeur de France",
    "La junte malienne expulse l'ambassadeur de France.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", HEADLINES, ids=["subject", "qualified-subject"])
def test_events_unaccented_present_is_the_verb(world_code, text):
    found = world_code(text, "fr")
    assert [e for e in real_events(found, "SANCTION") if "France" in e.recipient], shown(found)


@pytest.mark.slow
def test_events_participle_stays_a_participle(world_code):
    found = world_code("L'ambassadeur de France expulsé par le Mali a quitté Bamako mardi.", "fr")
    assert not [e for e in real_events(found, "SANCTION") if "France" in e.actor], shown(found)
