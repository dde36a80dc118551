"""`diplowatch quotes [--speaker S] [--since D] [--until D] [--lang L]`: who said what, word for word."""

from __future__ import annotations

import argparse
import sys

from diplowatch.store.console import add_db_option, add_format_option, store_from
from diplowatch.store.export import QUOTE_COLUMNS, quote_row
from diplowatch.store.filters import QuoteFilter, select_quotes
from diplowatch.store.output import Column, emit

COLUMNS = (
    Column("published", "date"),
    Column("language", "lang"),
    Column("speaker_name", "speaker", flex=True),
    Column("quote", flex=True),
    Column("outlet", flex=True),
    Column("quote_id", "id"),
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "quotes",
        help="the direct quotations stored in the dossier, with their speakers and sources",
        description="Quotes in publication order. Exit status: 0 quotes found, 1 none, 2 usage error.",
    )
    parser.add_argument(
        "--speaker",
        action="append",
        metavar="S",
        help="said by this actor (id, name or alias, repeatable); a state includes its "
        "officials (Russia -> Lavrov) unless --exact",
    )
    parser.add_argument("--exact", action="store_true", help="--speaker means that actor only")
    parser.add_argument(
        "--since", metavar="D", help="articles published on or after D (YYYY, YYYY-MM, YYYY-MM-DD)"
    )
    parser.add_argument("--until", metavar="D", help="articles published on or before D")
    parser.add_argument("--lang", metavar="L", help="articles in language L (fr, en, es, ar)")
    parser.add_argument("--limit", type=int, metavar="N", help="at most N quotes")
    add_format_option(parser)
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from diplowatch.kb import default_kb

    wanted = QuoteFilter(
        speakers=tuple(args.speaker or ()),
        exact=args.exact,
        since=args.since,
        until=args.until,
        language=args.lang,
        limit=args.limit,
    )
    with store_from(args) as store:
        quotes = select_quotes(store, wanted, default_kb())
        names = store.actor_info([q.quote.speaker for q in quotes if q.quote.speaker])
    rows = [quote_row(q, names) for q in quotes]
    for row in rows:  # a speaker the KB does not know is named as the article names it
        row["speaker_name"] = row["speaker_name"] or row["speaker_text"]
    emit(rows, COLUMNS, args.format, fields=QUOTE_COLUMNS)
    if not args.quiet:
        print(f"{len(rows)} quote(s)", file=sys.stderr)
    return 0 if rows else 1
