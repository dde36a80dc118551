"""Two wire-story readings, on sentences written for these tests. "The two countries" after a sentence
naming two co-hosting states, when the last meeting was between two armed sides, are those two states
(events.parties `subject_states`), not the two who met. "Later" with a verb in the past ("Washington
later imposed sanctions") is later than the story before it, not a plan (events.modality)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

pytestmark = pytest.mark.slow

MEDIATED = (
    "Delegations from Sudan's army and the Rapid Support Forces resumed talks in Jeddah on Sunday. "
    "The talks are co-hosted by Saudi Arabia and the United States. In a joint statement, the two "
    "countries urged both sides to agree on a ceasefire."
)


def test_the_two_countries_are_the_co_hosts_not_the_armed_sides(world_code) -> None:
    events = world_code(MEDIATED, "en")
    calls = real_events(events, "REQUEST")
    assert [set(e.actor) for e in calls] == [{"Saudi_Arabia", "United_States"}], shown(events)
    assert set(calls[0].recipient) == {"Sudanese_Armed_Forces", "Rapid_Support_Forces"}, shown(events)


def test_the_two_ministers_are_still_the_two_who_met(world_code) -> None:
    text = "Bourita met Attaf in Rabat on Monday. The two ministers agreed to reopen the border."
    agreed = real_events(world_code(text, "en"), "AGREE")
    assert agreed and {"Nasser_Bourita", "Ahmed_Attaf"} <= set(agreed[0].actor), shown(agreed)


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("Washington later imposed sanctions on companies linked to the Rapid Support Forces.", False),
        ("Washington will later impose sanctions on companies linked to the Rapid Support Forces.", True),
    ],
    ids=["past", "future"],
)
def test_later_with_a_past_verb_is_no_plan(world_code, text: str, future: bool) -> None:
    events = [e for e in world_code(text, "en") if "negation" not in e.aux and "hypothetical" not in e.aux]
    assert events, shown(events)
    assert all(("future" in e.aux) == future for e in events), shown(events)
    if not future:
        assert [e.type for e in events] == ["SANCTION"], shown(events)
