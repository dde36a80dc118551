"""An apposition to the subject headed by a noun of mediation ("Algeria, the mediator in the conflict in
northern Mali,", "Argelia, mediadora en el conflicto del norte de Malí,") describes the subject, like one
of alliance: the state it names does not act with it (lexicon `ties`, events.arguments). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

MEDIATORS = [
    ("en", "Algeria, the mediator in the conflict in northern Mali, criticised France on Tuesday."),
    ("es", "Argelia, mediadora en el conflicto del norte de Malí, criticó el martes a Francia."),
]


@pytest.mark.slow
@by_language(MEDIATORS)
def test_events_mediator_apposition_names_no_actor(world_code, lang, text):
    found = real_events(world_code(text, lang), "ACCUSE")
    assert found and all(e.actor == ("Algeria",) for e in found), shown(found)
