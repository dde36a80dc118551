"""Case tables for the date stage: tests/dates/cases_<lang>.psv, written for these tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Case:
    language: str
    anchor: date
    sentence: str
    expression: str  # "" when the sentence holds no date
    value: str | None
    granularity: str
    flags: frozenset[str]
    where: str

    @property
    def id(self) -> str:
        return f"{self.where}:{self.expression or 'none'}"


def load_cases() -> list[Case]:
    cases = []
    for path in sorted(HERE.glob("cases_*.psv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            language, anchor, sentence, expression, value, granularity, flags = (
                part.strip() for part in line.split("|")
            )
            cases.append(
                Case(
                    language,
                    date.fromisoformat(anchor),
                    sentence,
                    expression,
                    None if value in ("-", "") else value,
                    granularity,
                    frozenset(f.strip() for f in flags.split(",") if f.strip()),
                    f"{path.name}:{number}",
                )
            )
    return cases
