"""`diplowatch export --format jsonl|csv|parquet|plover [--out FILE]`: the dossier events as data."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from diplowatch.store.console import add_db_option, naming_errors, store_from
from diplowatch.store.export import FORMATS, export


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help="write the dossier events as jsonl, csv, parquet or PLOVER JSONL")
    parser.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default jsonl)")
    parser.add_argument("--out", type=Path, metavar="FILE", help="output file (default: standard output)")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.format == "parquet" and args.out is None and sys.stdout.isatty():
        print("diplowatch: parquet is binary: give --out FILE or redirect the output", file=sys.stderr)
        return 2
    with store_from(args) as store:
        if args.out is None:
            count = export(store, args.format, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        else:
            with naming_errors(args.out):
                args.out.parent.mkdir(parents=True, exist_ok=True)
                with args.out.open("wb") as handle:
                    count = export(store, args.format, handle)
    print(f"{count} event(s) exported as {args.format}" + (f" to {args.out}" if args.out else ""), file=sys.stderr)
    return 0
