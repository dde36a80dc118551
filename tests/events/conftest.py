"""A small KB written for the event tests, and session-wide linker/coder objects."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.events import EventCoder
from diplowatch.kb import KB, kb_from_dicts
from diplowatch.model import UNREAL_AUX, Article, DateValue, RawDocument, Segment
from diplowatch.pipeline import Options, Pipeline
from diplowatch.quotes import QuoteFinder
from diplowatch.stage import Chain
from diplowatch.text.parse import Parser

ENTRIES = [
    {
        "id": "Staffan_de_Mistura",
        "kind": "person",
        "name": "Staffan de Mistura",
        "sector": "IGO",
        "names": {"xx": ["Staffan de Mistura", "de Mistura"], "ar": ["ستيفان دي ميستورا", "دي ميستورا"]},
        "roles": [{"role": "un_envoy", "start": date(2021, 11, 1), "end": None}],
    },
    {
        "id": "Sergey_Lavrov",
        "kind": "person",
        "name": "Sergey Lavrov",
        "country": "RUS",
        "sector": "GOV",
        "names": {"xx": ["Sergey Lavrov", "Lavrov"], "fr": ["Sergueï Lavrov"], "ar": ["لافروف"]},
    },
    {
        "id": "Sergey_Vershinin",
        "kind": "person",
        "name": "Sergey Vershinin",
        "country": "RUS",
        "names": {"xx": ["Sergey Vershinin", "Vershinin"], "fr": ["Verchinine"]},
    },
    {
        "id": "Ahmed_Attaf",
        "kind": "person",
        "name": "Ahmed Attaf",
        "country": "DZA",
        "names": {"xx": ["Ahmed Attaf", "Attaf"], "ar": ["أحمد عطاف", "عطاف"]},
    },
    {
        "id": "Nasser_Bourita",
        "kind": "person",
        "name": "Nasser Bourita",
        "country": "MAR",
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
        "id": "Morocco",
        "kind": "country",
        "name": "Morocco",
        "country": "MAR",
        "capital": "Rabat",
        "names": {"fr": ["Maroc"], "es": ["Marruecos"], "en": ["Morocco"], "ar": ["المغرب"]},
    },
    {
        "id": "Algeria",
        "kind": "country",
        "name": "Algeria",
        "country": "DZA",
        "capital": "Algiers",
        "names": {"fr": ["Algérie"], "es": ["Argelia"], "en": ["Algeria"], "ar": ["الجزائر"]},
    },
    {
        "id": "Russia",
        "kind": "country",
        "name": "Russia",
        "country": "RUS",
        "capital": "Moscow",
        "names": {"fr": ["Russie"], "es": ["Rusia"], "en": ["Russia"], "ar": ["روسيا"]},
    },
    {
        "id": "Spain",
        "kind": "country",
        "name": "Spain",
        "country": "ESP",
        "capital": "Madrid",
        "names": {"fr": ["Espagne"], "es": ["España"], "en": ["Spain"]},
    },
    {
        "id": "Polisario_Front",
        "kind": "group",
        "name": "Polisario Front",
        "names": {"xx": ["Polisario"], "fr": ["Front Polisario"], "ar": ["البوليساريو"]},
    },
    {
        "id": "United_Nations_Security_Council",
        "kind": "organization",
        "name": "UN Security Council",
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
    {
        "id": "Algiers",
        "kind": "place",
        "name": "Algiers",
        "country": "DZA",
        "metonym_for": "Algeria",
        "names": {"fr": ["Alger"], "es": ["Argel"], "ar": ["الجزائر العاصمة"]},
    },
    {
        "id": "Moscow",
        "kind": "place",
        "name": "Moscow",
        "country": "RUS",
        "metonym_for": "Russia",
        "names": {"fr": ["Moscou"], "es": ["Moscú"], "ar": ["موسكو"]},
    },
    {
        "id": "Madrid",
        "kind": "place",
        "name": "Madrid",
        "country": "ESP",
        "metonym_for": "Spain",
        "names": {"ar": ["مدريد"]},
    },
    {"id": "Smara", "kind": "place", "name": "Smara", "country": "ESH", "names": {"ar": ["السمارة"]}},
]
ROLES = [
    {
        "role": "un_envoy",
        "org": "United_Nations",
        "phrases": {"fr": ["émissaire"], "en": ["envoy"], "es": ["emisario"]},
    }
]


def coder_with(entries: list[dict]) -> Callable[[str, str], list]:
    """code(text, lang) over a KB of `entries` with the event tests' roles, for tests that need actors of
    their own (spaCy: mark tests slow)."""
    chain = Chain(Parser(), ActorLinker(kb_from_dicts(entries, ROLES)))
    coder = EventCoder()
    return lambda text, lang: coder(chain(make_article(text, lang))).events


def by_language(table: list[tuple[str, str]]) -> pytest.MarkDecorator:
    """Parametrize a test over (lang, text) rows, each named by its language."""
    return pytest.mark.parametrize(("lang", "text"), table, ids=[t[0] for t in table])


def make_kb() -> KB:
    return kb_from_dicts(ENTRIES, ROLES)


def make_article(text: str, lang: str, anchor: str | None = "2024-03-13") -> Article:
    granularity = "day" if anchor and len(anchor) == 10 else "month"  # "2023-10": a month-only dateline
    return Article(
        doc_id=f"t-{abs(hash((text, lang, anchor)))}",
        source="test",
        body=text,
        language=lang,
        published=DateValue(anchor, granularity) if anchor else None,
        segments=(Segment(0, len(text), lang),),
    )


def real_events(events, kind: str | None = None) -> list:
    """The events a sentence asserts (not negated or hypothetical), of `kind` when given."""
    return [e for e in events if (kind is None or e.type == kind) and not UNREAL_AUX & set(e.aux)]


def real_involving(events, kind: str, who: str) -> list:
    """The asserted events of `kind` that `who` takes part in (as actor or recipient)."""
    return [e for e in real_events(events, kind) if who in set(e.actor) | set(e.recipient)]


def told_between(events, kind: str, actor: str, counterpart: str) -> bool:
    """Whether an asserted event of `kind` has both `actor` and `counterpart` among its participants."""
    return any(
        actor in e.actor + e.recipient and counterpart in e.actor + e.recipient
        for e in real_events(events, kind)
    )


def shown(events) -> list:
    """Events as an assertion message shows them."""
    return [(e.type, e.actor, e.recipient, e.aux) for e in events]


@pytest.fixture(scope="session")
def kb() -> KB:
    return make_kb()


@pytest.fixture(scope="session")
def fast_linker(kb: KB) -> ActorLinker:
    """KB matching only, no spaCy (enough for quotes and Arabic)."""
    return ActorLinker(kb, use_spacy=False)


@pytest.fixture(scope="session")
def linker(kb: KB) -> Chain:
    """Parse, link, then find quotations and their speakers (spaCy: mark tests slow)."""
    return Chain(Parser(), ActorLinker(kb), QuoteFinder())


@pytest.fixture(scope="session")
def code(linker: Chain):
    """code(text, lang, anchor="2024-03-13") -> the events of that text (spaCy: mark tests slow)."""
    coder = EventCoder()

    def run(text: str, lang: str, anchor: str | None = "2024-03-13"):
        return coder(linker(make_article(text, lang, anchor))).events

    return run


# A first sentence whose meeting is kept anyway: a document's only event is kept whatever its
# confidence, so a test of whether a second sentence's event passes the threshold needs one.
AFTER_MEETING = {
    "en": "Guterres met Burhan in Port Sudan on Monday. ",
    "fr": "Guterres a rencontré Burhan lundi à Port-Soudan. ",
    "es": "Guterres se reunió con Burhan el lunes en Port Sudán. ",
    "ar": "التقى غوتيريش البرهان يوم الاثنين في بورتسودان. ",
}


@pytest.fixture(scope="session")
def world_code():
    """code(text, lang, anchor="2024-03-13") with the project's own knowledge base (the actors of every
    dossier); the anchor is the publication day, which decides who holds an office."""
    from diplowatch.kb import default_kb

    chain = Chain(Parser(), ActorLinker(default_kb()), QuoteFinder())
    coder = EventCoder()

    def run(text: str, lang: str, anchor: str | None = "2024-03-13"):
        return coder(chain(make_article(text, lang, anchor))).events

    return run


def pipeline_events(texts: list[str], lang: str) -> list[list]:
    """Each text's events through the whole pipeline (reading, the packaged KB, events), in order; the
    texts are read as `lang` articles published 2024-03-13 (spaCy: mark tests slow)."""
    raws = [
        RawDocument(source=f"test:{i}", text=t, given={"published": "2024-03-13", "language": lang})
        for i, t in enumerate(texts)
    ]
    out = []
    for article in Pipeline(Options()).process_batch(raws):
        assert isinstance(article, Article), article
        out.append(list(article.events))
    return out
