"""Articles and events built by hand, shaped like the samples (the event stage is not needed)."""

from __future__ import annotations

from diplowatch.model import (
    Actor,
    Article,
    DateValue,
    Event,
    EventDate,
    Evidence,
    Location,
    Mention,
    Quote,
    Segment,
)
from diplowatch.store.records import SourceDoc, StoredEvent

MOSCOW = Location("Moscow", "Moscow", "RUS")

ACTORS = {
    "Staffan_de_Mistura": Actor("Staffan_de_Mistura", "Staffan de Mistura", "person", None, "IGO"),
    "Sergey_Lavrov": Actor("Sergey_Lavrov", "Sergey Lavrov", "person", "RUS", "GOV"),
    "Sergey_Vershinin": Actor("Sergey_Vershinin", "Sergey Vershinin", "person", "RUS", "GOV"),
    "Russia": Actor("Russia", "Russia", "country", "RUS", "GOV"),
    "South_Africa": Actor("South_Africa", "South Africa", "country", "ZAF", "GOV"),
    "Naledi_Pandor": Actor("Naledi_Pandor", "Naledi Pandor", "person", "ZAF", "GOV"),
    "Morocco": Actor("Morocco", "Morocco", "country", "MAR", "GOV"),
    "Polisario_Front": Actor("Polisario_Front", "Polisario Front", "organization", "ESH", "REB"),
    "MINURSO": Actor("MINURSO", "MINURSO", "organization", None, "IGO"),
}


def event(
    kind: str,
    actor: tuple[str, ...],
    recipient: tuple[str, ...],
    when: str | None,
    granularity: str = "day",
    *,
    place: Location | None = None,
    approximate: bool = False,
    aux: tuple[str, ...] = (),
    evidence: str = "",
    start: int = 0,
    mode: tuple[str, ...] = (),
) -> Event:
    text = evidence or f"{' '.join(actor)} {kind.lower()} {' '.join(recipient)}."
    return Event(
        type=kind,
        mode=mode,
        actor=actor,
        recipient=recipient,
        location=place,
        date=EventDate(when, granularity, when or "", approximate) if when else None,  # type: ignore[arg-type]
        aux=aux,
        evidence=Evidence(start, start + len(text), text),
        confidence=0.8,
        rule="test",
    )


def article(
    doc_id: str,
    events: tuple[Event, ...] = (),
    *,
    published: str = "2024-03-12",
    language: str = "fr",
    body: str | None = None,
    source: str | None = None,
    title: str | None = None,
    quotes: tuple[Quote, ...] = (),
) -> Article:
    body = body if body is not None else " ".join(e.evidence.text for e in events) or f"Article {doc_id}."
    used = {a for e in events for a in e.actor + e.recipient if a in ACTORS}
    actors = tuple(_with_mention(ACTORS[a], body) for a in sorted(used))
    return Article(
        doc_id=doc_id,
        source=source or f"{doc_id}.txt",
        body=body,
        url=f"https://news.example/{doc_id}",
        outlet="Test Outlet",
        title=title or f"Title {doc_id}",
        published=DateValue(published, "day", False, published, "test"),
        language=language,
        segments=(Segment(0, len(body), language),),
        actors=actors,
        events=events,
        quotes=quotes,
    )


def _with_mention(actor: Actor, body: str) -> Actor:
    at = body.find(actor.name)
    return Actor(
        actor.id,
        actor.name,
        actor.kind,
        actor.country,
        actor.sector,
        (Mention(at, at + len(actor.name), actor.name),) if at >= 0 else (),
    )


def lavrov_fr() -> Article:
    """fr_moscou_lavrov_2024: Lavrov then Vershinin on Monday 11 March 2024, in Moscow."""
    return article(
        "fr-moscou",
        (
            event(
                "CONSULT",
                ("Staffan_de_Mistura",),
                ("Sergey_Lavrov", "Russia"),
                "2024-03-11",
                place=MOSCOW,
                evidence="Staffan de Mistura a d'abord été reçu lundi par Sergey Lavrov.",
            ),
            event(
                "CONSULT",
                ("Staffan_de_Mistura",),
                ("Sergey_Vershinin",),
                "2024-03-11",
                place=MOSCOW,
                evidence="le même jour, des consultations séparées avec le vice-ministre Sergey Vershinin.",
            ),
            event(
                "CONSULT",
                ("Staffan_de_Mistura",),
                ("Naledi_Pandor", "South_Africa"),
                "2024-01",
                "month",
                place=Location("Pretoria", "Pretoria", "ZAF"),
                approximate=True,
                evidence="Fin janvier, il s'était rendu à Pretoria, reçu par Naledi Pandor.",
            ),
            event(
                "SUPPORT",
                ("Russia",),
                ("United_Nations_Security_Council",),
                "2023-10-30",
                aux=("negation",),
                evidence="Russia n'a donc pas soutenu le texte.",
            ),
        ),
        published="2024-03-12",
        language="fr",
    )


def lavrov_es() -> Article:
    """es_lavrov_moscu_2024: the same Lavrov meeting, reported on 13 March; Vershinin without a day."""
    return article(
        "es-moscu",
        (
            event(
                "CONSULT",
                ("Staffan_de_Mistura",),
                ("Sergey_Lavrov", "Russia"),
                "2024-03-11",
                place=MOSCOW,
                evidence="Staffan de Mistura mantuvo el pasado lunes en Moscú una reunión con Sergey Lavrov.",
            ),
            event(
                "CONSULT",
                ("Staffan_de_Mistura",),
                ("Sergey_Vershinin",),
                "2024-03",
                "month",
                place=MOSCOW,
                evidence="reunirse por separado con el viceministro Sergey Vershinin.",
            ),
            event(
                "CONSULT",
                ("Staffan_de_Mistura",),
                ("South_Africa",),
                "2024-01",
                "month",
                place=Location("South Africa", "South_Africa", "ZAF"),
                approximate=True,
                evidence="A finales de enero viajó a South Africa.",
            ),
        ),
        published="2024-03-13",
        language="es",
    )


def stored(doc_id: str, seq: int, ev: Event, *, published: str = "2024-03-12") -> StoredEvent:
    return StoredEvent(f"{doc_id}#{seq}", SourceDoc(doc_id, f"{doc_id}.txt", published=published), ev)


def stored_events(*articles: Article) -> list[StoredEvent]:
    return [stored(a.doc_id, i, e) for a in articles for i, e in enumerate(a.events)]
