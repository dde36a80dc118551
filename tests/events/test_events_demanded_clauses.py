"""The act of a demanded clause is asked, not done, and the clause's subject is the one asked:
"insisted that Algeria stop supporting the Polisario Front", "a demandé que l'Algérie cesse de
soutenir", "exigió que Argelia deje de apoyar". The support named under the demand was coded as a live
SUPPORT (events.modality._embedded reaches the call through the clause's verb, as it does through an
asked infinitive), and the names inside the clause were addressees of the call (events.asked_acts).
Sentences written for these tests."""

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


# Who is asked is the clause's subject; the names inside what it is asked to do are not addressed.
ASKED_SUBJECTS = [
    ("en", "Sudan demanded that the United Arab Emirates stop arming the Rapid Support Forces."),
    ("es", "Sudán exigió que los Emiratos Árabes Unidos dejen de armar a las Fuerzas de Apoyo Rápido."),
    ("en", "Morocco insisted that Algeria stop supporting the Polisario Front."),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"), ASKED_SUBJECTS, ids=[f"{c[0]}{i}" for i, c in enumerate(ASKED_SUBJECTS)]
)
def test_the_demanded_clauses_subject_is_the_one_asked(world_code, lang, text):
    requests = real_events(world_code(text, lang), "REQUEST")
    assert requests and all(len(e.recipient) == 1 for e in requests), shown(requests)
    assert not any(k in e.recipient for e in requests for k in ("Rapid_Support_Forces", "Polisario_Front")), (
        shown(requests)
    )
