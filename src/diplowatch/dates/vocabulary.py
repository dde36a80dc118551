"""Load a language's dates.yaml into lookup tables and slot regexes (once per language)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from diplowatch.dates.grammar import alternation
from diplowatch.errors import DataFileError
from diplowatch.text.langdata import lang_path, read_mapping
from diplowatch.text.normalise import fold_aligned_word

log = logging.getLogger(__name__)

LANGUAGES = ("fr", "en", "es", "ar")

# Sections written as `meaning: [words]`, and the slot each one fills.
GROUPED = {
    "months": "MONTHNAME",
    "hijri_months": "HIJRIMONTH",  # the months of the Hijri calendar ("14 شوال 1438 هـ")
    "weekdays": "WEEKDAY",
    "shifts": "SHIFT",
    "units": "UNIT",
    "parts_of_day": "POD",
    "approximations": "APPROX",
    "seasons": "SEASON",
    "am_pm": "AMPM",
}
# Sections written as `word: meaning`.
MAPPED = {
    "numbers": "NUMWORD",
    "ordinals": "ORD",
    "deixis": "DEIXIS",
    "anaphors": "ANAPHOR",
    "sequels": "SEQUEL",  # "l'année suivante", "the following year": counted from the last year told
    "clock_words": "CLOCK",
    "holidays": "HOLIDAY",
    "decades": "DECADEWORD",
}
MARKERS = {
    "ago": "AGO",
    "later": "LATER",
    "afterward": "AFTERWARD",  # counted from the last date told: "deux jours plus tard"
    "earlier": "EARLIER",  # and back from it: "two days earlier"
    # the ones never a preposition, so that no punctuation need follow them: "two days earlier he had met"
    # ("two days before the vote" is another happening's day)
    "afterward_adverbs": "AFTERWARDADV",
    "earlier_adverbs": "EARLIERADV",
    "same_year": "SAMEYEAR",  # the year of the last date told: "de la même année", "that year"
    "set": "SET",
    "duration": "DUR",
    "hour": "HMARK",
}


@dataclass(frozen=True, slots=True)
class Vocabulary:
    language: str
    meanings: dict[str, dict[str, Any]]  # slot -> folded word -> meaning
    slot_regex: dict[str, str]  # slot -> regex source
    word_lists: dict[str, tuple[str, ...]]  # `words:` lists for @name in patterns
    patterns: tuple[str, ...]
    future_cues: tuple[str, ...]  # regexes over the original text, case-insensitive
    past_cues: tuple[str, ...]
    weak_future_cues: tuple[str, ...]  # used only when no strong cue is in the clause
    weak_past_cues: tuple[str, ...]
    # future for an expression after them only: "agreed to meet again in November" (a plan made then,
    # for later), but "In November, they agreed to meet" dates the agreement
    prospective_cues: tuple[str, ...]
    # future for an expression after them only, even beside a past cue: "pourrait se rendre à Nicosie en
    # avril, a indiqué X" (the possible act's month), but "a déclaré mercredi qu'il n'autoriserait pas"
    conditional_cues: tuple[str, ...]
    # words that open a complement clause ("que", "that"): a cue after the expression beyond one is that
    # clause's ("a annoncé mardi qu'elle participera": the announcement's Tuesday, past)
    complementizers: tuple[str, ...]
    joiners: tuple[str, ...]  # words that may stand between a day and a time of day
    numeric_order: str  # "dmy" or "mdy" for 05-12-2022

    def meaning(self, slot: str, word: str) -> Any:
        return self.meanings.get(slot, {}).get(word)


def _as_list(value: Any, where: str, path: Path) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise DataFileError(str(path), None, f"{where}: expected a list of words")
    return [str(v) for v in value]


def _grouped(section: dict[Any, Any], name: str, path: Path) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for meaning, words in section.items():
        for word in _as_list(words, f"{name}.{meaning}", path):
            table[fold_aligned_word(word)] = meaning
    return table


def _mapped(section: dict[Any, Any], name: str, path: Path) -> dict[str, Any]:
    if not isinstance(section, dict):
        raise DataFileError(str(path), None, f"{name}: expected `word: meaning` lines")
    return {fold_aligned_word(str(word)): meaning for word, meaning in section.items()}


def _meanings(data: dict[str, Any], path: Path) -> dict[str, dict[str, Any]]:
    meanings: dict[str, dict[str, Any]] = {}
    for name, slot in GROUPED.items():
        meanings[slot] = _grouped(data.get(name) or {}, name, path)
    for name, slot in MAPPED.items():
        meanings[slot] = _mapped(data.get(name) or {}, name, path)
    # MONTH takes abbreviations too; MONTHNAME (full names) serves months standing alone.
    meanings["MONTH"] = {
        **meanings["MONTHNAME"],
        **_grouped(data.get("month_abbreviations") or {}, "month_abbreviations", path),
    }
    for unit, words in (data.get("unit_plurals") or {}).items():  # "ces derniers jours": vague
        for word in _as_list(words, f"unit_plurals.{unit}", path):
            meanings["UNIT"][fold_aligned_word(word)] = (unit, None, True)
    for unit, words in (data.get("dual_units") or {}).items():  # Arabic duals: "يومين" two days
        for word in _as_list(words, f"dual_units.{unit}", path):
            meanings["UNIT"][fold_aligned_word(word)] = (unit, 2, False)
    markers = data.get("markers") or {}
    for name, slot in MARKERS.items():
        meanings[slot] = {fold_aligned_word(w): name for w in _as_list(markers.get(name) or [], name, path)}
    return meanings


def _month_regex(months: dict[str, Any]) -> str:
    """A month name, or two glossing each other: "آذار/مارس", "آذار (مارس)"."""
    one = alternation(months)
    return rf"{one}(?:[^\S\n]*/[^\S\n]*{one}|[^\S\n]*\([^\S\n]*{one}[^\S\n]*\))?"


def _slot_regexes(meanings: dict[str, dict[str, Any]], suffixes: list[str]) -> dict[str, str]:
    regex = {slot: alternation(words) for slot, words in meanings.items()}
    regex["MONTH"] = _month_regex(meanings["MONTH"])
    regex["MONTHNAME"] = _month_regex(meanings["MONTHNAME"])
    suffix = alternation(suffixes) + "?" if suffixes else ""
    regex["DAY"] = rf"(?:(?:3[01]|[12]\d|0?[1-9])(?![\d.,]\d){suffix}(?!\d)|{regex['ORD']})"
    # the last day of a range ("5-6 December", "del 21 al 22 de marzo"): matched, not read (the range
    # is dated by its first day)
    regex["LASTDAY"] = rf"(?:3[01]|[12]\d|0?[1-9])(?![\d.,]\d){suffix}(?!\d)"
    regex["NUM"] = rf"(?:\d{{1,3}}(?![\d.,]\d)|{regex['NUMWORD']})"
    regex["DECADE"] = rf"(?:'?(?:1\d|20)?\d0(?!\w)|{regex['DECADEWORD']})"
    return regex


def _cue_list(tense: dict[str, Any], name: str, path: Path) -> tuple[str, ...]:
    cues = _as_list(tense.get(name) or [], f"tense.{name}", path)
    for cue in cues:
        try:
            re.compile(cue)
        except re.error as error:
            raise DataFileError(
                str(path), None, f"tense.{name}: bad regular expression {cue!r}: {error}"
            ) from error
    return tuple(cues)


def _check_patterns(patterns: Any, path: Path) -> tuple[str, ...]:
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise DataFileError(str(path), None, "patterns: expected a list of pattern lines")
    return tuple(patterns)


def parse(data: dict[str, Any], language: str, path: Path) -> Vocabulary:
    meanings = _meanings(data, path)
    tense = data.get("tense") or {}
    word_lists = {
        name: tuple(fold_aligned_word(w) for w in _as_list(words, f"words.{name}", path))
        for name, words in (data.get("words") or {}).items()
    }
    return Vocabulary(
        language=language,
        meanings=meanings,
        slot_regex=_slot_regexes(meanings, _as_list(data.get("day_suffixes") or [], "day_suffixes", path)),
        word_lists=word_lists,
        patterns=_check_patterns(data.get("patterns"), path),
        future_cues=_cue_list(tense, "future", path),
        past_cues=_cue_list(tense, "past", path),
        weak_future_cues=_cue_list(tense, "weak_future", path),
        weak_past_cues=_cue_list(tense, "weak_past", path),
        prospective_cues=_cue_list(tense, "prospective", path),
        conditional_cues=_cue_list(tense, "conditional", path),
        complementizers=_cue_list(tense, "complementizers", path),
        joiners=tuple(
            fold_aligned_word(w) for w in _as_list(data.get("time_joiners") or [], "time_joiners", path)
        ),
        numeric_order=str(data.get("numeric_order") or "dmy"),
    )


@cache
def load(language: str) -> Vocabulary:
    """The vocabulary of a language; unknown languages get the numeric patterns of English."""
    if language not in LANGUAGES:
        log.debug("no date vocabulary for %r: numeric dates only", language)
        english = load("en")
        numeric = tuple(p for p in english.patterns if p in ("ISODATE", "NUMDATE", "SPACEDDATE", "ROMANDATE"))
        return Vocabulary(
            language,
            english.meanings,
            english.slot_regex,
            english.word_lists,
            numeric,
            (),
            (),
            (),
            (),
            (),
            (),
            (),
            (),
            "dmy",
        )
    path = lang_path(f"{language}/dates.yaml")
    return parse(read_mapping(path), language, path)
