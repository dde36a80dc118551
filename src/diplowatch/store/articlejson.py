"""What a store keeps of an Article, as JSON and back, losslessly: the results of a pipeline run
carried to another machine (the Spark job's Parquet) and stored there without running it again.

The body travels beside the JSON (a column of its own), so `results_json` leaves it out. What a
store does not keep (the parse, the places, the HTML, the given fields) is not carried either.
"""

from __future__ import annotations

import json
from typing import Any

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
from diplowatch.record import actor_record
from diplowatch.store.codec import aux_values

FORMAT = 1  # bumped when the layout changes; a reader refuses a layout it does not know


def results_json(article: Article) -> str:
    """Every stored part of `article` but its body, as one JSON object."""
    return json.dumps(
        {
            "format": FORMAT,
            "doc_id": article.doc_id,
            "source": article.source,
            "url": article.url,
            "outlet": article.outlet,
            "title": article.title,
            "published": _published(article.published),
            "language": article.language,
            "segments": [[s.start, s.end, s.language] for s in article.segments],
            "actors": [actor_record(a) for a in article.actors],  # as in the spec's document record
            "events": [_event(e) for e in article.events],
            "quotes": [[q.speaker, q.speaker_text, q.text, q.start, q.end] for q in article.quotes],
        },
        ensure_ascii=False,
    )


def article_from_json(text: str, body: str) -> Article:
    """The Article `results_json` described; ValueError when the JSON is not such a description."""
    try:
        data = json.loads(text)
        if data.get("format") != FORMAT:
            raise ValueError(f"article layout {data.get('format')!r}, this diplowatch reads {FORMAT}")
        return Article(
            doc_id=data["doc_id"],
            source=data["source"],
            body=body,
            url=data["url"],
            outlet=data["outlet"],
            title=data["title"],
            published=DateValue(*data["published"]) if data["published"] else None,
            language=data["language"],
            segments=tuple(Segment(*s) for s in data["segments"]),
            actors=tuple(_actor_back(a) for a in data["actors"]),
            events=tuple(_event_back(e) for e in data["events"]),
            quotes=tuple(Quote(*q) for q in data["quotes"]),
        )
    except (KeyError, IndexError, TypeError, AttributeError, json.JSONDecodeError) as error:
        raise ValueError(f"not a stored article ({type(error).__name__}: {error})") from error


def _published(value: DateValue | None) -> list[Any] | None:
    if value is None:
        return None
    return [value.value, value.granularity, value.approximate, value.text, value.source]


def _actor_back(data: dict[str, Any]) -> Actor:
    mentions = tuple(Mention(m["start"], m["end"], m["text"]) for m in data["mentions"])
    return Actor(data["id"], data["name"], data["kind"], data["country"], data["sector"], mentions)


def _event(event: Event) -> dict[str, Any]:
    location, when = event.location, event.date
    return {
        "type": event.type,
        "mode": list(event.mode),
        "actor": list(event.actor),
        "recipient": list(event.recipient),
        "location": [location.name, location.id, location.country] if location else None,
        "date": [when.value, when.granularity, when.text, when.approximate] if when else None,
        "aux": list(event.aux),
        "evidence": [[e.start, e.end, e.text] for e in event.evidence_spans],
        "confidence": event.confidence,
        "rule": event.rule,
    }


def _event_back(data: dict[str, Any]) -> Event:
    spans = [Evidence(*e) for e in data["evidence"]]
    return Event(
        type=data["type"],
        mode=tuple(data["mode"]),
        actor=tuple(data["actor"]),
        recipient=tuple(data["recipient"]),
        location=Location(*data["location"]) if data["location"] else None,
        date=EventDate(*data["date"]) if data["date"] else None,
        aux=aux_values(tuple(data["aux"])),
        evidence=spans[0],
        confidence=data["confidence"],
        rule=data["rule"],
        more_evidence=tuple(spans[1:]),
    )
