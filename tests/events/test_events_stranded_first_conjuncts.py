"""Two states that act together, the first one left apart by the parser: "La France et l'Allemagne ont
condamné" (the first name hung on nothing, a determiner before the second), "Le Royaume-Uni et
l'Irlande ont soutenu" (the hyphen of the first name is no dateline's dash). Both act
(events.arguments: _name_before, _after_dateline). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import pipeline_events, real_events, shown

OPENING = (
    "New York, 29 juin 2022 (AFP) - Le Conseil de sécurité a prorogé mercredi le mandat de la MINUSMA.\n"
)
BOTH = [
    ("La France et l'Allemagne ont condamné l'attaque contre Bamako.", "ACCUSE", ("France", "Germany")),
    (
        "Le Royaume-Uni et l'Irlande ont soutenu le renouvellement du mandat.",
        "SUPPORT",
        ("United_Kingdom", "Republic_of_Ireland"),
    ),
    ("La Belgique et la Norvège ont dénoncé les pressions sur Bamako.", "ACCUSE", ("Belgium", "Norway")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "kind", "states"), BOTH, ids=["det", "hyphen", "det-fem"])
def test_both_conjoined_states_act(sentence: str, kind: str, states: tuple[str, ...]) -> None:
    (events,) = pipeline_events([OPENING + sentence], "fr")
    acts = [e for e in real_events(events, kind) if set(states) & set(e.actor)]
    assert acts and all(set(states) <= set(e.actor) for e in acts), shown(events)
