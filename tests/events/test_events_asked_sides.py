"""A call to "the parties" of a dispute the article names is addressed to its sides; the names only inside
the act asked of them are not addressed ("urged the parties to support the efforts of the UN envoy": the
envoy would be supported, he is not asked; events.asked_acts.act_names, events.parties). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import shown

CALLS_TO_THE_PARTIES = [
    (
        "en",
        "Morocco and the Polisario Front have not held talks since 2019. "
        "The United States urged the parties to support the efforts of the UN envoy Staffan de Mistura.",
    ),
    (
        "fr",
        "Le Maroc et le Front Polisario ne se sont plus parlé depuis 2019. "
        "Les Etats-Unis ont appelé les parties à soutenir les efforts de l'envoyé Staffan de Mistura.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), CALLS_TO_THE_PARTIES, ids=[c[0] for c in CALLS_TO_THE_PARTIES])
def test_a_call_to_the_parties_is_addressed_to_the_sides(world_code, lang, text):
    requests = [e for e in world_code(text, lang) if e.type == "REQUEST" and "United_States" in e.actor]
    assert requests, shown(requests)
    assert all({"Morocco", "Polisario_Front"} <= set(e.recipient) for e in requests), shown(requests)
    assert not any("Staffan_de_Mistura" in e.recipient for e in requests), shown(requests)
