"""Dossier events (and quotes) out of the store: JSON lines, CSV, Parquet, or PLOVER JSON lines.

csv and parquet hold one row per dossier event with ACLED/PLOVER-style columns, each described in
CODEBOOK.md: full days in `date_start`/`date_end` (any precision), one value per cell (numbered
columns `actor1_name`, `actor2_name`, ... in CSV; list columns in Parquet), codes and sectors beside
names, sources with outlet, publication date, language, URL (or file name) and evidence.

The plover format uses the field names of the PLOVER data model (PLOVER_MANUAL, "JSON Data Fields"):
id, date/enddate, event, mode, context, source/recipient actor objects (code, sector, actor_text,
identifier_text), event_loc, event_text, quad_code, cite_info; `date_precision` and `members` are
our own additions, which the manual allows ("feel free to include named fields beyond those").

Every CSV cell is written through `csv_cell` (one place to sanitise cells).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from pathlib import PurePath
from typing import IO, Any, BinaryIO, Literal

from diplowatch import __version__
from diplowatch.errors import StoreError
from diplowatch.kb.base import KB
from diplowatch.store.base import Store
from diplowatch.store.filters import EventFilter, ResolvedFilter, select_events
from diplowatch.store.intervals import event_interval
from diplowatch.store.plover import QUAD
from diplowatch.store.records import ActorInfo, DossierEvent, SourceDoc, StoredQuote
from diplowatch.store.review import review_record

Format = Literal["jsonl", "csv", "parquet", "plover"]
FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "plover")
QUOTE_FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")
FLAGS = ("negated", "future", "hypothetical", "historical")  # aux values as boolean columns
AUX_OF_FLAG = {"negated": "negation"}
MIN_NUMBERED = 3  # numbered CSV column groups always present (actor1..3, recipient1..3, source1..3)
LIST_SEPARATOR = ";"  # the one multi-valued CSV cell: `mode` (PLOVER modes, usually one)
QUOTE_COLUMNS = (
    "quote_id",
    "speaker_id",
    "speaker_name",
    "speaker_text",
    "quote",
    "doc",
    "published",
    "outlet",
    "language",
    "url",
    "title",
    "start",
    "end",
)

# An analyst's corrections beside the machine's values (store.corrections, store.review).
REVIEW_FIELDS = ("corrected", "marked_wrong", "machine_event_id", "machine_values", "corrections")
FORMULA_STARTS = frozenset("=+-@\t\r")  # what makes a spreadsheet read a cell as a formula
# The fields of a flat record, in column order; list fields become numbered CSV columns (NUMBERED:
# list field -> group and column, "actor_names" -> actor1_name, actor2_name, ...) or, for `mode`,
# one cell joined by LIST_SEPARATOR. CODEBOOK.md describes each one.
NUMBERED: dict[str, tuple[str, str]] = {
    **{
        f"{side}_{plural}": (side, single)
        for side in ("actor", "recipient")
        for plural, single in (
            ("names", "name"),
            ("ids", "id"),
            ("countries", "country"),
            ("sectors", "sector"),
        )
    },
    "source_docs": ("source", "doc"),
    "source_outlets": ("source", "outlet"),
    "source_published": ("source", "published"),
    "source_languages": ("source", "language"),
    "source_urls": ("source", "url"),
    "source_evidence": ("source", "evidence"),
}
FLAT_FIELDS: tuple[str, ...] = (
    "event_id",
    "date_start",
    "date_end",
    "date_precision",
    "date_approximate",
    "date_text",
    "category",
    "quad_code",
    "mode",
    *FLAGS,
    "n_actors",
    "actor_names",
    "actor_ids",
    "actor_countries",
    "actor_sectors",
    "n_recipients",
    "recipient_names",
    "recipient_ids",
    "recipient_countries",
    "recipient_sectors",
    "place_name",
    "place_id",
    "place_country",
    "first_published",
    "last_published",
    "n_sources",
    "confidence",
    *REVIEW_FIELDS,
    "source_docs",
    "source_outlets",
    "source_published",
    "source_languages",
    "source_urls",
    "source_evidence",
)


def export(
    store: Store,
    fmt: str,
    out: BinaryIO,
    *,
    where: EventFilter | ResolvedFilter | None = None,
    kb: KB | None = None,
) -> int:
    """Write the dossier events `where` keeps to `out` in format `fmt`; the number written."""
    writers: dict[str, Callable[[Store, Sequence[DossierEvent], BinaryIO], None]] = {
        "jsonl": _write_jsonl,
        "csv": _write_csv,
        "parquet": _write_parquet,
        "plover": _write_plover,
    }
    if fmt not in writers:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    events = select_events(store, where or EventFilter(), kb)
    writers[fmt](store, events, out)
    return len(events)


def export_quotes(store: Store, fmt: str, out: BinaryIO, quotes: Sequence[StoredQuote]) -> int:
    """Write `quotes` to `out` as jsonl, csv or parquet (one row a quote); the number written."""
    if fmt not in QUOTE_FORMATS:
        raise StoreError(
            f"quotes export as {fmt!r} is not possible; choose one of {', '.join(QUOTE_FORMATS)}"
        )
    names = store.actor_info([q.quote.speaker for q in quotes if q.quote.speaker])
    rows = [quote_row(q, names) for q in quotes]
    if fmt == "jsonl":
        out.writelines((json.dumps(r, ensure_ascii=False) + "\n").encode("utf-8") for r in rows)
    elif fmt == "csv":
        _with_text(out, lambda text: write_csv(text, QUOTE_COLUMNS, rows))
    else:
        pa = _pyarrow()
        schema = pa.schema([(c, pa.int32() if c in ("start", "end") else pa.string()) for c in QUOTE_COLUMNS])
        _write_table(pa.Table.from_pylist(rows, schema=schema), out)
    return len(rows)


# -- records -------------------------------------------------------------------------------------


def event_record(event: DossierEvent, actors: Mapping[str, ActorInfo] | None = None) -> dict[str, Any]:
    """One dossier event as JSON-ready data: the merged event, its sources and every evidence span."""
    when, place = event.date, event.location
    interval = event_interval(when, widen=False)
    info = actors or {}
    return {
        "id": event.id,
        "type": event.type,
        "quad_code": QUAD.get(event.type),
        "mode": list(event.mode),
        "actor": list(event.actor),
        "recipient": list(event.recipient),
        "actors": [_actor_fields(a, info) for a in event.actor],
        "recipients": [_actor_fields(a, info) for a in event.recipient],
        "location": {"name": place.name, "id": place.id, "country": place.country} if place else None,
        "date": {
            "value": when.value,
            "granularity": when.granularity,
            "text": when.text,
            "approximate": when.approximate,
        }
        if when
        else None,
        "date_start": interval.start.isoformat() if interval else None,
        "date_end": interval.end.isoformat() if interval else None,
        "aux": list(event.aux),
        "confidence": round(event.confidence, 3),
        "sources": [source_record(d) for d in event.sources],
        "evidence": [
            {"doc_id": m.event.doc.doc_id, "start": span.start, "end": span.end, "text": span.text}
            for m in event.members
            for span in m.event.event.evidence_spans
        ],
        "review": review_record(event),  # None unless analysts corrected it: their changes and the machine's
    }


def flat_record(event: DossierEvent, actors: Mapping[str, ActorInfo]) -> dict[str, Any]:
    """One dossier event as one row of single values and lists (lists become numbered CSV columns
    and Parquet list columns). The columns are described in CODEBOOK.md."""
    when, place = event.date, event.location
    interval = event_interval(when, widen=False)
    sources = event.sources
    published = sorted(d.published for d in sources if d.published)
    evidence: dict[str, str] = {}
    for member in event.members:
        evidence.setdefault(member.event.doc.doc_id, " ".join(member.event.event.evidence.text.split()))
    row: dict[str, Any] = {
        "event_id": event.id,
        "date_start": interval.start if interval else None,
        "date_end": interval.end if interval else None,
        "date_precision": when.granularity if when else None,
        "date_approximate": when.approximate if when else None,
        "date_text": when.text if when else None,
        "category": event.type,
        "quad_code": QUAD.get(event.type),
        "mode": list(event.mode),
        **{flag: AUX_OF_FLAG.get(flag, flag) in event.aux for flag in FLAGS},
    }
    for side, ids in (("actor", event.actor), ("recipient", event.recipient)):
        fields = [_actor_fields(a, actors) for a in ids]
        row[f"n_{side}s"] = len(ids)
        for key, plural in (
            ("name", "names"),
            ("id", "ids"),
            ("country", "countries"),
            ("sector", "sectors"),
        ):
            row[f"{side}_{plural}"] = [f[key] for f in fields]
    row.update(
        {
            "place_name": place.name if place else None,
            "place_id": place.id if place else None,
            "place_country": place.country if place else None,
            "first_published": published[0] if published else None,
            "last_published": published[-1] if published else None,
            "n_sources": len(sources),
            "confidence": round(event.confidence, 3),
            **_review_columns(event),
            "source_docs": [d.doc_id for d in sources],
            "source_outlets": [d.outlet for d in sources],
            "source_published": [d.published for d in sources],
            "source_languages": [d.language for d in sources],
            "source_urls": [d.url or source_name(d) for d in sources],
            "source_evidence": [evidence.get(d.doc_id) for d in sources],
        }
    )
    return {k: row[k] for k in FLAT_FIELDS}


def _review_columns(event: DossierEvent) -> dict[str, Any]:
    """The REVIEW_FIELDS of a row: whether analysts corrected it, the machine's values of the fields
    they changed and the corrections (both as JSON text, so that every format holds them alike)."""
    record = review_record(event)
    if record is None:
        return {"corrected": False, "marked_wrong": False, **dict.fromkeys(REVIEW_FIELDS[2:])}
    return {
        "corrected": True,
        "marked_wrong": record["wrong"],
        "machine_event_id": record["machine_id"],
        "machine_values": json.dumps(
            {k: v["machine"] for k, v in record["changed"].items()}, ensure_ascii=False
        ),
        "corrections": json.dumps(record["corrections"], ensure_ascii=False),
    }


def quote_row(stored: StoredQuote, names: Mapping[str, ActorInfo]) -> dict[str, Any]:
    quote, doc = stored.quote, stored.doc
    speaker = names.get(quote.speaker or "")
    return {
        "quote_id": stored.key,
        "speaker_id": quote.speaker,
        "speaker_name": speaker.name if speaker else None,
        "speaker_text": quote.speaker_text,
        "quote": quote.text,
        "doc": doc.doc_id,
        "published": doc.published,
        "outlet": doc.outlet,
        "language": doc.language,
        "url": doc.url or source_name(doc),
        "title": doc.title,
        "start": quote.start,
        "end": quote.end,
    }


def source_record(doc: SourceDoc) -> dict[str, Any]:
    """An article as JSON-ready citation data (its file name, never the local folder)."""
    return {
        "doc_id": doc.doc_id,
        "source": source_name(doc),
        "url": doc.url,
        "outlet": doc.outlet,
        "title": doc.title,
        "published": doc.published,
        "language": doc.language,
    }


def source_name(doc: SourceDoc) -> str:
    """A source as it may leave the machine: the file name, never the local folder it was read from."""
    return file_name(doc.source)


def file_name(source: str) -> str:
    """An input's name without its local folder (a URL stays whole)."""
    return PurePath(source).name if "://" not in source else source


def plover_record(event: DossierEvent, actors: dict[str, ActorInfo]) -> dict[str, Any]:
    interval = event_interval(event.date, widen=False)
    record: dict[str, Any] = {
        "id": event.id,
        "date": interval.start.isoformat() if interval else None,
        "enddate": interval.end.isoformat() if interval and interval.end != interval.start else None,
        "date_precision": event.date.granularity if event.date else None,
        "event": [event.type],
        "mode": list(event.mode),
        "context": [],
        "source": [_plover_actor(a, actors) for a in event.actor],
        "recipient": [_plover_actor(a, actors) for a in event.recipient],
        "event_loc": _plover_place(event),
        "event_text": [m.event.event.evidence.text for m in event.members],
        "quad_code": QUAD.get(event.type),
        "cite_info": [
            {
                "citation": d.doc_id,
                "url": d.url,
                "title": d.title,
                "language": d.language,
                "publication": d.outlet,
            }
            for d in event.sources
        ],
        "members": [m.event.key for m in event.members],
        "confidence": round(event.confidence, 3),
        "review": review_record(event),
        "coder": f"diplowatch {__version__}",
        "coded_date": date.today().isoformat(),
    }
    return {k: v for k, v in record.items() if v is not None}


def _actor_fields(actor_id: str, actors: Mapping[str, ActorInfo]) -> dict[str, Any]:
    info = actors.get(actor_id)
    return {
        "id": actor_id if info else None,
        "name": info.name if info else actor_id.replace("_", " "),
        "country": info.country if info else None,
        "sector": info.sector if info else None,
    }


def _plover_actor(actor_id: str, actors: dict[str, ActorInfo]) -> dict[str, Any]:
    info = actors.get(actor_id)
    code = info.country if info and info.country else ("IGO" if info and info.sector == "IGO" else None)
    out = {
        "code": code,
        "sector": info.sector if info else None,
        "actor_text": info.name if info else actor_id.replace("_", " "),
        "identifier_text": actor_id,
    }
    return {k: v for k, v in out.items() if v is not None}


def _plover_place(event: DossierEvent) -> dict[str, Any] | None:
    place = event.location
    if place is None:
        return None
    out = {"name": place.name, "cc3": place.country, "identifier_text": place.id}
    return {k: v for k, v in out.items() if v is not None}


# -- writers -------------------------------------------------------------------------------------


def csv_cell(value: Any) -> str:
    """Every CSV cell diplowatch writes passes here: None empty, booleans true/false, dates ISO,
    nested records JSON, formula-like text defused."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(csv_cell(v) for v in value)
    if isinstance(value, dict):  # a nested record (an analyst's review) as one JSON cell
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        # A bare carriage return is not a line end to the csv module's quoting (lineterminator "\n"):
        # written as it is, it would cut the row in two for every reader.
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if isinstance(value, str) and value[:1] in FORMULA_STARTS:
        # Article text, ids and URLs are untrusted: a spreadsheet must show "=cmd()" as text, never
        # run it (OWASP "CSV Injection"), so such a cell gets a leading apostrophe.
        return "'" + value
    return str(value)


def write_csv(text: IO[str], fields: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> None:
    """A header and one line a row, each cell through `csv_cell`."""
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow([csv_cell(f) for f in fields])
    writer.writerows([csv_cell(row.get(f)) for f in fields] for row in rows)


def csv_columns(rows: Sequence[Mapping[str, Any]]) -> tuple[list[str], list[dict[str, Any]]]:
    """Flat records -> the CSV header and rows, list fields spread over numbered columns:
    actor_names -> actor1_name, actor2_name, ... (as many as the widest row, at least MIN_NUMBERED)."""
    width = {
        group: max([MIN_NUMBERED] + [len(r[k]) for r in rows for k, (g, _) in NUMBERED.items() if g == group])
        for group, _ in NUMBERED.values()
    }
    header: list[str] = []
    for key in FLAT_FIELDS:
        if key not in NUMBERED:
            header.append(key)
        elif key == _first_of(NUMBERED[key][0]):
            group = NUMBERED[key][0]
            header += [
                f"{group}{i}_{column}"
                for i in range(1, width[group] + 1)
                for k, (g, column) in NUMBERED.items()
                if g == group
            ]
    out = []
    for row in rows:
        flat = {k: v for k, v in row.items() if k not in NUMBERED}
        for key, (group, column) in NUMBERED.items():
            flat.update({f"{group}{i}_{column}": v for i, v in enumerate(row[key], start=1)})
        out.append(flat)
    return header, out


def _first_of(group: str) -> str:
    return next(k for k, (g, _) in NUMBERED.items() if g == group)


def _write_jsonl(store: Store, events: Sequence[DossierEvent], out: BinaryIO) -> None:
    actors = store.actor_info()
    out.writelines(
        (json.dumps(event_record(e, actors), ensure_ascii=False) + "\n").encode("utf-8") for e in events
    )


def _write_plover(store: Store, events: Sequence[DossierEvent], out: BinaryIO) -> None:
    actors = store.actor_info()
    out.writelines(
        (json.dumps(plover_record(event, actors), ensure_ascii=False) + "\n").encode("utf-8")
        for event in events
    )


def _write_csv(store: Store, events: Sequence[DossierEvent], out: BinaryIO) -> None:
    actors = store.actor_info()
    header, rows = csv_columns([flat_record(e, actors) for e in events])
    _with_text(out, lambda text: write_csv(text, header, rows))


def _with_text(out: BinaryIO, write: Callable[[IO[str]], None]) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    write(text)
    text.detach()  # leave `out` open for the caller


def _pyarrow() -> Any:
    try:
        import pyarrow as pa
    except ImportError as error:
        raise StoreError("parquet export needs pyarrow: run `make install`") from error
    return pa


def _write_table(table: Any, out: BinaryIO) -> None:
    import pyarrow.parquet as pq

    pq.write_table(table, out)


def parquet_schema() -> Any:
    """Typed columns: dates as dates, flags as booleans, every list field a list<string> column."""
    pa = _pyarrow()
    types = {
        "date_start": pa.date32(),
        "date_end": pa.date32(),
        "date_approximate": pa.bool_(),
        "quad_code": pa.int8(),
        "n_actors": pa.int32(),
        "n_recipients": pa.int32(),
        "n_sources": pa.int32(),
        "confidence": pa.float64(),
        "corrected": pa.bool_(),
        "marked_wrong": pa.bool_(),
        **{f: pa.bool_() for f in FLAGS},
    }
    lists = {*NUMBERED, "mode"}
    return pa.schema(
        [(k, types.get(k, pa.list_(pa.string()) if k in lists else pa.string())) for k in FLAT_FIELDS]
    )


def _write_parquet(store: Store, events: Sequence[DossierEvent], out: BinaryIO) -> None:
    pa = _pyarrow()
    actors = store.actor_info()
    rows = [flat_record(e, actors) for e in events]
    _write_table(pa.Table.from_pylist(rows, schema=parquet_schema()), out)
