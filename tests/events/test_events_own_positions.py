"""A possessive on a noun for a position its holder puts forward is the actor's own, on sentences written
for these tests: "Marruecos defiende su plan de autonomía" after a meeting of two others is no support of
either of them (lexicon `own_positions`, events.possessed); "España saludó su labor" still praises the
envoy named before."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

pytestmark = pytest.mark.slow


def test_its_own_plan_names_no_one_else(world_code) -> None:
    text = "Brahim Ghali se reunió con António Guterres. Marruecos defiende su plan de autonomía."
    events = world_code(text, "es")
    assert not any("Morocco" in e.actor and "António_Guterres" in e.recipient for e in real_events(events)), (
        shown(events)
    )


def test_another_s_work_is_still_his(world_code) -> None:
    text = "Albares se reunió con Staffan de Mistura. España saludó su labor."
    backed = [e for e in real_events(world_code(text, "es"), "SUPPORT") if "Spain" in e.actor]
    assert backed and "Staffan_de_Mistura" in backed[0].recipient, shown(backed)
