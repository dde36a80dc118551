"""Undated events of an article with no publication date (our own sentences, four languages): they
take the latest day or month the text dates a happening to, approximate; a year alone, a future or
negated happening date nothing; an article with a publication date keeps it as the fallback."""

from __future__ import annotations

import pytest

# (lang, text, publication date, the criticism's date: None for undated)
CASES = [
    (
        "fr",
        "Le 12 mars 2024, Staffan de Mistura a rencontré Nasser Bourita à Rabat. "
        "Il pleuvait sur la ville. Ahmed Attaf a critiqué Staffan de Mistura.",
        None,
        "2024-03-12",
    ),
    (
        "en",
        "On 12 March 2024, Staffan de Mistura met Nasser Bourita in Rabat. "
        "It was raining in the city. Ahmed Attaf criticised Staffan de Mistura.",
        None,
        "2024-03-12",
    ),
    (
        "es",
        "El 12 de marzo de 2024, Staffan de Mistura se reunió con Nasser Bourita en Rabat. "
        "Llovía en la ciudad. Ahmed Attaf criticó a Staffan de Mistura.",
        None,
        "2024-03-12",
    ),
    (
        "ar",
        "التقى دي ميستورا بوريطة في الرباط يوم 12 مارس 2024. كان الجو ممطرا في المدينة. وانتقد عطاف دي ميستورا.",
        None,
        "2024-03-12",
    ),
    # a year alone is background, not the time of the report
    (
        "fr",
        "En 1975, l'Espagne a quitté le territoire. Il pleuvait sur la ville. "
        "Ahmed Attaf a critiqué Staffan de Mistura.",
        None,
        None,
    ),
    # a meeting still to come dates nothing
    (
        "en",
        "Staffan de Mistura will meet Nasser Bourita in Rabat on 12 March 2024. "
        "It was raining in the city. Ahmed Attaf criticised Staffan de Mistura.",
        None,
        None,
    ),
    # with a publication date, the undated event takes it, as before
    (
        "fr",
        "Le 2 mars 2024, Staffan de Mistura a rencontré Nasser Bourita. Il pleuvait sur la ville. "
        "Ahmed Attaf a critiqué de Mistura.",
        "2024-03-13",
        "2024-03-13",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "anchor", "value"), CASES, ids=[c[1][:30] for c in CASES])
def test_unpublished_undated_event_dates(
    code, lang: str, text: str, anchor: str | None, value: str | None
) -> None:
    criticism = [e for e in code(text, lang, anchor) if e.type == "ACCUSE"]
    assert criticism, "no ACCUSE event"
    for event in criticism:
        assert (event.date.value if event.date else None) == value
        assert event.date is None or event.date.approximate
