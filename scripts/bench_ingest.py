"""Dossier ingest throughput (documents/s) and database size per 1,000 documents.

The samples are replicated in memory to --docs documents; each copy gets its own source and a
marker in each long paragraph, so each is a distinct document, also once read (the same bytes would
be stored once). By default only the reading stage runs (no spaCy); --full runs the whole pipeline.
The store is timed on its own too (the pipeline's results, stored into a fresh database), then the
final merge.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
import tempfile
import time
from pathlib import Path

from diplowatch.model import Article, RawDocument, Rejected
from diplowatch.pipeline import Options, Pipeline
from diplowatch.reading.sources import iter_inputs
from diplowatch.store import SQLiteStore, open_store
from diplowatch.store.ingest import (
    IngestCounts,
    IngestOptions,
    ingest_inputs,
    input_fingerprint,
    pipeline_signature,
    refresh_dossier,
    store_one,
)

ROOT = Path(__file__).resolve().parent.parent


def replicate(paths: list[str], count: int, tag: str = "") -> list[RawDocument]:
    """`count` distinct copies of the inputs: each has a marked body and a source of its own (with `tag`:
    the copies of one benchmark round differ from another's, so that no cache serves them)."""
    originals = [item for item in iter_inputs(paths) if isinstance(item, RawDocument)]
    copies = []
    for i in range(count):
        raw = originals[i % len(originals)]
        marker = f" (copie {tag}{i})"
        copies.append(
            dataclasses.replace(
                raw,
                source=f"copy{tag}{i}/{raw.source}",
                # files keep their own encoding (cp1256, latin-1...): the ASCII marker goes in as bytes
                data=_marked(raw.data, marker.encode()) if raw.data is not None else None,
                text=_marked(raw.text.encode(), marker.encode()).decode() if raw.text is not None else None,
                given={**raw.given, "id": f"{raw.given['id']}-{i}"} if "id" in raw.given else raw.given,
            )
        )
    return copies


MIN_PARAGRAPH = 160  # characters: a paragraph of the article, not a title, a menu line or a caption
HTML_PARAGRAPH = re.compile(rf"<p[^>]*>(.{{{MIN_PARAGRAPH},}}?)</p>", re.DOTALL | re.IGNORECASE)
TEXT_PARAGRAPH = re.compile(rf"[^\r\n]{{{MIN_PARAGRAPH},}}")


def _marked(data: bytes, marker: bytes) -> bytes:
    """The document with `marker` at the end of each of its long paragraphs, one of which the reader keeps
    as article text whatever it drops as boilerplate (a closing line of its own was dropped, so every copy
    read the same and the caches keyed on the body served the copies). Works on the bytes of any
    ASCII-compatible encoding."""
    text = data.decode("latin-1")  # one character a byte: offsets stay byte offsets
    ends = [m.end(1) for m in HTML_PARAGRAPH.finditer(text)] or [
        m.end() for m in TEXT_PARAGRAPH.finditer(text)
    ]
    if not ends:
        return data + marker
    pieces, last = [], 0
    for at in ends:
        pieces += [data[last:at], marker]
        last = at
    return b"".join([*pieces, data[last:]])


def database_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents after replication (default 2000)")
    parser.add_argument(
        "--full", action="store_true", help="run the whole pipeline (loads spaCy), not only reading"
    )
    parser.add_argument("--samples", default=str(ROOT / "samples"))
    parser.add_argument(
        "--db",
        metavar="URL",
        help="also time the store writes (and the merge) into this empty dossier, e.g. a postgresql:// URL",
    )
    args = parser.parse_args(argv)
    raws = replicate([args.samples], args.docs)
    options = Options(link_actors=args.full)
    pipeline, signature = Pipeline(options), pipeline_signature(options)
    no_merge = IngestOptions(pipeline=options, merge=False)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite"
        with SQLiteStore(db) as store:
            start = time.perf_counter()
            counts = ingest_inputs(raws, store, options=no_merge, pipeline=pipeline)
            ingest_s = time.perf_counter() - start
            start = time.perf_counter()
            dossier = refresh_dossier(store, force=True)
            merge_s = time.perf_counter() - start
            start = time.perf_counter()
            again = ingest_inputs(raws, store, options=no_merge, pipeline=pipeline)
            reingest_s = time.perf_counter() - start
            store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = database_size(db)
        results = [(raw, pipeline.process(raw)) for raw in raws]
        store_s, _ = _store_only(results, signature, str(Path(tmp) / "store-only.sqlite"))
        other = _store_only(results, signature, args.db) if args.db else None
    stage = "full pipeline" if args.full else "reading stage only"
    print(f"dossier ingest ({stage}), {args.docs} documents replicated from {args.samples}")
    print(
        f"  ingest (pipeline + store)  {args.docs / ingest_s:>10,.1f} docs/s  {ingest_s:8.2f} s  "
        f"({counts.added} stored, {counts.rejected} rejected, {counts.events} events)"
    )
    print(f"  store writes alone         {args.docs / store_s:>10,.1f} docs/s  {store_s:8.2f} s  (SQLite)")
    if other is not None:
        print(
            f"  store writes alone         {args.docs / other[0]:>10,.1f} docs/s  {other[0]:8.2f} s  "
            f"({args.db.split('://')[0]}); its merge {other[1]:.2f} s"
        )
    print(
        f"  re-ingest, all unchanged   {args.docs / reingest_s:>10,.1f} docs/s  {reingest_s:8.2f} s  "
        f"({again.unchanged} unchanged)"
    )
    print(f"  merge into dossier events  {merge_s:>10.2f} s  ({dossier} dossier events)")
    print(
        f"  database size              {size / 2**20:>10.1f} MiB  = "
        f"{size / 2**20 / args.docs * 1000:.1f} MiB per 1,000 documents"
    )
    return 0


def _store_only(
    results: list[tuple[RawDocument, Article | Rejected | None]], signature: str, target: str
) -> tuple[float, float]:
    """Store already-processed articles into a fresh dossier, then merge: the store's own cost (s)."""
    with open_store(target) as store:
        start = time.perf_counter()
        for raw, result in results:
            store_one(result, store, fingerprint=input_fingerprint(raw, signature), counts=IngestCounts())
        stored = time.perf_counter() - start
        start = time.perf_counter()
        store.update_dossier()
        return stored, time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
