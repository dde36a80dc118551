"""Records of the date stage: what the scanner read, and what the resolver made of it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["date", "time", "duration", "set"]
Tense = Literal["past", "future"]


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A temporal expression found in a text, normalised against the publication date.

    `value` is an ISO 8601 / TimeML prefix (2024, 2024-03, 2024-03-11, 2024-W10, 2024-SU,
    2024-Q1, 199 for a decade, 2024-03-11TEV or 2024-03-11T14:30 for times of day); it is
    None for durations and sets, and for dates that cannot be anchored (no publication date).
    """

    start: int
    end: int
    text: str
    value: str | None
    granularity: str  # day|week|month|season|year (quarters and halves count as "season")
    approximate: bool
    kind: str  # date|time|duration|set

    def as_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "granularity": self.granularity,
            "approximate": self.approximate,
            "kind": self.kind,
        }


@dataclass(frozen=True, slots=True)
class Reading:
    """The calendar fields one match spells out, before anchoring (all optional)."""

    year: int | None = None
    century_less_year: int | None = None  # "93" in "novembre 93"
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    shift: int | None = None  # "dernier" -1, "ce" 0, "prochain" +1
    deixis: int | None = None  # day offset from the publication date ("hier" -1)
    anaphor: int | None = None  # day offset from the last date mentioned ("le lendemain" +1)
    unit: str | None = None  # day|week|weekend|month|quarter|half|year|decade
    plural: bool = False  # "les derniers jours": a vague stretch, not one unit
    count: int | None = None  # "deux" in "il y a deux semaines"
    direction: int | None = None  # -1 "il y a ... / ago", +1 "dans ... / in"
    from_reference: bool = False  # counted from the last date mentioned: "deux jours plus tard"
    same_year: bool = False  # the year of the last date mentioned: "le 18 mars de la même année"
    approx: str | None = None  # start|mid|end
    season: str | None = None  # SP|SU|FA|WI
    ordinal: int | None = None  # quarter or half number
    decade: int | None = None  # 199 for "les années 1990"
    decade_digit: int | None = None  # 9 for "les années 90": the century comes from the anchor
    part_of_day: str | None = None  # MO|AF|EV|NI
    hour: int | None = None
    minute: int | None = None
    holiday: str | None = None  # "12-25" or "easter+49"
    marker: str | None = None  # "set" or "duration" when a marker word says so


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span the scanner matched, with the reading of its slots."""

    start: int
    end: int
    reading: Reading
    rule: str  # the pattern that matched, for debugging and provenance
