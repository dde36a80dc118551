"""Dossier events without their members, read in three queries however many there are: what the
web timeline counts, charts and pages through (loading ten thousand whole events takes seconds)."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from typing import Any

from diplowatch.model import EventDate, Location
from diplowatch.store.intervals import value_interval
from diplowatch.store.records import DossierEvent, EventSummary

# The timeline order (corrections.timeline_key): first day, last day (undated last), category, id.
TIMELINE_ORDER = "COALESCE(de.date_start, '~'), COALESCE(de.date_end, '~'), de.type, de.id"
COLUMNS = (
    "de.id, de.type, de.location_name, de.location_id, de.location_country, de.date_value, "
    "de.date_granularity, de.date_text, de.date_approximate, de.date_start, de.date_end, de.aux, de.mode, "
    "de.n_sources"
)


def read_summaries(conn: sqlite3.Connection, where: str, params: list[Any]) -> list[EventSummary]:
    """The dossier events `where` (over `dossier_events de`) keeps, in timeline order.

    The JSON arrays (aux, mode, languages, outlets), places and dates repeat a few values over thousands
    of events: each distinct one is decoded and made once (json.loads of every array was half the time
    on 10,000 events)."""
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
    places: dict[tuple[Any, ...], Location] = {}
    dates: dict[tuple[Any, ...], EventDate] = {}
    found = []
    for row in conn.execute(
        f"SELECT {COLUMNS} FROM dossier_events de {where} ORDER BY {TIMELINE_ORDER}", params
    ):
        event_id, kind, place, when = row[0], row[1], row[2:5], row[5:9]
        confidence, languages, outlets = reports.get(event_id, (0.0, (), ()))
        if place[0] is not None and place not in places:
            places[place] = Location(*place)
        if when[0] is not None and when not in dates:
            dates[when] = EventDate(when[0], when[1], when[2], bool(when[3]))
        side = sides[event_id]
        found.append(
            EventSummary(
                id=event_id,
                type=kind,
                actor=tuple(side["actor"]),
                recipient=tuple(side["recipient"]),
                location=places.get(place),
                date=dates.get(when),
                date_start=row[9],
                date_end=row[10],
                aux=array(row[11]),
                confidence=confidence,
                n_sources=row[13],
                languages=languages,
                outlets=outlets,
                mode=array(row[12]),
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
