"""An Arabic summit noun with a possessive ending ("قمتهم", "قمتها": their, its summit) is a summit,
as "قمة" is (our own sentences)."""

import pytest

from .conftest import real_events

SUMMITS = [
    "عقد قادة إيكواس قمتهم العادية في أبوجا يوم الأحد.",
    "واختتمت المجموعة الاقتصادية لدول غرب أفريقيا قمتها في أبوجا يوم الأحد.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", SUMMITS, ids=["their", "its"])
def test_a_summit_with_a_possessive_ending_is_a_meeting(world_code, text: str) -> None:
    meetings = real_events(world_code(text, "ar"), "CONSULT")
    assert any("Economic_Community_of_West_African_States" in e.actor for e in meetings), meetings
