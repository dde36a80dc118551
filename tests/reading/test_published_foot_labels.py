"""A line at the foot of a page that a publication label opens dates the page, however much else the
line holds (a weekday, a time, a time zone); a foot line no label opens does not (our own lines)."""

from datetime import date

import pytest

from diplowatch.reading.published import published_date

TODAY = date(2026, 11, 22)
HEADER = ("THE HARBOUR TIMES", "World | Africa | Opinion", "Updated 2 hours ago")
BODY = {
    "en": "The envoy met the foreign minister on Thursday. Talks had stalled in June 2023.",
    "fr": "L'envoyé a rencontré jeudi le ministre. Les discussions étaient bloquées depuis juin 2023.",
    "es": "El enviado se reunió el jueves con el ministro. Las conversaciones estaban estancadas desde junio de 2023.",
    "ar": "التقى المبعوث الخميس وزير الخارجية. وكانت المحادثات متعثرة منذ يونيو 2023.",
}
RELATED = ("Read more", "- Ministers gather in Lomé for the regional summit")

FOOT_LINES = [
    ("en", "First published Thursday 16 May 2024, 09.10 GMT"),
    ("en", "Published on May 16, 2024 at 9:10 a.m. EDT"),
    ("en", "Last updated: 16 May 2024, 11:45 GMT"),
    ("fr", "Publié le jeudi 16 mai 2024 à 09h10, mis à jour à 11h02"),
    ("fr", "Mis en ligne le 16/05/2024 à 09:10 (heure de Paris)"),
    ("es", "Publicado el jueves, 16 de mayo de 2024 - 09:10 CET"),
    ("es", "Actualizado el 16 de mayo de 2024, 11:45 horas"),
    ("ar", "نُشر في الخميس 16 مايو 2024 - 09:10 بتوقيت غرينتش"),
    ("ar", "تاريخ النشر: 16 مايو 2024 الساعة 09:10"),
]


@pytest.mark.parametrize(("language", "foot_line"), FOOT_LINES)
def test_a_labelled_foot_line_dates_the_page(language: str, foot_line: str) -> None:
    found = published_date(HEADER, (foot_line, *RELATED), BODY[language], language, TODAY)
    assert found is not None and found.value == "2024-05-16"


@pytest.mark.parametrize(
    ("language", "foot_line"),
    [
        ("en", "Read more: Envoy back in Geneva, talks set for Thursday 16 May 2024 after a long pause"),
        ("fr", "Le sommet de Lomé, prévu le jeudi 16 mai 2024, réunira les ministres de la région"),
        (
            "es",
            "Más noticias: la cumbre de Lomé, prevista para el jueves 16 de mayo de 2024, reunirá a los ministros",
        ),
    ],
)
def test_a_foot_line_no_label_opens_does_not_date_the_page(language: str, foot_line: str) -> None:
    found = published_date(HEADER, (foot_line, *RELATED), BODY[language], language, TODAY)
    assert found is None or found.value != "2024-05-16"
