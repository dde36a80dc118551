"""A small KB written for the quote tests: persons, their countries, a foreign ministry."""

from __future__ import annotations

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.kb import KB, kb_from_dicts
from diplowatch.model import Article, DateValue, Segment
from diplowatch.quotes import QuoteFinder
from diplowatch.text.parse import Parser

ENTRIES = [
    {
        "id": "Ahmed_Attaf",
        "kind": "person",
        "name": "Ahmed Attaf",
        "country": "DZA",
        "sector": "GOV",
        "names": {"xx": ["Ahmed Attaf", "Attaf"], "ar": ["أحمد عطاف", "عطاف"]},
    },
    {
        "id": "Nasser_Bourita",
        "kind": "person",
        "name": "Nasser Bourita",
        "country": "MAR",
        "sector": "GOV",
        "names": {"xx": ["Nasser Bourita", "Bourita"], "ar": ["ناصر بوريطة", "بوريطة"]},
    },
    {
        "id": "Omar_Hilale",
        "kind": "person",
        "name": "Omar Hilale",
        "country": "MAR",
        "names": {"xx": ["Omar Hilale", "Hilale"], "ar": ["عمر هلال"]},
    },
    {
        "id": "Staffan_de_Mistura",
        "kind": "person",
        "name": "Staffan de Mistura",
        "sector": "IGO",
        "names": {"xx": ["Staffan de Mistura", "de Mistura"], "ar": ["ستيفان دي ميستورا"]},
    },
    {
        "id": "Morocco",
        "kind": "country",
        "name": "Morocco",
        "country": "MAR",
        "capital": "Rabat",
        "names": {
            "fr": ["Maroc", "marocain", "marocaine"],
            "es": ["Marruecos", "marroquí"],
            "en": ["Morocco", "Moroccan"],
            "ar": ["المغرب"],
        },
    },
    {
        "id": "Algeria",
        "kind": "country",
        "name": "Algeria",
        "country": "DZA",
        "capital": "Algiers",
        "names": {
            "fr": ["Algérie", "algérien", "algérienne"],
            "es": ["Argelia", "argelino"],
            "en": ["Algeria", "Algerian"],
            "ar": ["الجزائر"],
        },
    },
    {
        "id": "Ministry_of_Foreign_Affairs_(Algeria)",
        "kind": "organization",
        "name": "Ministry of Foreign Affairs of Algeria",
        "country": "DZA",
        "sector": "GOV",
        "names": {
            "fr": ["diplomatie algérienne", "ministère algérien des Affaires étrangères"],
            "es": ["diplomacia argelina"],
            "en": ["Algerian Foreign Ministry"],
            "ar": ["الخارجية الجزائرية"],
        },
    },
    {
        "id": "United_Nations",
        "kind": "organization",
        "name": "United Nations",
        "sector": "IGO",
        "names": {
            "xx": ["ONU", "UN"],
            "fr": ["Nations unies"],
            "en": ["United Nations"],
            "es": ["Naciones Unidas"],
            "ar": ["الأمم المتحدة"],
        },
    },
    {
        "id": "United_Nations_Security_Council",
        "kind": "organization",
        "name": "United Nations Security Council",
        "sector": "IGO",
        "names": {
            "fr": ["Conseil de sécurité"],
            "en": ["Security Council"],
            "es": ["Consejo de Seguridad"],
            "ar": ["مجلس الأمن"],
        },
    },
    {
        "id": "Rabat",
        "kind": "place",
        "name": "Rabat",
        "country": "MAR",
        "metonym_for": "Morocco",
        "names": {"ar": ["الرباط"]},
    },
]


def make_article(text: str, lang: str) -> Article:
    return Article(
        doc_id=f"q-{abs(hash((text, lang)))}",
        source="test",
        body=text,
        language=lang,
        published=DateValue("2024-03-13", "day"),
        segments=(Segment(0, len(text), lang),),
    )


@pytest.fixture(scope="session")
def kb() -> KB:
    return kb_from_dicts(ENTRIES, [])


@pytest.fixture(scope="session")
def quotes_of(kb: KB):
    """quotes_of(text, lang) -> the Quote records (KB matching; the quote stage reads the fr/en/es parse)."""
    parser, linker, finder = Parser(), ActorLinker(kb, use_spacy=False), QuoteFinder()

    def run(text: str, lang: str):
        return finder(linker(parser(make_article(text, lang)))).quotes

    return run


@pytest.fixture(scope="session")
def world_quotes_of():
    """quotes_of(text, lang) with the project's own knowledge base and the named-entity pass, as `extract`
    runs it (titles, demonyms and roles of every dossier)."""
    from diplowatch.kb import default_kb

    parser, linker, finder = Parser(), ActorLinker(default_kb()), QuoteFinder()

    def run(text: str, lang: str):
        return finder(linker(parser(make_article(text, lang)))).quotes

    return run
