"""A Spanish passive with an adverb between "fue" and its participle, which the tagger reads as an adjective
after a copula: the participle is the verb again, the agent its actor (text/adjectival_passives.py,
lang/parse_repairs.yaml `adjectival_passives`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (text, category, actor, recipient)
CASES = [
    (
        "Attaf fue calurosamente recibido por Lavrov en Moscú.",
        "CONSULT",
        "Sergey_Lavrov",
        "Ahmed_Attaf",
    ),
    ("La propuesta de Rusia fue tajantemente rechazada por Marruecos.", "REJECT", "Morocco", "Russia"),
    ("La posición de España fue duramente criticada por Argelia.", "ACCUSE", "Algeria", "Spain"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "actor", "recipient"), CASES, ids=[c[1] for c in CASES])
def test_an_adverb_inside_a_passive_keeps_its_agent(code, text, kind, actor, recipient):
    events = real_events(code(text, "es"), kind)
    assert any({actor, recipient} <= set(e.actor) | set(e.recipient) for e in events), shown(code(text, "es"))


@pytest.mark.slow
def test_an_adjective_after_estar_stays_an_adjective(code):
    # "estar" is no passive auxiliary: "preocupada" describes a state, no one acts on Algeria
    events = code("Argelia está muy preocupada por la situación en Malí.", "es")
    assert not any("Algeria" in e.recipient for e in events), shown(events)
