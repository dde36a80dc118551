""" "The two" as an act's object stands for the two persons of the last act told that named two: "Trump
received the two ministers" (the two who signed before: his guests), "a félicité les deux ministres", "habló
por teléfono con ambos mandatarios" (events.pairs; as a subject, "the two" was already read so). Our own
sentences."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

STORIES = [
    (
        "en",
        "Ahmed Attaf and Nasser Bourita signed a border agreement in Geneva on Friday. Later on Friday, Antonio "
        "Guterres received the two ministers at the Palais des Nations.",
        "CONSULT",
        "António_Guterres",
    ),
    (
        "fr",
        "Nasser Bourita a reçu Ahmed Attaf samedi à Rabat. Dans un communiqué, le département d'État américain a "
        "félicité les deux ministres.",
        "SUPPORT",
        "United_States_Department_of_State",
    ),
    (
        "es",
        "Nasser Bourita y Ahmed Attaf se reunieron el jueves en Ginebra. Antonio Guterres mantuvo después "
        "conversaciones telefónicas con ambos ministros.",
        "CONSULT",
        "António_Guterres",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "third"), STORIES, ids=[s[0] for s in STORIES])
def test_the_two_as_object_are_the_two_told_before(world_code, lang, text, kind, third):
    events = [e for e in real_events(world_code(text, lang), kind) if third in e.actor + e.recipient]
    assert events, shown(events)
    named = {k for e in events for k in e.actor + e.recipient}
    assert {"Ahmed_Attaf", "Nasser_Bourita"} <= named, shown(events)
