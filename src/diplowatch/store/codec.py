"""Records <-> table rows, shared by the SQLite backend (and any other SQL backend).

Tuples of strings (mode, aux) are stored as JSON arrays; a date also gets the first and last day
it covers (date_start, date_end) so range filters are plain comparisons.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Protocol, cast

from diplowatch.model import AUX_VALUES, Article, Aux, DateValue, Event, EventDate, Evidence, Location
from diplowatch.store.intervals import value_interval
from diplowatch.store.records import Anchor, Correction, SourceDoc, Withdrawal

EVENT_COLUMNS = (
    "doc_id",
    "seq",
    "type",
    "mode",
    "aux",
    "location_name",
    "location_id",
    "location_country",
    "date_value",
    "date_granularity",
    "date_text",
    "date_approximate",
    "date_start",
    "date_end",
    "evidence_start",
    "evidence_end",
    "evidence_text",
    "confidence",
    "rule",
)
DOCUMENT_COLUMNS = (
    "doc_id",
    "source",
    "url",
    "outlet",
    "title",
    "published",
    "published_granularity",
    "published_approximate",
    "published_text",
    "published_source",
    "language",
    "body",
    "ingested_at",
)
SOURCE_COLUMNS = "d.doc_id, d.source, d.url, d.outlet, d.title, d.published, d.language"


class Row(Protocol):
    """A database row read by column name (sqlite3.Row, a dict in tests)."""

    def __getitem__(self, key: str) -> Any: ...


def strings(values: Sequence[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def unstrings(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))


def date_columns(when: EventDate | None) -> tuple[Any, ...]:
    if when is None:
        return None, None, None, None, None, None
    interval = value_interval(when.value)
    start, end = (interval.start.isoformat(), interval.end.isoformat()) if interval else (None, None)
    return when.value, when.granularity, when.text, int(when.approximate), start, end


def location_columns(place: Location | None) -> tuple[Any, ...]:
    return (place.name, place.id, place.country) if place else (None, None, None)


def event_row(doc_id: str, seq: int, event: Event) -> tuple[Any, ...]:
    return (
        doc_id,
        seq,
        event.type,
        strings(event.mode),
        strings(event.aux),
        *location_columns(event.location),
        *date_columns(event.date),
        event.evidence.start,
        event.evidence.end,
        event.evidence.text,
        event.confidence,
        event.rule,
    )


def aux_values(stored: tuple[str, ...]) -> tuple[Aux, ...]:
    """Stored aux strings as the closed vocabulary (a value this version does not know is dropped)."""
    return tuple(cast(Aux, a) for a in stored if a in AUX_VALUES)


def event_from_row(row: Row, actor: Sequence[str], recipient: Sequence[str]) -> Event:
    return Event(
        type=row["type"],
        mode=unstrings(row["mode"]),
        actor=tuple(actor),
        recipient=tuple(recipient),
        location=location_from_row(row),
        date=date_from_row(row),
        aux=aux_values(unstrings(row["aux"])),
        evidence=Evidence(row["evidence_start"], row["evidence_end"], row["evidence_text"]),
        confidence=row["confidence"],
        rule=row["rule"],
    )


def location_from_row(row: Row) -> Location | None:
    if row["location_name"] is None:
        return None
    return Location(row["location_name"], row["location_id"], row["location_country"])


def date_from_row(row: Row) -> EventDate | None:
    if row["date_value"] is None:
        return None
    return EventDate(
        row["date_value"], row["date_granularity"], row["date_text"], bool(row["date_approximate"])
    )


def document_row(article: Article, now: str) -> tuple[Any, ...]:
    published = article.published
    return (
        article.doc_id,
        article.source,
        article.url,
        article.outlet,
        article.title,
        published.value if published else None,
        published.granularity if published else None,
        int(published.approximate) if published else 0,
        published.text if published else "",
        published.source if published else "",
        article.language,
        article.body,
        now,
    )


def published_from_row(row: Row) -> DateValue | None:
    if row["published"] is None:
        return None
    return DateValue(
        row["published"],
        row["published_granularity"],
        bool(row["published_approximate"]),
        row["published_text"],
        row["published_source"],
    )


def source_doc(row: Row) -> SourceDoc:
    return SourceDoc(
        row["doc_id"],
        row["source"],
        row["url"],
        row["outlet"],
        row["title"],
        row["published"],
        row["language"],
    )


# -- corrections: the kind's value as one JSON object (the anchors have a table of their own) ---------


def correction_value(correction: Correction) -> str:
    """The value fields of `correction.kind` as JSON (what the `value` column holds)."""
    kind = correction.kind
    value: dict[str, Any] = {}
    if kind == "category":
        value = {"category": correction.category}
    elif kind in ("actors", "recipients"):
        value = {"names": list(correction.names)}
    elif kind == "date":
        when = correction.date
        value = {"date": [when.value, when.granularity, when.text, when.approximate] if when else None}
    elif kind == "place":
        place = correction.place
        value = {"place": [place.name, place.id, place.country] if place else None}
    elif kind == "merge":
        value = {"other_id": correction.other_id}
    elif kind == "split":
        value = {"docs": list(correction.docs)}
    return json.dumps(value, ensure_ascii=False)


def correction_from_row(row: Row, anchors: Sequence[Anchor], other: Sequence[Anchor]) -> Correction:
    """A `corrections` row (columns by name) with its anchors, as the record."""
    value = json.loads(row["value"])
    when, place = value.get("date"), value.get("place")
    withdrawn = (
        Withdrawal(row["withdrawn_by"], row["withdrawn_why"] or "", row["withdrawn_at"])
        if row["withdrawn_at"]
        else None
    )
    return Correction(
        id=row["id"],
        kind=row["kind"],
        event_id=row["event_id"],
        anchors=tuple(anchors),
        author=row["author"],
        reason=row["reason"],
        created_at=row["created_at"],
        category=value.get("category"),
        names=tuple(value.get("names") or ()),
        date=EventDate(when[0], when[1], when[2], bool(when[3])) if when else None,
        place=Location(place[0], place[1], place[2]) if place else None,
        other_id=value.get("other_id"),
        other=tuple(other),
        docs=tuple(value.get("docs") or ()),
        withdrawn=withdrawn,
    )


def anchor_rows(correction_id: int, correction: Correction) -> list[tuple[Any, ...]]:
    """`correction_anchors` rows: the event's reports (side "event"), a merge's other event ("other")."""
    return [
        (correction_id, side, i, a.doc_id, a.seq, a.type, a.start, a.end)
        for side, anchors in (("event", correction.anchors), ("other", correction.other))
        for i, a in enumerate(anchors)
    ]
