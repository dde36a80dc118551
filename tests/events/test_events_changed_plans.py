"""A plan told as since changed ("devait initialement rencontrer X", "was originally scheduled to meet
X") did not happen as planned: the act is hypothetical, not a future one (events.modality, lexicon
`changed_plans`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CASES = [
    ("fr", "Sergueï Lavrov devait initialement rencontrer Ahmed Attaf à Alger lundi."),
    ("en", "Sergey Lavrov was originally scheduled to meet Ahmed Attaf in Algiers on Monday."),
    # the adverb on the plan's participle; "debía", the Spanish parser's auxiliary of a plan
    ("es", "Sergey Lavrov tenía previsto inicialmente reunirse con Ahmed Attaf en Argel el lunes."),
    ("es", "Sergey Lavrov debía reunirse inicialmente con Ahmed Attaf en Argel el lunes."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_a_changed_plan_is_no_coming_meeting(code, lang, text):
    events = code(text, lang)
    assert not real_events(events, "AGREE") and not real_events(events, "CONSULT"), shown(events)


@pytest.mark.slow
def test_a_plan_unchanged_is_still_coming(code):
    events = code("Sergueï Lavrov devait rencontrer Ahmed Attaf à Alger lundi.", "fr")
    assert any("future" in e.aux for e in real_events(events, "AGREE")), shown(events)


@pytest.mark.slow
def test_a_spanish_plan_told_with_deber_is_coming(code):
    events = code("Sergey Lavrov debía reunirse con Ahmed Attaf en Argel el lunes.", "es")
    assert any("future" in e.aux for e in real_events(events, "AGREE")), shown(events)
    assert not real_events(events, "CONSULT"), shown(events)
