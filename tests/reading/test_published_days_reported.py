"""A page that gives only the weekday it was written on ("Monday 10:05 GMT", "mardi 09h12") and days
without a year ("a statement issued on October 2") was written on that weekday in the week after the
latest of them, in the year the page mentions last (our own lines)."""

from datetime import date

import pytest

from diplowatch.reading.published import published_date

TODAY = date(2026, 12, 7)

# 2 October 2023 was a Monday: written on the Tuesday after it
PAGES = [
    (
        "fr",
        ("Le Quotidien", "Politique | mardi 09h12"),
        "Dans un communiqué publié le 2 octobre, le ministère a dénoncé l'attaque.\n"
        "Le dialogue avait repris en avril 2023, après une première rencontre le 14 mars.",
    ),
    (
        "en",
        ("The Daily Wire", "World | Tuesday 09:12 GMT"),
        "The ministry condemned the attack in a statement issued on October 2.\n"
        "The dialogue had resumed in April 2023, after a first meeting on March 14.",
    ),
    (
        "es",
        ("El Diario", "Internacional · martes, 09:12"),
        "En un comunicado emitido el 2 de octubre, la cancillería condenó el ataque.\n"
        "El diálogo se había reanudado en abril de 2023, tras un primer encuentro el 14 de marzo.",
    ),
    (
        "ar",
        ("الجريدة", "سياسة | الثلاثاء 09:12"),
        "وفي بيان صدر في 2 أكتوبر، نددت الوزارة بالهجوم.\nوكان الحوار قد استؤنف في أبريل 2023.",
    ),
]


@pytest.mark.parametrize(("language", "header", "body"), PAGES, ids=[p[0] for p in PAGES])
def test_written_on_its_weekday_after_the_latest_day_reported(
    language: str, header: tuple[str, ...], body: str
) -> None:
    found = published_date(header, (), body, language, TODAY)
    assert found is not None and found.value == "2023-10-03"


def test_a_day_told_ahead_is_not_reported() -> None:
    # the talks to come on 9 October do not date the page: the statement of 2 October does
    body = (
        "The ministry condemned the attack in a statement issued on October 2. Talks will resume on "
        "October 9, the envoy said. The dialogue had resumed in April 2023."
    )
    found = published_date(("World | Tuesday 09:12 GMT",), (), body, "en", TODAY)
    assert found is not None and found.value == "2023-10-03"


def test_without_one_weekday_of_writing_the_day_stays_unknown() -> None:
    body = (
        "The ministry condemned the attack in a statement issued on October 2. The dialogue resumed in 2023."
    )
    assert published_date(("World | Middle East",), (), body, "en", TODAY) is None
