"""Days and months written without a year in an article with no publication date (our own sentences,
four languages): the year that puts them nearest the latest fact the text dates in full; undated
when the text dates nothing in full, and for words that need the day of writing."""

from __future__ import annotations

from datetime import date

import pytest

from diplowatch.events.dating import document_dates
from diplowatch.events.yearless import yearless_dates
from tests.events.conftest import make_article

# (lang, text, the yearless expression, the value it takes)
DATED = [
    (
        "fr",
        "La réunion de décembre 2018 à Genève a été suivie d'une autre. Le 29 janvier, l'envoyé a "
        "informé le Conseil de sécurité.",
        "29 janvier",
        "2019-01-29",
    ),
    (
        "fr",
        "Les deux délégations se sont revues début décembre, après la session d'octobre 2021.",
        "début décembre",
        "2021-12",
    ),
    (
        "en",
        "The talks of March 2023 ended without result. The envoy met the minister in Algiers on 2 February.",
        "2 February",
        "2023-02-02",
    ),
    (
        "es",
        "El enviado visitó Rabat en diciembre de 2023. El 10 de enero se reunió con el ministro en Argel.",
        "10 de enero",
        "2024-01-10",
    ),
    (
        "ar",
        "زار المبعوث الرباط في نوفمبر 2023. والتقى وزير الخارجية في الجزائر يوم 5 يناير.",
        "5 يناير",
        "2024-01-05",
    ),
    # a quarter with its year is a dated fact (its middle month: February 2019)
    (
        "en",
        "The first round table took place in Geneva on 5 and 6 December. The parties will meet again in "
        "the first quarter of 2019.",
        "5 and 6 December",
        "2018-12-05",
    ),
    # a cited reference event is a dated fact: resolution 2440 was adopted on 31 October 2018
    (
        "en",
        "After resolution 2440, the first round table took place in Geneva on 5 December.",
        "5 December",
        "2018-12-05",
    ),
]


@pytest.mark.parametrize(("lang", "text", "words", "value"), DATED, ids=[c[2] for c in DATED])
def test_yearless_takes_the_year_nearest_the_latest_dated_fact(
    lang: str, text: str, words: str, value: str
) -> None:
    found = [d.date for d in document_dates(make_article(text, lang, None)) if words in d.date.text]
    assert found, f"{words!r} not dated"
    assert found[0].value == value
    assert found[0].approximate


def test_yearless_day_with_its_weekday_takes_a_year_where_it_falls_on_it() -> None:
    # 27 September was a Thursday in 2018 and in 2012, a Wednesday in 2017 and 2023
    text = "Après les entretiens de mars 2017, le jeudi 27 septembre, l'envoyé a reçu une délégation."
    found = yearless_dates(make_article(text, "fr", None), [])
    assert [d.value for _, _, d in found] == ["2018-09-27"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le 14 novembre, l'envoyé a rencontré le ministre à Rabat."),  # nothing dated in full
        ("en", "The envoy met the minister yesterday, a week after the talks of March 2023."),
        ("es", "El jueves, el enviado se reunió con el ministro, tras las conversaciones de marzo de 2023."),
    ],
)
def test_yearless_undated_without_a_dated_fact_or_for_words_of_the_day_of_writing(
    lang: str, text: str
) -> None:
    assert yearless_dates(make_article(text, lang, None), []) == []


def test_yearless_only_when_the_publication_date_is_unknown() -> None:
    text = "Les entretiens de décembre 2018 ont été suivis d'autres. Le 29 janvier, l'envoyé est venu."
    dated = [d.date.value for d in document_dates(make_article(text, "fr", "2020-02-10"))]
    assert (
        "2020-01-29" in dated and "2019-01-29" not in dated
    )  # the publication date decides, not the dated facts


def test_yearless_a_term_is_no_dated_fact() -> None:
    text = "La mission est prorogée jusqu'au 31 octobre 2030. Le 3 mai, l'envoyé est venu."
    assert yearless_dates(make_article(text, "fr", None), []) == []


def test_yearless_cited_days_count() -> None:
    found = yearless_dates(make_article("Le 3 mai, l'envoyé est venu.", "fr", None), [date(2024, 4, 30)])
    assert [d.value for _, _, d in found] == ["2024-05-03"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "fr",
            "Les entretiens de décembre 2023 n'ont rien donné. Le 10 janvier, Staffan de Mistura a "
            "rencontré Nasser Bourita à Rabat.",
            "2024-01-10",
        ),
        ("ar", "فشلت محادثات ديسمبر 2023. والتقى دي ميستورا بوريطة في الرباط يوم 10 يناير.", "2024-01-10"),
    ],
)
def test_yearless_dates_an_event_of_an_undated_article(code, lang: str, text: str, value: str) -> None:
    meetings = [e for e in code(text, lang, None) if e.type == "CONSULT"]
    assert meetings and all(e.date is not None and e.date.value == value for e in meetings), meetings
