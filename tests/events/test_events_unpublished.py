"""Undated events of an article with no publication date (our own sentences, four languages): they
take the latest day or month the text dates a happening to, approximate; a year alone, a future or
negated happening date nothing."""

from __future__ import annotations

import pytest

CASES = [
    (
        "fr",
        "Le 12 mars 2024, Staffan de Mistura a rencontré Nasser Bourita à Rabat. "
        "Il pleuvait sur la ville. Ahmed Attaf a critiqué Staffan de Mistura.",
        "2024-03-12",
    ),
    (
        "en",
        "On 12 March 2024, Staffan de Mistura met Nasser Bourita in Rabat. "
        "It was raining in the city. Ahmed Attaf criticised Staffan de Mistura.",
        "2024-03-12",
    ),
    (
        "es",
        "El 12 de marzo de 2024, Staffan de Mistura se reunió con Nasser Bourita en Rabat. "
        "Llovía en la ciudad. Ahmed Attaf criticó a Staffan de Mistura.",
        "2024-03-12",
    ),
    (
        "ar",
        "التقى دي ميستورا بوريطة في الرباط يوم 12 مارس 2024. كان الجو ممطرا في المدينة. وانتقد عطاف دي ميستورا.",
        "2024-03-12",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "value"), CASES, ids=[c[0] for c in CASES])
def test_unpublished_undated_event_takes_the_latest_dated_happening(
    code, lang: str, text: str, value: str
) -> None:
    criticism = [e for e in code(text, lang, None) if e.type == "ACCUSE"]
    assert criticism, "no ACCUSE event"
    assert all(e.date is not None and e.date.value == value and e.date.approximate for e in criticism)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a year alone is background, not the time of the report
        (
            "fr",
            "En 1975, l'Espagne a quitté le territoire. Il pleuvait sur la ville. "
            "Ahmed Attaf a critiqué Staffan de Mistura.",
        ),
        # a meeting still to come dates nothing
        (
            "en",
            "Staffan de Mistura will meet Nasser Bourita in Rabat on 12 March 2024. "
            "It was raining in the city. Ahmed Attaf criticised Staffan de Mistura.",
        ),
    ],
)
def test_unpublished_undated_event_stays_undated(code, lang: str, text: str) -> None:
    criticism = [e for e in code(text, lang, None) if e.type == "ACCUSE"]
    assert criticism, "no ACCUSE event"
    assert all(e.date is None for e in criticism)


@pytest.mark.slow
def test_unpublished_dates_nothing_when_the_article_has_a_publication_date(code) -> None:
    text = (
        "Le 2 mars 2024, Staffan de Mistura a rencontré Nasser Bourita. Il pleuvait sur la ville. "
        "Ahmed Attaf a critiqué de Mistura."
    )
    criticism = [e for e in code(text, "fr", "2024-03-13") if e.type == "ACCUSE"]
    assert criticism and all(e.date is not None and e.date.value == "2024-03-13" for e in criticism)
