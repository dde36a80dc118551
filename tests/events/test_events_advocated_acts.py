"""Pleading for an act is calling for it: "a plaidé pour le retrait des troupes", "milite pour un
cessez-le-feu" are REQUESTs whose act is only asked for; the act named in the object is no live event
of the pleader. Pleading for a plan or a cause stays the support it says (events.asks.advocated).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

ADVOCATED = [
    ("La France plaide pour le retrait des troupes russes du Mali.", "RETREAT"),
    ("La Mauritanie a plaidé mardi pour un cessez-le-feu immédiat au Soudan.", "AGREE"),
    ("La Mauritanie a milité pour un cessez-le-feu au Soudan.", "AGREE"),
    ("L'Espagne milite pour le retrait des mercenaires étrangers de Libye.", "RETREAT"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "act"), ADVOCATED, ids=[str(i) for i in range(len(ADVOCATED))])
def test_pleading_for_an_act_is_a_call(code, text, act):
    events = code(text, "fr")
    assert real_events(events, "REQUEST"), shown(events)
    assert not real_events(events, act), shown(events)


@pytest.mark.slow
def test_pleading_for_a_plan_stays_support(code):
    events = code("Le Maroc a plaidé pour son plan d'autonomie devant l'Union africaine.", "fr")
    assert real_events(events, "SUPPORT") and not real_events(events, "REQUEST"), shown(events)
