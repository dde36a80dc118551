"""A state recalling or withdrawing its own ambassador, named beside it, acts towards the state he is
posted to, not towards him ("Algeria recalled its ambassador to Spain, Said Moussi", "a rappelé son
ambassadeur en Espagne, Saïd Moussi", "llamó a consultas a su embajador en España, Said Moussi"):
events.sides.without_own_agents, for SANCTION. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

RECALLED = {
    "en": "Algeria recalled its ambassador to Spain, Said Moussi, for consultations.",
    "fr": "L'Algérie a rappelé pour consultations son ambassadeur en Espagne, Saïd Moussi.",
    "es": "Argelia llamó a consultas a su embajador en España, Said Moussi.",
}


@pytest.mark.slow
@pytest.mark.parametrize("lang", sorted(RECALLED))
def test_events_a_recalled_ambassador_is_no_counterpart(world_code, lang):
    found = real_events(world_code(RECALLED[lang], lang, "2022-03-20"), "SANCTION")
    assert [(e.actor, e.recipient) for e in found] == [(("Algeria",), ("Spain",))], shown(found)


@pytest.mark.slow
def test_events_a_summoned_foreign_ambassador_stays_the_counterpart(world_code):
    """Summoning another state's ambassador is an act towards that state (ACCUSE, unchanged)."""
    found = real_events(world_code("Algeria summoned the Spanish ambassador.", "en", "2022-03-20"), "ACCUSE")
    assert [(e.actor, e.recipient) for e in found] == [(("Algeria",), ("Spain",))], shown(found)
