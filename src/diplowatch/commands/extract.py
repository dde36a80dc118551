"""`diplowatch extract PATH... [--format json|jsonl]`: one document record per input document."""

from __future__ import annotations

import argparse
import json
import sys

from diplowatch.model import Rejected
from diplowatch.parallel import each_parallel
from diplowatch.pipeline import Options
from diplowatch.reading.sources import iter_inputs
from diplowatch.record import to_record
from diplowatch.store.console import add_pipeline_options, jobs_of


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("extract", help="print the document record of each input (spec section 1)")
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, directories, JSONL files, or - for stdin"
    )
    parser.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default="json",
        help="json: one indented JSON array; jsonl: one record per line (default json)",
    )
    add_pipeline_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    options = Options(kb_dirs=tuple(args.kb), link_actors=not args.no_actors)
    written = rejected = 0
    out = sys.stdout
    if args.format == "json":
        out.write("[")
    for _, item in each_parallel(iter_inputs(args.paths), jobs=jobs_of(args), options=options):
        if item is None:  # skipped: extract skips nothing
            continue
        if isinstance(item, Rejected):
            rejected += 1
            print(f"diplowatch: {item.message()}", file=sys.stderr)
            continue
        record = to_record(item)
        if args.format == "jsonl":
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            out.write(("," if written else "") + "\n" + json.dumps(record, ensure_ascii=False, indent=2))
        written += 1
        out.flush()
    if args.format == "json":
        out.write("\n]\n")
    return 0 if written or not rejected else 1
