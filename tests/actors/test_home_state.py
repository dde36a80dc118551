"""A government body named without its state ("le ministère des Affaires étrangères", "El Gobierno") in a
story told from a capital is that capital's state's, when no earlier mention names another
(actors.descriptions, `home`). Written for these tests, over a KB of their own."""

from __future__ import annotations

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.kb import kb_from_dicts
from diplowatch.model import Article, DateValue, Segment

ENTRIES = [
    {
        "id": "Algeria",
        "kind": "country",
        "name": "Algeria",
        "country": "DZA",
        "capital": "Algiers",
        "names": {"xx": ["Algeria"], "fr": ["Algérie"], "es": ["Argelia"]},
    },
    {
        "id": "Algiers",
        "kind": "place",
        "name": "Algiers",
        "country": "DZA",
        "names": {"xx": ["Algiers"], "fr": ["Alger"], "es": ["Argel"]},
    },
    {
        "id": "France",
        "kind": "country",
        "name": "France",
        "country": "FRA",
        "capital": "Paris",
        "names": {"xx": ["France"], "es": ["Francia"]},
    },
    {
        "id": "United_States",
        "kind": "country",
        "name": "United States",
        "country": "USA",
        "capital": "Washington, D.C.",
        "names": {"xx": ["United States"]},
    },
    {
        "id": "New_York_City",
        "kind": "place",
        "name": "New York City",
        "country": "USA",
        "names": {"xx": ["New York"]},
    },
]


@pytest.fixture(scope="module")
def linker() -> ActorLinker:
    return ActorLinker(kb_from_dicts(ENTRIES, []), use_spacy=False)


def linked(linker: ActorLinker, text: str, lang: str) -> dict[str, list[str]]:
    article = Article(
        doc_id="t",
        source="test",
        body=text,
        language=lang,
        published=DateValue("2024-10-14", "day"),
        segments=(Segment(0, len(text), lang),),
    )
    return {a.id or a.name: [m.text for m in a.mentions] for a in linker(article).actors}


HOME = [
    (
        "fr",
        "Alger, le 14 octobre 2024 (APS) - Le ministère des Affaires étrangères a convoqué l'ambassadeur de France.",
        "ministère des Affaires étrangères",
    ),
    (
        "fr",
        "Alger, le 14 octobre 2024 (APS) - Le gouvernement a dénoncé les propos tenus à Paris.",
        "gouvernement",
    ),
    ("es", "Argel, 14 oct (EFE).- El Gobierno ha criticado la decisión de Francia.", "Gobierno"),
]


@pytest.mark.parametrize(("lang", "text", "words"), HOME, ids=[f"{h[0]}-{i}" for i, h in enumerate(HOME)])
def test_an_unqualified_body_is_the_datelines_states(linker, lang, text, words):
    found = linked(linker, text, lang)
    assert any(words in m for m in found.get("Algeria", [])), found


def test_a_city_that_is_no_capital_gives_no_home(linker):
    found = linked(linker, "NEW YORK, Oct 14 (Reuters) - The government rejected the report.", "en")
    assert not any("government" in m for ms in found.values() for m in ms), found


def test_a_body_whose_state_the_next_words_name_is_not_the_home_states(linker):
    found = linked(linker, "Alger, le 14 octobre 2024 (APS) - Le gouvernement de la France a protesté.", "fr")
    assert not any("gouvernement" in m for m in found.get("Algeria", [])), found
