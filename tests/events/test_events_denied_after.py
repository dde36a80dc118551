"""A denial told after the accusation it answers ("X accused Y of ..., a charge Y denied") does not make
the accusation unreal: the English parser hangs the accusation on the denial as its complement, yet the
writer tells it as having been made (events.modality). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

DENIED_AFTER = [
    ("Lavrov accused Spain of arming the rebels, a charge Madrid denied.", "Sergey_Lavrov", "Spain"),
    (
        "Bourita accused Algeria of funding the Polisario, a claim Algiers denied.",
        "Nasser_Bourita",
        "Algeria",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "who", "whom"), DENIED_AFTER)
def test_an_accusation_denied_afterwards_was_made(code, text, who, whom):
    events = code(text, "en")
    accusations = real_events(events, "ACCUSE")
    assert any(who in e.actor and whom in e.recipient for e in accusations), shown(events)


@pytest.mark.slow
def test_a_denial_of_what_follows_still_denies_it(code):
    events = code("Algeria denied that it had funded the Polisario.", "en")
    assert not real_events(events, "AID"), shown(events)
