"""Anchor a Reading to the publication date: from what the words say to an ISO value."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from diplowatch.dates import calendar as cal
from diplowatch.dates.model import Reading, Tense

UNIT_GRANULARITY = {
    "day": "day",
    "week": "week",
    "weekend": "week",
    "month": "month",
    "quarter": "season",
    "half": "season",
    "year": "year",
    "decade": "year",
}
PARTS = {"quarter": (4, "Q"), "half": (2, "H")}


@dataclass(frozen=True, slots=True)
class Context:
    anchor: date | None  # publication date
    tense: Tense | Callable[[], Tense]  # of the clause around the expression, or how to work it out
    reference: date | None = None  # the last day the text mentioned, for "le lendemain" and bare times
    year_told: int | None = None  # the year of the last date the text mentioned, for "the same year"
    month_told: str | None = None  # "2022-01": the month of the last such date, for "the following month"

    @property
    def direction(self) -> int:
        """Which way a relative expression points. Only an expression that lacks a year asks, so the
        tense (a search of the clause for cue words) is worked out only then."""
        tense = self.tense() if callable(self.tense) else self.tense
        return -1 if tense == "past" else 1


@dataclass(frozen=True, slots=True)
class Resolved:
    value: str | None
    granularity: str
    approximate: bool = False
    kind: str = "date"
    day: date | None = None  # the day it names, when it names one


def _day(day: date | None, approximate: bool = False) -> Resolved:
    return Resolved(day.isoformat() if day else None, "day", approximate, "date", day)


def _direction(reading: Reading, context: Context) -> tuple[int, bool]:
    """Which way to look, and whether the current period is excluded ("mardi dernier")."""
    if reading.shift in (-1, 1):
        return reading.shift, True
    return context.direction, False


def _year_of(reading: Reading, context: Context) -> int | None:
    if reading.year:
        return reading.year
    if reading.same_year:  # with no year told before, the anchor decides as for a bare "18 mars"
        return context.year_told
    if _sequel_year(reading) and context.year_told:  # "en juin de l'année suivante"
        return context.year_told + (reading.shift or 0)
    if reading.century_less_year is not None:
        return cal.expand_year(reading.century_less_year, context.anchor)
    return None


def _year(reading: Reading, context: Context) -> Resolved:
    return Resolved(str(_year_of(reading, context)), "year", reading.approx is not None)


def _sequel_year(reading: Reading) -> bool:
    """ "l'année suivante", "the previous year": counted from the last year told, not from the anchor."""
    return reading.from_reference and reading.unit == "year" and reading.shift is not None


def _same_year(reading: Reading, context: Context) -> Resolved | None:
    """ "la même année", "that year" standing alone: the year told last (none told: no date)."""
    year = context.year_told
    return Resolved(str(year), "year", reading.approx is not None) if year else None


def _month(reading: Reading, context: Context) -> Resolved:
    month, year = reading.month or 1, _year_of(reading, context)
    if year is None and context.anchor:
        year = cal.month_year(context.anchor, month, *_direction(reading, context))
    value = f"{year:04d}-{month:02d}" if year else None
    return Resolved(value, "month", reading.approx is not None)


def _weekday_year(reading: Reading, anchor: date, year: int) -> int:
    """Among the neighbouring years, prefer one where the date falls on the weekday the text gives."""
    month, day = reading.month or 1, reading.day or 1
    fits = [
        y
        for y in (year, year - 1, year + 1)
        if (d := cal.valid_day(y, month, day)) and d.weekday() == reading.weekday
    ]
    return min(fits, key=lambda y: abs(date(y, month, min(day, 28)) - anchor)) if fits else year


def _day_month(reading: Reading, context: Context) -> Resolved | None:
    month, day, year = reading.month or 1, reading.day or 1, _year_of(reading, context)
    if year is None and context.anchor:
        year = cal.day_month_year(context.anchor, month, day, *_direction(reading, context))
        if reading.weekday is not None:
            year = _weekday_year(reading, context.anchor, year)
    if year is None:
        return Resolved(None, "day") if cal.valid_day(2000, month, day) else None
    found = cal.valid_day(year, month, day)
    return _day(found) if found else None


def _weekday(reading: Reading, context: Context) -> Resolved:
    if context.anchor is None:
        return _day(None)
    return _day(cal.nearest_weekday(context.anchor, reading.weekday or 0, *_direction(reading, context)))


def _deixis(reading: Reading, context: Context) -> Resolved:
    anchor = context.anchor
    return _day(anchor + timedelta(days=reading.deixis or 0) if anchor else None)


def _anaphor(reading: Reading, context: Context) -> Resolved:
    base = context.reference or context.anchor
    return _day(base + timedelta(days=reading.anaphor or 0) if base else None)


def _shifted_day(reading: Reading, context: Context) -> Resolved:
    """A part of the day with a direction word: "ce soir", "last night"."""
    anchor = context.anchor
    return _day(anchor + timedelta(days=reading.shift or 0) if anchor else None)


def _offset(reading: Reading, context: Context) -> Resolved | None:
    """ "il y a deux semaines", "in three months": count units away from the anchor; "deux jours plus
    tard", "two days earlier": from the last date mentioned."""
    anchor, unit = (
        (context.reference or context.anchor) if reading.from_reference else context.anchor,
        reading.unit or "",
    )
    steps = (reading.direction or -1) * (reading.count if reading.count is not None else 1)
    if unit not in UNIT_GRANULARITY or unit == "weekend":
        return None
    if anchor is None:
        return Resolved(None, UNIT_GRANULARITY[unit], unit != "day")
    if unit in ("day", "week"):
        return _day(anchor + timedelta(days=steps * (7 if unit == "week" else 1)), unit == "week")
    if unit in ("month", "quarter", "half"):
        months = steps * {"month": 1, "quarter": 3, "half": 6}[unit]
        moved = cal.add_months(anchor, months)
        return Resolved(f"{moved.year:04d}-{moved.month:02d}", "month", unit != "month")
    years = steps * (10 if unit == "decade" else 1)
    return Resolved(str(anchor.year + years), "year", unit == "decade")


def _part_of_year(reading: Reading, context: Context) -> Resolved | None:
    """ "le premier trimestre 2024", "the second half"."""
    if reading.unit not in PARTS:
        return None
    parts, letter = PARTS[reading.unit]
    number = reading.ordinal or 0
    if not 1 <= number <= parts:
        return None
    year = _year_of(reading, context)
    if year is None and context.anchor:
        year = cal.part_of_year(context.anchor, number, parts, *_direction(reading, context))
    return Resolved(f"{year}-{letter}{number}" if year else None, "season", reading.approx is not None)


def _season(reading: Reading, context: Context) -> Resolved:
    season, year = reading.season or "SU", _year_of(reading, context)
    if year is None and context.anchor:
        year = cal.season_year(context.anchor, season, *_direction(reading, context))
    return Resolved(f"{year}-{season}" if year else None, "season", reading.approx is not None)


def _holiday(reading: Reading, context: Context) -> Resolved | None:
    rule, year = reading.holiday or "", _year_of(reading, context)
    if year is not None:
        return _day(cal.holiday_in(year, rule))
    anchor = context.anchor
    if anchor is None:
        return _day(None)
    direction, strict = _direction(reading, context)
    days = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := cal.holiday_in(y, rule))]
    side = [d for d in days if (d - anchor).days * direction > 0 or (d == anchor and not strict)]
    return _day(min(side, key=lambda d: abs(d - anchor)) if side else None)


def _decade(reading: Reading, context: Context) -> Resolved:
    decade = reading.decade
    if decade is None:  # "les années 90": the latest such decade not after the anchor's
        latest = (context.anchor or date.today()).year // 10
        decade = latest - (latest - (reading.decade_digit or 0)) % 10
    return Resolved(str(decade), "year", True)


def _this_unit(reading: Reading, context: Context) -> Resolved | None:
    """ "cette semaine", "l'an dernier", "la fin du mois": the unit around the anchor, shifted."""
    anchor, unit, shift = context.anchor, reading.unit or "", reading.shift or 0
    approximate = reading.approx is not None
    if _sequel_year(reading) and context.year_told:  # "l'année suivante": after the year told, not the anchor
        return Resolved(str(context.year_told + shift), "year", approximate)
    if reading.from_reference and unit == "month" and shift and context.month_told:  # "le mois suivant"
        moved = cal.add_months(date.fromisoformat(context.month_told + "-01"), shift)
        return Resolved(f"{moved.year:04d}-{moved.month:02d}", "month", approximate)
    if unit not in UNIT_GRANULARITY:
        return None
    if anchor is None or reading.plural:  # "ces derniers jours" has no calendar value
        return Resolved(None, UNIT_GRANULARITY[unit], approximate or reading.plural)
    if unit == "day":
        return _day(anchor + timedelta(days=shift), approximate)
    if unit == "week":
        return Resolved(cal.iso_week(anchor + timedelta(weeks=shift)), "week", approximate)
    if unit == "weekend":
        saturday = cal.nearest_weekday(anchor, 5, *_direction(reading, context))
        return Resolved(cal.iso_week(saturday) + "-WE", "week", approximate)
    if unit in PARTS:
        parts, letter = PARTS[unit]
        index = anchor.year * parts + (anchor.month - 1) * parts // 12 + shift
        return Resolved(f"{index // parts}-{letter}{index % parts + 1}", "season", approximate)
    if unit == "month":
        moved = cal.add_months(anchor, shift)
        return Resolved(f"{moved.year:04d}-{moved.month:02d}", "month", approximate)
    if unit == "decade":
        return Resolved(str(anchor.year // 10 + shift), "year", True)
    return Resolved(str(anchor.year + shift), "year", approximate)


Handler = Callable[[Reading, Context], Resolved | None]
# Which reading a match is, tried in order: the first whose fields are present decides.
HANDLERS: tuple[tuple[Callable[[Reading], bool], Handler], ...] = (
    (lambda r: r.holiday is not None, _holiday),
    (lambda r: r.decade is not None or r.decade_digit is not None, _decade),
    (lambda r: r.deixis is not None, _deixis),
    (lambda r: r.anaphor is not None, _anaphor),
    (lambda r: r.direction is not None and r.unit is not None, _offset),
    (lambda r: r.ordinal is not None and r.unit is not None, _part_of_year),
    (lambda r: r.season is not None, _season),
    (lambda r: r.month is not None and r.day is not None, _day_month),
    (lambda r: r.month is not None, _month),
    (lambda r: r.year is not None or r.century_less_year is not None, _year),
    (lambda r: r.same_year, _same_year),
    (lambda r: r.weekday is not None, _weekday),
    (lambda r: r.unit is not None and (r.shift is not None or r.approx is not None), _this_unit),
    (lambda r: r.part_of_day is not None and r.shift is not None, _shifted_day),
)


def _date_part(reading: Reading, context: Context) -> Resolved | None:
    for applies, handler in HANDLERS:
        if applies(reading):
            return handler(reading, context)
    return None


def _with_time(base: Resolved | None, reading: Reading, context: Context) -> Resolved | None:
    """Add the time of day or the part of the day to a day (or to the day in focus)."""
    if reading.hour is not None:
        if base is not None and base.day is None:
            return base if base.value else None
        day = base.day if base else (context.reference or context.anchor)
        value = f"{day.isoformat()}T{reading.hour:02d}:{reading.minute or 0:02d}" if day else None
        return Resolved(value, "day", base.approximate if base else False, "time", day)
    if base is not None and reading.part_of_day and base.day:
        return replace(base, value=f"{base.day.isoformat()}T{reading.part_of_day}", kind="time")
    if base is not None and reading.part_of_day and base.value is None:  # no anchor: still a time
        return replace(base, kind="time")
    if base is None and reading.part_of_day:  # "dans la soirée": the day in focus
        day = context.reference or context.anchor
        value = f"{day.isoformat()}T{reading.part_of_day}" if day else None
        return Resolved(value, "day", reading.approx is not None, "time", day)
    return base


def resolve(reading: Reading, context: Context) -> Resolved | None:
    """What a reading means on the calendar; None when the words do not make a time expression."""
    unit_granularity = UNIT_GRANULARITY.get(reading.unit or "", "day")
    if reading.marker == "set":
        return Resolved(None, unit_granularity, False, "set")
    if reading.marker == "duration" or (
        reading.count is not None
        and reading.unit is not None
        and reading.direction is None
        and reading.ordinal is None
    ):
        return Resolved(None, unit_granularity, False, "duration")
    return _with_time(_date_part(reading, context), reading, context)
