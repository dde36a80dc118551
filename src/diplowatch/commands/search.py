"""`diplowatch search QUERY`: full-text search over the stored article bodies (FTS5, any language)."""

from __future__ import annotations

import argparse
import sys

from diplowatch.store.console import add_db_option, row_limit, store_from
from diplowatch.store.queries import search


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("search", help="full-text search over the stored articles",
                                   description="Words match without accents or Arabic vowel marks; "
                                   "FTS5 syntax works too: \"exact phrase\", mistura AND lavrov, minurs*.")
    parser.add_argument("query", nargs="+", help="words to find")
    parser.add_argument("--limit", type=row_limit, default=20, metavar="N", help="at most N articles (default 20)")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with store_from(args) as store:
        hits = search(store, " ".join(args.query), limit=args.limit)
    for hit in hits:
        doc = hit.doc
        print(f"{doc.published or '?':<10}  [{doc.language or '?'}]  {doc.title or doc.source}  ({doc.outlet or '?'})")
        print(f"    {doc.url or doc.source}")
        print(f"    {hit.snippet}")
    print(f"{len(hits)} article(s)", file=sys.stderr)
    return 0 if hits else 1
