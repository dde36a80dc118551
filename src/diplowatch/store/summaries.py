"""Dossier events without their members, read in three queries however many there are: what the
web timeline counts, charts and pages through (loading ten thousand whole events takes seconds)."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from typing import Any

from diplowatch.store import codec
from diplowatch.store.intervals import value_interval
from diplowatch.store.records import DossierEvent, EventSummary

# The timeline order (corrections.timeline_key): first day, last day (undated last), category, id.
TIMELINE_ORDER = "COALESCE(de.date_start, '~'), COALESCE(de.date_end, '~'), de.type, de.id"


def read_summaries(conn: sqlite3.Connection, where: str, params: list[Any]) -> list[EventSummary]:
    """The dossier events `where` (over `dossier_events de`) keeps, in timeline order.

    The JSON arrays (aux, mode, languages, outlets) repeat a few values over thousands of events: each
    distinct text is decoded once (json.loads of every one was half the time on 10,000 events)."""
    decoded: dict[str | None, tuple[str, ...]] = {}

    def array(text: str | None) -> tuple[str, ...]:
        found = decoded.get(text)
        if found is None:
            found = decoded[text] = tuple(v for v in json.loads(text or "[]") if v is not None)
        return found

    chosen = f"SELECT de.id FROM dossier_events de {where}"
    sides: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"actor": [], "recipient": []})
    for dossier_id, role, actor in conn.execute(
        f"SELECT dossier_id, role, actor FROM dossier_actors WHERE dossier_id IN ({chosen}) "
        "ORDER BY dossier_id, role, seq",
        params,
    ):
        sides[dossier_id][role].append(actor)
    reports = {
        r[0]: (float(r[1] or 0.0), array(r[2]), array(r[3]))
        for r in conn.execute(
            "SELECT m.dossier_id, MAX(e.confidence), json_group_array(DISTINCT d.language), "
            "json_group_array(DISTINCT d.outlet) FROM dossier_members m JOIN events e ON e.id = m.event_id "
            f"JOIN documents d ON d.doc_id = e.doc_id WHERE m.dossier_id IN ({chosen}) GROUP BY m.dossier_id",
            params,
        )
    }
    found = []
    for row in conn.execute(f"SELECT de.* FROM dossier_events de {where} ORDER BY {TIMELINE_ORDER}", params):
        confidence, languages, outlets = reports.get(row["id"], (0.0, (), ()))
        found.append(
            EventSummary(
                id=row["id"],
                type=row["type"],
                actor=tuple(sides[row["id"]]["actor"]),
                recipient=tuple(sides[row["id"]]["recipient"]),
                location=codec.location_from_row(row),
                date=codec.date_from_row(row),
                date_start=row["date_start"],
                date_end=row["date_end"],
                aux=array(row["aux"]),
                confidence=confidence,
                n_sources=row["n_sources"],
                languages=languages,
                outlets=outlets,
                mode=array(row["mode"]),
            )
        )
    return found


def summary_of(event: DossierEvent) -> EventSummary:
    """A whole dossier event (a corrected one, say) as a summary."""
    interval = value_interval(event.date.value) if event.date else None
    sources = event.sources
    return EventSummary(
        id=event.id,
        type=event.type,
        actor=event.actor,
        recipient=event.recipient,
        location=event.location,
        date=event.date,
        date_start=interval.start.isoformat() if interval else None,
        date_end=interval.end.isoformat() if interval else None,
        aux=event.aux,
        confidence=event.confidence,
        n_sources=len(sources),
        languages=tuple(dict.fromkeys(d.language for d in sources if d.language)),
        outlets=tuple(dict.fromkeys(d.outlet for d in sources if d.outlet)),
        review=event.review,
        mode=event.mode,
    )
