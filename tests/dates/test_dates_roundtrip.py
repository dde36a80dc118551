"""Hypothesis: every absolute date we can write in each language normalises back to itself."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplowatch.dates import find_dates, normalise
from diplowatch.dates.vocabulary import load

# Written out here rather than read from the data files, so a broken data file fails.
MONTHS = {
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "ar_levant": [
        "كانون الثاني",
        "شباط",
        "آذار",
        "نيسان",
        "أيار",
        "حزيران",
        "تموز",
        "آب",
        "أيلول",
        "تشرين الأول",
        "تشرين الثاني",
        "كانون الأول",
    ],
    "ar_egypt": [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
}
WEEKDAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
}
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _arabic(day: date, digits: bool, gloss: bool) -> str:
    month = MONTHS["ar_levant"][day.month - 1]
    if gloss:
        month += "/" + MONTHS["ar_egypt"][day.month - 1]
    text = f"{WEEKDAYS['ar'][day.weekday()]} {day.day} {month} {day.year}"
    return text.translate(ARABIC_DIGITS) if digits else text


RENDERINGS = {
    "fr": lambda d, v: (
        f"le {WEEKDAYS['fr'][d.weekday()]} {'1er' if d.day == 1 and v else d.day} "
        f"{MONTHS['fr'][d.month - 1]} {d.year}"
    ),
    "en": lambda d, v: (
        f"{WEEKDAYS['en'][d.weekday()]}, {MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
        if v
        else f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"
    ),
    "es": lambda d, v: f"el {WEEKDAYS['es'][d.weekday()]} {d.day} de {MONTHS['es'][d.month - 1]} de {d.year}",
    "ar": lambda d, v: _arabic(d, digits=v, gloss=d.day % 2 == 0),
}
days = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
anchors = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))


@pytest.mark.parametrize("language", sorted(RENDERINGS))
@settings(max_examples=150, deadline=None)
@given(day=days, variant=st.booleans(), anchor=anchors)
def test_written_date_normalises_to_itself(
    language: str, day: date, variant: bool, anchor: date | None
) -> None:
    text = RENDERINGS[language](day, variant)
    found = find_dates(f"{text}.", language, anchor)
    assert [(e.text, e.value, e.granularity) for e in found] == [(text, day.isoformat(), "day")]


@settings(max_examples=100, deadline=None)
@given(day=days)
def test_numeric_dates_normalise_to_themselves(day: date) -> None:
    assert normalise(day.isoformat(), "fr", None).value == day.isoformat()
    assert normalise(day.strftime("%d-%m-%Y"), "fr", None).value == day.isoformat()
    assert normalise(day.strftime("%d/%m/%Y"), "ar", None).value == day.isoformat()


@settings(max_examples=100, deadline=None)
@given(
    month=st.integers(1, 12), year=st.integers(1900, 2099), language=st.sampled_from(["fr", "en", "es", "ar"])
)
def test_month_and_year_normalise_to_month(month: int, year: int, language: str) -> None:
    names = MONTHS["ar_egypt" if language == "ar" else language]
    joiner = " de " if language == "es" else " "
    found = find_dates(f"{names[month - 1]}{joiner}{year}.", language, date(2024, 1, 1))
    assert [(e.value, e.granularity) for e in found] == [(f"{year}-{month:02d}", "month")]


@pytest.mark.parametrize("language", ["fr", "en", "es", "ar"])
def test_every_month_name_in_data_file_reads_its_month(language: str) -> None:
    vocab = load(language)
    for word, month in vocab.meanings["MONTH"].items():
        found = find_dates(f"12 {word} 2021", language, date(2024, 1, 1))
        assert [e.value for e in found] == [f"2021-{int(month):02d}-12"], word
