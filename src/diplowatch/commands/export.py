"""`diplowatch export --format jsonl|csv|parquet|plover [filters] [--out FILE]`: the dossier as data."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from diplowatch.store.console import (
    add_db_option,
    add_filter_options,
    filter_from,
    naming_errors,
    store_from,
    writable,
)
from diplowatch.store.export import FORMATS, export, export_quotes
from diplowatch.store.filters import QuoteFilter, select_quotes


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write the dossier events (or quotes) as jsonl, csv, parquet or PLOVER JSONL",
        description="One row per dossier event; CODEBOOK.md describes every column. --records quotes "
        "writes the quotes instead (filtered by --actor as speaker, --since, --until, --lang). "
        "Exit status: 0 rows written, 1 none (the header is still written), 2 usage error.",
    )
    parser.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default jsonl)")
    parser.add_argument(
        "--records", choices=("events", "quotes"), default="events", help="what to export (default events)"
    )
    parser.add_argument("--out", type=Path, metavar="FILE", help="output file (default: standard output)")
    parser.add_argument(
        "--gold",
        type=Path,
        metavar="DIR",
        help="instead: the analysts' corrections as gold files (*.gold.json, the shared scorer's format), "
        "one per corrected article, written into DIR",
    )
    add_filter_options(parser)
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from diplowatch.kb import default_kb

    if args.gold is not None:
        return _gold(args)
    if args.format == "parquet" and args.out is None and sys.stdout.isatty():
        print("diplowatch: parquet is binary: give --out FILE or redirect the output", file=sys.stderr)
        return 2
    out = writable(args.out) if args.out is not None else None
    kb = default_kb()
    with store_from(args) as store:
        if args.records == "quotes":
            quotes = select_quotes(
                store,
                QuoteFilter(
                    speakers=tuple(args.actor or ()),
                    exact=args.exact,
                    since=args.since,
                    until=args.until,
                    language=args.lang,
                ),
                kb,
            )
            write = lambda handle: export_quotes(store, args.format, handle, quotes)  # noqa: E731
        else:
            wanted = filter_from(args)
            write = lambda handle: export(store, args.format, handle, where=wanted, kb=kb)  # noqa: E731
        if out is None:
            count = write(sys.stdout.buffer)
            sys.stdout.buffer.flush()
        else:
            with naming_errors(out), out.open("wb") as handle:
                count = write(handle)
    if not args.quiet:
        print(
            f"{count} {args.records[:-1]}(s) exported as {args.format}" + (f" to {out}" if out else ""),
            file=sys.stderr,
        )
    return 0 if count else 1


def _gold(args: argparse.Namespace) -> int:
    from diplowatch.store.gold import write_gold

    folder = writable(args.gold)
    with store_from(args) as store, naming_errors(folder):
        written = write_gold(store, folder)
    if not args.quiet:
        print(f"{len(written)} gold file(s) written to {folder}", file=sys.stderr)
    return 0 if written else 1
