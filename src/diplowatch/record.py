"""Article -> the JSON document record of spec section 1."""

from __future__ import annotations

from typing import Any

from diplowatch.model import Actor, Article, Event, Evidence, Quote


def to_record(article: Article) -> dict[str, Any]:
    published = article.published
    return {
        "doc_id": article.doc_id,
        "source": article.source,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        # The record holds a full day or null; a month-only dateline stays internal.
        "published": published.value if published and published.granularity == "day" else None,
        "language": article.language,
        "body": article.body,
        "segments": [{"start": s.start, "end": s.end, "language": s.language} for s in article.segments],
        "actors": [actor_record(a) for a in article.actors],
        "events": [event_record(e) for e in article.events],
        "quotes": [quote_record(q) for q in article.quotes],
    }


def actor_record(actor: Actor) -> dict[str, Any]:
    return {
        "id": actor.id,
        "name": actor.name,
        "kind": actor.kind,
        "country": actor.country,
        "sector": actor.sector,
        "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in actor.mentions],
    }


def event_record(event: Event) -> dict[str, Any]:
    location = event.location
    date = event.date
    return {
        "type": event.type,
        "mode": list(event.mode),
        "actor": list(event.actor),
        "recipient": list(event.recipient),
        "location": {"name": location.name, "id": location.id, "country": location.country}
        if location
        else None,
        "date": {
            "value": date.value,
            "granularity": date.granularity,
            "text": date.text,
            "approximate": date.approximate,
        }
        if date
        else None,
        "aux": list(event.aux),
        "evidence": evidence_record(event.evidence),
        # Every span stating this happening (the title, the lead and the body may all tell it).
        "evidence_spans": [evidence_record(e) for e in event.evidence_spans],
        "confidence": round(event.confidence, 3),
    }


def evidence_record(evidence: Evidence) -> dict[str, Any]:
    return {"start": evidence.start, "end": evidence.end, "text": evidence.text}


def quote_record(quote: Quote) -> dict[str, Any]:
    return {
        "speaker": quote.speaker,
        "speaker_text": quote.speaker_text,
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
    }
