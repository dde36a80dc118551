"""Publication dates a page gives in a field of a line, or in a line of its own (our own lines): a
publication label opening a field of a foot line ("L'Écho — Page mise en ligne le ... — ©"), a header
line that is a month and a year alone ("APRIL 2025"); and hours counted back from the reading day
("Mis à jour il y a 2 heures") date nothing, since the page may be read months later."""

from datetime import date

import pytest

from diplowatch.reading.published import published_date

TODAY = date(2026, 11, 22)
BODY = {
    "en": "The envoy met the foreign minister on Thursday. Talks had stalled in June 2023.",
    "fr": "L'envoyé a rencontré jeudi le ministre. Les discussions étaient bloquées depuis juin 2023.",
    "es": "El enviado se reunió el jueves con el ministro. Las conversaciones estaban estancadas desde junio de 2023.",
}
HEADERS = {
    "en": ("THE HARBOUR TIMES", "World | Africa | Opinion", "Updated 3 hours ago"),
    "fr": ("LE PHARE DU SUD", "Accueil | Monde | Afrique", "Mis à jour il y a 3 heures"),
    "es": ("EL FARO AUSTRAL", "Portada | Mundo | África", "Actualizado hace 3 horas"),
}

FOOT_FIELDS = [
    ("en", "The Harbour Times | Story published 16 May 2024 | All rights reserved"),
    ("fr", "Le Phare du Sud — Page mise en ligne le 16 mai 2024 — © Tous droits réservés"),
    ("fr", "Le Phare du Sud · Article publié le 16/05/2024 · Mentions légales"),
    ("es", "El Faro Austral · Nota publicada el 16 de mayo de 2024 · Todos los derechos reservados"),
]


@pytest.mark.parametrize(("language", "foot_line"), FOOT_FIELDS)
def test_a_label_opening_a_field_of_a_foot_line_dates_the_page(language: str, foot_line: str) -> None:
    found = published_date(HEADERS[language], ("Newsletter", foot_line), BODY[language], language, TODAY)
    assert found is not None and found.value == "2024-05-16"


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_hours_counted_back_from_the_reading_day_date_nothing(language: str) -> None:
    with_hours = published_date(HEADERS[language], ("Newsletter",), BODY[language], language, TODAY)
    without = published_date(HEADERS[language][:2], ("Newsletter",), BODY[language], language, TODAY)
    assert with_hours == without


@pytest.mark.parametrize(
    ("language", "line", "month"),
    [("en", "APRIL 2025", "2025-04"), ("fr", "Avril 2025", "2025-04"), ("es", "abril 2025", "2025-04")],
)
def test_a_header_line_of_a_month_alone_is_the_month_of_publication(
    language: str, line: str, month: str
) -> None:
    header = HEADERS[language][:2] + (line,)
    found = published_date(header, ("Newsletter",), BODY[language], language, TODAY)
    assert found is not None and found.value[:7] == month


def test_a_title_naming_a_month_is_no_month_of_publication() -> None:
    header = ("THE HARBOUR TIMES", "World | Africa | Opinion", "Council renews the mission until April 2025")
    found = published_date(header, ("Newsletter",), BODY["en"], "en", TODAY)
    assert found is None or found.value[:7] != "2025-04"


def test_a_month_line_gives_the_year_a_weekday_date_is_read_in() -> None:
    """ "Saturday 10 May" under "MAY 2025" is 10 May 2025 (a Saturday), not the first Saturday 10 May
    after the latest year the text mentions (1972: 1975); and a day planned later in the month ("will meet
    again on 13 May") is not the day of writing."""
    header = ("THE HARBOUR TIMES", "World | Asia | Opinion", "MAY 2025")
    body = (
        "The ceasefire announced on Saturday 10 May held through the night along the border. "
        "The military commanders will meet again on 13 May. "
        "Both sides invoked the 1972 agreement that drew the line of control."
    )
    found = published_date(header, ("Newsletter",), body, "en", TODAY)
    assert found is not None and found.value == "2025-05-10"
