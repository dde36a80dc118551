"""Two ways a page's own date was lost: a label whose date is written year first with slashes
("Date: 2022/03/15"), and the end of a term ("until 31 October 2020") taken for the latest year
the text reports, which pushed a weekday's day-month into a later year."""

from datetime import date

import pytest

from diplowatch.reading.published import published_date

TODAY = date(2026, 11, 22)
MENU = ("THE VALLEY POST", "World | Region | Opinion")


@pytest.mark.parametrize(
    ("language", "label_line"),
    [
        ("en", "Date: 2022/03/15 - 08:40 GMT"),
        ("es", "Fecha: 2022/03/15 08:40"),
        ("ar", "تاريخ النشر: 2022/03/15 - 08:40 بتوقيت مكة"),
        ("ar", "التاريخ: 2022.03.15"),
    ],
)
def test_a_labelled_header_date_written_year_first_dates_the_page(language: str, label_line: str) -> None:
    body = "The ministers met in the capital and agreed to reopen the border crossing."
    found = published_date((*MENU, label_line), (), body, language, TODAY)
    assert found is not None and found.value == "2022-03-15"


TERM_BODIES = {
    "en": (
        "The council on Wednesday, October 30, extended the observer mission in the valley until "
        "October 31, 2020. The mission was first deployed in March 2018 after the ceasefire."
    ),
    "fr": (
        "Le conseil a prorogé mercredi 30 octobre le mandat de la mission d'observation jusqu'au "
        "31 octobre 2020. La mission avait été déployée en mars 2018 après le cessez-le-feu."
    ),
    "es": (
        "El consejo prorrogó el miércoles 30 de octubre el mandato de la misión de observación hasta el "
        "31 de octubre de 2020. La misión se desplegó en marzo de 2018 tras el alto el fuego."
    ),
    "ar": (
        "مدّد المجلس يوم الأربعاء 30 أكتوبر ولاية بعثة المراقبة في الوادي حتى 31 أكتوبر 2020. "
        "وكانت البعثة قد نُشرت في مارس 2018 بعد وقف إطلاق النار."
    ),
}


@pytest.mark.parametrize("language", sorted(TERM_BODIES))
def test_the_end_of_a_term_does_not_move_a_weekday_date_into_a_later_year(language: str) -> None:
    found = published_date(MENU, (), TERM_BODIES[language], language, TODAY)
    assert found is not None and found.value.startswith("2019-10-3")


def test_a_year_the_text_reports_still_sets_the_floor() -> None:
    body = (
        "The council on Wednesday, October 30, welcomed the report. The envoy resigned in May 2023 "
        "and the mission's mandate runs until October 31, 2025."
    )
    found = published_date(MENU, (), body, "en", TODAY)
    assert found is not None and found.value.startswith("2024-10-3")
