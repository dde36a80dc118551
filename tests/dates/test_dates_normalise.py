"""normalise(): one expression such as a dateline, as the reading stage calls it."""

from __future__ import annotations

from datetime import date

import pytest

from diplowatch.dates import TimeExpression, find_dates, normalise

DATELINES = [
    ("5 FÉVRIER 2022", "fr", None, "2022-02-05"),
    ("Publié le jeudi 3 mars", "fr", date(2022, 2, 10), "2022-03-03"),
    ("15 jan 2022", "fr", None, "2022-01-15"),
    ("2024-02-07", "fr", None, "2024-02-07"),
    ("March 11, 2024", "fr", None, "2024-03-11"),
    ("05-12-2022", "fr", None, "2022-12-05"),
    ("Mis à jour le 12/03/2024 à 18h05", "fr", None, "2024-03-12"),
    ("Actualizado: 4 de enero de 2023", "es", None, "2023-01-04"),
    ("الخميس 11 آذار/مارس 2024", "ar", None, "2024-03-11"),
    ("Updated Thursday, March 14, 2024 10:32 GMT", "en", None, "2024-03-14"),
]


@pytest.mark.parametrize(("dateline", "language", "anchor", "value"), DATELINES)
def test_normalise_reads_dateline(dateline: str, language: str, anchor: date | None, value: str) -> None:
    found = normalise(dateline, language, anchor)
    assert found is not None and found.value is not None
    assert found.value[:10] == value


def test_normalise_returns_none_without_date() -> None:
    assert normalise("Par notre envoyé spécial", "fr", None) is None


def test_relative_expression_without_anchor_has_no_value() -> None:
    found = normalise("hier soir", "fr", None)
    assert found is not None and found.value is None and found.kind == "time"


def test_unknown_language_falls_back_to_numeric_dates() -> None:
    found = find_dates("Stand 07.02.2024, gestern Abend", "de", date(2024, 2, 8))
    assert [(e.text, e.value) for e in found] == [("07.02.2024", "2024-02-07")]


def test_find_dates_results_are_sorted_and_disjoint() -> None:
    text = (
        "Hier, le ministre a rappelé que le 3 mars 2021 et l'an dernier, puis mardi prochain "
        "à 15 h, il se rendra à Alger pendant deux jours, comme chaque année."
    )
    found = find_dates(text, "fr", date(2022, 2, 5))
    assert len(found) >= 6
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    assert all(isinstance(e, TimeExpression) and text[e.start : e.end] == e.text for e in found)


def test_weekday_agreeing_with_date_picks_the_year() -> None:
    # 11 March fell on a Monday in 2024 and 2019: the weekday decides around the anchor.
    assert normalise("lundi 11 mars", "fr", date(2024, 1, 5)).value == "2024-03-11"
    assert normalise("lundi 11 mars", "fr", date(2019, 6, 1)).value == "2019-03-11"


def test_diacritics_and_tatweel_do_not_break_offsets() -> None:
    text = "وصل الوفدُ غداً صباحـاً"
    found = find_dates(text, "ar", date(2024, 3, 14))
    assert [(e.text, e.value) for e in found] == [("غداً", "2024-03-15")]
