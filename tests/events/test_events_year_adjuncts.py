"""A year after a time word dates its clause even where the parse hangs it on the object noun before it:
"withdrew the United States from the agreement in 2018" happened in 2018 (spaCy English hangs the year
on its preposition, one step below the noun: events.dating). "the 2015 deal" still names a noun.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import shown


@pytest.mark.slow
def test_events_year_after_in_on_the_object_dates_the_act(world_code):
    found = [e for e in world_code("Trump withdrew the United States from the agreement in 2018.", "en")]
    withdrawals = [e for e in found if e.type == "REJECT"]
    assert [e.date.value if e.date else None for e in withdrawals] == ["2018"], shown(found)


@pytest.mark.slow
def test_events_year_before_the_noun_names_the_noun(world_code):
    found = [e for e in world_code("Iran rejected the 2015 deal on Monday.", "en") if e.type == "REJECT"]
    assert found and all(e.date is None or e.date.value != "2015" for e in found), shown(found)
