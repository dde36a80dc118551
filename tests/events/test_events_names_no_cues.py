"""An actor's name is never a cue of negation or modality, whatever the tagger made of its words: the
French parser tags "Dhabi" of "Abou Dhabi" as a negative adverb, and "Abou Dhabi a rejeté ces
accusations" was coded as a rejection that did not happen (events.modality). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,kind",
    [
        ("Abou Dhabi a rejeté mercredi ces accusations, affirmant ne pas reconnaître la décision.", "REJECT"),
        ("Abou Dhabi a condamné mardi l'attaque contre Port-Soudan.", "ACCUSE"),
    ],
)
def test_events_a_name_tagged_as_a_negation_negates_nothing(world_code, text, kind):
    found = real_events(world_code(text, "fr"))
    assert kind in [e.type for e in found], shown(found)
    assert all(e.actor == ("United_Arab_Emirates",) for e in found if e.type == kind), shown(found)
