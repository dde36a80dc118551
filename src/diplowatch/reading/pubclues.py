"""Clues in an article's text that narrow the day it was written, for pages whose dateline
gives a month at best ("date 2023-10") or nothing.

- a floor: it was written on or after the latest day it reports in the past, and after every
  reference event it cites ("la résolution 2703": not before 30 October 2023);
- a pin: a day the text calls today or yesterday ("ce jeudi 3 octobre", "hier, mardi 6
  septembre", "la résolution 2756 adoptée hier");
- weekdays: "este martes", "aujourd'hui jeudi", "اليوم الخميس", "hier mardi" (written on a
  Wednesday);
- "yesterday" alone: the latest reported day is likely the day before.

The words come from lang/<xx>/dates.yaml (deixis, weekdays, shifts) and reading.yaml
(deictic cues); reference events from kb/data/reference_events.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from diplowatch.dates import is_deadline, read_expressions
from diplowatch.dates.calendar import expand_year, valid_day
from diplowatch.dates.model import Reading
from diplowatch.dates.vocabulary import load as load_vocabulary
from diplowatch.reading.cues import cues
from diplowatch.reading.references import Citation, cited, renewal
from diplowatch.text.normalise import fold_aligned, fold_aligned_word

YearOf = Callable[[Reading], "int | None"]  # the year of a day written without one
ADJACENT = re.compile(
    r"[^\S\n]*[,،]?[^\S\n]*"
)  # "hier, mardi 6 septembre", "اليوم الخميس", "الخميس الماضي، السادس"
SENTENCE_END = re.compile(r"[.!?\n]")
WEEK_DAYS = 6
APPOINTMENT_CUE_CHARS = 24  # the longest appointment cue and a weekday after it
SHIFT_WORD_CHARS = 12  # the longest shift word ("próximo", "المقبل") and the space after it
DEIXIS_NEAR_REFERENCE = 40  # characters: "la résolution 2756 adoptée hier", "adopté hier la résolution 2756"


@dataclass(frozen=True, slots=True)
class Clues:
    floor: date | None
    pinned: date | None
    weekdays: frozenset[int]
    yesterday: bool


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    reading: Reading
    past: bool  # the tense the normaliser reads around it
    day: date | None  # the day it names in full, when it does (with the year it gives or year_of)
    guessed: bool = False  # a bare weekday placed after the last dated day (_with_anaphors)


def read_clues(body: str, language: str, today: date, year_of: YearOf, written: int | None = None) -> Clues:
    """`written`: the weekday a header gives as the day of writing ("Thursday | Staff writer")."""
    mentions = _longest(
        [
            _Mention(s, e, r, tense == "past", _explicit_day(r, today, year_of))
            for lang in dict.fromkeys((language, "en"))  # embedded tweets carry English dates
            for s, e, r, tense in read_expressions(body, lang)
        ]
    )
    mentions = _with_anaphors(mentions)
    references = sorted(
        cited(body, language) + _renewals(body, mentions) + _anniversaries(body, language, mentions),
        key=lambda c: c.start,
    )
    # Every reported day counts for the floor, whatever tense the normaliser read around it (a
    # relative clause's "qui doit" makes "mardi 12 mars, le ministre ... a reçu" look future);
    # a day called today must not be before a day reported in the past tense.
    # A term ("jusqu'au 31 octobre 2018") is no reported day, nor is a day set for later ("convoca para
    # el jueves 30 de enero", "el próximo martes 16 de abril"): the text may be written days before it.
    mentions = [m for m in mentions if not (m.day and (_term(body, m) or _appointed(body, m, language)))]
    # "last Thursday, November 6": a day the text calls a past weekday's was before the day of writing
    past = {i for i, m in enumerate(mentions) if m.day and _past_weekday(body, mentions, i, language)}
    told = [
        (m.day + timedelta(days=1) if i in past else m.day, m)
        for i, m in enumerate(mentions)
        if m.day and m.day <= today
    ]
    past_weekdays = [d for i in sorted(past) if (d := mentions[i].day) and d <= today]
    cited_days = [c.day for c in references if c.day <= today]
    reported = [day for day, _ in told] + cited_days
    reported_past = [day for day, m in told if m.past] + cited_days
    pinned: list[date] = []
    weekdays: set[int] = set() if written is None else {written}
    yesterday = False
    for index, m in enumerate(mentions):
        nxt = mentions[index + 1] if index + 1 < len(mentions) else None
        if m.reading.deixis is not None and m.reading.anaphor is None:
            offset = m.reading.deixis
            follower = nxt if nxt and ADJACENT.fullmatch(body, m.end, nxt.start) else None
            weekday = m.reading.weekday
            if (
                weekday is None
                and follower
                and follower.reading.weekday is not None
                and follower.reading.day is None
            ):
                weekday = follower.reading.weekday  # "اليوم الخميس", "hier, mardi,"
            # "la résolution 2756 adoptée hier", "أمس الخميس ... القرار 2756" (on that weekday if one
            # is named)
            cited_here = [
                c.day - timedelta(days=offset)
                for c in references
                if _near(body, m, c.start, c.end) and (weekday is None or c.day.weekday() == weekday)
            ]
            if cited_here:
                pinned += cited_here
            elif follower and follower.day and not follower.guessed:
                # (a weekday only guessed from the last dated day pins nothing: "Ayer miércoles" tells
                # the weekday of writing, whatever Wednesday it was)
                pinned.append(follower.day - timedelta(days=offset))
            elif weekday is not None:
                weekdays.add((weekday - offset) % 7)
                # "أمس الخميس" beside "الخميس الماضي، السادس من نوفمبر": last Thursday is not yesterday,
                # the one a week before it (written on the 14th, not the 7th)
                told += [
                    (day + timedelta(days=7 - offset), m) for day in past_weekdays if day.weekday() == weekday
                ]
            else:
                yesterday = yesterday or offset == -1
        elif (
            m.reading.weekday is not None
            and m.day is None
            and (
                named := [
                    c.day
                    for c in references
                    if c.day.weekday() == m.reading.weekday and _near(body, m, c.start, c.end)
                ]
            )
        ):
            pinned += named  # "la résolution 2285 adoptée vendredi": that Friday, or soon after
        elif m.day and (before := _deixis_before(body, m.start, language)) is not None:
            pinned.append(m.day - timedelta(days=before))  # "hier, mardi 6 septembre" read as one date
        elif _deictic(body, m):
            if m.day:
                pinned.append(m.day)
            elif m.reading.weekday is not None and m.reading.day is None:
                weekdays.add(m.reading.weekday)
    floor, past_floor = max(reported, default=None), max(reported_past, default=None)
    if weekdays:
        # Written on a weekday the text names ("ce mercredi"): the bare weekdays it reports ("dimanche")
        # are the ones before that day, not the ones after the last dated day.
        floor = max([day for day, m in told if not m.guessed] + cited_days, default=None)
    pinned = [d for d in pinned if d <= today and (past_floor is None or d >= past_floor)]
    pin = max(pinned, default=None)
    # "ce lundi 11 mars" names the week of writing: a later day of that week the text reports
    # ("mardi 12 mars") moves the day on; a day beyond it is an announcement ("doit briefer le
    # 20 mars") and does not.
    if pin and floor and pin < floor <= pin + timedelta(days=WEEK_DAYS):
        pin = floor
    return Clues(floor, pin, frozenset(weekdays), yesterday)


def day_in_window(first: date, last: date, clues: Clues, today: date) -> date | None:
    """The most likely day of [first, last] (a month the dateline gives), or None when the clues
    do not narrow it to one day."""
    last = min(last, today)
    if clues.pinned and first <= clues.pinned <= last:
        return clues.pinned
    floor = clues.floor if clues.floor and clues.floor <= last else None
    start = max(first, floor) if floor else first
    days = [start + timedelta(days=i) for i in range((last - start).days + 1)]
    if clues.yesterday and floor and floor >= first:
        after = floor + timedelta(days=1)
        if after <= last and (not clues.weekdays or after.weekday() in clues.weekdays):
            return after
    fits = [d for d in days if d.weekday() in clues.weekdays]
    if fits:  # soon after the floor; with no floor, the latest such day of the month
        return fits[0] if floor else fits[-1]
    return floor if floor and floor >= first else None


def after_yesterday(day: date, clues: Clues, today: date) -> date:
    """The latest reported day, moved to the next when the text says "hier" without a date."""
    if clues.yesterday and clues.pinned is None and day + timedelta(days=1) <= today:
        return day + timedelta(days=1)
    return day


def _renewals(body: str, mentions: list[_Mention]) -> list[Citation]:
    """ "proroge le mandat de la MINURSO jusqu'au 31 octobre 2018": the resolution of April 2018."""
    found = []
    for m in mentions:
        if m.day and m.reading.year and _term(body, m):
            left = max((b.end() for b in SENTENCE_END.finditer(body, 0, m.start)), default=0)
            right = SENTENCE_END.search(body, m.end)
            end = right.start() if right else len(body)
            if day := renewal(body[left:end], m.day):
                found.append(Citation(left, end, day))  # the whole sentence: "a adopté vendredi ... jusqu'au"
    return found


def _anniversaries(body: str, language: str, mentions: list[_Mention]) -> list[Citation]:
    """ "on the second anniversary of the war, which broke out on 15 April 2023", "au 50e anniversaire de",
    "في الذكرى الثانية للحرب التي اندلعت في 15 أبريل 2023": the day the sentence dates after the word, that
    many years on (`anniversary_words` in reading.yaml, ordinals from dates.yaml)."""
    words = cues().anniversary_words
    folded = fold_aligned(body)
    text = folded.text
    found: list[Citation] = []
    if not any(w in text for w in words):  # most texts tell of no anniversary: no word scan
        return found
    for word in _WORD.finditer(text):
        if word.group(0) not in words:
            continue
        if language == "ar":  # "الذكرى الثانية": the ordinal follows
            ordinal = _WORD_AFTER.match(text, word.end())
        else:
            ordinal = _WORD_BEFORE.search(text, 0, word.start())
        years = _ordinal(ordinal.group(1), language) if ordinal else None
        if not years:
            continue
        start, end = folded.span(word.start(), word.end())
        after = next((m for m in mentions if m.start >= end and m.day and m.reading.year is not None), None)
        if after is None or after.day is None or SENTENCE_END.search(body, end, after.start):
            continue  # no day with its year later in the sentence: the anniversary of what is not told
        try:
            found.append(Citation(start, end, after.day.replace(year=after.day.year + years)))
        except ValueError:  # 29 February
            continue
    return found


_WORD = re.compile(r"\w+")
_WORD_BEFORE = re.compile(r"(\w+)[^\S\n]+$")
_WORD_AFTER = re.compile(r"[^\S\n]+(\w+)")
_NUMBERED = re.compile(r"(\d{1,3})(?:st|nd|rd|th|e|eme|er|re|o|a)?")


def _ordinal(word: str, language: str) -> int | None:
    """ "second", "2nd", "deuxieme", "50e", "segundo", "الثانيه" (the feminine, folded): the number."""
    if numbered := _NUMBERED.fullmatch(word):
        return int(numbered.group(1))
    ordinals = load_vocabulary(language).meanings.get("ORD", {})
    value = ordinals.get(word)
    if value is None and language == "ar" and word[-1:] in ("ه", "ي"):
        value = ordinals.get(word[:-1])  # "الثانيه" for "الثاني", "الاولي" for "الاول"
    return value if isinstance(value, int) else None


def _term(body: str, mention: _Mention) -> bool:
    return is_deadline(body, mention.start)


def _appointed(body: str, mention: _Mention, language: str) -> bool:
    """A day the text sets for later: "next" in it, or right before it, or a word that appoints it."""
    return mention.reading.shift == 1 or appointed(body, mention.start, language)


def appointed(body: str, start: int, language: str) -> bool:
    """The words right before `start` set the day for later: "convocó una reunión para el jueves 30", "will
    meet next Thursday, January 30"."""
    if cues().appointed_before.search(body[max(0, start - APPOINTMENT_CUE_CHARS) : start]):
        return True
    return _shift_before(body, start, language) == 1


def _longest(mentions: list[_Mention]) -> list[_Mention]:
    """Where two readings overlap, the longer one wins (as in published._dates)."""
    kept: list[_Mention] = []
    for m in sorted(mentions, key=lambda m: m.start - m.end):
        if not any(k.start < m.end and m.start < k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _with_anaphors(mentions: list[_Mention]) -> list[_Mention]:
    """Days named from the last one the text named: "le lendemain", "the next day"; and a bare
    weekday told in the past after a dated day ("Vendredi 8 mars, ... Samedi, il a rencontré"):
    the first such weekday from that day on (news tells its days in order)."""
    out, last = [], None
    for m in mentions:
        r = m.reading
        if last is not None and r.anaphor is not None and r.weekday is None:
            m = _Mention(m.start, m.end, r, m.past, last + timedelta(days=r.anaphor))
        elif (
            last is not None
            and m.past
            and r.weekday is not None
            and r.day is None
            and r.deixis is None
            and r.shift is None
            and r.anaphor is None
        ):
            after = last + timedelta(days=(r.weekday - last.weekday()) % 7)
            m = _Mention(m.start, m.end, r, m.past, after, guessed=True)
        out.append(m)
        last = m.day or last
    return out


def _past_weekday(body: str, mentions: list[_Mention], index: int, language: str) -> bool:
    """The dated mention is set apart as a past weekday: "jeudi dernier, 21 août", "el jueves pasado, 6
    de noviembre" (a weekday with its past shift just before), "last Thursday, November 6" (the shift
    word before a weekday date)."""
    m = mentions[index]
    if m.reading.shift == -1:
        return True
    previous = mentions[index - 1] if index else None
    if (
        previous is not None
        and previous.reading.weekday is not None
        and previous.reading.shift == -1
        and previous.reading.day is None
        and ADJACENT.fullmatch(body, previous.end, m.start)
    ):
        return True
    return m.reading.weekday is not None and past_shift_before(body, m.start, language)


def past_shift_before(body: str, start: int, language: str) -> bool:
    """The word right before `start` is a past shift: "last" in "last Thursday, November 6"."""
    return _shift_before(body, start, language) == -1


def _shift_before(body: str, start: int, language: str) -> object:
    """The shift the word right before `start` means: -1 "last", 1 "next", else None."""
    words = re.findall(r"\w+", body[max(0, start - SHIFT_WORD_CHARS) : start])
    return _shift(words[-1], language) if words else None


def is_past_shift(word: str, language: str) -> bool:
    """ "last", "dernier", "pasado", "الماضي": the word points to the one before."""
    return _shift(word, language) == -1


def _shift(word: str, language: str) -> object:
    return load_vocabulary(language).meaning("SHIFT", fold_aligned_word(word))


def _explicit_day(reading: Reading, today: date, year_of: YearOf) -> date | None:
    if (
        reading.day is None
        or reading.month is None
        or reading.deixis is not None
        or reading.anaphor is not None
    ):
        return None
    year = reading.year
    if year is None and reading.century_less_year is not None:
        year = expand_year(reading.century_less_year, today)
    if year is None:
        year = year_of(reading)
    return valid_day(year, reading.month, reading.day) if year else None


def _deixis_before(body: str, start: int, language: str) -> int | None:
    """The day offset of a deixis word right before a date ("hier, " in "hier, mardi 6 septembre"),
    which the date normaliser folds into the longer date."""
    before = fold_aligned(body[max(0, start - 30) : start]).text
    match = _deixis_tail(language).search(before)
    if not match:
        return None
    meaning = load_vocabulary(language).meaning("DEIXIS", match.group(1))
    offset = meaning[0] if isinstance(meaning, list) else meaning
    return int(offset) if isinstance(offset, int) else None


@cache
def _deixis_tail(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)({load_vocabulary(language).slot_regex['DEIXIS']})[^\S\n]*,?[^\S\n]*$")


def _deictic(body: str, mention: _Mention) -> bool:
    """ "ce jeudi", "este martes", "this Thursday": the week of writing, the day itself when dated."""
    if mention.reading.shift == 0 and mention.reading.unit is None:
        return True
    return bool(cues().deictic_before.search(body[max(0, mention.start - 12) : mention.start]))


def _near(body: str, mention: _Mention, start: int, end: int) -> bool:
    if start <= mention.start and mention.end <= end:
        return True
    gap = (mention.start - end) if end <= mention.start else (start - mention.end)
    between = body[min(end, mention.end) : max(start, mention.start)]
    return 0 <= gap <= DEIXIS_NEAR_REFERENCE and not SENTENCE_END.search(between)
