"""Corrections as the views show them: beside the machine's original, in every listing, export and
page (`review_notes` for a listing's notes, `review_record` and `correction_record` as JSON-ready data)."""

from __future__ import annotations

from typing import Any

from diplowatch.model import EventDate, Location
from diplowatch.store.records import Correction, DossierEvent, EventSummary

FIELDS = ("type", "actor", "recipient", "date", "location")  # what a correction can change, as compared


def changes(event: DossierEvent | EventSummary) -> list[tuple[str, Any, Any]]:
    """(field, machine value, corrected value) for each field the corrections changed."""
    review = event.review
    if review is None:
        return []
    machine = review.machine
    return [
        (name, _plain(getattr(machine, name)), _plain(getattr(event, name)))
        for name in FIELDS
        if getattr(machine, name) != getattr(event, name)
    ]


def review_notes(event: DossierEvent | EventSummary) -> list[str]:
    """Short notes for a listing: "wrong (analyst)", "category corrected (machine: ACCUSE)", ..."""
    review = event.review
    if review is None:
        return []
    notes = ["wrong (analyst)"] if review.wrong else []
    notes += [f"{name} corrected (machine: {value_text(old)})" for name, old, _ in changes(event)]
    if review.merged_from:
        notes.append(f"merged with {', '.join(review.merged_from)} (analyst)")
    if review.split_from:
        notes.append(f"split from {review.split_from} (analyst)")
    return notes or ["reviewed (analyst)"]


def review_record(event: DossierEvent | EventSummary) -> dict[str, Any] | None:
    """The corrections of an event as JSON-ready data, with the machine's values beside them."""
    review = event.review
    if review is None:
        return None
    return {
        "wrong": review.wrong,
        "changed": {name: {"machine": old, "corrected": new} for name, old, new in changes(event)},
        "machine_id": review.machine.id,
        "merged_from": list(review.merged_from),
        "split_from": review.split_from,
        "corrections": [correction_record(c) for c in review.corrections],
    }


def correction_record(correction: Correction) -> dict[str, Any]:
    """One correction as JSON-ready data: who, when, why, what it sets, the reports it names."""
    return {
        "id": correction.id,
        "kind": correction.kind,
        "event_id": correction.event_id,
        "value": correction_value(correction),
        "author": correction.author,
        "reason": correction.reason,
        "created_at": correction.created_at,
        "anchors": [a.key for a in correction.anchors],
        "withdrawn": {
            "by": correction.withdrawn.by,
            "why": correction.withdrawn.why,
            "at": correction.withdrawn.at,
        }
        if correction.withdrawn
        else None,
    }


def correction_value(correction: Correction) -> Any:
    """What the correction sets, as plain data (None for `wrong`, and for a cleared date or place)."""
    kind = correction.kind
    if kind == "category":
        return correction.category
    if kind in ("actors", "recipients"):
        return list(correction.names)
    if kind == "date":
        return _plain(correction.date)
    if kind == "place":
        return _plain(correction.place)
    if kind == "merge":
        return correction.other_id
    if kind == "split":
        return list(correction.docs)
    return None


def correction_text(correction: Correction) -> str:
    """What the correction sets, as a reader says it: "AGREE", "~2024-03", "Geneva", "unknown"."""
    kind = correction.kind
    if kind == "date":
        when = correction.date
        return ("~" if when.approximate else "") + when.value if when else "unknown"
    if kind == "place":
        return correction.place.name if correction.place else "unknown"
    return value_text(correction_value(correction)) if kind != "wrong" else ""


def _plain(value: Any) -> Any:
    if isinstance(value, EventDate):
        return {"value": value.value, "granularity": value.granularity, "approximate": value.approximate}
    if isinstance(value, Location):
        return {"name": value.name, "id": value.id, "country": value.country}
    if isinstance(value, tuple):
        return list(value)
    return value


def value_text(value: Any) -> str:
    """A machine or corrected value (plain data, as `changes` gives it) as a reader says it."""
    if value is None:
        return "none"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "none"
    if isinstance(value, dict):
        return str(value.get("value") or value.get("name"))
    return str(value)
