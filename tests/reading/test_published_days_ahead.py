"""A day with its weekday that the text tells in the future ("les élections auront lieu dimanche 12 mars",
"the truce will take effect on Sunday, March 12") is after the page was written: the page is not dated a
week after it, and when the text gives its weekday of writing ("ce mardi") and no day it reports, it was
written on that weekday in the week before the day ahead (our own texts)."""

from datetime import date

import pytest

from diplowatch.reading.published import published_date

TODAY = date(2026, 12, 6)

AHEAD_ONLY = [
    (
        "fr",
        "Le Parlement a fixé ce mardi le calendrier du scrutin. Les élections auront lieu dimanche 12 mars, a "
        "annoncé le président de la commission, en poste depuis 2022.",
    ),
    (
        "en",
        "The two sides reached a deal this Tuesday after a night of talks. The truce will take effect on "
        "Sunday, March 12, the mediator said. Fighting has displaced thousands since 2022.",
    ),
]


@pytest.mark.parametrize(("lang", "body"), AHEAD_ONLY, ids=[a[0] for a in AHEAD_ONLY])
def test_a_page_telling_only_a_day_ahead_is_dated_before_it(lang: str, body: str) -> None:
    """Sunday 12 March is 2023 (the first such year from 2022); written on the Tuesday before: the 7th."""
    found = published_date(("Une", "Monde"), (), body, lang, TODAY)
    assert found is not None and found.value == "2023-03-07", found


def test_a_day_reported_still_dates_the_page_beside_a_day_ahead() -> None:
    """A day the text reports ("a rencontré dimanche 5 mars") dates the page, not the day ahead it announces
    (which was the latest day it dated, and the page was moved on to the Tuesday after it)."""
    body = (
        "Le médiateur a rencontré dimanche 5 mars les deux délégations, depuis 2022 en conflit. Les élections "
        "auront lieu dimanche 12 mars, a-t-il annoncé ce mardi."
    )
    found = published_date(("Une", "Monde"), (), body, "fr", TODAY)
    assert found is not None and found.value == "2023-03-07", found


WIRES = [
    (
        "en",
        "KYIV, Tuesday (Reuters) - The two leaders agreed on a truce after all-night talks, officials said.",
    ),
    ("es", "BOGOTÁ, martes (EFE).- Los dos gobiernos acordaron una tregua tras una noche de negociaciones."),
]
AHEAD = {
    "en": "The truce will take effect at midnight on Sunday, March 12. Fighting has displaced thousands since 2022.",
    "es": "La tregua entrará en vigor el domingo 12 de marzo. Los combates han desplazado a miles desde 2022.",
}


@pytest.mark.parametrize(("lang", "wire"), WIRES, ids=[w[0] for w in WIRES])
def test_a_wire_dateline_weekday_is_the_day_of_writing(lang: str, wire: str) -> None:
    """ "KYIV, Tuesday (Reuters) -", "BOGOTÁ, martes (EFE).-": the wire gives its weekday for its day."""
    found = published_date(("Home", "World"), (), f"{wire}\n{AHEAD[lang]}", lang, TODAY)
    assert found is not None and found.value == "2023-03-07", found
