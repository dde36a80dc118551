"""A word spelled like an office holder's surname, matched only by its skeleton, names that person only
while the person holds an office on the text's day (actors.stage `_surname_in_office`): "el Teatro Colón"
in a 2016 text is not Catherine Colonna, France's foreign minister from 2022 to 2024, who became the
signing's counterpart. Her name written out still links. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import shown

pytestmark = pytest.mark.slow


def test_events_a_word_spelled_like_a_ministers_name_years_before_her_term_is_not_her(world_code):
    text = "El presidente Juan Manuel Santos firmó ayer el nuevo acuerdo en el Teatro Colón de Bogotá."
    found = world_code(text, "es", "2016-11-25")
    assert found and not [e for e in found if "Catherine_Colonna" in e.actor + e.recipient], shown(found)


def test_events_the_ministers_name_written_out_still_links(world_code):
    found = world_code("José Manuel Albares se reunió ayer con Colonna en Madrid.", "es", "2022-11-25")
    assert [e for e in found if "Catherine_Colonna" in e.recipient], shown(found)
