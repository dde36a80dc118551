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
from diplowatch.reading.limits import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES
from diplowatch.spark.layout import is_extract_output
from diplowatch.store.console import add_db_option, add_pipeline_options, jobs_of, store_from
from diplowatch.store.extracted import count_extracted
from diplowatch.store.ingest import IngestCounts, IngestOptions, Progress, ingest

COUNT_LIMIT = 200_000  # stop counting inputs for the progress bar's total past this many files


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ingest",
        help="store documents, events and rejections in the dossier database",
        description="Reads the inputs like `extract`, processes the new and changed ones and stores "
        "them; an unchanged input is skipped, a changed one replaces its old results. Ends by merging "
        "the events that several articles report into dossier events. On a terminal a progress bar "
        "shows documents, rejections, events, rate and time left; -v lists each input, -q only errors.",
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files, directories, JSONL files, - for stdin, or the output folder of `diplowatch spark "
        "extract` (stored from its Parquet tables without running the pipeline again)",
    )
    add_db_option(parser)
    add_pipeline_options(parser)
    parser.add_argument("--force", action="store_true", help="process every input again, even unchanged ones")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    options = IngestOptions(
        pipeline=Options(kb_dirs=tuple(args.kb), link_actors=not args.no_actors),
        force=args.force,
        jobs=jobs_of(args),
    )
    bar = _progress_bar(count_inputs(args.paths)) if sys.stderr.isatty() and not args.quiet else None
    counts = IngestCounts()
    with store_from(args, create=True) as store:
        try:
            counts = ingest(
                args.paths, store, options=options, on_progress=_reporter(bar, counts, verbose=args.verbose)
            )
        except KeyboardInterrupt:
            _close(bar)
            print(f"interrupted; stored so far: {counts.summary()}", file=sys.stderr)
            return 130
        except (sqlite3.Error, StoreError):  # a full disk, a read-only dossier: the store says which
            _close(bar)
            print(f"stopped; stored so far: {counts.summary()}", file=sys.stderr)
            raise
        _close(bar)
        if not args.quiet:
            print(f"{counts.summary()}; dossier: {store.path}")
    return 0 if counts.read > counts.rejected or not counts.read else 1


def count_inputs(paths: list[str]) -> int | None:
    """How many inputs `paths` hold (files, and lines of JSONL files), for the bar's total and time
    left; None when unknown (standard input) or too many to count quickly."""
    readable = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
    total = 0
    for name in paths:
        if name == "-":
            return None
        path = Path(name)
        if is_extract_output(path):
            total += count_extracted(path)
            continue
        files = (
            [
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and p.suffix.lower() in readable
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
            if path.is_dir()
            else [path]
        )
        for file in files:
            total += _lines(file) if file.suffix.lower() in JSONL_SUFFIXES else 1
            if total > COUNT_LIMIT:
                return None
    return total


def _lines(path: Path) -> int:
    try:
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1


def _reporter(bar: Any, counts: IngestCounts, *, verbose: bool) -> Progress:
    """The progress callback: keeps the running totals (for the Ctrl-C message), reports each
    rejection (and with -v each input) on stderr, above the bar when there is one, and moves the bar."""

    def report(current: IngestCounts, item: Article | Rejected | None) -> None:
        for name in current.__dataclass_fields__:
            setattr(counts, name, getattr(current, name))
        message = None
        if isinstance(item, Rejected):
            message = f"diplowatch: {item.message()}"
        elif verbose and isinstance(item, Article):
            message = f"stored {item.source}: {len(item.events)} event(s), {len(item.quotes)} quote(s)"
        if message is not None:
            _stderr(message, bar)
        if bar is not None:
            bar.set_postfix(rejected=current.rejected, events=current.events, refresh=False)
            bar.update(1)

    return report


def _stderr(message: str, bar: Any) -> None:
    if bar is None:
        print(message, file=sys.stderr)
    else:
        bar.write(message, file=sys.stderr)  # above the bar


def _progress_bar(total: int | None) -> Any:
    from tqdm import tqdm

    return tqdm(desc="documents", unit="doc", total=total, file=sys.stderr, dynamic_ncols=True)


def _close(bar: Any) -> None:
    if bar is not None:
        bar.close()
