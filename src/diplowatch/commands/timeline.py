"""`diplowatch timeline [--actor A] [--type T] [--since D] [--until D] [--lang L]`: what happened, in order."""

from __future__ import annotations

import argparse
import sys

from diplowatch.store.console import add_db_option, row_limit, store_from, table
from diplowatch.store.queries import resolve_actor, timeline, timeline_rows
from diplowatch.store.records import TimelineQuery

WIDTHS = (0, 0, 40, 40, 20, 0, 0)  # cut long "who"/"whom"/"where" cells so a row fits a terminal


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("timeline", help="the dossier events in date order, with filters")
    parser.add_argument("--actor", metavar="A", help="only events this actor takes part in (id, name or alias)")
    parser.add_argument("--type", metavar="T", help="only this PLOVER category (CONSULT, ACCUSE, ...)")
    parser.add_argument("--since", metavar="D", help="only events on or after D (YYYY, YYYY-MM or YYYY-MM-DD)")
    parser.add_argument("--until", metavar="D", help="only events on or before D")
    parser.add_argument("--lang", metavar="L", help="only events reported by at least one article in language L")
    parser.add_argument("--limit", type=row_limit, metavar="N", help="at most N events")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with store_from(args) as store:
        actors: tuple[str, ...] = ()
        if args.actor:
            from diplowatch.kb import default_kb

            actors = resolve_actor(store, args.actor, default_kb())
            if not actors:
                print(f"no actor in the dossier matches {args.actor!r}", file=sys.stderr)
                return 1
        query = TimelineQuery(actors=actors, type=args.type, since=args.since, until=args.until,
                              language=args.lang, limit=args.limit)
        rows = timeline_rows(store, timeline(store, query))
    print(table(("date", "category", "who", "whom", "where", "sources", "id"),
                [(r.date, r.category, r.who, r.whom, r.where, str(r.sources), r.id) for r in rows], widths=WIDTHS))
    print(f"{len(rows)} event(s)", file=sys.stderr)
    return 0
