"""A small dossier for the web tests, written here: typed Articles (no pipeline, no spaCy) with events
whose evidence offsets point into the text, in English, French and Arabic, plus one hostile article
whose text carries markup that must never run, and one rejected input."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from diplowatch.kb import KB, kb_from_dicts
from diplowatch.model import (
    Actor,
    Article,
    DateValue,
    Event,
    EventDate,
    Evidence,
    Location,
    Mention,
    Rejected,
    Segment,
)
from diplowatch.store import open_store
from diplowatch.store.ingest import refresh_dossier

HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 1; alert(1)">'

# id, name, kind, country, sector, the names the articles use
ACTORS = {
    "Spain": ("Spain", "country", "ESP", "GOV", ["Spain", "Espagne"]),
    "Morocco": ("Morocco", "country", "MAR", "GOV", ["Morocco", "Maroc", "المغرب"]),
    "Algeria": ("Algeria", "country", "DZA", "GOV", ["Algeria", "الجزائر"]),
    "Ana_Ruiz": ("Ana Ruiz", "person", "ESP", "GOV", ["Ana Ruiz"]),
    "Karim_Idrissi": ("Karim Idrissi", "person", "MAR", "GOV", ["Karim Idrissi"]),
}


@dataclass(frozen=True)
class Said:
    sentence: str
    type: str
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    date: tuple[str, str, str] | None  # value, granularity, text as written
    trigger: str
    place: str | None = None
    aux: tuple[str, ...] = ()
    confidence: float = 0.9


def article(
    doc_id: str, body: str, language: str, published: str, said: list[Said], **fields: str
) -> Article:
    actors = []
    for actor_id, (name, kind, country, sector, names) in ACTORS.items():
        mentions = [
            Mention(m.start(), m.end(), m.group())
            for spelled in names
            for m in re.finditer(re.escape(spelled), body)
        ]
        if mentions:
            actors.append(Actor(actor_id, name, kind, country, sector, tuple(mentions)))  # type: ignore[arg-type]
    events = []
    for s in said:
        start = body.index(s.sentence)
        events.append(
            Event(
                type=s.type,
                mode=(),
                actor=s.actor,
                recipient=s.recipient,
                location=Location(s.place, s.place) if s.place else None,
                date=EventDate(s.date[0], s.date[1], s.date[2]) if s.date else None,  # type: ignore[arg-type]
                aux=s.aux,  # type: ignore[arg-type]
                evidence=Evidence(start, start + len(s.sentence), s.sentence),
                confidence=s.confidence,
                rule=f"rules:{language}:{s.type}:{s.trigger}:subject",
            )
        )
    return Article(
        doc_id=doc_id,
        source=f"/corpus/{doc_id}.txt",
        body=body,
        language=language,
        published=DateValue(published, "day"),
        segments=(Segment(0, len(body), language),),
        actors=tuple(actors),
        events=tuple(events),
        **fields,  # type: ignore[arg-type]
    )


ENGLISH = article(
    "en-talks",
    "Madrid talks\n"
    "Foreign Minister Ana Ruiz of Spain met Karim Idrissi of Morocco in Rabat on 3 March 2024.\n"
    "The two sides spoke about fisheries and migration.\n"
    "Later that month Spain criticised Algeria over the closure of a gas pipeline.",
    "en",
    "2024-03-04",
    [
        Said(
            "Foreign Minister Ana Ruiz of Spain met Karim Idrissi of Morocco in Rabat on 3 March 2024.",
            "CONSULT",
            ("Ana_Ruiz",),
            ("Karim_Idrissi",),
            ("2024-03-03", "day", "3 March 2024"),
            "met",
            place="Rabat",
        ),
        Said(
            "Later that month Spain criticised Algeria over the closure of a gas pipeline.",
            "ACCUSE",
            ("Spain",),
            ("Algeria",),
            ("2024-03", "month", "that month"),
            "criticis*",
            confidence=0.8,
        ),
    ],
    url="https://news.example/madrid-talks",
    outlet="Example Wire",
    title="Madrid talks",
)
FRENCH = article(
    "fr-soutien",
    "L'Espagne soutient le plan du Maroc\n"
    "Le 12 avril 2024, l'Espagne a réaffirmé son soutien au Maroc.\n"
    "L'Espagne se rendra à Alger en mai 2024.",
    "fr",
    "2024-04-13",
    [
        Said(
            "Le 12 avril 2024, l'Espagne a réaffirmé son soutien au Maroc.",
            "SUPPORT",
            ("Spain",),
            ("Morocco",),
            ("2024-04-12", "day", "12 avril 2024"),
            "soutien",
        ),
        Said(
            "L'Espagne se rendra à Alger en mai 2024.",
            "CONSULT",
            ("Spain",),
            ("Algeria",),
            ("2024-05", "month", "mai 2024"),
            "rendre*",
            aux=("future",),
        ),
    ],
    url="https://presse.example/soutien",
    outlet="Presse Exemple",
    title="L'Espagne soutient le plan du Maroc",
)
ARABIC = article(
    "ar-talks",
    "محادثات في الرباط\nورحبت الجزائر يوم 20 مايو 2024 بالحوار مع المغرب.",
    "ar",
    "2024-05-21",
    [
        Said(
            "ورحبت الجزائر يوم 20 مايو 2024 بالحوار مع المغرب.",
            "SUPPORT",
            ("Algeria",),
            ("Morocco",),
            ("2024-05-20", "day", "20 مايو 2024"),
            "رحب*",
        )
    ],
    url="https://akhbar.example/talks",
    outlet="Akhbar Example",
    title="محادثات في الرباط",
)
HOSTILE_ARTICLE = article(
    "hostile",
    f"Morocco and Spain {HOSTILE}\nKarim Idrissi met Ana Ruiz in Madrid on 2 June 2024 {HOSTILE}.",
    "en",
    "2024-06-03",
    [
        Said(
            f"Karim Idrissi met Ana Ruiz in Madrid on 2 June 2024 {HOSTILE}.",
            "CONSULT",
            ("Karim_Idrissi",),
            ("Ana_Ruiz",),
            ("2024-06-02", "day", "2 June 2024"),
            "met",
        )
    ],
    url="javascript:alert(1)",
    outlet=f"Outlet {HOSTILE}",
    title=f"Title {HOSTILE}",
)
ARTICLES = (ENGLISH, FRENCH, ARABIC, HOSTILE_ARTICLE)
REJECTED = Rejected("/corpus/empty.txt", "read", "empty", "nothing but white space")


def build(path: Path) -> Path:
    with open_store(path) as store:
        for one in ARTICLES:
            store.put_article(one, fingerprint=one.doc_id)
        store.put_rejected(REJECTED, fingerprint="empty")
        refresh_dossier(store)
    return path


def small_kb() -> KB:
    """Roles for one of the people, so the actor page has dated roles to show."""
    entries = [
        {
            "id": "Ana_Ruiz",
            "kind": "person",
            "name": "Ana Ruiz",
            "country": "ESP",
            "sector": "GOV",
            "roles": [
                {"role": "foreign_minister", "country": "ESP", "start": date(2023, 11, 20), "end": None}
            ],
        },
        {"id": "Spain", "kind": "country", "name": "Spain", "country": "ESP"},
        {"id": "Morocco", "kind": "country", "name": "Morocco", "country": "MAR"},
        {"id": "Algeria", "kind": "country", "name": "Algeria", "country": "DZA"},
    ]
    roles = [{"role": "foreign_minister", "needs_country": True, "phrases": {"en": ["foreign minister"]}}]
    return kb_from_dicts(entries, roles)
