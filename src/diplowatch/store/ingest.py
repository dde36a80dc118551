"""Pipeline -> store: read inputs, run the pipeline on the new or changed ones, store each result.

An input whose fingerprint (its raw content plus what would change its results: the diplowatch
version and the pipeline options) is already stored is skipped without being processed, so
re-ingesting a folder of months of articles costs only reading the files.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import BinaryIO

from diplowatch import __version__
from diplowatch.kb import content_fingerprint
from diplowatch.model import Article, RawDocument, Rejected
from diplowatch.parallel import each_parallel
from diplowatch.pipeline import Options, Pipeline
from diplowatch.reading.sources import iter_inputs
from diplowatch.spark.layout import is_extract_output
from diplowatch.store.base import Store
from diplowatch.store.extracted import iter_extracted

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestOptions:
    pipeline: Options = field(default_factory=Options)  # how documents are processed
    force: bool = False  # process and store every input even when its fingerprint is unchanged
    merge: bool = True  # merge the new and changed documents into the dossier events at the end of the run
    jobs: int = 1  # worker processes running the pipeline (1: in this process); this process stores


@dataclass(slots=True)
class IngestCounts:
    """Running totals of one ingest run (what the progress bar and the summary show)."""

    read: int = 0  # inputs seen (documents and rejections)
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    rejected: int = 0
    events: int = 0  # per-article events stored in this run
    dossier_events: int = 0  # after the merge

    def summary(self) -> str:
        return (
            f"{self.read} input(s): {self.added} added, {self.replaced} replaced, "
            f"{self.unchanged} unchanged, {self.rejected} rejected; {self.events} event(s) stored; "
            f"{self.dossier_events} dossier event(s)"
        )


Progress = Callable[[IngestCounts, Article | Rejected | None], None]


def ingest(
    paths: Iterable[str],
    store: Store,
    *,
    options: IngestOptions | None = None,
    on_progress: Progress | None = None,
    stdin: BinaryIO | None = None,
) -> IngestCounts:
    """Store every input under `paths`; call `on_progress` after each one. Rejections are stored too.
    A folder written by `diplowatch spark extract` is stored from its tables, without the pipeline."""
    options = options or IngestOptions()
    # One source per file: "a.txt", "./a.txt" and "/home/me/a.txt" are stored under the absolute path.
    paths = [p if p == "-" else os.path.abspath(p) for p in paths]
    extracted = [p for p in paths if p != "-" and is_extract_output(p)]
    others = [p for p in paths if p not in extracted]
    counts = IngestCounts()
    if others:
        ingest_inputs(
            iter_inputs(others, stdin),
            store,
            options=replace(options, merge=False),
            on_progress=on_progress,
            counts=counts,
        )
    for folder in extracted:
        for fingerprint, result in iter_extracted(folder):
            # Skipped when an earlier ingest stored the same input, as a file read again would be.
            current = fingerprint and not options.force and store.is_current(result.source, fingerprint)
            _store_reported(None if current else result, store, fingerprint, counts, on_progress)
    if options.merge:
        counts.dossier_events = refresh_dossier(store, force=True)
    return counts


def ingest_inputs(
    items: Iterable[RawDocument | Rejected],
    store: Store,
    *,
    options: IngestOptions | None = None,
    on_progress: Progress | None = None,
    pipeline: Pipeline | None = None,
    counts: IngestCounts | None = None,
) -> IngestCounts:
    """`ingest` over inputs already read; `pipeline` reuses one built with the same options (in this
    process: with several jobs each worker builds its own), `counts` goes on from the totals of an earlier
    part of the same run."""
    options = options or IngestOptions()
    signature = pipeline_signature(options.pipeline)
    counts = counts if counts is not None else IngestCounts()

    hashed: dict[int, str] = {}  # the inputs being processed -> their fingerprints (hashed once)

    def fingerprint_of(raw: RawDocument) -> str:
        if id(raw) not in hashed:
            hashed[id(raw)] = input_fingerprint(raw, signature)
        return hashed[id(raw)]

    def unchanged(raw: RawDocument) -> bool:
        return not options.force and store.is_current(raw.source, fingerprint_of(raw))

    outcomes = (
        each_parallel(items, jobs=options.jobs, options=options.pipeline, skip=unchanged)
        if options.jobs > 1  # fingerprints are checked here, before anything is sent to a worker
        else (pipeline or Pipeline(options.pipeline)).each_input(items, skip=unchanged)
    )
    for item, result in outcomes:
        fingerprint = fingerprint_of(item) if isinstance(item, RawDocument) else None
        hashed.pop(id(item), None)  # done with it: never a stale id
        _store_reported(result, store, fingerprint, counts, on_progress)
    if options.merge:
        counts.dossier_events = refresh_dossier(store, force=True)
    return counts


def _store_reported(
    result: Article | Rejected | None,
    store: Store,
    fingerprint: str | None,
    counts: IngestCounts,
    on_progress: Progress | None,
) -> None:
    store_one(result, store, fingerprint=fingerprint, counts=counts)
    if on_progress is not None:
        on_progress(counts, result)


def store_one(
    result: Article | Rejected | None, store: Store, *, fingerprint: str | None, counts: IngestCounts
) -> None:
    """Store one processed input (None: it was unchanged and skipped) and count it."""
    counts.read += 1
    if result is None:
        counts.unchanged += 1
        return
    if isinstance(result, Rejected):
        counts.rejected += 1
        store.put_rejected(result, fingerprint=fingerprint)
        log.info("%s", result.message())
        return
    outcome = store.put_article(result, fingerprint=fingerprint or "")
    if outcome == "unchanged":
        counts.unchanged += 1
    else:
        counts.added += outcome == "added"
        counts.replaced += outcome == "replaced"
        counts.events += len(result.events)


def refresh_dossier(store: Store, *, force: bool = False) -> int:
    """Merge the documents changed since the last merge into the dossier events (always, with force:
    a no-op when nothing changed).
    A read-only store is never merged: the reader is told when its dossier events are out of date."""
    if store.read_only:
        stats = store.stats()
        if stats.documents and store.dossier_stale():
            log.warning(
                "diplowatch: %s: the dossier events predate the last documents stored (an ingest "
                "stopped before its merge); run `diplowatch ingest` again to merge them",
                stats.path,
            )
        return stats.dossier_events
    if force or store.dossier_stale():
        return store.update_dossier()
    return store.stats().dossier_events


def ensure_merged(store: Store) -> None:
    """What a read needs before it lists dossier events: `refresh_dossier` when documents changed since
    the last merge, and nothing at all (not even a count) when they did not."""
    if store.dossier_stale():
        refresh_dossier(store)


def pipeline_signature(options: Options) -> str:
    """What, besides the input, decides a document's results: the version, the options, and the
    content (not the path) of the user's KB directories."""
    kb = content_fingerprint(options.kb_dirs) if options.kb_dirs else "-"
    return f"diplowatch {__version__}; actors={options.link_actors}; kb={kb}"


def input_fingerprint(raw: RawDocument, signature: str) -> str:
    digest = hashlib.sha256(signature.encode("utf-8"))
    for part in (raw.data or b"", (raw.text or "").encode("utf-8"), (raw.html or "").encode("utf-8")):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    for key in sorted(raw.given):
        digest.update(f"\0{key}={raw.given[key]}".encode())
    return digest.hexdigest()
