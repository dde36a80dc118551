"""Command-line helpers shared by the dossier commands (ingest, timeline, actor, event, ...): the --db
option and plain text tables. (They live here because every module in diplowatch.commands is a command.)
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from diplowatch.store import open_store
from diplowatch.store.bounds import MAX_LIMIT
from diplowatch.store.paths import DB_ENV
from diplowatch.store.sqlite import SQLiteStore


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="FILE",
                        help=f"the dossier database (default: ${DB_ENV}, else "
                        "$XDG_DATA_HOME/diplowatch/dossier.sqlite or ~/.local/share/diplowatch/dossier.sqlite)")


def store_from(args: argparse.Namespace, *, read_only: bool = True) -> SQLiteStore:
    """The dossier the command names; read-only unless the command writes (ingest)."""
    return open_store(args.db, read_only=read_only)


def row_limit(text: str) -> int:
    """argparse type of --limit: a whole number from 1 to MAX_LIMIT (-1 or 10**20 are mistakes, not "all")."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"expected a whole number from 1 to {MAX_LIMIT:,}, got {text[:40]!r}")
    return value


@contextmanager
def naming_errors(path: Path) -> Iterator[None]:
    """An OSError while writing `path` names it (a failed write() does not: "File too large")."""
    try:
        yield
    except OSError as error:
        if not error.filename:
            error.filename = str(path)
        raise


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], *, widths: Sequence[int] = ()) -> str:
    """A plain aligned text table; a column with a width in `widths` is cut to it (with "…")."""
    limits = list(widths) + [0] * (len(headers) - len(widths))
    cells = [[_cut(str(c), limits[i]) for i, c in enumerate(row)] for row in rows]
    sizes = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(sizes[i]) for i, h in enumerate(headers)).rstrip(),
             "  ".join("-" * s for s in sizes)]
    lines += ["  ".join(c.ljust(sizes[i]) for i, c in enumerate(row)).rstrip() for row in cells]
    return "\n".join(lines)


def _cut(text: str, limit: int) -> str:
    return text if not limit or len(text) <= limit else text[: limit - 1] + "…"
