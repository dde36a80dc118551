"""Dossier events without their members, read in three queries however many there are: what the
web timeline counts, charts and pages through (loading ten thousand whole events takes seconds)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from diplowatch.store import codec
from diplowatch.store.intervals import value_interval
from diplowatch.store.migrations import Connection
from diplowatch.store.records import DossierEvent, EventSummary

ORDER = "ORDER BY de.date_start IS NULL, de.date_start, de.date_end, de.type, de.id"


def read_summaries(conn: Connection, where: str, params: list[Any]) -> list[EventSummary]:
    """The dossier events `where` (over `dossier_events de`) keeps, in timeline order."""
    chosen = f"SELECT de.id FROM dossier_events de {where}"
    sides: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"actor": [], "recipient": []})
    for dossier_id, role, actor in conn.execute(
        f"SELECT dossier_id, role, actor FROM dossier_actors WHERE dossier_id IN ({chosen}) "
        "ORDER BY dossier_id, role, seq",
        params,
    ):
        sides[dossier_id][role].append(actor)
    reports: dict[str, tuple[float, dict[str, None], dict[str, None]]] = {}
    for dossier_id, confidence, language, outlet in conn.execute(
        "SELECT m.dossier_id, e.confidence, d.language, d.outlet FROM dossier_members m "
        "JOIN events e ON e.id = m.event_id JOIN documents d ON d.doc_id = e.doc_id "
        f"WHERE m.dossier_id IN ({chosen}) ORDER BY m.dossier_id, m.seq",
        params,
    ):
        best, languages, outlets = reports.setdefault(dossier_id, (0.0, {}, {}))
        languages.update({language: None} if language else {})  # in member order, as `summary_of`
        outlets.update({outlet: None} if outlet else {})
        reports[dossier_id] = (max(best, float(confidence or 0.0)), languages, outlets)
    found = []
    for row in conn.execute(f"SELECT de.* FROM dossier_events de {where} {ORDER}", params):
        confidence, languages, outlets = reports.get(row["id"], (0.0, {}, {}))
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
                aux=codec.unstrings(row["aux"]),
                confidence=confidence,
                n_sources=row["n_sources"],
                languages=tuple(languages),
                outlets=tuple(outlets),
                mode=codec.unstrings(row["mode"]),
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
