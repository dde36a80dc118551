from datetime import date

import pytest

import diplowatch.dates as dates
from diplowatch.dates import find_dates, scans_kept
from diplowatch.dates.model import Candidate

TEXTS = [f"The envoy arrived on {day} March 2024 and left the next day." for day in range(1, 9)]


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = dates.scan

    def counting(folded: str, language: str) -> list[Candidate]:
        seen.append(folded)
        return real(folded, language)

    monkeypatch.setattr(dates, "scan", counting)
    dates._scanned.cache_clear()
    return seen


def test_a_batch_scans_each_text_once_however_many_texts_come_between(scans: list[str]) -> None:
    with scans_kept():
        first = [find_dates(text, "en", date(2024, 3, 20)) for text in TEXTS]
        again = [find_dates(text, "en", date(2024, 3, 21)) for text in TEXTS]
    assert len(scans) == len(TEXTS)
    assert [[e.text for e in found] for found in first] == [[e.text for e in found] for found in again]
    assert first[0][0].value == "2024-03-01"


def test_the_scans_of_a_batch_are_forgotten_when_it_ends(scans: list[str]) -> None:
    with scans_kept():
        for text in TEXTS:
            find_dates(text, "en", None)
    for text in TEXTS:  # outside a batch only the last few texts are kept: each is scanned again
        find_dates(text, "en", None)
    assert len(scans) == 2 * len(TEXTS)
