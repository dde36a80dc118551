"""Unparsed Arabic: a verb of attending after a negation ("لم يحضر X أعمال القمة", "لم يشارك X في
الاجتماع") says X took no part in the meeting it governs, however long the subject between them
(`implicatives` in lang/ar/events.yaml, events.modality). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

ABSENT = [
    "ولم يحضر الرئيس الغاني نانا أكوفو أدو أعمال القمة الإفريقية.",
    "لم يشارك الرئيس الغاني في القمة الإفريقية التي عقدت في أديس أبابا.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", ABSENT)
def test_a_leader_who_did_not_attend_held_no_meeting(world_code, text: str) -> None:
    events = world_code(text, "ar", "2021-02-08")
    assert not real_events(events, "CONSULT")
    assert any(e.type == "CONSULT" and "negation" in e.aux for e in events)


@pytest.mark.slow
def test_a_leader_who_attended_met(world_code) -> None:
    text = "وشارك الرئيس الغاني نانا أكوفو أدو في أعمال القمة الإفريقية التي عقدت أمس في أديس أبابا."
    assert real_events(world_code(text, "ar", "2021-02-08"), "CONSULT")
