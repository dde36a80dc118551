"""A page dated only by a weekday header and a part of a dated day in its text ("on the afternoon of
Friday, June 27", "dans la soirée du vendredi 27 juin") is read from that date: the part of the day
no longer hides the date after it (our own texts)."""

from datetime import date

import pytest

from diplowatch.reading.published import published_date

TODAY = date(2026, 12, 6)
HEADERS = {
    "en": ("The Daily Wire Desk", "World | Africa", "Saturday · 09:40 GMT"),
    "fr": ("Le Fil du Monde", "Monde | Afrique", "Samedi · 09h40"),
    "es": ("El Hilo Diario", "Mundo | África", "Sábado · 09:40"),
}

PAGES = [
    (
        "en",
        "The two foreign ministers signed the accord on the afternoon of Friday, June 27, in Washington. "
        "Their technical teams had initialled it on June 18.",
    ),
    (
        "fr",
        "Les deux ministres ont signé l'accord dans la soirée du vendredi 27 juin à Washington. "
        "Leurs équipes l'avaient paraphé le 18 juin.",
    ),
    (
        "es",
        "Los dos cancilleres firmaron el acuerdo en la tarde del viernes 27 de junio en Washington. "
        "Sus equipos lo habían rubricado el 18 de junio.",
    ),
]


@pytest.mark.parametrize(("language", "body"), PAGES, ids=[p[0] for p in PAGES])
def test_a_part_of_a_dated_day_dates_the_page(language: str, body: str) -> None:
    found = published_date(HEADERS[language], (), body, language, TODAY)
    assert found is not None and found.value == "2025-06-28", found
