"""`diplowatch search QUERY`: full-text search over the stored articles (FTS5, any language), with
the dossier events of each article found."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from diplowatch.store.base import Store
from diplowatch.store.console import add_db_option, add_format_option, row_limit, store_from
from diplowatch.store.export import source_name
from diplowatch.store.output import Column, emit
from diplowatch.store.queries import Names, article_events, event_row, search
from diplowatch.store.records import SearchHit

COLUMNS = (
    Column("published", "date"),
    Column("language", "lang"),
    Column("title", flex=True),
    Column("outlet", flex=True),
    Column("snippet", flex=True),
    Column("events", flex=True),
)
FIELDS = ("doc_id", "published", "language", "outlet", "title", "url", "snippet", "events")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "search",
        help="full-text search over the stored articles, with the events of each",
        description="Words match without accents or Arabic vowel marks; a name the knowledge base knows "
        "also finds its aliases in every language (Minurso -> المينورسو), and an Arabic word its forms "
        'with the article and proclitics (و ف ب ل ك). FTS5 syntax is used as typed: "exact phrase", '
        "mistura AND lavrov, minurs*. Exit status: 0 articles found, 1 none, 2 usage error.",
    )
    parser.add_argument("query", nargs="+", help="words to find")
    parser.add_argument("--lang", metavar="L", help="only articles in language L (fr, en, es, ar)")
    parser.add_argument(
        "--since", metavar="D", help="only articles published on or after D (YYYY, YYYY-MM, YYYY-MM-DD)"
    )
    parser.add_argument("--until", metavar="D", help="only articles published on or before D")
    parser.add_argument(
        "--limit", type=row_limit, default=20, metavar="N", help="at most N articles (default 20)"
    )
    add_format_option(parser)
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from diplowatch.kb import default_kb

    with store_from(args) as store:
        hits = search(
            store,
            " ".join(args.query),
            limit=args.limit,
            kb=default_kb(),
            language=args.lang,
            since=args.since,
            until=args.until,
        )
        names = Names(store)
        rows = [_row(store, hit, names) for hit in hits]
    if args.format == "table":
        _print(rows)
    else:
        emit(rows, COLUMNS, args.format, fields=FIELDS)
    if not args.quiet:
        print(f"{len(rows)} article(s)", file=sys.stderr)
    return 0 if rows else 1


def _row(store: Store, hit: SearchHit, names: Names) -> dict[str, Any]:
    """A hit with the dossier events its article reports (every one, with its notes)."""
    doc = hit.doc
    events = sorted(
        (event_row(e, names) for e in article_events(store, doc.doc_id)),
        key=lambda r: (r["date_start"] or "9", r["id"]),
    )
    return {
        "doc_id": doc.doc_id,
        "published": doc.published,
        "language": doc.language,
        "outlet": doc.outlet,
        "title": doc.title or doc.source,
        "url": doc.url or source_name(doc),
        "snippet": " ".join(hit.snippet.split()),
        "events": events,
    }


def _print(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        print(
            f"{row['published'] or '?':<10}  [{row['language'] or '?'}]  "
            f"{row['title']}  ({row['outlet'] or '?'})"
        )
        print(f"    {row['url']}")
        print(f"    {row['snippet']}")
        for event in row["events"]:
            notes = f"  ({', '.join(event['notes'])})" if event["notes"] else ""
            print(
                f"    -> {event['date']}  {event['category']}  {event['who']} -> {event['whom'] or '-'}  "
                f"{event['id']}{notes}"
            )
