"""One processed input -> one row of the job's result: the article's columns with its events and
mentions nested (split into the tables of `layout` when written), or the rejection.

Column names and types are declared once here, as Spark DDL, beside the code that fills them.
"""

from __future__ import annotations

from typing import Any

from diplowatch.model import Article, Event, Rejected
from diplowatch.store.articlejson import results_json

Fields = tuple[tuple[str, str], ...]

EVENT_FIELDS: Fields = (
    ("seq", "int"),
    ("type", "string"),
    ("mode", "array<string>"),
    ("actor", "array<string>"),
    ("recipient", "array<string>"),
    ("location_name", "string"),
    ("location_id", "string"),
    ("location_country", "string"),
    ("date_value", "string"),
    ("date_granularity", "string"),
    ("date_text", "string"),
    ("date_approximate", "boolean"),
    ("aux", "array<string>"),
    ("evidence_start", "int"),
    ("evidence_end", "int"),
    ("evidence_text", "string"),
    ("evidence_spans", "int"),
    ("confidence", "double"),
    ("rule", "string"),
)
MENTION_FIELDS: Fields = (
    ("actor_seq", "int"),
    ("actor_id", "string"),
    ("actor_name", "string"),
    ("kind", "string"),
    ("country", "string"),
    ("sector", "string"),
    ("mention_seq", "int"),
    ("start", "int"),
    ("end", "int"),
    ("text", "string"),
)
REJECTION_FIELDS: Fields = (
    ("source", "string"),
    ("fingerprint", "string"),
    ("stage", "string"),
    ("reason", "string"),
    ("detail", "string"),
)
DOCUMENT_FIELDS: Fields = (
    ("source", "string"),
    ("fingerprint", "string"),
    ("doc_id", "string"),
    ("url", "string"),
    ("outlet", "string"),
    ("title", "string"),
    ("published", "string"),
    ("published_granularity", "string"),
    ("language", "string"),
    ("body", "string"),
    ("n_actors", "int"),
    ("n_events", "int"),
    ("n_quotes", "int"),
    ("results", "string"),  # store.articlejson: every stored part but the body
)
# The job's result: every column of both tables (the shared ones once), a flag, and the nested rows.
RESULT_FIELDS: Fields = (
    ("rejected", "boolean"),
    *DOCUMENT_FIELDS,
    *((name, kind) for name, kind in REJECTION_FIELDS if name not in dict(DOCUMENT_FIELDS)),
    ("events", f"array<{'struct<' + ','.join(f'`{n}`:{t}' for n, t in EVENT_FIELDS) + '>'}>"),
    ("mentions", f"array<{'struct<' + ','.join(f'`{n}`:{t}' for n, t in MENTION_FIELDS) + '>'}>"),
)
# The job's inputs: each a pickled RawDocument or Rejected (worker.pickled).
ITEM_DDL = "item binary"
RESULT_DDL = ", ".join(f"`{name}` {kind}" for name, kind in RESULT_FIELDS)


def result_row(result: Article | Rejected, fingerprint: str | None) -> tuple[Any, ...]:
    """The RESULT_FIELDS of one processed input, in order."""
    values = _rejection(result) if isinstance(result, Rejected) else _article(result)
    values["fingerprint"] = fingerprint
    return tuple(values.get(name) for name, _ in RESULT_FIELDS)


def _rejection(rejected: Rejected) -> dict[str, Any]:
    return {
        "rejected": True,
        "source": rejected.source,
        "stage": rejected.stage,
        "reason": rejected.reason,
        "detail": rejected.detail,
        "events": [],
        "mentions": [],
    }


def _article(article: Article) -> dict[str, Any]:
    published = article.published
    return {
        "rejected": False,
        "source": article.source,
        "doc_id": article.doc_id,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "published": published.value if published else None,
        "published_granularity": published.granularity if published else None,
        "language": article.language,
        "body": article.body,
        "n_actors": len(article.actors),
        "n_events": len(article.events),
        "n_quotes": len(article.quotes),
        "results": results_json(article),
        "events": [_event(seq, event) for seq, event in enumerate(article.events)],
        "mentions": [
            (i, a.id, a.name, a.kind, a.country, a.sector, j, m.start, m.end, m.text)
            for i, a in enumerate(article.actors)
            for j, m in enumerate(a.mentions)
        ],
    }


def _event(seq: int, event: Event) -> tuple[Any, ...]:
    place, when, evidence = event.location, event.date, event.evidence
    return (
        seq,
        event.type,
        list(event.mode),
        list(event.actor),
        list(event.recipient),
        place.name if place else None,
        place.id if place else None,
        place.country if place else None,
        when.value if when else None,
        when.granularity if when else None,
        when.text if when else None,
        when.approximate if when else None,
        list(event.aux),
        evidence.start,
        evidence.end,
        evidence.text,
        len(event.evidence_spans),
        float(event.confidence),
        event.rule,
    )
