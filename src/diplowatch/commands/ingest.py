"""`diplowatch ingest PATH... [--db FILE]`: run the pipeline and store everything in the dossier."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import Any

from diplowatch.errors import StoreError
from diplowatch.model import Article, Rejected
from diplowatch.pipeline import Options
from diplowatch.store.console import add_db_option, store_from
from diplowatch.store.ingest import IngestCounts, IngestOptions, Progress, ingest


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ingest", help="store documents, events and rejections in the dossier database",
        description="Reads the inputs like `extract`, processes the new and changed ones and stores "
        "them; an unchanged input is skipped, a changed one replaces its old results. Ends by merging "
        "the events that several articles report into dossier events.")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, JSONL files, or - for stdin")
    add_db_option(parser)
    parser.add_argument("--kb", action="append", type=Path, default=[], metavar="DIR",
                        help="a knowledge-base directory merged over the packaged one (repeatable)")
    parser.add_argument("--no-actors", action="store_true", help="skip actor linking (no spaCy pipelines loaded)")
    parser.add_argument("--force", action="store_true", help="process every input again, even unchanged ones")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    options = IngestOptions(pipeline=Options(kb_dirs=tuple(args.kb), link_actors=not args.no_actors),
                            force=args.force)
    bar = _progress_bar() if sys.stderr.isatty() else None
    counts = IngestCounts()
    with store_from(args, read_only=False) as store:
        try:
            counts = ingest(args.paths, store, options=options, on_progress=_reporter(bar, counts))
        except KeyboardInterrupt:
            _close(bar)
            print(f"interrupted; stored so far: {counts.summary()}", file=sys.stderr)
            return 130
        except (sqlite3.Error, StoreError):  # a full disk, a read-only dossier: the store says which
            _close(bar)
            print(f"stopped; stored so far: {counts.summary()}", file=sys.stderr)
            raise
        _close(bar)
        print(f"{counts.summary()}; dossier: {store.path}")
    return 0 if counts.read > counts.rejected or not counts.read else 1


def _reporter(bar: Any, counts: IngestCounts) -> Progress:
    """The progress callback: keeps the running totals (for the Ctrl-C message), reports each
    rejection on stderr (above the bar when there is one) and moves the bar."""
    def report(current: IngestCounts, item: Article | Rejected | None) -> None:
        for name in current.__dataclass_fields__:
            setattr(counts, name, getattr(current, name))
        if isinstance(item, Rejected):
            message = f"diplowatch: {item.message()}"
            if bar is None:
                print(message, file=sys.stderr)
            else:
                bar.write(message, file=sys.stderr)
        if bar is not None:
            bar.set_postfix(rejected=current.rejected, events=current.events, refresh=False)
            bar.update(1)
    return report


def _progress_bar() -> Any:
    from tqdm import tqdm

    return tqdm(desc="documents read", unit="doc", file=sys.stderr, dynamic_ncols=True)


def _close(bar: Any) -> None:
    if bar is not None:
        bar.close()
