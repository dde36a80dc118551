"""Table-driven tests: each sentence, publication date and expected expression in cases_*.psv."""

from __future__ import annotations

import pytest
from date_cases import Case, load_cases

from diplowatch.dates import find_dates

CASES = load_cases()
POSITIVE = [c for c in CASES if c.expression]
NEGATIVE = [c for c in CASES if not c.expression]


def test_case_tables_cover_four_languages_and_250_expressions() -> None:
    assert len(POSITIVE) >= 250
    assert {c.language for c in POSITIVE} == {"fr", "en", "es", "ar"}


@pytest.mark.parametrize("case", POSITIVE, ids=lambda c: c.id)
def test_find_dates_normalises_expression(case: Case) -> None:
    found = find_dates(case.sentence, case.language, case.anchor)
    by_text = {e.text: e for e in found}
    assert case.expression in by_text, f"found {[e.text for e in found]}"
    expression = by_text[case.expression]
    assert case.sentence[expression.start : expression.end] == case.expression
    assert expression.value == case.value
    assert expression.granularity == case.granularity
    assert expression.approximate == ("approx" in case.flags)
    kind = next((k for k in ("duration", "set") if k in case.flags), None)
    if kind:
        assert expression.kind == kind
    else:
        assert expression.kind in ("date", "time")


@pytest.mark.parametrize("case", NEGATIVE, ids=lambda c: c.id)
def test_find_dates_ignores_sentence_without_date(case: Case) -> None:
    assert find_dates(case.sentence, case.language, case.anchor) == []
