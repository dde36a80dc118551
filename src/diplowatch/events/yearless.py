"""Days and months written without a year ("le 29 janvier", "last December 5-6", "30 سبتمبر") in an
article whose publication date is unknown: they take the year that puts them nearest the latest fact
the text dates in full, a day, a month or a quarter with its year ("en décembre 2018", "the first
quarter of 2019") or a reference event it cites ("resolution 2440": kb/data/reference_events.yaml).
A report tells of the months around the latest dated fact it gives; with no such fact they stay
undated (a wrong year is worse than none).

Only calendar days and months: words that need the day of writing ("hier", "jeudi", "last week")
stay undated, as the article's day is unknown.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from diplowatch.dates import is_deadline, read_expressions
from diplowatch.dates.calendar import valid_day
from diplowatch.dates.model import Reading
from diplowatch.model import Article, EventDate, Granularity
from diplowatch.text.parse import segments_of

MID_MONTH = 15  # a month stands for its middle day when measuring how near it is
YEARS_AROUND = (-1, 0, 1)  # the years tried around the latest dated fact


def yearless_dates(article: Article, cited_days: Iterable[date]) -> list[tuple[int, int, EventDate]]:
    """(start, end, date) in body offsets of the days and months without a year, dated by the
    latest fully dated fact of the article (none when it has none)."""
    found = _expressions(article)
    latest = max([*(d for _, _, r in found if (d := _written_day(r))), *cited_days], default=None)
    if latest is None:
        return []
    out = []
    for start, end, reading in found:
        value = _nearest(reading, latest)
        if value is not None:
            granularity: Granularity = "day" if reading.day is not None else "month"
            out.append((start, end, EventDate(value, granularity, article.body[start:end], True)))
    return out


def _expressions(article: Article) -> list[tuple[int, int, Reading]]:
    """Every expression of the body with its reading, in any tense (the tense cues misread
    "elle devrait réunir, comme en décembre 2018"); a term ("jusqu'au 31 octobre 2024") is no
    reported fact and is left out."""
    out = []
    for segment in segments_of(article):
        text = article.body[segment.start : segment.end]
        for start, end, reading, _ in read_expressions(text, segment.language):
            if not is_deadline(text, start):
                out.append((segment.start + start, segment.start + end, reading))
    return out


def _written_day(reading: Reading) -> date | None:
    """The day a date written with its year names (a month: its middle day; a quarter or a half,
    "the first quarter of 2019": its middle month's)."""
    if reading.year is None:
        return None
    if reading.month is None and reading.ordinal and reading.unit in PART_MONTHS:
        months = PART_MONTHS[reading.unit]
        middle = (reading.ordinal - 1) * months + (months + 1) // 2
        return valid_day(reading.year, middle, MID_MONTH) if 1 <= middle <= 12 else None
    if reading.month is None or not _plain(reading):
        return None
    return valid_day(reading.year, reading.month, reading.day or MID_MONTH)


PART_MONTHS = {"quarter": 3, "half": 6}  # months in each part of a year


def _nearest(reading: Reading, latest: date) -> str | None:
    """The value of a yearless day or month in the year that puts it nearest `latest` (for a day
    with its weekday, among the years where it falls on that weekday)."""
    if reading.month is None or reading.year is not None or reading.century_less_year is not None:
        return None
    if not _plain(reading):
        return None
    days = [
        d
        for shift in YEARS_AROUND
        if (d := valid_day(latest.year + shift, reading.month, reading.day or MID_MONTH))
        and (reading.weekday is None or reading.day is None or d.weekday() == reading.weekday)
    ]
    if not days:
        return None
    best = min(days, key=lambda d: abs((d - latest).days))
    return best.isoformat() if reading.day is not None else best.isoformat()[:7]


def _plain(reading: Reading) -> bool:
    """A calendar day or month, not one counted from the day of writing or another date."""
    return (
        reading.deixis is None
        and reading.anaphor is None
        and reading.unit is None
        and reading.direction is None
        and reading.season is None
        and reading.holiday is None
        and reading.decade is None
        and reading.decade_digit is None
        and reading.marker is None
    )
