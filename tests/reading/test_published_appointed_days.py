"""A day the text sets for later ("convocó una reunión para el jueves 30 de enero", "a summit scheduled for
Thursday, January 30", "le sommet prévu le jeudi 30 janvier", "next Thursday, January 30") is no day the page
reports: a page written on a Monday that tells a Sunday and announces a Thursday was written the day after
the Sunday, not on the Monday after the Thursday (our own texts)."""

from datetime import date

import pytest

from diplowatch.reading.published import published_date

TODAY = date(2026, 12, 6)
HEADER = ("El Diario del Istmo", "Lunes | Actualizado 08:10 h")
HEADER_EN = ("The Isthmus Post", "Monday | Updated 08:10")
HEADER_FR = ("La Gazette de l'Isthme", "Lundi | Mis à jour à 08h10")

ANNOUNCED = [
    (
        "es",
        HEADER,
        "Todo empezó el domingo 26 de enero, cuando el presidente rechazó dos vuelos. La presidenta pro tempore "
        "convocó el domingo una reunión de cancilleres para el jueves 30 de enero.",
    ),
    (
        "en",
        HEADER_EN,
        "It all began on Sunday, January 26, when the president turned back two flights. The bloc called an "
        "emergency meeting of foreign ministers for Thursday, January 30.",
    ),
    (
        "fr",
        HEADER_FR,
        "Tout a commencé le dimanche 26 janvier, quand le président a refusé deux vols. La présidence a convoqué "
        "une réunion des ministres prévue le jeudi 30 janvier.",
    ),
    (
        "en",
        HEADER_EN,
        "It all began on Sunday, January 26, when the president turned back two flights. Ministers will meet "
        "next Thursday, January 30, the bloc said.",
    ),
]


@pytest.mark.parametrize(("language", "header", "body"), ANNOUNCED, ids=["es", "en", "fr", "en-next"])
def test_a_day_set_for_later_does_not_push_the_day_of_writing(language, header, body) -> None:
    found = published_date(header, (), body, language, TODAY)
    assert found is not None and found.value == "2025-01-27", found


def test_a_reported_thursday_still_dates_the_page_after_it() -> None:
    body = (
        "Todo empezó el domingo 26 de enero, cuando el presidente rechazó dos vuelos. Los cancilleres se "
        "reunieron el jueves 30 de enero en Tegucigalpa."
    )
    found = published_date(HEADER, (), body, "es", TODAY)
    assert found is not None and found.value == "2025-02-03", found
