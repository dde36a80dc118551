"""The head of a junta is its state's head of state ("le chef de la junte malienne", "el jefe de la
junta militar nigerina", "Niger's junta leader"): kb/data/roles.yaml head_of_state. Sentences written
for these tests (published 2024-03-13)."""

from __future__ import annotations

import pytest

# (lang, text, category, the head of state expected among its participants)
HEADS = [
    ("fr", "Le chef de la junte malienne a reçu lundi Sergey Lavrov à Bamako.", "CONSULT", "Assimi_Goïta"),
    (
        "es",
        "El jefe de la junta militar nigerina criticó el lunes a la Cedeao.",
        "ACCUSE",
        "Abdourahamane_Tchiani",
    ),
    (
        "en",
        "The head of the Burkinabe junta met Sergey Lavrov in Ouagadougou on Monday.",
        "CONSULT",
        "Ibrahim_Traoré",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "head"), HEADS, ids=[h[0] for h in HEADS])
def test_a_junta_head_is_the_head_of_state(world_code, lang: str, text: str, kind: str, head: str) -> None:
    events = [e for e in world_code(text, lang) if e.type == kind]
    assert any(head in e.actor + e.recipient for e in events), events
