"""Choosing non-overlapping spans in n log n: the date scanner and the publication-date guesser keep the
longest of overlapping matches, and a long text holds tens of thousands of them (comparing each with
every span kept so far made a 1 MB text take minutes)."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def first_fit(items: Iterable[T], span: Callable[[T], tuple[int, int]]) -> list[T]:
    """The items, taken in the given order, that overlap no item taken before; sorted by start.
    Spans are non-empty (start < end), as every match and date expression is."""
    kept: list[tuple[int, T]] = []
    starts: list[int] = []  # the kept spans never overlap, so sorted starts give sorted ends too
    ends: list[int] = []
    for item in items:
        start, end = span(item)
        at = bisect.bisect_left(starts, start)
        if (at == 0 or ends[at - 1] <= start) and (at == len(starts) or end <= starts[at]):
            starts.insert(at, start)
            ends.insert(at, end)
            kept.append((start, item))
    return [item for _, item in sorted(kept, key=lambda k: k[0])]
