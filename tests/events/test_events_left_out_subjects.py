"""A Spanish verb that leaves out its subject after a sentence that told no event ("Attaf compareció
ante la prensa. Instó a X a..."): its actor is the one that sentence named as subject, not the actor
of an older event nor the actor named nearest the verb (events.pairs). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (sentence, category, who acts, who does not)
LEFT_OUT = [
    (
        "Attaf compareció el martes ante la prensa en Argel. Instó a Marruecos a reanudar el diálogo.",
        "REQUEST",
        "Ahmed_Attaf",
        "Morocco",
    ),
    (
        "Bourita se reunió con Lavrov en Moscú. Attaf compareció ante la prensa. Criticó a España por su postura.",
        "ACCUSE",
        "Ahmed_Attaf",
        "Nasser_Bourita",
    ),
    (
        "Attaf compareció ante la prensa en Argel. Acusó a Marruecos de espionaje y exigió explicaciones a Madrid.",
        "REQUEST",
        "Ahmed_Attaf",
        "Morocco",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "who", "not_who"), LEFT_OUT)
def test_a_left_out_subject_is_the_last_one_named(code, text, kind, who, not_who):
    events = code(text, "es")
    found = real_events(events, kind)
    assert any(who in e.actor and not_who not in e.actor for e in found), shown(events)
