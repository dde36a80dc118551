"""The act of a demanded clause is asked, not done: "insisted that Algeria stop supporting the Polisario
Front", "a demandé que l'Algérie cesse de soutenir", "exigió que Argelia deje de apoyar". The support
named under the demand was coded as a live SUPPORT (events.modality._embedded reaches the call through
the clause's verb, as it does through an asked infinitive). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

DEMANDED = [
    ("en", "Morocco insisted that Algeria stop supporting the Polisario Front."),
    ("fr", "Le Maroc a demandé que l'Algérie cesse de soutenir le Front Polisario."),
    ("es", "Marruecos exigió que Argelia deje de apoyar al Frente Polisario."),
    ("es", "Marruecos pidió a Argelia que deje de apoyar al Frente Polisario."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), DEMANDED, ids=[f"{c[0]}{i}" for i, c in enumerate(DEMANDED)])
def test_the_act_of_a_demanded_clause_is_only_asked(world_code, lang, text):
    events = world_code(text, lang)
    assert real_events(events, "REQUEST"), shown(events)
    assert not real_events(events, "SUPPORT"), shown(events)


@pytest.mark.slow
def test_a_reported_stop_is_no_demand(world_code):
    events = world_code("Morocco said that Algeria stopped supporting the Polisario Front.", "en")
    assert not real_events(events, "REQUEST"), shown(events)
