"""A passive's subject is who acts in the infinitive after it ("X a été reçu par Y, avant de s'entretenir
avec Z": X met Z, not Y), and that second meeting's names are its own, not the first's (events.arguments,
lexicon `sequence_marks`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CASES = [
    (
        "fr",
        "Staffan de Mistura a été reçu mardi à Moscou par Sergueï Lavrov, avant de s'entretenir mercredi à Alger avec Ahmed Attaf.",
    ),
    (
        "en",
        "Staffan de Mistura was received by Sergey Lavrov in Moscow on Tuesday before meeting Ahmed Attaf in Algiers on Wednesday.",
    ),
    (
        "es",
        "Staffan de Mistura fue recibido el martes en Moscú por Serguéi Lavrov, antes de reunirse el miércoles en Argel con Ahmed Attaf.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), CASES, ids=[c[0] for c in CASES])
def test_the_received_guest_meets_the_next_host(code, lang, text):
    meetings = real_events(code(text, lang), "CONSULT")
    pairs = [set(e.actor) | set(e.recipient) for e in meetings]
    assert any({"Staffan_de_Mistura", "Sergey_Lavrov"} <= p and "Ahmed_Attaf" not in p for p in pairs), shown(
        meetings
    )
    assert any({"Staffan_de_Mistura", "Ahmed_Attaf"} <= p and "Sergey_Lavrov" not in p for p in pairs), shown(
        meetings
    )
