"""Dated reference events an article cites ("la résolution 2703", "COP28"), from
kb/data/reference_events.yaml: bounds on when the article was written."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from diplowatch.errors import DataFileError
from diplowatch.text.langdata import load_yaml

DATA = Path(__file__).resolve().parent.parent / "kb" / "data" / "reference_events.yaml"
ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")  # Eastern Arabic digits read as Latin ones


@dataclass(frozen=True, slots=True)
class Citation:
    start: int
    end: int
    day: date


@dataclass(frozen=True, slots=True)
class Table:
    # (regexes per language, number -> day): "résolution 2703", "la 73e session de l'Assemblée générale"
    numbered: tuple[tuple[dict[str, tuple[re.Pattern[str], ...]], dict[int, date]], ...]
    named: tuple[tuple[re.Pattern[str], date], ...]
    mandates: tuple[
        tuple[re.Pattern[str], dict[date, date]], ...
    ]  # (mission names, mandate end -> adoption day)


def cited(text: str, language: str, path: Path = DATA) -> list[Citation]:
    """Every reference event the text names, in the text's language (numbers in any script)."""
    table = load(path)
    found = []
    for regexes, numbers in table.numbered:
        for regex in regexes.get(language, ()):
            if not _may_match(regex, text):
                continue
            for match in regex.finditer(text):
                day = numbers.get(int(match.group("n").translate(ARABIC_INDIC)))
                if day:
                    found.append(Citation(match.start(), match.end(), day))
    for regex, day in table.named:
        if _may_match(regex, text):
            found += [Citation(m.start(), m.end(), day) for m in regex.finditer(text)]
    return sorted(found, key=lambda c: c.start)


# A leading look-behind ("(?<!\w)", "(?<![0-9٠-٩])") as the data-built patterns open with.
_LEADING_LOOKBEHIND = re.compile(r"\(\?<!(?:\\w|\[[^\]]*\])\)")


def _may_match(regex: re.Pattern[str], text: str) -> bool:
    """False when `regex` surely finds nothing in `text`: its scout (`_scout`) finds nothing. Every
    pattern opens with a look-behind, which keeps re from skipping ahead to where a match may begin, so
    it is tried at every offset; the scout skips to its first letter or digit and is mostly done at once."""
    scout = _scout(regex)
    return scout is None or scout.search(text) is not None


@cache
def _scout(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """`regex` without its leading look-behind: it matches wherever `regex` does (and maybe elsewhere),
    so where it finds nothing `regex` finds nothing. None when there is no such look-behind."""
    lead = _LEADING_LOOKBEHIND.match(regex.pattern)
    return re.compile(regex.pattern[lead.end() :], regex.flags) if lead else None


@cache
def load(path: Path = DATA) -> Table:
    try:
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError, ValueError) as error:  # ValueError: a date such as 2023-13-30
        raise DataFileError(
            str(path),
            getattr(getattr(error, "problem_mark", None), "line", None),
            f"cannot read reference events: {error}",
        ) from error
    if not isinstance(data, dict):
        raise DataFileError(str(path), None, "expected `series:` and `named:` sections")
    numbered = tuple(_series(item, path) for item in data.get("series") or [])
    named = tuple(
        (_words(_list(item.get("names"), "named.names", path)), _day(item.get("date"), path))
        for item in _entries(data.get("named"), "named", path)
    )
    mandates = tuple(
        (
            _words(_list(item.get("names"), "mandates.names", path)),
            {_day(end, path): _day(day, path) for end, day in _mapping(item.get("renewals"), path).items()},
        )
        for item in _entries(data.get("mandates"), "mandates", path)
    )
    return Table(numbered, named, mandates)


def renewal(sentence: str, end: date | str, path: Path = DATA) -> date | None:
    """The adoption day of the resolution extending a mission the sentence names until `end` (a
    day, or a month as "2018-04" for "jusqu'à la fin avril 2018")."""
    prefix = end.isoformat() if isinstance(end, date) else end
    for names, renewals in load(path).mandates:
        days = [day for until, day in renewals.items() if until.isoformat().startswith(prefix)]
        if len(days) == 1 and names.search(sentence):
            return days[0]
    return None


def _mapping(value: Any, path: Path) -> dict[Any, Any]:
    if not isinstance(value, dict):
        raise DataFileError(str(path), None, "mandates.renewals: expected `end date: adoption date` lines")
    return value


def _series(item: Any, path: Path) -> tuple[dict[str, tuple[re.Pattern[str], ...]], dict[int, date]]:
    if not (
        isinstance(item, dict)
        and isinstance(item.get("cues") or {}, dict)
        and isinstance(item.get("patterns") or {}, dict)
        and (item.get("cues") or item.get("patterns"))
        and isinstance(item.get("numbers"), dict)
    ):
        raise DataFileError(
            str(path), None, "each series needs `cues:` or `patterns:` (per language) and `numbers:`"
        )
    regexes: dict[str, list[re.Pattern[str]]] = {}
    for lang, words in (item.get("cues") or {}).items():
        cue = _alternation(_list(words, f"cues.{lang}", path))
        regexes.setdefault(str(lang), []).append(re.compile(cue + r"\s*" + NUMBER, re.I))
    for lang, templates in (item.get("patterns") or {}).items():
        for template in _list(templates, f"patterns.{lang}", path):
            regexes.setdefault(str(lang), []).append(_pattern(template, path))
    numbers = {int(number): _day(day, path) for number, day in item["numbers"].items()}
    return {lang: tuple(found) for lang, found in regexes.items()}, numbers


NUMBER = r"(?P<n>[0-9٠-٩]{2,5})(?![0-9٠-٩])"
ORDINAL_SUFFIX = r"(?:\.?[ºª]|[èe]me|ᵉ|e|th|st|nd|rd)?"  # "73e", "73ème", "73rd", "73.º"


def _pattern(template: str, path: Path) -> re.Pattern[str]:
    """ "{n}e session de l'Assemblée générale" -> a regex: the words as written (any apostrophe, any
    run of spaces), the number where {n} stands, with or without an ordinal ending."""
    if template.count("{n}") != 1:
        raise DataFileError(str(path), None, f"pattern {template!r}: needs {{n}} once, for the number")
    before, after = template.split("{n}")
    words = [re.escape(part).replace("'", "['’]") for part in (before, after)]
    spaced = [re.sub(r"(?:\\ )+", r"\\s+", part) for part in words]
    edge_before = r"(?<!\w)" if before[:1].isalnum() else r"(?<![0-9٠-٩])"
    edge_after = r"(?!\w)" if after[-1:].isalnum() else ""
    return re.compile(edge_before + spaced[0] + NUMBER + ORDINAL_SUFFIX + spaced[1] + edge_after, re.I)


def _entries(value: Any, where: str, path: Path) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise DataFileError(str(path), None, f"{where}: expected a list of entries")
    return value


def _list(value: Any, where: str, path: Path) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise DataFileError(str(path), None, f"{where}: expected a list of words")
    return value


def _day(value: Any, path: Path) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise DataFileError(str(path), None, f"{value!r} is not a date (YYYY-MM-DD)") from None


def _alternation(words: list[str]) -> str:
    """Longest first; a word ending in a letter must end there ("résolution", not "résolutions" half-read)."""
    options = [
        re.escape(w) + (r"(?!\w)" if w[-1].isalnum() else "") for w in sorted(words, key=len, reverse=True)
    ]
    return r"(?<!\w)(?:" + "|".join(options) + ")"


def _words(names: list[str]) -> re.Pattern[str]:
    return re.compile(_alternation(names) + r"(?!\w)", re.I)
