"""The day a page's address files it under (".../2019/11/08/slug", a breadcrumb path, a given url) dates
a page that has no full dateline (our own lines)."""

from datetime import date

import pytest

from diplowatch.model import Article, RawDocument
from diplowatch.reading.address_dates import address_day
from diplowatch.reading.published import published_date
from diplowatch.reading.read import read

TODAY = date(2026, 12, 7)
MENU = ("Accueil  Politique  Monde  Économie", "Newsletter | Se connecter")
LEAD = "L'envoyé onusien a rencontré le ministre pour évoquer la relance du processus politique."


@pytest.mark.parametrize(
    ("address_line", "expected"),
    [
        ("www.journal-exemple.fr/2019/11/08/l-envoye-recu-a-rabat/", "2019-11-08"),
        ("https://news.example.org/world/2021-03-09/envoy-visit", "2021-03-09"),
        ("nouvelles.example › 2017 › 04 › 12 › accord-signe", "2017-04-12"),
        ("URL : https://diario.example.es/internacional/2023_5_7_cumbre.html", "2023-05-07"),
    ],
)
def test_an_address_line_in_the_header_dates_the_page(address_line: str, expected: str) -> None:
    found = published_date((*MENU, address_line), (), LEAD, "fr", TODAY)
    assert found is not None and found.value == expected


def test_the_given_url_dates_the_page() -> None:
    found = published_date(MENU, (), LEAD, "fr", TODAY, "https://example.com/2020/10/24/accord")
    assert found is not None and found.value == "2020-10-24"


def test_a_full_dateline_is_trusted_before_the_address() -> None:
    header = (*MENU, "Publié le jeudi 3 mars 2022", "site.example/2022/03/02/le-ministre-recu")
    found = published_date(header, (), LEAD, "fr", TODAY)
    assert found is not None and found.value == "2022-03-03"


@pytest.mark.parametrize(
    "address",
    [
        "https://site.example/2023/02/30/no-such-day",  # no 30 February
        "https://site.example/2031/01/02/later-than-today",
        "https://site.example/archives/12345",  # no day at all
    ],
)
def test_an_address_without_a_real_past_day_gives_none(address: str) -> None:
    assert address_day(address, (), TODAY) is None


def test_a_long_address_line_is_read_whole() -> None:
    # longer than a dateline: only the address reader takes it
    slug = "-".join(["le-ministre-des-affaires-etrangeres-a-recu-l-envoye-personnel"] * 2)
    found = published_date(
        (*MENU, f"https://www.journal-exemple.fr/politique/2018/12/06/{slug}"), (), LEAD, "fr", TODAY
    )
    assert found is not None and (found.value, found.source) == ("2018-12-06", "address")


def test_a_jsonl_url_dates_the_article_read() -> None:
    raw = RawDocument("feed.jsonl:3", text=LEAD, given={"url": "https://example.com/monde/2020/10/24/accord"})
    article = read(raw, today=TODAY)
    assert isinstance(article, Article) and article.published is not None
    assert article.published.value == "2020-10-24"


def test_a_link_in_the_body_is_another_pages_address() -> None:
    # its day is no day the text reports: the page stays undated rather than dated 2 January 2012
    body = (
        LEAD + "\nLire aussi : https://site.example/2012/01/02/autre-article\nwww.site.example/2013/05/06/x"
    )
    assert published_date(MENU, (), body, "fr", TODAY) is None


def test_a_date_written_beside_a_link_is_still_read() -> None:
    body = "Le Conseil a adopté le 31 octobre 2024 la résolution (texte : https://un.example/docs/res2756)."
    found = published_date(MENU, (), body, "fr", TODAY)
    assert found is not None and found.value == "2024-10-31"
