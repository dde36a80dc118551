"""News outlets and datelines: text that names where a story comes from, never who acts in it.

`lang/outlets.yaml` lists agencies, papers and broadcasters in any language.
A dateline is the opening of a paragraph that says where and from whom a
dispatch comes: "RABAT (Reuters) -", "ALGER, 12 mars (APS) -", "Tripoli,
le 3 mai (AFP) —", "الرباط (رويترز) -". Both are blocked before linking.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from diplowatch.errors import DataFileError
from diplowatch.text.langdata import load_yaml
from diplowatch.text.normalise import alias_keys, is_acronym

OUTLETS_FILE = Path(__file__).resolve().parent.parent / "lang" / "outlets.yaml"
MAX_DATELINE = 80  # characters from the paragraph start to the dash

# A paragraph start, a place (capitals, or one to three words before a parenthesis, maybe with its
# country in brackets: "Yeda (Arabia Saudí), 21 may (EFE).-", "Djeddah (Arabie saoudite) (AFP) -"), an
# optional date after a comma, an optional "(credit)", then a dash or colon.
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:"
    r"(?P<caps>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\- ]{1,30}[A-ZÀ-ÖØ-Þ.])(?:\s*,[^\n()\-–—]{1,35})?"
    r"\s*(?:\((?P<credit1>[^()\n]{1,40})\))?"
    r"|(?P<place>[^\s()\-–—,،][^\n()\-–—,،]{0,40}?)(?:\s*\((?P<country>[^()\n\d]{2,30})\))?"
    r"(?:\s*[,،][^\n()\-–—]{1,35})?\s*\((?P<credit2>[^()\n]{1,40})\)"
    r")\s*\.?\s*[-–—:]"  # EFE writes the dash after a full stop: "Madrid, 14 mar (EFE).-"
)

# A paragraph start, a place of one to three words, a comma, a full date (a day and a year), then a
# dash, maybe after a credit in brackets ("Caracas/Bogotá, 28 de octubre de 2025 (Redacción).-"): a
# dateline with no outlet ("الرباط، 20 أكتوبر 2023 -", "Tripoli, May 3, 2023 —"); the day and
# the year tell it from a sentence that happens to have a comma and a dash ("Le Maroc, en 2007 -").
_DATED_PLACE = re.compile(
    r"(?m)^[ \t]*(?P<place>[^\s()\-–—,،:]+(?:[ \t][^\s()\-–—,،:]+){0,2})\s*[,،]"
    r"(?P<date>[^\n()\-–—:]{0,25}?(?<!\d)(?:1[89]|20)\d\d(?!\d)[^\n()\-–—,،:]{0,5}?)"
    r"\s*(?:\([^()\n]{1,40}\))?\s*\.?\s*[-–—]"  # a credit that names no outlet: "(Redacción).-"
)
_DAY = re.compile(r"(?<!\d)\d{1,2}(?!\d)")


@functools.cache
def outlet_keys() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """Folded key sequences of outlet names: (any case, capitals only for acronyms such as "AP")."""
    try:
        data = load_yaml(OUTLETS_FILE.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise DataFileError(
            str(OUTLETS_FILE), mark.line + 1 if mark else None, f"not valid YAML: {error}"
        ) from error
    groups = data.get("outlets") if isinstance(data, dict) else None
    if not isinstance(groups, list) or not all(isinstance(g, list) for g in groups):
        raise DataFileError(str(OUTLETS_FILE), None, "expected `outlets:` followed by lists of names")
    names = [str(name) for group in groups for name in group]
    loose = frozenset(alias_keys(n) for n in names if not is_acronym(n) and alias_keys(n))
    acronyms = frozenset(alias_keys(n) for n in names if is_acronym(n) and alias_keys(n))
    return loose, acronyms


def is_outlet(text: str) -> bool:
    """Whether `text` (a mention, or an alias) is the name of a news outlet."""
    loose, acronyms = outlet_keys()
    keys = alias_keys(text)
    if keys in loose:
        return True
    return keys in acronyms and text.strip().isupper()


def datelines(body: str) -> list[tuple[int, int]]:
    """Character spans of datelines in `body` (place, date, credit and the dash)."""
    spans = []
    for match in _DATELINE.finditer(body):
        if match.end() - match.start() > MAX_DATELINE:
            continue
        credit = match["credit1"] or match["credit2"]
        if (
            match["caps"] is not None
            and credit is None
            and (match[0].endswith(":") or not _all_capitals(match["caps"]))
        ):
            continue  # "ONU : ..." is a headline; "NEW YORK -" a dateline
        if match["place"] is not None and not is_outlet(credit or ""):
            continue  # "Le ministre (photo) :" is no dateline; an outlet in brackets makes one
        spans.append((match.start(), match.end()))
    spans += [
        (match.start(), match.end())
        for match in _DATED_PLACE.finditer(body)
        if _DAY.search(match["date"]) and not any(start <= match.start() < end for start, end in spans)
    ]
    return sorted(spans)


def _all_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)
