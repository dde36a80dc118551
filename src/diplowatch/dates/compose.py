"""Give a time of day written next to a day that day: "mardi vers 21 h 45", "4 h mardi".

The two stay separate expressions (as TimeML annotates them); the time takes the day's
calendar fields, so it resolves to the same day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from diplowatch.dates.grammar import alternation
from diplowatch.dates.model import Candidate, Reading
from diplowatch.dates.vocabulary import load

_DAY_FIELDS = ("year", "century_less_year", "month", "day", "weekday", "shift", "deixis", "anaphor")


@cache
def _gap(language: str) -> re.Pattern[str]:
    """What may stand between the two: spaces, commas and the language's joiner words."""
    joiners = alternation(load(language).joiners)
    return re.compile(rf"[^\S\n]*(?:,[^\S\n]*)?(?:{joiners}[^\S\n]*)?,?[^\S\n]*")


def _is_time(reading: Reading) -> bool:
    return reading.hour is not None and all(getattr(reading, f) is None for f in _DAY_FIELDS)


def _is_day(reading: Reading) -> bool:
    return reading.hour is None and any(
        getattr(reading, f) is not None for f in ("day", "weekday", "deixis", "anaphor")
    )


def _dated(time: Candidate, day: Candidate) -> Candidate:
    fields = {f: getattr(day.reading, f) for f in _DAY_FIELDS}
    # ("le 18 mars de la même année à 14 h": the year told too)
    return replace(time, reading=replace(time.reading, same_year=day.reading.same_year, **fields))


def compose(candidates: list[Candidate], folded: str, language: str) -> list[Candidate]:
    gap = _gap(language)
    out = list(candidates)
    for index, candidate in enumerate(out):
        if not _is_time(candidate.reading):
            continue
        for other in (index - 1, index + 1):
            if 0 <= other < len(out) and _is_day(out[other].reading):
                first, second = sorted((candidate, out[other]), key=lambda c: c.start)
                if gap.fullmatch(folded, first.end, second.start):
                    out[index] = _dated(candidate, out[other])
                    break
    return out
