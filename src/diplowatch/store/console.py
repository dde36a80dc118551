"""Command-line helpers shared by the dossier commands (ingest, timeline, actor, event, ...): the --db
option and plain text tables. (They live here because every module in diplowatch.commands is a command.)
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from diplowatch.store import open_store
from diplowatch.store.paths import DB_ENV
from diplowatch.store.sqlite import SQLiteStore


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="FILE",
                        help=f"the dossier database (default: ${DB_ENV}, else "
                        "$XDG_DATA_HOME/diplowatch/dossier.sqlite or ~/.local/share/diplowatch/dossier.sqlite)")


def store_from(args: argparse.Namespace) -> SQLiteStore:
    return open_store(args.db)


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
