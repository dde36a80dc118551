"""Arabic negation with "لم" puts the verb in the jussive, which drops a weak letter: "لم يلتق" (did not
meet, for "يلتقي"), "لم يزر" (did not visit, for "يزور"), "لم يدع" (did not call, for "يدعو"). The
trigger is still found (events.triggers.apocopated), and it is negated: no event asserted. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

NEGATED = [
    ("لم يلتق وزير الخارجية الموريتاني نظيره المالي خلال القمة.", "CONSULT"),
    ("لم يزر وزير الخارجية الموريتاني باماكو منذ سنتين.", "CONSULT"),
    ("ولم يدع مجلس الأمن الأطراف الليبية إلى وقف إطلاق النار.", "REQUEST"),
]


@pytest.mark.parametrize(("text", "kind"), NEGATED, ids=[n[1] + str(i) for i, n in enumerate(NEGATED)])
def test_a_jussive_verb_after_lam_is_a_negated_event(world_code, text, kind):
    events = world_code(text, "ar")
    assert any(e.type == kind and "negation" in e.aux for e in events), shown(events)
    assert not real_events(events, kind), shown(events)


def test_the_full_form_still_matches_without_lam(world_code):
    """The weak letter is put back only after the particle: "يلتقي" itself is the trigger."""
    events = real_events(world_code("يلتقي وزير الخارجية الموريتاني نظيره المالي غدا في نواكشوط.", "ar"))
    assert events, "no event"
