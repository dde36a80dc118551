"""Dossier events out of the store: JSON lines, CSV, Parquet, or PLOVER JSON lines.

jsonl, csv and parquet hold one row per dossier event with its sources and evidence. The plover
format uses the field names of the PLOVER data model (PLOVER_MANUAL, "JSON Data Fields"): id,
date/enddate, event, mode, context, source/recipient actor objects (code, sector, actor_text,
identifier_text), event_loc, event_text, quad_code, cite_info; `date_precision` and `members` are
our own additions, which the manual allows ("feel free to include named fields beyond those").
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, BinaryIO, Literal

from diplowatch import __version__
from diplowatch.errors import StoreError
from diplowatch.store.base import Store
from diplowatch.store.intervals import event_interval
from diplowatch.store.queries import timeline
from diplowatch.store.records import ActorInfo, DossierEvent, TimelineQuery

Format = Literal["jsonl", "csv", "parquet", "plover"]
FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "plover")

# PLOVER quad categories (verbal/material cooperation/conflict), as spec section 2 groups them.
QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
        "COOPERATE": 2, "AID": 2, "RETREAT": 2, "INVESTIGATE": 2,
        "REQUEST": 3, "DEMAND": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "SANCTION": 3,
        "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4, "FIGHT": 4}
FORMULA_STARTS = frozenset("=+-@\t\r")  # what makes a spreadsheet read a cell as a formula
FLAT_COLUMNS = ("id", "date", "date_granularity", "date_approximate", "type", "mode", "actor", "recipient",
                "location", "location_id", "location_country", "aux", "n_sources", "doc_ids", "urls", "evidence")


def export(store: Store, fmt: str, out: BinaryIO, *, query: TimelineQuery | None = None) -> int:
    """Write the dossier events matching `query` to `out` in format `fmt`; the number written."""
    writers: dict[str, Callable[[Store, Sequence[DossierEvent], BinaryIO], None]] = {
        "jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet, "plover": _write_plover}
    if fmt not in writers:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    events = timeline(store, query)
    writers[fmt](store, events, out)
    return len(events)


def event_record(event: DossierEvent) -> dict[str, Any]:
    """One dossier event as JSON-ready data: the merged event, its sources and every evidence span."""
    when, place = event.date, event.location
    return {
        "id": event.id, "type": event.type, "mode": list(event.mode), "actor": list(event.actor),
        "recipient": list(event.recipient),
        "location": {"name": place.name, "id": place.id, "country": place.country} if place else None,
        "date": {"value": when.value, "granularity": when.granularity, "text": when.text,
                 "approximate": when.approximate} if when else None,
        "aux": list(event.aux),
        "sources": [{"doc_id": d.doc_id, "source": d.source, "url": d.url, "outlet": d.outlet, "title": d.title,
                     "published": d.published, "language": d.language} for d in event.sources],
        "evidence": [{"doc_id": m.event.doc.doc_id, "start": span.start, "end": span.end, "text": span.text}
                     for m in event.members for span in m.event.event.evidence_spans],
    }


def flat_record(event: DossierEvent) -> dict[str, Any]:
    """One dossier event as a flat row (lists joined by " | " for CSV, kept as lists for Parquet)."""
    when, place = event.date, event.location
    return {
        "id": event.id, "date": when.value if when else None, "date_granularity": when.granularity if when else None,
        "date_approximate": when.approximate if when else None, "type": event.type, "mode": list(event.mode),
        "actor": list(event.actor), "recipient": list(event.recipient),
        "location": place.name if place else None, "location_id": place.id if place else None,
        "location_country": place.country if place else None, "aux": list(event.aux),
        "n_sources": len(event.sources), "doc_ids": [d.doc_id for d in event.sources],
        "urls": [d.url or d.source for d in event.sources],
        "evidence": [m.event.event.evidence.text for m in event.members],
    }


def plover_record(event: DossierEvent, actors: dict[str, ActorInfo]) -> dict[str, Any]:
    interval = event_interval(event.date, widen=False)
    record: dict[str, Any] = {
        "id": event.id,
        "date": interval.start.isoformat() if interval else None,
        "enddate": interval.end.isoformat() if interval and interval.end != interval.start else None,
        "date_precision": event.date.granularity if event.date else None,
        "event": [event.type], "mode": list(event.mode), "context": [],
        "source": [_plover_actor(a, actors) for a in event.actor],
        "recipient": [_plover_actor(a, actors) for a in event.recipient],
        "event_loc": _plover_place(event), "event_text": [m.event.event.evidence.text for m in event.members],
        "quad_code": QUAD.get(event.type),
        "cite_info": [{"citation": d.doc_id, "url": d.url, "title": d.title, "language": d.language,
                       "publication": d.outlet} for d in event.sources],
        "members": [m.event.key for m in event.members],
        "coder": f"diplowatch {__version__}", "coded_date": date.today().isoformat(),
    }
    return {k: v for k, v in record.items() if v is not None}


def _plover_actor(actor_id: str, actors: dict[str, ActorInfo]) -> dict[str, Any]:
    info = actors.get(actor_id)
    code = info.country if info and info.country else ("IGO" if info and info.sector == "IGO" else None)
    out = {"code": code, "sector": info.sector if info else None,
           "actor_text": info.name if info else actor_id.replace("_", " "), "identifier_text": actor_id}
    return {k: v for k, v in out.items() if v is not None}


def _plover_place(event: DossierEvent) -> dict[str, Any] | None:
    place = event.location
    if place is None:
        return None
    out = {"name": place.name, "cc3": place.country, "identifier_text": place.id}
    return {k: v for k, v in out.items() if v is not None}


def _write_jsonl(store: Store, events: Sequence[DossierEvent], out: BinaryIO) -> None:
    out.writelines((json.dumps(event_record(event), ensure_ascii=False) + "\n").encode("utf-8") for event in events)


def _write_plover(store: Store, events: Sequence[DossierEvent], out: BinaryIO) -> None:
    actors = store.actor_info()
    out.writelines((json.dumps(plover_record(event, actors), ensure_ascii=False) + "\n").encode("utf-8") for event in events)


def _write_csv(store: Store, events: Sequence[DossierEvent], out: BinaryIO) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.DictWriter(text, fieldnames=FLAT_COLUMNS)
    writer.writeheader()
    for event in events:
        row = flat_record(event)
        flat = {k: " | ".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()}
        writer.writerow({k: csv_cell(v) for k, v in flat.items()})
    text.detach()  # leave `out` open for the caller


def csv_cell(value: Any) -> Any:
    """A text cell a spreadsheet will show as text, never run as a formula (OWASP "CSV Injection"): a
    cell starting with = + - @, a tab or a carriage return gets a leading apostrophe."""
    if isinstance(value, str) and value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


def _write_parquet(store: Store, events: Sequence[DossierEvent], out: BinaryIO) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as error:
        raise StoreError("parquet export needs pyarrow: run `make install`") from error
    rows = [flat_record(e) for e in events]
    schema = pa.schema([
        ("id", pa.string()), ("date", pa.string()), ("date_granularity", pa.string()),
        ("date_approximate", pa.bool_()), ("type", pa.string()), ("mode", pa.list_(pa.string())),
        ("actor", pa.list_(pa.string())), ("recipient", pa.list_(pa.string())), ("location", pa.string()),
        ("location_id", pa.string()), ("location_country", pa.string()), ("aux", pa.list_(pa.string())),
        ("n_sources", pa.int32()), ("doc_ids", pa.list_(pa.string())), ("urls", pa.list_(pa.string())),
        ("evidence", pa.list_(pa.string())),
    ])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), out)
