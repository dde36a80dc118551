"""A relative clause the parser hung on the main verb rather than on the noun before its pronoun ("La
Russie s'est abstenue sur la résolution, qui appelle le Maroc..."): the noun acts (a voted text acts for
its assembly), not the main verb's subject (events.arguments._stray_relative). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import pipeline_events, real_events, shown

COUNCIL = "United_Nations_Security_Council"
STRAY = [
    (
        "Le Conseil de sécurité a adopté jeudi une résolution sur le Sahara occidental. La Russie s'est abstenue"
        " sur la résolution, qui appelle le Maroc et le Front Polisario à reprendre les négociations.",
        "REQUEST",
        COUNCIL,
        "Russia",
    ),
    (
        "Le Conseil de sécurité s'est réuni jeudi. Le Mozambique s'est abstenu lors de l'adoption de la"
        " résolution 2756, qui a prorogé le mandat de la Minurso pour un an.",
        "SUPPORT",
        COUNCIL,
        "Mozambique",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "actor", "not_actor"), STRAY, ids=["calls", "extends"])
def test_the_noun_before_a_stray_relative_acts(text: str, kind: str, actor: str, not_actor: str) -> None:
    (events,) = pipeline_events([text], "fr")
    acts = [e for e in real_events(events, kind) if "Morocco" in e.recipient or "MINURSO" in e.recipient]
    assert acts and all(actor in e.actor and not_actor not in e.actor for e in acts), shown(events)
