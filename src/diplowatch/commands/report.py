"""`diplowatch report --out FILE.html`: the dossier as one self-contained static HTML page."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from diplowatch.store.console import add_db_option, naming_errors, store_from
from diplowatch.store.report import render_report


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("report", help="write the timeline with evidence and sources as one HTML page")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE", help="the HTML file to write")
    parser.add_argument("--title", default="diplowatch dossier", help="the page title")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with store_from(args) as store:
        page = render_report(store, title=args.title)
    with naming_errors(args.out):
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(page, encoding="utf-8")
    print(f"report written to {args.out}", file=sys.stderr)
    return 0
