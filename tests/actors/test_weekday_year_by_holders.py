"""A yearless dateline whose year only its weekday chose ("Argel, 17 oct (EFE).- ... este jueves" after a
background "desde 2007": the first Thursday 17 October from 2007, in 2013) is moved into the time of the
office holders the text names in full (actors.era `weekday_year_by_holders`): the article names Algeria's
foreign minister Ahmed Attaf, in office again since 2023, and so was written in 2024."""

from __future__ import annotations

from datetime import date

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.actors.era import weekday_year_by_holders
from diplowatch.kb import default_kb
from diplowatch.model import Article, RawDocument
from diplowatch.reading.read import read
from diplowatch.stage import Chain
from diplowatch.text.parse import Parser

TODAY = date(2026, 12, 1)
HOLDER = [(date(2023, 3, 16), None)]
RETIRED = [(date(2010, 1, 1), date(2014, 1, 1))]


def test_a_guess_before_the_holders_time_moves_to_the_first_year_on_that_weekday() -> None:
    guess = date(2013, 10, 17)  # a Thursday
    moved = weekday_year_by_holders(guess, [HOLDER], TODAY)
    assert moved == date(2024, 10, 17) and moved.weekday() == guess.weekday()


def test_a_guess_inside_the_holders_time_is_kept() -> None:
    assert weekday_year_by_holders(date(2024, 10, 17), [HOLDER], TODAY) is None


def test_the_time_most_holders_share_wins() -> None:
    # two named persons held office together in 2010-2014 and only one since 2023: the guess stays
    assert weekday_year_by_holders(date(2013, 10, 17), [RETIRED, RETIRED, HOLDER], TODAY) is None


def test_no_holder_no_move() -> None:
    assert weekday_year_by_holders(date(2013, 10, 17), [], TODAY) is None


TEXT = (
    "El Polisario rechaza la propuesta de partición\n\n"
    "Argel, 17 oct (EFE).- El Frente Polisario rechazó este jueves la propuesta de Staffan de Mistura, "
    "según un comunicado. Marruecos defiende desde 2007 su plan de autonomía. Por su parte, el ministro "
    "argelino de Exteriores, Ahmed Attaf, se reunió con De Mistura en Nueva York.\n"
)


def test_a_lead_weekday_lets_the_dateline_fall_on_the_day_after() -> None:
    # a Friday 17 December (2021) read from "vendredi" in the lead; the holder took office in 2022: the
    # dateline of 2022 is a Saturday, the day after the Friday the lead tells of
    guess = date(2021, 12, 17)
    friday = 4
    moved = weekday_year_by_holders(
        guess, [[(date(2022, 5, 20), date(2024, 1, 11))]], TODAY, {friday, friday + 1}
    )
    assert moved == date(2022, 12, 17)


def test_a_holder_named_for_an_earlier_office_does_not_block_the_move() -> None:
    # most of the named holders were in office in 2022, one of them only from 2024 (named for another role)
    guess = date(2021, 12, 17)
    people = [
        [(date(2022, 5, 20), date(2024, 1, 11))],
        [(date(2017, 4, 5), None)],
        [(date(2024, 1, 9), None)],
    ]
    assert weekday_year_by_holders(guess, people, TODAY, {4, 5}) == date(2022, 12, 17)


WIRE = (
    "La France et la Tunisie relancent leur dialogue\n\n"
    "TUNIS, 17 déc. (Agence) – La cheffe de la diplomatie française, Catherine Colonna, a rencontré "
    "vendredi à Tunis le président Kaïs Saïed. Le dernier déplacement d'un ministre français dans le pays "
    "remontait à mars 2021.\n"
)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "text", "guessed", "moved"),
    [
        # the weekday's first fit after "desde 2007", moved into Attaf's second term
        ("efe.txt", TEXT, "2013-10-17", "2024-10-17"),
        # a Friday: the lead's weekday, from the floor 2021; moved into Colonna's term, the day after a Friday
        ("wire.txt", WIRE, "2021-12-17", "2022-12-17"),
    ],
)
def test_the_article_is_dated_in_its_office_holders_time(
    name: str, text: str, guessed: str, moved: str
) -> None:
    article = read(RawDocument(name, data=text.encode("utf-8")), today=TODAY)
    assert isinstance(article, Article) and article.published is not None
    assert article.published.value == guessed
    linked = Chain(Parser(), ActorLinker(default_kb()))(article)
    assert linked.published is not None and linked.published.value == moved, linked.published
