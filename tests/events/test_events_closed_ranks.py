"""Closing ranks with someone is backing them: "closed ranks with Spain", "cerró filas con España", "ont
fait bloc derrière l'Espagne", "ont serré les rangs autour du Maroc" (SUPPORT). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CASES = [
    ("en", "The European Union closed ranks with Spain on Friday.", "Spain"),
    ("es", "La Unión Europea cerró filas este viernes con España.", "Spain"),
    ("fr", "Les Vingt-Sept ont fait bloc derrière l'Espagne face à Alger.", "Spain"),
    ("fr", "Les pays arabes ont serré les rangs autour du Maroc.", "Morocco"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "backed"), CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_closing_ranks_is_support(code, lang, text, backed):
    events = code(text, lang)
    assert any(backed in e.recipient for e in real_events(events, "SUPPORT")), shown(events)
