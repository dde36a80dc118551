"""Bounds on what a reader may ask, so that no question costs minutes or breaks a query.

A search's cost grows with its terms (FTS5 scores and cuts a snippet for every term in every
matching article: 2,000 OR-ed words took 91 s); a row limit must fit SQLite's 64-bit integers;
an event id is a short hash (`ev-` and 10 hex digits), never thousands of characters.
"""

from __future__ import annotations

import re

from diplowatch.errors import StoreError

MAX_LIMIT = 1_000_000  # rows a timeline or a search may return
MAX_QUERY_CHARS = 1_000
MAX_QUERY_TERMS = 32
MAX_EVENT_ID_CHARS = 64
FTS_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
TERM = re.compile(r"\w+")


def check_limit(limit: int | None) -> None:
    if limit is not None and not 1 <= limit <= MAX_LIMIT:
        raise StoreError(
            f"limit {_short(str(limit))} is out of range: give a whole number from 1 to {MAX_LIMIT:,}"
        )


def check_query(query: str) -> None:
    if len(query) > MAX_QUERY_CHARS:
        raise StoreError(f"the search has {len(query):,} characters; the limit is {MAX_QUERY_CHARS:,}")
    terms = [t for t in TERM.findall(query) if t not in FTS_OPERATORS]
    if len(terms) > MAX_QUERY_TERMS:
        raise StoreError(
            f"the search has {len(terms):,} terms; the limit is {MAX_QUERY_TERMS}: "
            "use fewer words, or run several searches"
        )


def check_event_id(event_id: str) -> None:
    if not event_id or len(event_id) > MAX_EVENT_ID_CHARS:
        raise StoreError(
            f"{_short(event_id)!r} is not a dossier event id (ids look like ev-3f2a9c01b7, "
            f"at most {MAX_EVENT_ID_CHARS} characters); `diplowatch timeline` lists them"
        )


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
