"""A small KB written for the tests (never the package data, which changes under us)."""

from __future__ import annotations

from datetime import date

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.kb import KB, kb_from_dicts
from diplowatch.model import Article, DateValue, Segment
from diplowatch.stage import Chain
from diplowatch.text.parse import Parser

PERSONS = [
    {
        "id": "Staffan_de_Mistura",
        "kind": "person",
        "name": "Staffan de Mistura",
        "sector": "IGO",
        "names": {"xx": ["Staffan de Mistura"], "ar": ["ستيفان دي مستورا"]},
        "descriptions": {
            "fr": ["diplomate italo-suédois", "émissaire onusien"],
            "en": ["Swedish-Italian diplomat"],
            "es": ["diplomático sueco-italiano"],
        },
        "roles": [{"role": "un_envoy", "start": date(2021, 11, 1), "end": None}],
    },
    {
        "id": "Horst_Köhler",
        "kind": "person",
        "name": "Horst Köhler",
        "names": {"xx": ["Horst Köhler"]},
        "descriptions": {"fr": ["émissaire onusien"]},
        "roles": [{"role": "un_envoy", "start": date(2017, 8, 16), "end": date(2019, 5, 22)}],
    },
    {
        "id": "Sergey_Lavrov",
        "kind": "person",
        "name": "Sergey Lavrov",
        "country": "RUS",
        "sector": "GOV",
        "names": {"en": ["Sergei Lavrov"], "fr": ["Sergueï Lavrov"], "ar": ["سيرغي لافروف"]},
        "roles": [{"role": "foreign_minister", "country": "RUS", "start": date(2004, 3, 9), "end": None}],
    },
    {
        "id": "Igor_Ivanov",
        "kind": "person",
        "name": "Igor Ivanov",
        "country": "RUS",
        "roles": [
            {
                "role": "foreign_minister",
                "country": "RUS",
                "start": date(1998, 9, 11),
                "end": date(2004, 2, 24),
            }
        ],
    },
    {
        "id": "Sergey_Vershinin",
        "kind": "person",
        "name": "Sergey Vershinin",
        "country": "RUS",
        "names": {"xx": ["Sergey Vershinin", "Vershinin"], "ar": ["سيرغي فيرشينين"]},
        "roles": [
            {"role": "deputy_foreign_minister", "country": "RUS", "start": date(2018, 1, 1), "end": None}
        ],
    },
    {
        "id": "Sabri_Boukadoum",
        "kind": "person",
        "name": "Sabri Boukadoum",
        "country": "DZA",
        "roles": [
            {"role": "foreign_minister", "country": "DZA", "start": date(2019, 4, 1), "end": date(2021, 7, 7)}
        ],
    },
    {
        "id": "Ahmed_Attaf",
        "kind": "person",
        "name": "Ahmed Attaf",
        "country": "DZA",
        "names": {"ar": ["أحمد عطاف"]},
        "roles": [{"role": "foreign_minister", "country": "DZA", "start": date(2023, 3, 16), "end": None}],
    },
    {
        "id": "Antony_Blinken",
        "kind": "person",
        "name": "Antony Blinken",
        "country": "USA",
        "roles": [
            {
                "role": "foreign_minister",
                "country": "USA",
                "start": date(2021, 1, 26),
                "end": date(2025, 1, 20),
            }
        ],
    },
    {
        "id": "Marco_Rubio",
        "kind": "person",
        "name": "Marco Rubio",
        "country": "USA",
        "roles": [{"role": "foreign_minister", "country": "USA", "start": date(2025, 1, 21), "end": None}],
    },
    {
        "id": "José_Manuel_Albares",
        "kind": "person",
        "name": "José Manuel Albares",
        "country": "ESP",
        "roles": [{"role": "foreign_minister", "country": "ESP", "start": date(2021, 7, 12), "end": None}],
    },
    {
        "id": "António_Guterres",
        "kind": "person",
        "name": "António Guterres",
        "sector": "IGO",
        "names": {"ar": ["أنطونيو غوتيريش"]},
        "roles": [{"role": "un_secretary_general", "start": date(2017, 1, 1), "end": None}],
    },
]
STATES = [
    {
        "id": "Morocco",
        "kind": "country",
        "name": "Morocco",
        "country": "MAR",
        "capital": "Rabat",
        "names": {"fr": ["Maroc"], "es": ["Marruecos"], "ar": ["المغرب"]},
        "demonyms": {
            "fr": ["marocain", "marocaine"],
            "en": ["Moroccan"],
            "es": ["marroquí"],
            "ar": ["المغربي"],
        },
    },
    {
        "id": "Algeria",
        "kind": "country",
        "name": "Algeria",
        "country": "DZA",
        "capital": "Algiers",
        "names": {"fr": ["Algérie"], "es": ["Argelia"], "ar": ["الجزائر"]},
        "demonyms": {
            "fr": ["algérien", "algérienne"],
            "en": ["Algerian"],
            "es": ["argelino"],
            "ar": ["الجزائري"],
        },
    },
    {
        "id": "Russia",
        "kind": "country",
        "name": "Russia",
        "country": "RUS",
        "capital": "Moscow",
        "names": {"fr": ["Russie"], "es": ["Rusia"], "ar": ["روسيا"]},
        "demonyms": {"fr": ["russe"], "en": ["Russian"], "es": ["ruso"], "ar": ["الروسي"]},
    },
    {
        "id": "United_States",
        "kind": "country",
        "name": "United States",
        "country": "USA",
        "capital": "Washington,_D.C.",
        "names": {"en": ["US", "U.S.", "United States"], "fr": ["États-Unis"], "es": ["Estados Unidos"]},
        "demonyms": {"fr": ["américain"], "en": ["American"], "es": ["estadounidense"]},
    },
    {
        "id": "Spain",
        "kind": "country",
        "name": "Spain",
        "country": "ESP",
        "capital": "Madrid",
        "names": {"fr": ["Espagne"], "es": ["España"]},
        "demonyms": {"fr": ["espagnol"], "es": ["español", "española"]},
    },
    {
        "id": "Western_Sahara",
        "kind": "territory",
        "name": "Western Sahara",
        "country": "ESH",
        "names": {"fr": ["Sahara occidental"], "es": ["Sáhara Occidental"], "ar": ["الصحراء الغربية"]},
    },
    {
        "id": "United_Nations",
        "kind": "organization",
        "name": "United Nations",
        "sector": "IGO",
        "names": {"xx": ["ONU", "UN"], "fr": ["Nations unies"], "ar": ["الأمم المتحدة"]},
    },
]
PLACES = [
    {
        "id": "Rabat",
        "kind": "place",
        "name": "Rabat",
        "country": "MAR",
        "metonym_for": "Morocco",
        "names": {"ar": ["الرباط"]},
    },
    {
        "id": "Algiers",
        "kind": "place",
        "name": "Algiers",
        "country": "DZA",
        "metonym_for": "Algeria",
        "names": {"fr": ["Alger"], "es": ["Argel"]},
    },
    {
        "id": "Moscow",
        "kind": "place",
        "name": "Moscow",
        "country": "RUS",
        "metonym_for": "Russia",
        "names": {"fr": ["Moscou"], "ar": ["موسكو"]},
    },
    {
        "id": "Washington,_D.C.",
        "kind": "place",
        "name": "Washington",
        "country": "USA",
        "metonym_for": "United_States",
    },
    {"id": "Madrid", "kind": "place", "name": "Madrid", "country": "ESP", "metonym_for": "Spain"},
    {"id": "Tindouf", "kind": "place", "name": "Tindouf", "country": "DZA", "names": {"ar": ["تندوف"]}},
]
ROLES = [
    {
        "role": "foreign_minister",
        "needs_country": True,
        "phrases": {
            "fr": ["chef de la diplomatie", "ministre des Affaires étrangères", "secrétaire d'État"],
            "en": ["foreign minister", "Secretary of State"],
            "es": ["ministro de Asuntos Exteriores", "jefe de la diplomacia"],
            "ar": ["وزير الخارجية"],
        },
    },
    {
        "role": "deputy_foreign_minister",
        "needs_country": True,
        "phrases": {"fr": ["vice-ministre des Affaires étrangères"], "en": ["deputy foreign minister"]},
    },
    {
        "role": "un_secretary_general",
        "org": "United_Nations",
        "phrases": {
            "fr": ["secrétaire général de l'ONU", "secrétaire général"],
            "en": ["Secretary-General"],
            "ar": ["الأمين العام"],
        },
    },
    {
        "role": "un_envoy",
        "org": "United_Nations",
        "phrases": {
            "fr": ["envoyé personnel", "émissaire"],
            "en": ["Personal Envoy", "envoy"],
            "es": ["enviado personal"],
            "ar": ["المبعوث الشخصي"],
        },
    },
]


def make_kb() -> KB:
    return kb_from_dicts(PERSONS + STATES + PLACES, ROLES)


@pytest.fixture(scope="session")
def kb() -> KB:
    return make_kb()


@pytest.fixture(scope="session")
def fast_linker(kb: KB) -> ActorLinker:
    """KB matching only: no spaCy parse (unknown persons need `linker`)."""
    return ActorLinker(kb, use_spacy=False)


@pytest.fixture(scope="session")
def linker(kb: KB) -> Chain:
    """Parse then link with spaCy; tests using it are marked slow."""
    return Chain(Parser(), ActorLinker(kb))


@pytest.fixture(scope="session")
def packaged_ids():
    """packaged_ids(text, lang, published) -> {mention text: actor id} with the packaged KB (spaCy: slow)."""
    from diplowatch.kb import load_kb

    chain = Chain(Parser(), ActorLinker(load_kb()))

    def ids(text: str, lang: str, published: str) -> dict[str, str]:
        linked = chain(make_article(text, lang, published))
        return {text[m.start : m.end]: a.id or a.name for a in linked.actors for m in a.mentions}

    return ids


@pytest.fixture(scope="session")
def article():
    """Builds an Article: article(text, lang, anchor=None, segments=())."""
    return make_article


def make_article(
    text: str, lang: str, anchor: str | None = None, segments: tuple[Segment, ...] = ()
) -> Article:
    return Article(
        doc_id=f"test-{abs(hash((text, lang, anchor)))}",
        source="test",
        body=text,
        language=lang,
        published=DateValue(anchor, "day") if anchor else None,
        segments=segments or (Segment(0, len(text), lang),),
    )
