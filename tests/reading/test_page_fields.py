"""reading.page_fields reads the fields trafilatura's extract_metadata reads, and reads them alike
(pages written for this test): the guard that an upgraded trafilatura has not parted ways with it."""

from __future__ import annotations

import pytest
from trafilatura import bare_extraction
from trafilatura.metadata import extract_metadata
from trafilatura.settings import DEFAULT_CONFIG, set_date_params
from trafilatura.utils import load_html

from diplowatch.reading.html import extract_html
from diplowatch.reading.page_fields import page_fields

STORY = "<p>" + "Le ministre a reçu jeudi son homologue pour parler du port et des visas. " * 6 + "</p>"

PAGES = {
    "plain": f"""<html><head><title>Visite à Nouakchott | Le Courrier du Fleuve</title></head>
        <body><article><h1>Visite à Nouakchott</h1>{STORY}</article></body></html>""",
    "meta": f"""<html><head><title>Accord signé - courrierdufleuve.example</title>
        <meta property="og:title" content="Un accord &amp; deux ports">
        <meta property="og:site_name" content="@courrierdufleuve">
        <meta property="og:url" content="https://courrierdufleuve.example/2021/03/04/accord">
        <meta name="author" content="Awa Diop"><meta property="article:published_time" content="2021-03-04">
        </head><body><article>{STORY}</article></body></html>""",
    "json-ld": f"""<html><head><title>Sommet</title>
        <script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Sommet de la rive",
        "datePublished": "2019-11-20", "publisher": {{"name": "gazette de la rive"}},
        "author": {{"name": "Paul Sarr"}}}}</script>
        <link rel="canonical" href="/sommet-de-la-rive"></head><body><article>{STORY}</article></body></html>""",
    "bare": f"<html><body><div>{STORY}</div></body></html>",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_fields_are_trafilaturas(name: str) -> None:
    page = PAGES[name]
    date_config = set_date_params(DEFAULT_CONFIG.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH"))
    theirs = extract_metadata(load_html(page), None, date_config)
    ours = page_fields(load_html(page))
    assert (ours.title, ours.sitename, ours.url, ours.date) == (
        theirs.title,
        theirs.sitename,
        theirs.url,
        theirs.date,
    )


def test_meta_fields_are_read() -> None:
    content = extract_html(PAGES["meta"])
    assert content.title == "Un accord & deux ports"
    assert content.outlet == "Courrierdufleuve"  # the handle's @ dropped, capitalised as trafilatura does
    assert content.url == "https://courrierdufleuve.example/2021/03/04/accord"
    assert content.published is not None and content.published.value == "2021-03-04"
    assert content.text is not None and "homologue" in content.text


@pytest.mark.parametrize("name", sorted(PAGES))
def test_text_is_trafilaturas_from_the_markup(name: str) -> None:
    """extract_html hands trafilatura the tree page_fields read and options built once: the text is
    the one trafilatura finds in the page's markup with the options given on each call."""
    page = PAGES[name]
    theirs = bare_extraction(page, include_comments=False, include_tables=False, favor_precision=True)
    ours = extract_html(page)
    assert ours.text == ((theirs.text or "").strip() or None if theirs is not None else None)
