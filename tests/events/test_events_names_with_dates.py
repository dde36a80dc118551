"""A date inside an actor's name names the group and dates nothing: "the March 23 Movement", "حركة 23
مارس", "le Mouvement du 23-Mars" do not put the event on 23 March (our own sentences)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CASES = [
    ("en", "The March 23 Movement rebels seized the town on Friday."),
    ("fr", "Les rebelles du Mouvement du 23-Mars ont attaqué la ville vendredi."),
    ("ar", "سيطرت حركة 23 مارس على مدينة غوما يوم الجمعة."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), CASES, ids=[c[0] for c in CASES])
def test_a_date_in_a_name_dates_nothing(world_code, lang, text):
    events = [
        e for e in real_events(world_code(text, lang, anchor="2025-06-28")) if "March_23_Movement" in e.actor
    ]
    assert events, shown(world_code(text, lang, anchor="2025-06-28"))
    assert all(e.date is not None and e.date.value == "2025-06-27" for e in events), shown(events)


UNDATED = [
    ("en", "The March 23 Movement rebels seized the town."),
    ("fr", "Les rebelles du Mouvement du 23-Mars ont attaqué la ville."),
    ("ar", "سيطرت حركة 23 مارس على مدينة غوما."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), UNDATED, ids=[c[0] for c in UNDATED])
def test_a_name_with_a_date_does_not_date_an_undated_act(world_code, lang, text):
    events = world_code(text, lang, anchor="2025-06-28")
    dated = [e for e in events if "March_23_Movement" in e.actor]
    assert dated and all(e.date is None or not e.date.value.startswith("2025-03") for e in dated), shown(
        events
    )
