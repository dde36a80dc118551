"""An anniversary dates the page: "yesterday, on the second anniversary of the truce, signed on 12 March
2022" was written the day after 12 March 2024 (`anniversary_words` in lang/xx/reading.yaml, ordinals
from dates.yaml; reading.pubclues). Sentences written for these tests."""

from datetime import date

import pytest

from diplowatch.reading.published import published_date

TODAY = date(2026, 11, 22)
MENU = ("THE COAST POST", "World | Africa | Opinion")

BODIES = {
    "en": "Ministers met in Accra yesterday, on the second anniversary of the truce, which was signed on "
    "12 March 2022, to review its monitoring.",
    "fr": "Les ministres se sont réunis hier à Accra, au deuxième anniversaire de la trêve, signée le "
    "12 mars 2022, pour en examiner le suivi.",
    "es": "Los ministros se reunieron ayer en Accra, en el segundo aniversario de la tregua, firmada el "
    "12 de marzo de 2022, para revisar su seguimiento.",
    "ar": "اجتمع الوزراء أمس في أكرا، في الذكرى الثانية للهدنة التي وقعت في 12 مارس 2022، لمراجعة تطبيقها.",
}


@pytest.mark.parametrize("language", sorted(BODIES))
def test_yesterday_s_anniversary_dates_the_page(language: str) -> None:
    found = published_date(MENU, (), BODIES[language], language, TODAY)
    assert found is not None and found.value == "2024-03-13"


def test_an_anniversary_whose_sentence_gives_no_date_pins_nothing() -> None:
    body = "Ministers met yesterday on the second anniversary of the truce. It was signed on 12 March 2022."
    found = published_date(MENU, (), body, "en", TODAY)
    assert found is None or found.value != "2024-03-13"
