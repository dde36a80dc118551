"""`diplowatch timeline [filters] [--format F]`: what happened, in order."""

from __future__ import annotations

import argparse
import sys

from diplowatch.store.console import (
    EVENT_COLUMNS,
    add_db_option,
    add_filter_options,
    add_format_option,
    filter_from,
    row_limit,
    store_from,
)
from diplowatch.store.filters import select_events
from diplowatch.store.output import Column, emit
from diplowatch.store.queries import EVENT_FIELDS, Names, event_row

COLUMNS = (
    *EVENT_COLUMNS,
    Column("confidence", "conf"),
    Column("sources", "src"),
    Column("id"),
)
LEGEND = (
    "date: ~ approximate, ? unknown; notes: what is not a plain past fact (future, hypothetical, "
    "negated, historical = two or more years before the article, approximate date); conf: best "
    "confidence among the reports; src: articles reporting it"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "timeline",
        help="the dossier events in date order, with filters",
        description="The dossier events in date order (undated last). Future, hypothetical and negated "
        "events are left out unless --include-future / --include-negated. Exit status: 0 events found, "
        "1 none, 2 usage error.",
    )
    add_filter_options(parser)
    parser.add_argument("--limit", type=row_limit, metavar="N", help="at most N events")
    add_format_option(parser)
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from diplowatch.kb import default_kb

    wanted = filter_from(args, limit=args.limit)
    with store_from(args) as store:
        events = select_events(store, wanted, default_kb())
        names = Names(store)
        rows = [event_row(e, names) for e in events]
    emit(rows, COLUMNS, args.format, fields=EVENT_FIELDS)
    if not args.quiet:
        if args.format == "table" and rows:
            print(LEGEND, file=sys.stderr)
        print(f"{len(rows)} event(s)", file=sys.stderr)
    return 0 if rows else 1
