"""`diplowatch report --out FILE.html [filters]`: the dossier as one self-contained static HTML page."""

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
from diplowatch.store.report import render_report


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report", help="write the timeline with evidence, sources and quotes as one HTML page"
    )
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help="the HTML file to write (its folder must exist)",
    )
    parser.add_argument("--title", default="diplowatch dossier", help="the page title")
    add_filter_options(parser)
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from diplowatch.kb import default_kb

    out = writable(args.out)
    with store_from(args) as store:
        page = render_report(store, where=filter_from(args), kb=default_kb(), title=args.title)
    with naming_errors(out):
        out.write_text(page, encoding="utf-8")
    if not args.quiet:
        print(f"report written to {out}", file=sys.stderr)
    return 0
