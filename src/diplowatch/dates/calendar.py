"""Calendar arithmetic: moving by units, finding the nearest weekday, month, season or quarter."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

SEASONS = ("SP", "SU", "FA", "WI")  # meteorological: March-May, June-August, ...


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def nearest_in_cycle(current: int, wanted: int, period: int, direction: int, strict: bool = False) -> int:
    """The index nearest `current`, on the given side, whose position in the cycle is `wanted`.

    Indices count days, months (year * 12 + month - 1), quarters or seasons; `wanted` is the
    position in the cycle (a weekday, a month number - 1, ...). The current one counts unless strict.
    """
    gap = (current - wanted) % period if direction < 0 else (wanted - current) % period
    if strict and gap == 0:
        gap = period
    return current + (-gap if direction < 0 else gap)


def nearest_weekday(anchor: date, weekday: int, direction: int, strict: bool = False) -> date:
    """The given weekday (0 = Monday) on or before (direction -1) or on or after (+1) the anchor."""
    # date.toordinal() % 7 is weekday() + 1 (day 1 of year 1 was a Monday)
    return date.fromordinal(nearest_in_cycle(anchor.toordinal(), (weekday + 1) % 7, 7, direction, strict))


def month_year(anchor: date, month: int, direction: int, strict: bool = False) -> int:
    """The year putting the month nearest the anchor in the given direction."""
    return nearest_in_cycle(anchor.year * 12 + anchor.month - 1, month - 1, 12, direction, strict) // 12


def day_month_year(anchor: date, month: int, day: int, direction: int, strict: bool = False) -> int:
    """The year putting day/month nearest the anchor in the given direction."""
    here, now = (month, day), (anchor.month, anchor.day)
    if direction < 0:
        return anchor.year if here < now or (here == now and not strict) else anchor.year - 1
    return anchor.year if here > now or (here == now and not strict) else anchor.year + 1


def valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def season_index(day: date) -> int:
    """Seasons counted from year 0 (four a year, SP SU FA WI); winter is the one starting in December."""
    year = day.year - 1 if day.month < 3 else day.year
    return year * 4 + (day.month - 3) % 12 // 3


def season_year(anchor: date, season: str, direction: int, strict: bool = False) -> int:
    """The year of the nearest such season in the given direction (the current one unless strict)."""
    return nearest_in_cycle(season_index(anchor), SEASONS.index(season), 4, direction, strict) // 4


def part_of_year(anchor: date, number: int, parts: int, direction: int, strict: bool = False) -> int:
    """The year of the nearest quarter (parts=4) or half (parts=2) numbered `number`."""
    current = anchor.year * parts + (anchor.month - 1) * parts // 12
    return nearest_in_cycle(current, number - 1, parts, direction, strict) // parts


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday_in(year: int, rule: str) -> date | None:
    """The day a holiday rule ("12-25", "easter+49") gives in a year."""
    if rule.startswith("easter"):
        return easter(year) + timedelta(days=int(rule[6:] or 0))
    month, day = rule.split("-")
    return valid_day(year, int(month), int(day))


def expand_year(two_digits: int, anchor: date | None) -> int:
    """A two-digit year in the century that keeps it at most ten years after the anchor (or today)."""
    pivot = (anchor or date.today()).year
    year = pivot - pivot % 100 + two_digits
    if year + 100 <= pivot + 10:
        return year + 100
    return year - 100 if year > pivot + 10 else year
