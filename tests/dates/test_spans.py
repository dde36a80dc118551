"""first_fit (the date scanner's and the publication-date guesser's choice among overlapping matches)
keeps exactly what comparing each span with every kept one kept, in n log n."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplowatch.dates.spans import first_fit

SPANS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 12)).map(lambda s: (s[0], s[0] + s[1])), max_size=40
)


def _quadratic(items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    for start, end in items:
        if all(end <= s or e <= start for s, e in kept):
            kept.append((start, end))
    return sorted(kept, key=lambda k: k[0])


@settings(max_examples=300, derandomize=True, database=None)
@given(SPANS)
def test_first_fit_keeps_what_the_quadratic_scan_kept(items: list[tuple[int, int]]) -> None:
    assert first_fit(items, lambda s: s) == _quadratic(items)


def test_first_fit_keeps_the_first_of_overlapping_spans_and_sorts_by_start() -> None:
    spans = [(10, 30), (0, 12), (28, 40), (31, 35), (12, 14), (0, 10), (30, 31)]
    assert first_fit(spans, lambda s: s) == [(0, 10), (10, 30), (30, 31), (31, 35)]
