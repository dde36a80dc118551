"""A meeting noun's own participle or relative clause of holding tells when that meeting is, whatever the
tense of the clause the noun sits in (events.holding, events.modality): "will hold a second round of
talks, like the first round, held last January" tells a past round besides the planned one; "the second
round, which will be held in Doha" is a plan. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

PAST_BESIDE_PLANNED = [
    (
        "en",
        "Sudan and Chad will hold a second round of talks in Doha in May, like the first round of talks, "
        "held in Doha last January.",
    ),
    (
        "fr",
        "Le Soudan et le Tchad tiendront un deuxième cycle de pourparlers à Doha en mai, comme le premier "
        "cycle de pourparlers, tenu à Doha en janvier dernier.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), PAST_BESIDE_PLANNED, ids=[p[0] for p in PAST_BESIDE_PLANNED])
def test_a_meeting_held_before_is_no_plan(world_code, lang, text):
    events = world_code(text, lang)
    held = [e for e in real_events(events, "CONSULT") if e.date is not None and e.date.value == "2024-01"]
    assert held and {"Sudan", "Chad"} <= set(held[0].actor), shown(events)
    assert any(e.type == "AGREE" and "future" in e.aux for e in events), shown(events)


PLANNED_BY_ITS_CLAUSE = [
    (
        "en",
        "The second round of talks between Sudan and Chad, which will be held in Doha, follows a first one.",
    ),
    ("en", "The talks, which will be held in Doha, were announced by Sudan and Chad on Monday."),
    ("es", "Las conversaciones, que se celebrarán en Doha, fueron anunciadas el lunes por Sudán y Chad."),
]


@pytest.mark.parametrize(
    ("lang", "text"), PLANNED_BY_ITS_CLAUSE, ids=[p[1][:30] for p in PLANNED_BY_ITS_CLAUSE]
)
def test_a_meeting_whose_holding_is_to_come_is_a_plan(world_code, lang, text):
    events = world_code(text, lang)
    assert not real_events(events, "CONSULT"), shown(events)
    assert any(e.type == "AGREE" and "future" in e.aux for e in events), shown(events)
