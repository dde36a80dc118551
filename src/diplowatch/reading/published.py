"""The publication date of a page flattened to text.

In order of trust:
1. a full date on a dateline of the page header ("CHALLENGE · 5 FÉVRIER 2022",
   "date 2024-02-07", "Par X 30 juillet 2024 à 15:36", "October 29, 2023");
2. the day the page's address files it under (".../2015/05/16/slug", a given `url` or a header line:
   address_dates.py), then a partial dateline completed from the text's clues (see pubclues.py; a
   time of day alone, "10h32", is none, and "Publié le 01/11 à 10h32" is a day and a month): "date 2024-03"
   (or a month standing as a header field, "Diplomatie · 2024-03 · 4 min") takes the day
   the text calls today ("ce jeudi 3 octobre"), else the latest day it reports (moved on
   by "hier", or to the weekday of "ce mardi"), else keeps the month;
   a dateline without a year ("July 2 –") takes the first such day after the latest
   dated fact in the article;
3. a line at the foot of the page that a publication label opens ("First published Thursday 16
   January 2025, 14.20 GMT"), else a date line standing alone at the end ("05-12-2022",
   "Le 17/10/2017 à 21h05");
4. otherwise the latest full date the text reports in the past (an embedded
   tweet's "March 11, 2024" included), a day pinned by "hier"/"ayer"/"أمس" next to a
   date or a cited reference event ("la résolution 2756 adoptée hier"), or a day-month
   with its weekday ("vendredi 5 septembre": the first year from the latest one the
   text mentions where it is a Friday; "el pasado viernes, 5 de septiembre" too), moved to the
   next day by a bare "hier", or to the weekday of writing a header ("Martes, 08:15") or the
   text ("ce mercredi") gives (a wire's "KYIV, Tuesday (Reuters) -" is one). A day-month the text tells
   in the future ("entrera en vigueur dimanche 15 février") is no day reported: alone, it dates the page
   on the weekday of writing in the week before it. Days reported with neither weekday nor year ("a
   statement issued on October 2"), read in the header's year or the latest the text mentions, date a
   page that gives its one weekday of writing ("Monday 10:05 GMT") on that weekday in the week after.
A line giving a Hijri day and its Gregorian equivalent is the Gregorian day it states.
Every date is read by the date normaliser (diplowatch.dates).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from diplowatch.dates import TimeExpression, find_dates, is_deadline, read_expressions
from diplowatch.dates.grammar import NUMERIC
from diplowatch.dates.model import Reading
from diplowatch.dates.spans import first_fit
from diplowatch.dates.tense import tense_at
from diplowatch.dates.vocabulary import load as load_vocabulary
from diplowatch.model import DateValue
from diplowatch.reading.address_dates import address_day, address_spans
from diplowatch.reading.cues import cues
from diplowatch.reading.pubclues import (
    WEEK_DAYS,
    Clues,
    after_yesterday,
    appointed,
    day_in_window,
    is_past_shift,
    past_shift_before,
    read_clues,
)
from diplowatch.reading.references import ARABIC_INDIC, cited
from diplowatch.text.normalise import fold_aligned_word

YEAR = re.compile(r"(?<![\d٠-٩])([12][0-9]{3}|[١٢][٠-٩]{3})(?![\d٠-٩])")
DATELINE_MAX_CHARS = 100
HIJRI_YEAR = re.compile(r"(?<!\d)" + NUMERIC["HIJRIYEAR"])  # the date grammar's, read in Latin digits


def published_date(
    header: tuple[str, ...],
    tail: tuple[str, ...],
    body: str,
    language: str | None,
    today: date,
    url: str | None = None,
) -> DateValue | None:
    """`url`: the page's address as its input gives it (a crawler's JSONL), if any."""
    lang = language or "fr"
    lines = _with_digits(_dateline_candidates(header, body))
    written = _header_weekday(header, lang)
    written = written if written is not None else _wire_weekday(body, lang)
    return (
        _full_dateline(lines, lang, today)
        or address_day(url, header, today)
        or _partial_dateline(lines, body, lang, today, written)
        or _labelled_date_line(_with_digits(tail), lang, today)
        or _standalone_date_line(_with_digits(tail + tuple(body.rsplit("\n", 1)[-1:])), lang, today)
        or _latest_reported(body, lang, today, written)
    )


def _dateline_candidates(header: tuple[str, ...], body: str) -> list[str]:
    """Short header lines, and the opening of the body (a wire dateline: 'ALGER, 30 juillet 2024 –')."""
    opening = body[:DATELINE_MAX_CHARS].split("\n", 1)[0]
    # the place is set off by a comma, or by a dash ("بيروت – الخميس 16 تشرين الأول (...) –")
    wire = re.match(r"^[^,.;:–—]{2,40}(?:,|\s[–—])\s*([^–—(]{4,45})\s*(?:\(|–|—|-\s)", opening)
    lines = [line for line in header if len(line) <= DATELINE_MAX_CHARS]
    return lines + ([wire.group(0)] if wire else [])


DIGIT = re.compile(r"\d")


def _with_digits(lines: Sequence[str]) -> list[str]:
    """The lines that may hold a dateline. Every day the three line readers keep is written with
    digits (a year, a day number, "date 2024-03", "01/11"): a line without one (a header's menu
    items and kickers, most of them) is not read, which spares the date scanner most of its work here."""
    return [line for line in lines if DIGIT.search(line)]


def _full_dateline(lines: list[str], lang: str, today: date) -> DateValue | None:
    for line in lines:
        if match := cues().inline_date_prefix.match(line):
            if len(match.group(1)) == 10:
                return DateValue(match.group(1), "day", False, line, "dateline")
            if len(match.group(1)) == 7:  # "date 2023-10": a month, for _partial_dateline
                continue
            # "تاريخ النشر: 2021/01/06": a year the prefix reads alone, the date is written otherwise
        days = [timex for timex in _dates(line, lang, today) if _full_day(timex) and _has_year(timex)]
        # "الأحد 27 ربيع الآخر 1442 هـ الموافق 13 دجنبر 2020 م": the Gregorian day the line states, not
        # our conversion of the Hijri one (calendars differ by a day from one country to the next)
        gregorian = [timex for timex in days if not HIJRI_YEAR.search(timex.text.translate(ARABIC_INDIC))]
        if days:
            return _value((gregorian or days)[0], "dateline")
    return None


def _partial_dateline(
    lines: list[str], body: str, lang: str, today: date, written: int | None = None
) -> DateValue | None:
    """`written`: the weekday of writing a header gives."""
    for line in lines:
        if (match := cues().inline_date_prefix.match(line)) and len(match.group(1)) == 7:
            return _day_in_month(match.group(1), body, lang, today, written)
        if month_field := _month_field(line, lang, today):  # "Diplomatie · 2025-09 · Lecture 4 min"
            if len(_fields(line)) == 1:  # "APRIL 2025" alone: the day the text reports, if of that month
                reported = _latest_reported(body, lang, today, written, int(month_field[:4]))
                if reported is not None and reported.value.startswith(month_field):
                    return reported
            return _day_in_month(month_field, body, lang, today, written)
        for timex in _dates(line, lang, today):
            day_without_year = _full_day(timex) and _day_number(timex) and not _has_year(timex)
            if day_without_year and not _clock_only(timex, lang):
                return _complete_year(timex, body, lang, today)
        # "Publié le 01/11 à 10h32": a day and month beside a time of day (not a score or a rating)
        if lang in DAY_FIRST and (numeric := DAY_MONTH.search(line)) and CLOCK.search(line):
            day_number, month = int(numeric.group(1)), int(numeric.group(2))
            return _complete(month, day_number, None, numeric.group(0), body, lang, today)
    return None


# a time of day with its meridiem and its time zone ("10:40 GMT", "8:05 p.m. EST", "06:15 SGT": zones are
# capitals ending in T): "Wednesday, 06:15 SGT" is a bare weekday once the clock is gone
CLOCK = re.compile(
    r"(?i)\b\d{1,2}\s*(?:h|:)\s*\d{0,2}\b(?:\s*(?:am|pm|a\.m\.|p\.m\.))?"
    r"(?:\s*(?:gmt|utc|(?-i:[A-Z]{1,4}T|MSK))(?:\s*[+-]\s*\d{1,2}(?::\d\d)?)?\b)?"
)
DAY_MONTH = re.compile(r"(?<![\d/.:])(\d{1,2})[/.](\d{1,2})(?![\d/.:])")  # a dateline's "01/11"
DAY_FIRST = frozenset({"fr", "es", "ar"})  # languages whose numeric dates put the day first


FIELD_SEPARATOR = re.compile(r"\s+[·•|]\s+")  # a header line's fields: "Diplomatie · 2025-09 · 4 min"
ISO_MONTH = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])")


def _fields(line: str) -> list[str]:
    return [field.strip() for field in FIELD_SEPARATOR.split(line)]


def _month_field(line: str, lang: str, today: date) -> str | None:
    """A month and year standing as a field of a header line of several ("Politique · mars 2024 · 5
    min"): the month of publication. A title naming a month ("the October 2025 resolution") has it
    inside a phrase, not as a field of its own. A header line that is a month and a year and nothing
    else ("APRIL 2025") is such a field too."""
    fields = _fields(line)
    for field in fields:
        if ISO_MONTH.fullmatch(field):
            return field
        if named := _month_and_year(field, lang):  # "noviembre 2025", which the reader takes apart
            return named
        if len(fields) < 2:
            return None
        found = _dates(field, lang, today)
        if len(found) == 1 and found[0].text == field and re.fullmatch(r"\d{4}-\d{2}", found[0].value or ""):
            return found[0].value
    return None


def _month_and_year(field: str, lang: str) -> str | None:
    """ "Noviembre 2025", "نوفمبر 2025": a field of a month's name and a year, as "2025-11"."""
    words = field.split()
    if len(words) != 2 or not re.fullmatch(r"[12]\d{3}", words[1]):
        return None
    month = load_vocabulary(lang).meaning("MONTH", fold_aligned_word(words[0]))
    return f"{words[1]}-{month:02d}" if isinstance(month, int) else None


def _header_weekday(header: Sequence[str], lang: str) -> int | None:
    """The weekday a header line gives without a day number ("África · Martes, 08:15", "World | Friday
    10:40 GMT", "Actualizado: jueves, 07:32"): the day of the week the page was published."""
    for line in header:
        if len(line) > DATELINE_MAX_CHARS:
            continue
        for field in _fields(line):
            bare = _unlabelled(CLOCK.sub("", field).strip(" ,"))
            if bare and len(bare.split()) == 1 and (weekday := _weekday_named(bare, lang)) is not None:
                return weekday
            if (weekday := _deictic_weekday(bare, lang)) is not None:
                return weekday
    return None


LABEL_WORDS = 3  # "Actualizado:", "Mis à jour :", "Last updated:"


def _unlabelled(field: str) -> str:
    """A header field without the label before its colon ("Actualizado: jueves" -> "jueves")."""
    label, colon, rest = field.partition(":")
    return rest.strip(" ,") if colon and rest.strip() and len(label.split()) <= LABEL_WORDS else field


# a wire's opening with a weekday for its day: "MINSK, Thursday (Reuters) -", "ALGER, jeudi (AFP) –"
WIRE_WEEKDAY = re.compile(r"^[^\W\d][^,\n]{1,40},\s*(\w+)\s*(?:\([^)\n]{1,30}\)\s*)?\.?\s*[-–—]")


def _wire_weekday(body: str, lang: str) -> int | None:
    """The weekday a wire dateline gives instead of a day number: the day the dispatch was written."""
    match = WIRE_WEEKDAY.match(body[:DATELINE_MAX_CHARS])
    return _weekday_named(match.group(1), lang) if match else None


def _deictic_weekday(field: str, lang: str) -> int | None:
    """ "Publié ce mardi", "Publicado este jueves": a header field that is a phrase around one weekday
    of the current week and names no day number."""
    if not field or len(field.split()) > DEICTIC_FIELD_WORDS or DIGIT.search(field):
        return None
    readings = [r for _, _, r, _ in read_expressions(field, lang)]
    if len(readings) == 1 and readings[0].weekday is not None and readings[0].shift == 0:
        return readings[0].weekday
    return None


DEICTIC_FIELD_WORDS = 4


def _clock_only(timex: TimeExpression, lang: str) -> bool:
    """ "10h32", "10:32 GMT", "2 heures" (of "Mis à jour il y a 2 heures"): a time of day, or hours
    counted, with no day of its own (its value is the reading day, not the page's)."""
    if timex.kind != "time":
        return False
    hour_words = load_vocabulary(lang).meanings.get("HMARK", {})
    rest = CLOCK.sub("", timex.text)
    return all(fold_aligned_word(word) in hour_words for word in re.findall(r"[^\W\d_]+", rest))


def _day_in_month(
    month: str, body: str, lang: str, today: date, written: int | None = None
) -> DateValue | None:
    """The day of `month` the text's clues point at (see pubclues): the latest day it reports in
    the past, the day it calls today or yesterday, the weekday it calls "ce jeudi" (or a header gives:
    `written`)."""
    year, number = int(month[:4]), int(month[5:7])
    first, last = date(year, number, 1), date(year, number, calendar.monthrange(year, number)[1])
    # A day written without a year ("le 2 juillet") is in the dateline's year, the months after
    # the dateline's in the year before.
    clues = read_clues(body, lang, today, lambda r: year if (r.month or 0) <= number else year - 1, written)
    day = day_in_window(first, last, clues, today)
    if day is None:  # the month is all we know: kept as such (the record's "published" stays null)
        return DateValue(month, "month", True, month, "dateline")
    return DateValue(day.isoformat(), "day", True, month, "dateline+text")


def _complete_year(
    timex: TimeExpression,
    body: str,
    lang: str,
    today: date,
    weekday: int | None = None,
    year_written: int | None = None,
) -> DateValue | None:
    """A dated day without a year: after the latest fact the article dates, on the weekday it names
    (`weekday` when it is named beside the date rather than in it); from `year_written` on when a
    header line gives the year ("APRIL 2025")."""
    month_day = (timex.value or "")[5:10]
    month, day_number = int(month_day[:2]), int(month_day[3:5])
    if weekday is None:
        weekday = _weekday_named(timex.text, lang)
    if weekday is None:  # "Bogotá, 2 ago (EFE).- ... instaron este viernes": written on that weekday
        weekday = _weekday_written(body, lang, today)
    if weekday is None and (lead := lead_weekday(timex.text, body, lang)) is not None:
        # "ALGIERS, July 30 (Reuters) - Algeria said on Tuesday": the day of the dateline or the one after
        day = _year_by_lead_weekday(month, day_number, lead, year_written or _floor(body, lang, today), today)
        if day is not None:
            return DateValue(day.isoformat(), "day", True, timex.text, LEAD_WEEKDAY_YEAR)
    return _complete(month, day_number, weekday, timex.text, body, lang, today, year_written)


WEEKDAY_YEAR = "dateline+weekday"  # a yearless dateline's year chosen by the weekday it names or the text's
LEAD_WEEKDAY_YEAR = "dateline+lead-weekday"  # a yearless dateline's year chosen by the lead's weekday


def lead_weekday(dateline: str, body: str, lang: str) -> int | None:
    """The weekday the paragraph that opens with the dateline first names bare ("said on Tuesday"): the
    news of a wire is told on its dateline's day or the day before."""
    start = body.find(dateline)
    if start < 0:
        return None
    end = body.find("\n\n", start)
    lead = body[start : end if end > 0 else len(body)]
    for _, _, reading, _ in read_expressions(lead, lang):
        if reading.weekday is not None and reading.day is None and reading.deixis is None:
            return reading.weekday
    return None


def _year_by_lead_weekday(month: int, day: int, weekday: int, floor: int | None, today: date) -> date | None:
    """The first year from `floor` (else the most recent) where the day falls on the weekday or the day
    after it."""
    years = (
        range(floor, today.year + 1) if floor else range(today.year, today.year - WEEKDAY_CYCLE_YEARS - 1, -1)
    )
    for year in years:
        found = _safe_date(year, f"{month:02d}-{day:02d}")
        if found and found <= today and (found.weekday() - weekday) % 7 in (0, 1):
            return found
    return None


def _floor(body: str, lang: str, today: date) -> int | None:
    return _latest_year_mentioned(body, lang, today) or max(
        _years_of_weekday_dates(body, lang, today), default=None
    )


def _weekday_written(body: str, lang: str, today: date) -> int | None:
    """The one weekday the text says it is written on ("este viernes", "ce jeudi", "اليوم الخميس"), if
    it names exactly one."""
    weekdays = read_clues(body, lang, today, lambda _reading: None).weekdays
    return next(iter(weekdays)) if len(weekdays) == 1 else None


def _complete(
    month: int,
    day_number: int,
    weekday: int | None,
    text: str,
    body: str,
    lang: str,
    today: date,
    year_written: int | None = None,
) -> DateValue | None:
    if not (1 <= month <= 12 and 1 <= day_number <= 31):
        return None
    month_day = f"{month:02d}-{day_number:02d}"
    floor = year_written or _floor(body, lang, today)
    # the weekday fixes the year; a floor it cannot meet is a year the text looks forward to ("la próxima
    # cumbre se celebrará en 2026"), not one it was written in
    if weekday is not None and (
        day := _year_by_weekday(month, day_number, weekday, floor, today)
        or _year_by_weekday(month, day_number, weekday, None, today)
    ):
        return DateValue(day.isoformat(), "day", True, text, WEEKDAY_YEAR)
    if floor is None:
        return None
    for year in (floor, floor + 1):
        day = _safe_date(year, month_day)
        if day and day.isoformat() > _latest_mentioned(body, lang, today) and day <= today:
            return DateValue(day.isoformat(), "day", True, text, "dateline+text")
    return None


def _year_by_weekday(month: int, day: int, weekday: int, floor: int | None, today: date) -> date | None:
    """The year where the day falls on the weekday the text gives: the first from `floor` (the
    latest year the text mentions: it was written then or soon after), else the most recent."""
    years = (
        range(floor, today.year + 1) if floor else range(today.year, today.year - WEEKDAY_CYCLE_YEARS - 1, -1)
    )
    for year in years:
        found = _safe_date(year, f"{month:02d}-{day:02d}")
        if found and found <= today and found.weekday() == weekday:
            return found
    return None


WEEKDAY_CYCLE_YEARS = 11  # a day and month fall on each weekday at least once in any 11 years


def _standalone_date_line(lines: Sequence[str], lang: str, today: date) -> DateValue | None:
    """A line that is nothing but a date, e.g. '05-12-2022' or 'Le 17/10/2022 à 21h05' at the foot
    of the article (its date and time expressions cover most of it)."""
    for line in lines:
        text = line.strip()
        found = _dates(text, lang, today)
        covered = sum(len(t.text) for t in found)
        for timex in found:
            if _full_day(timex) and _has_year(timex) and covered >= 0.7 * len(text):
                return _value(timex, "date-line")
    return None


def _labelled_date_line(lines: Sequence[str], lang: str, today: date) -> DateValue | None:
    """A line at the foot of the page that a publication label opens ("First published Thursday 16
    May 2024, 09.10 GMT", "Publié le 16/05/2024 à 9h10"): its first full date, however much else the
    line holds. The label may open a field of the line instead ("L'Écho — Page mise en ligne le 31 juillet
    2024 — © Tous droits réservés"). A line a label does not open ("Read more: talks resume, 16 May 2024")
    dates nothing."""
    for line in lines:
        fields = FOOT_FIELD_SEPARATOR.split(line)
        labelled = next((i for i, field in enumerate(fields) if cues().publication_label.match(field)), None)
        if labelled is None:
            continue
        for timex in _dates(" ".join(fields[labelled:]), lang, today):
            if _full_day(timex) and _has_year(timex):
                return _value(timex, "date-line")
    return None


FOOT_FIELD_SEPARATOR = re.compile(r"\s+[·•|—–]\s+")  # a foot line's fields: "Outlet — Publié le ... — ©"


def _latest_reported(
    body: str, lang: str, today: date, written_weekday: int | None, year_written: int | None = None
) -> DateValue | None:
    """No dateline: an embedded tweet's date, a date the text calls 'this' day, or a dated lead;
    else the latest day-month the text dates with its weekday, moved on to the weekday of writing
    when the header or the text gives one ("Martes, 08:15", "ce mercredi"). `year_written`: the year
    a header line gives ("APRIL 2025"), which a weekday's day-month is read in first."""
    found_dates = _dates(body, lang, today)
    dated = [
        t
        for t in found_dates
        if _full_day(t)
        and _has_year(t)
        and (t.value or "")[:10] <= today.isoformat()
        and not is_deadline(body, t.start)  # 'jusqu'au 31 octobre 2025': a term, not a report
        and not appointed(body, t.start, lang)  # 'prévue le 3 mars 2025': a day ahead, not a report
    ]
    tweets = [t for t in dated if _in_tweet_attribution(body, t)]
    deictic = [t for t in dated if _written_on(body, t)]
    lead = [t for t in dated if t.start < LEAD_CHARS]
    floor = year_written or _latest_year_mentioned(body, lang, today)
    clues = read_clues(body, lang, today, lambda r: _reading_year(r, floor, today))
    for found, source in ((tweets, "tweet"), (deictic, "deictic-date"), (lead, "lead-date")):
        if found:
            latest = max(found, key=lambda t: (t.value or "")[:10])
            day = date.fromisoformat((latest.value or "")[:10])
            if source == "lead-date" and clues.pinned and clues.pinned > day:
                break  # "yesterday, on the second anniversary of the war, which broke out on 15 April 2023"
            if source != "deictic-date":  # a day the text calls today stays
                day = _on_writing_weekday(day, clues, written_weekday, today)
            return DateValue(day.isoformat(), "day", True, latest.text, source)
    if clues.pinned:  # "hier, mardi 6 septembre", "la résolution 2756 adoptée hier"
        return DateValue(clues.pinned.isoformat(), "day", True, "", "deixis")
    with_weekday = [
        (t, weekday)
        for t in found_dates
        if _yearless_day(t, body, lang) and (weekday := _weekday_of(body, t, lang)) is not None
    ]
    # "le cessez-le-feu entrera en vigueur dimanche 15 février": a day the text tells ahead of it
    ahead = [(t, w) for t, w in with_weekday if tense_at(body, t.start, t.end, lang) == "future"]
    undated = [pair for pair in with_weekday if pair not in ahead]
    days = _completed(undated, body, lang, today, year_written)
    if not days:
        return _before_days_ahead(
            _completed(ahead, body, lang, today, year_written), clues, written_weekday, today
        ) or _after_days_reported(found_dates, body, lang, today, clues, written_weekday, floor)
    last_day = max(days, key=lambda d: d.value)
    dated_last = date.fromisoformat(last_day.value)
    weekdays = _writing_weekdays(clues, written_weekday)
    if weekdays and any(t.text == last_day.text and _past_weekday_date(body, t, lang) for t, _ in undated):
        dated_last += timedelta(days=1)  # "el jueves pasado, 6 de noviembre": written after that day
    if len(weekdays) == 1:  # written on that weekday, soon after the latest day it dates
        written = replace(clues, floor=dated_last, weekdays=weekdays)
        day = day_in_window(dated_last, dated_last + timedelta(days=WEEK_DAYS), written, today) or dated_last
    else:
        day = after_yesterday(dated_last, clues, today)
    return DateValue(day.isoformat(), "day", True, last_day.text, last_day.source)


def _writing_weekdays(clues: Clues, written: int | None) -> frozenset[int]:
    """The weekdays the page may have been written on: the one its header gives ("Actualizado: jueves,
    07:32"), which states it, else those the text calls this day ("ce mercredi", "este domingo", which
    may also be the coming one: "las primarias se celebrarán este domingo")."""
    return frozenset({written}) if written is not None else frozenset(clues.weekdays)


def _after_days_reported(
    found_dates: list[TimeExpression],
    body: str,
    lang: str,
    today: date,
    clues: Clues,
    written: int | None,
    year: int | None,
) -> DateValue | None:
    """Days reported with neither weekday nor year ("a statement issued on October 2"), in a page that
    gives the one weekday it was written on ("Monday 10:05 GMT", "ce lundi") and a year (`year`: the
    header's, else the latest the text mentions): written on that weekday in the week after the latest of
    them (the news is the latest thing a page dates; its background comes earlier)."""
    weekdays = _writing_weekdays(clues, written)
    if year is None or len(weekdays) != 1:
        return None
    reported = [
        (day, timex.text)
        for timex in found_dates
        if _yearless_day(timex, body, lang)
        and not is_deadline(body, timex.start)
        and tense_at(body, timex.start, timex.end, lang) != "future"
        and (day := _in_year(timex, year)) is not None
        and day <= today
    ]
    if not reported:
        return None
    latest, text = max(reported)
    window = replace(clues, floor=latest, pinned=None, yesterday=False, weekdays=weekdays)
    day = day_in_window(latest, latest + timedelta(days=WEEK_DAYS), window, today)
    return DateValue(day.isoformat(), "day", True, text, "weekday-after-day") if day else None


def _yearless_day(timex: TimeExpression, body: str, lang: str) -> bool:
    """A day and month the text writes without a year, and not as a day ahead ("para el jueves 30 de
    enero": appointed, not reported)."""
    return (
        _full_day(timex)
        and _day_number(timex)
        and not _has_year(timex)
        and not appointed(body, timex.start, lang)
    )


def _in_year(timex: TimeExpression, year: int) -> date | None:
    """The day-month of a yearless expression in `year` (None for 29 February of another year)."""
    try:
        return date(year, int((timex.value or "")[5:7]), int((timex.value or "")[8:10]))
    except ValueError:
        return None


def _completed(
    undated: list[tuple[TimeExpression, int]], body: str, lang: str, today: date, year_written: int | None
) -> list[DateValue]:
    """Each day-month given its year by its weekday (a long page repeats its days: each is completed once)."""
    completed: dict[str, DateValue | None] = {}
    for timex, weekday in undated:
        if timex.text not in completed:
            completed[timex.text] = _complete_year(timex, body, lang, today, weekday, year_written)
    return [day for day in completed.values() if day]


def _before_days_ahead(
    ahead: list[DateValue], clues: Clues, written: int | None, today: date
) -> DateValue | None:
    """Only days told ahead ("entrera en vigueur dimanche 15 février"): written in the week before the
    first of them, on the one weekday of writing the text gives ("ce jeudi"); None without one."""
    weekdays = _writing_weekdays(clues, written)
    if not ahead or len(weekdays) != 1:
        return None
    first = min(ahead, key=lambda d: d.value)
    ceiling = date.fromisoformat(first.value)
    window = replace(clues, floor=None, pinned=None, yesterday=False, weekdays=weekdays)
    day = day_in_window(ceiling - timedelta(days=WEEK_DAYS), ceiling - timedelta(days=1), window, today)
    return DateValue(day.isoformat(), "day", True, first.text, "before-" + first.source) if day else None


def _on_writing_weekday(day: date, clues: Clues, written: int | None, today: date) -> date:
    """The latest day a tweet or a lead dates, moved on to the one weekday of writing the text gives, within
    a week ("أمس الخميس", "hier jeudi" beside a tweet of Thursday 21 November: written on Friday the 22nd)."""
    weekdays = _writing_weekdays(clues, written)
    if len(weekdays) != 1 or day.weekday() in weekdays:
        return day
    window = replace(clues, floor=day, pinned=None, yesterday=False, weekdays=weekdays)
    return day_in_window(day, day + timedelta(days=WEEK_DAYS), window, today) or day


APPOSED_WEEKDAY = re.compile(r"(?:\w+\s+)?\w+\s*[,،]\s*$")  # "el jueves pasado, " before "6 de noviembre"


def _weekday_of(body: str, timex: TimeExpression, lang: str) -> int | None:
    named = _weekday_named(timex.text, lang)
    return named if named is not None else _apposed_weekday(body, timex.start, lang)


def _apposed_weekday(body: str, start: int, lang: str) -> int | None:
    """The weekday set before a day-month by a comma ("el jueves pasado, 6 de noviembre", "last
    Thursday, November 6", "الخميس الماضي، 6 نوفمبر"): the weekday of that day."""
    before = APPOSED_WEEKDAY.search(body[max(0, start - 30) : start])
    return _weekday_named(before.group(0), lang) if before else None


def _past_weekday_date(body: str, timex: TimeExpression, lang: str) -> bool:
    """The day-month is called a past weekday: "el jueves pasado, 6 de noviembre" (the weekday set
    before it with its shift), "last Thursday, November 6" (the shift word before the weekday date)."""
    if _weekday_named(timex.text, lang) is not None:
        return past_shift_before(body, timex.start, lang)
    before = APPOSED_WEEKDAY.search(body[max(0, timex.start - 30) : timex.start])
    return before is not None and any(is_past_shift(w, lang) for w in re.findall(r"\w+", before.group(0)))


def _reading_year(reading: Reading, floor: int | None, today: date) -> int | None:
    """A day-month with its weekday ("mardi 6 septembre") and no year: the year it fits."""
    if reading.weekday is None or reading.month is None or reading.day is None:
        return None
    found = _year_by_weekday(reading.month, reading.day, reading.weekday, floor, today)
    return found.year if found else None


LEAD_CHARS = 300


def _written_on(body: str, timex: TimeExpression) -> bool:
    """'ce jeudi 31 octobre 2024', 'este lunes': the day the article was written."""
    opening = timex.text.split(" ", 1)[0]
    return bool(
        cues().deictic_before.search(body[max(0, timex.start - 12) : timex.start])
        or cues().deictic_before.fullmatch(opening)
    )


def _in_tweet_attribution(body: str, timex: TimeExpression) -> bool:
    line_start = body.rfind("\n", 0, timex.start) + 1
    before = body[max(line_start, timex.start - 90) : timex.start]
    return bool(re.search(r"\(@\w+\)\s*$", before))


def _day_number(timex: TimeExpression) -> bool:
    """The expression writes the number of the day it dates ("17 juin", "el 3"), not a count of days
    from the day it is read on ("il y a 2 jours", "hace 3 días"): only the first is a day and month."""
    day = (timex.value or "")[8:10]
    return day.isdigit() and any(int(number) == int(day) for number in re.findall(r"\d+", timex.text))


def _latest_year_mentioned(body: str, lang: str, today: date) -> int | None:
    """The latest year the text writes, up to today's, and not as a day still to come ("le mandat court
    jusqu'au 31 décembre 2026" in a page of 2025 says nothing of when it was written) nor as the end of
    a term ("prorogé jusqu'au 31 octobre 2020" is written before that day, mostly the year before)."""
    ahead = [
        (t.start, t.end)
        for t in _dates(body, lang, today)
        if _has_year(t)
        and ((t.value or "")[:10] > today.isoformat() or (_full_day(t) and is_deadline(body, t.start)))
    ]
    years = [
        int(m.group(1).translate(ARABIC_INDIC))
        for m in YEAR.finditer(body)
        if not any(start <= m.start() < end for start, end in ahead)
    ]
    years += [c.day.year for c in cited(body, lang)]  # "la résolution 2703": written in 2023 or later
    years = [y for y in years if 1900 <= y <= today.year]
    return max(years) if years else None


def _years_of_weekday_dates(body: str, lang: str, today: date) -> list[int]:
    """The year of each day the text writes with its weekday and no year ("el lunes 11 de marzo", "jeudi
    3 mars"): the latest, up to today, in which that day falls on that weekday. Only for a text that
    writes no year: a year it writes says when it was written better than the calendar's latest fit."""
    years = []
    for _, _, reading, _ in read_expressions(body, lang):
        if (
            reading.weekday is None
            or reading.day is None
            or reading.month is None
            or reading.year is not None
        ):
            continue
        day = _year_by_weekday(reading.month, reading.day, reading.weekday, None, today)
        if day is not None:
            years.append(day.year)
    return years


def _latest_mentioned(body: str, lang: str, today: date) -> str:
    values = [t.value for t in _dates(body, lang, today) if t.value and _has_year(t) and t.kind == "date"]
    values = [v for v in values if v[:10] <= today.isoformat()]
    return max(values, default="0000")


def _weekday_named(text: str, lang: str) -> int | None:
    vocabulary = load_vocabulary(lang)
    for word in re.findall(r"\w+", text):
        meaning = vocabulary.meaning("WEEKDAY", fold_aligned_word(word))
        if isinstance(meaning, int):
            return meaning
        if isinstance(meaning, str) and meaning[:3].lower() in WEEKDAY_NAMES:
            return WEEKDAY_NAMES.index(meaning[:3].lower())
    return None


WEEKDAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def _dates(text: str, lang: str, anchor: date) -> list[TimeExpression]:
    """Dates read in the page's language, and in English (embedded tweets carry English dates);
    where two readings overlap, the longer one wins."""
    found = [t for t in find_dates(text, lang, anchor) if t.value and t.kind in ("date", "time")]
    if lang != "en":
        found += [t for t in find_dates(text, "en", anchor) if t.value and t.kind in ("date", "time")]
    addresses = address_spans(text)  # ".../2012/01/02/slug": another page's day (address_dates)
    found = [t for t in found if not any(start <= t.start < end for start, end in addresses)]
    longest_first = sorted(found, key=lambda t: t.start - t.end)
    return first_fit(longest_first, lambda t: (t.start, t.end))


def _full_day(timex: TimeExpression) -> bool:
    return bool(re.match(r"\d{4}-\d{2}-\d{2}", timex.value or ""))


def _has_year(timex: TimeExpression) -> bool:
    return bool(YEAR.search(timex.text)) or bool(re.search(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2}\b", timex.text))


def _safe_date(year: int, month_day: str) -> date | None:
    try:
        return date(year, int(month_day[:2]), int(month_day[3:5]))
    except ValueError:
        return None


def _value(timex: TimeExpression, source: str) -> DateValue:
    return DateValue((timex.value or "")[:10], "day", False, timex.text, source)
