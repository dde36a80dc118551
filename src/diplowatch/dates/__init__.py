"""The date stage: find temporal expressions and normalise them against the publication date.

    find_dates("Le ministre s'est rendu jeudi soir à Rabat.", "fr", date(2022, 2, 5))
    -> [TimeExpression(start=31, end=41, text='jeudi soir', value='2022-02-03TEV', ...)]

Vocabulary and patterns live in lang/<xx>/dates.yaml; this package is language-agnostic.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import lru_cache

from diplowatch.dates.compose import compose
from diplowatch.dates.model import Candidate, Reading, Tense, TimeExpression
from diplowatch.dates.resolve import Context, Resolved, resolve
from diplowatch.dates.scanner import scan
from diplowatch.dates.tense import tense_at
from diplowatch.dates.vocabulary import LANGUAGES
from diplowatch.reading.cues import cues
from diplowatch.text.normalise import Folded, fold_aligned

__all__ = [
    "TimeExpression",
    "find_dates",
    "is_deadline",
    "read_expressions",
    "normalise",
    "scans_kept",
    "LANGUAGES",
]


def _expression(text: str, span: tuple[int, int], resolved: Resolved) -> TimeExpression:
    start, end = span
    return TimeExpression(
        start, end, text[start:end], resolved.value, resolved.granularity, resolved.approximate, resolved.kind
    )


def _resolve_all(
    candidates: list[Candidate],
    text: str,
    folded: Folded,
    language: str,
    anchor: date | None,
    reference: date | None = None,
) -> list[tuple[Candidate, Resolved]]:
    """Resolve in reading order, carrying the last day mentioned as the reference for anaphors (from
    `reference`, the last day told before the text, else the anchor), but no day after the anchor."""
    out = []
    told = reference is not None  # a day the text told before: what "the next day" counts from
    year_told = reference.year if reference is not None else None  # what "the same year" means
    month_told = reference.isoformat()[:7] if reference is not None else None  # and "the following month"
    reference = reference or anchor
    for candidate in candidates:
        if not told and (candidate.reading.anaphor or 0) > 0:
            continue  # "le lendemain" before any day told: the day after something undated, not after writing
        span = folded.span(candidate.start, candidate.end)
        tense = functools.partial(tense_at, text, *span, language)  # only relative readings ask for it
        try:
            resolved = resolve(candidate.reading, Context(anchor, tense, reference, year_told, month_told))
        except (OverflowError, ValueError):  # "next week" from 9999-12-31: past the calendar's last day
            continue
        if resolved is None or _beyond_calendar(resolved):
            continue
        out.append((candidate, resolved))
        if resolved.kind not in ("date", "time") or is_deadline(text, span[0]):
            continue  # a duration, or a limit the text sets: no day or year it tells of
        year = _year_in(resolved.value)
        year_told = year if year is not None else year_told
        month_told = _month_in(resolved.value) or (month_told if year is None else None)
        # (a day after the anchor is a plan or a projection, "talks on Saturday", "al 50 % en una semana":
        # "the same day", "por la tarde" told after it go back to the last day told that had come)
        ahead = anchor is not None and resolved.day is not None and resolved.day > anchor
        if resolved.day is not None and not ahead:
            reference, told = resolved.day, True
    return out


def _month_in(value: str | None) -> str | None:
    """The month an ISO value names ("2023-03-18", "2023-03" -> "2023-03"; not "2023-W10" or "2023")."""
    return value[:7] if value and _year_in(value) is not None and value[5:7].isdigit() else None


def _year_in(value: str | None) -> int | None:
    """The year an ISO value names ("2023-03-18", "2023-SU", "2023"), if it names one (not a decade)."""
    return int(value[:4]) if value and value[:4].isdigit() and value[4:5] in ("", "-") else None


def is_deadline(text: str, start: int) -> bool:
    """A limit the text sets ("prorogé jusqu'au 31 octobre 2025", "hasta el 31 de octubre"), not a day
    it tells of: "dans la soirée" after it is still the evening of the day told before."""
    return bool(cues().until_before.search(text[max(0, start - DEADLINE_CUE_CHARS) : start]))


DEADLINE_CUE_CHARS = 20  # the longest until-cue and a weekday after it


def _beyond_calendar(resolved: Resolved) -> bool:
    """A year after 9999 (ISO 8601 and Python dates stop there)."""
    return resolved.value is not None and len(resolved.value) >= 5 and resolved.value[:5].isdigit()


@lru_cache(maxsize=4)
def _scanned(folded: str, language: str) -> tuple[Candidate, ...]:
    """Scanning is the costly part, and a page's body is read several times over (the publication
    date with different anchors, its clues, then the events): the last few bodies are kept."""
    return tuple(compose(scan(folded, language), folded, language))


_batch = threading.local()  # .kept: every scan of the batch in progress (see `scans_kept`), if any


@contextmanager
def scans_kept() -> Iterator[None]:
    """Within the block, every text scanned stays known until the block ends. The pipeline reads a
    batch of documents before the later stages see any of them, so the events stage would find the
    reading stage's scans of the same bodies long gone from the last few kept; the block spans one
    batch, so it never serves a document of another."""
    outer = getattr(_batch, "kept", None)
    _batch.kept = {} if outer is None else outer
    try:
        yield
    finally:
        _batch.kept = outer


def _candidates(folded: str, language: str) -> tuple[Candidate, ...]:
    kept: dict[tuple[str, str], tuple[Candidate, ...]] | None = getattr(_batch, "kept", None)
    if kept is None:
        return _scanned(folded, language)
    found = kept.get((folded, language))
    if found is None:
        found = kept[folded, language] = _scanned(folded, language)
    return found


def find_dates(
    text: str, language: str, anchor: date | None, reference: date | None = None
) -> list[TimeExpression]:
    """Every date, time, duration and set expression in `text`, sorted and non-overlapping.

    `language` is fr, en, es or ar (others get numeric dates only); `anchor` is the publication
    date (None: relative expressions are found but get no value); `reference`, the last day told
    before `text` (a text cut in language segments: "August 1, 2024" closing an English tweet is the
    day "El mismo día" opening the Spanish text after it means), else the anchor.
    """
    folded = fold_aligned(text)
    candidates = [
        c
        for c in _candidates(folded.text, language)
        if not in_compound_name(text, folded.span(c.start, c.end)[0])
    ]
    return [
        _expression(text, folded.span(c.start, c.end), resolved)
        for c, resolved in _resolve_all(candidates, text, folded, language, anchor, reference)
    ]


def in_compound_name(text: str, start: int) -> bool:
    """The expression continues a hyphenated name ("Jean-Noël Barrot", "Marie-Noëlle"): the capitalised
    word before the hyphen makes it part of the name, not Christmas ("mi-mars" is lower-case)."""
    if start < 2 or text[start - 1] not in "-‐‑":
        return False
    word_start = start - 1
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    return word_start < start - 1 and text[word_start].isupper()


def read_expressions(text: str, language: str) -> list[tuple[int, int, Reading, Tense]]:
    """What each expression spells out, unanchored, with the tense of its clause: for callers
    that reason about the anchor itself (which day was "hier" written on?)."""
    folded = fold_aligned(text)
    out = []
    for candidate in _candidates(folded.text, language):
        start, end = folded.span(candidate.start, candidate.end)
        if not in_compound_name(text, start):
            out.append((start, end, candidate.reading, tense_at(text, start, end, language)))
    return out


def normalise(expression: str, language: str, anchor: date | None) -> TimeExpression | None:
    """The longest date expression in a short string such as a dateline ("Publié le jeudi 3 mars").

    Datelines are often in English or numeric whatever the article's language, so every
    language is tried; on a tie, `language` wins.
    """
    best: TimeExpression | None = None
    for lang in [language] + [other for other in LANGUAGES if other != language]:
        for found in find_dates(expression, lang, anchor):
            if found.kind in ("date", "time") and (
                best is None or found.end - found.start > best.end - best.start
            ):
                best = found
    return best
