"""A wire dateline is no part of the lead's sentence: parsed apart, the lead keeps its subject
("TRIPOLI, 5 mars 2025 (AFP) - L'envoyée..., X, a été reçue par Y": X met Y), where the dateline's
place had become the root and the subject a dangling noun (text/dateline_breaks.py). Texts written for
these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CASES = [
    (
        "fr",
        "MOSCOU, 5 mars 2024 (AFP) - L'envoyé personnel du secrétaire général, Staffan de Mistura, a été "
        "reçu mardi par Sergueï Lavrov, avant de s'entretenir mercredi avec Ahmed Attaf.",
    ),
    (
        "es",
        "Moscú, 5 mar (EFE).- El enviado personal del secretario general, Staffan de Mistura, fue recibido "
        "el martes por Serguéi Lavrov, antes de reunirse el miércoles con Ahmed Attaf.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), CASES, ids=[c[0] for c in CASES])
def test_the_lead_after_a_dateline_keeps_its_subject(code, lang, text):
    meetings = real_events(code(text, lang, "2024-03-07"), "CONSULT")
    pairs = [set(e.actor) | set(e.recipient) for e in meetings]
    assert any({"Staffan_de_Mistura", "Sergey_Lavrov"} <= p for p in pairs), shown(meetings)
    assert any({"Staffan_de_Mistura", "Ahmed_Attaf"} <= p and "Sergey_Lavrov" not in p for p in pairs), shown(
        meetings
    )
