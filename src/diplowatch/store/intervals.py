"""Calendar values (ISO 8601 prefixes at a granularity) as day intervals, for comparing and filtering.

"2024-03" is 2024-03-01..2024-03-31; "2024-W10" its ISO week; "2024-SU" June-August;
"2024-Q1" and "2024-H2" quarters and halves. An approximate value is widened by a margin
so "fin janvier" (2024-01, approximate) still meets a meeting on 1 February.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from diplowatch.model import EventDate

# Months covered by each season/part-of-year code (start month, number of months).
_PARTS = {
    "SP": (3, 3),
    "SU": (6, 3),
    "FA": (9, 3),
    "WI": (12, 3),
    "Q1": (1, 3),
    "Q2": (4, 3),
    "Q3": (7, 3),
    "Q4": (10, 3),
    "H1": (1, 6),
    "H2": (7, 6),
}
# Days added on both sides of an approximate value: "début février" may spill into late January.
_APPROXIMATE_MARGIN = {"day": 3, "week": 4, "month": 7, "season": 15, "year": 31}
# Order of precision, most precise first (also used to rank dates when merging).
PRECISION = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4}
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_PART = re.compile(r"^(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])$")


@dataclass(frozen=True, slots=True)
class Interval:
    start: date
    end: date  # inclusive

    def overlaps(self, other: Interval) -> bool:
        return self.start <= other.end and other.start <= self.end

    def days(self) -> int:
        return (self.end - self.start).days + 1


@functools.lru_cache(maxsize=65536)  # the merge asks again and again for the same few thousand values
def value_interval(value: str) -> Interval | None:
    """The days an ISO 8601 prefix covers; None for a value this module cannot read."""
    try:
        return _parse(value.strip())
    except (ValueError, OverflowError):  # a week of year 9999 that ends in year 10000
        return None


def event_interval(when: EventDate | None, *, widen: bool = True) -> Interval | None:
    """The days an event date covers, widened when the date is approximate (and `widen`)."""
    if when is None:
        return None
    interval = value_interval(when.value)
    if interval is None or not (widen and when.approximate):
        return interval
    margin = _APPROXIMATE_MARGIN.get(when.granularity, 0)
    return Interval(shifted(interval.start, -margin), shifted(interval.end, margin))


def shifted(day: date, days: int) -> date:
    """`day` moved by `days`, stopping at the first and last days of the calendar (years 1 and 9999)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.min if days < 0 else date.max


def _parse(value: str) -> Interval | None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        day = date.fromisoformat(value)
        return Interval(day, day)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        year, month = int(value[:4]), int(value[5:])
        return Interval(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))
    if re.fullmatch(r"\d{4}", value):
        return Interval(date(int(value), 1, 1), date(int(value), 12, 31))
    if match := _WEEK.match(value):
        monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        return Interval(monday, monday + timedelta(days=6))
    if match := _PART.match(value):
        return _months(int(match[1]), *_PARTS[match[2]])
    return None


def _months(year: int, first: int, count: int) -> Interval:
    last_index = year * 12 + first - 1 + count - 1
    last_year, last_month = divmod(last_index, 12)
    end = date(last_year, last_month + 1, calendar.monthrange(last_year, last_month + 1)[1])
    return Interval(date(year, first, 1), end)
