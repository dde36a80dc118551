"""A visit noun names its visitor: the name after its genitive word or its possessor visits, not the subject
of the verb the noun hangs on ("Le geste britannique intervient après la visite de X à Washington": X visited
the United States, the British did not); an arrival verb whose subject is an act ("La decisión llega tras...")
tells no arrival (sentences written for these tests; events.visitors)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

VISITS = [
    ("Le geste britannique intervient deux mois après la visite de Nasser Bourita à Washington.", "fr"),
    ("The British move comes two months after Nasser Bourita's visit to Washington.", "en"),
    ("La decisión británica llega dos meses después de la visita de Nasser Bourita a Washington.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), VISITS, ids=["fr", "en", "es"])
def test_the_genitive_of_a_visit_is_the_visitor(world_code, text, lang):
    events = world_code(text, lang, "2025-06-02")
    assert not any("United_Kingdom" in e.actor for e in events), shown(events)
    met = real_events(events, "CONSULT")
    assert met and all(e.actor == ("Nasser_Bourita",) for e in met), shown(met)


def test_the_genitive_phrase_may_open_with_a_title(world_code):
    text = "La décision espagnole survient après la visite du ministre Nasser Bourita à Madrid."
    met = [e for e in world_code(text, "fr", "2025-06-02") if e.type == "CONSULT"]
    assert [(e.actor, e.recipient) for e in met] == [(("Nasser_Bourita",), ("Spain",))], shown(met)


def test_a_person_still_arrives(world_code):
    met = real_events(world_code("Nasser Bourita llega el lunes a Madrid.", "es", "2025-06-02"), "CONSULT")
    assert [(e.actor, e.recipient) for e in met] == [(("Nasser_Bourita",), ("Spain",))], shown(met)
