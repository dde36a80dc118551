"""Command-line helpers shared by the dossier commands (ingest, timeline, actor, event, ...): the --db
option, the event filters and the output format. (They live here because every module in
diplowatch.commands is a command.)
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from diplowatch.errors import UsageError
from diplowatch.parallel import JOBS_ENV, default_jobs
from diplowatch.store import open_store
from diplowatch.store.bounds import MAX_LIMIT
from diplowatch.store.filters import ROLES, EventFilter, parse_types
from diplowatch.store.output import FORMATS, Column
from diplowatch.store.paths import DB_ENV, default_db_path, default_db_target
from diplowatch.store.plover import CATEGORIES
from diplowatch.store.postgres import PostgresStore, is_postgres_url
from diplowatch.store.sqlite import SQLiteStore

# The columns every listing of dossier events starts with (timeline, actor profile).
EVENT_COLUMNS = (
    Column("date"),
    Column("category"),
    Column("who", flex=True),
    Column("whom", flex=True),
    Column("where", flex=True),
    Column("notes", flex=True),
)


def add_pipeline_options(parser: argparse.ArgumentParser) -> None:
    """--kb, --no-actors and --jobs: what `extract` and `ingest` run the pipeline with."""
    parser.add_argument(
        "--kb",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help="a knowledge-base directory merged over the packaged one (repeatable)",
    )
    parser.add_argument(
        "--no-actors", action="store_true", help="skip actor linking (no spaCy pipelines loaded)"
    )
    parser.add_argument(
        "--jobs",
        type=_positive,
        default=None,
        metavar="N",
        help=f"worker processes running the pipeline, each loading the models once (default: ${JOBS_ENV}, "
        "else the number of cores); 1 runs everything in this process",
    )


def jobs_of(args: argparse.Namespace) -> int:
    return int(args.jobs) if args.jobs is not None else default_jobs()


def _positive(value: str) -> int:
    if not value.strip().isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more)")
    return int(value)


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="FILE|URL",
        help=f"the dossier: a SQLite file or a postgresql://user@host:port/dbname URL (default: ${DB_ENV}, "
        "else $XDG_DATA_HOME/diplowatch/dossier.sqlite or ~/.local/share/diplowatch/dossier.sqlite)",
    )


def db_path(args: argparse.Namespace) -> Path:
    """The dossier file the command names (--db, else the default)."""
    return Path(args.db) if args.db else default_db_path()


def store_from(
    args: argparse.Namespace, *, create: bool = False, write: bool = False
) -> SQLiteStore | PostgresStore:
    """The dossier the command names, read-only unless the command writes (`write`: `correct`) or
    creates it (`ingest`, the only one that may: a misspelt --db must not answer "0 events" from a
    fresh empty file)."""
    target = args.db or default_db_target()
    if is_postgres_url(target):
        return open_store(target, read_only=not (create or write))
    path = Path(target)
    if not create and not path.exists():
        raise UsageError(
            f"{path}: no dossier there; check --db (or ${DB_ENV}), or create it with "
            "`diplowatch ingest PATH... --db FILE`"
        )
    return open_store(path, read_only=not (create or write))


def add_format_option(parser: argparse.ArgumentParser, choices: Sequence[str] = FORMATS) -> None:
    parser.add_argument(
        "--format",
        choices=choices,
        default=choices[0],
        help=f"{'|'.join(choices)} (default {choices[0]}); a table fits the terminal, "
        "the other formats give every value whole",
    )


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    """The event filters of timeline, export and report (store.filters.EventFilter)."""
    group = parser.add_argument_group("event filters")
    group.add_argument(
        "--type",
        action="append",
        metavar="T",
        help="PLOVER categories, repeatable or comma-separated (ACCUSE,REJECT); one of: "
        + ", ".join(CATEGORIES),
    )
    group.add_argument(
        "--actor",
        action="append",
        metavar="A",
        help="events this actor takes part in (id, name or alias, repeatable); a state "
        "includes its officials' events (Russia -> Lavrov)",
    )
    group.add_argument("--exact", action="store_true", help="--actor means that actor only, no roll-up")
    group.add_argument(
        "--as", dest="role", choices=ROLES, help="the --actor acted (actor) or was addressed (recipient)"
    )
    group.add_argument(
        "--place", metavar="P", help="a place or country (name, id, ISO3); a city matches its country"
    )
    group.add_argument("--min-confidence", type=float, default=0.0, metavar="X", help="0..1 (default 0)")
    group.add_argument(
        "--include-future",
        action="store_true",
        help="also planned, announced and hypothetical events (left out by default)",
    )
    group.add_argument(
        "--include-negated",
        action="store_true",
        help='also events the text denies ("did not meet"; left out by default)',
    )
    group.add_argument(
        "--include-wrong",
        action="store_true",
        help="also events an analyst marked wrong (left out by default)",
    )
    group.add_argument(
        "--since",
        metavar="D",
        help="events that may have happened on or after D (YYYY, YYYY-MM or YYYY-MM-DD)",
    )
    group.add_argument("--until", metavar="D", help="events that may have happened on or before D")
    group.add_argument("--lang", metavar="L", help="events reported by at least one article in language L")
    group.add_argument("--outlet", metavar="O", help="events reported by at least one article of outlet O")


def filter_from(args: argparse.Namespace, *, limit: int | None = None) -> EventFilter:
    return EventFilter(
        types=parse_types(args.type),
        actors=tuple(args.actor or ()),
        exact=args.exact,
        role=args.role,
        place=args.place,
        min_confidence=args.min_confidence,
        include_future=args.include_future,
        include_negated=args.include_negated,
        include_wrong=args.include_wrong,
        since=args.since,
        until=args.until,
        language=args.lang,
        outlet=args.outlet,
        limit=limit,
    )


def writable(path: Path) -> Path:
    """An output file whose folder exists (a typo in --out must not create a tree of folders)."""
    if not path.parent.is_dir():
        raise UsageError(f"{path}: folder {path.parent} does not exist; create it first")
    return path


def row_limit(text: str) -> int:
    """argparse type of --limit: a whole number from 1 to MAX_LIMIT (-1 or 10**20 are mistakes, not "all")."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(
            f"expected a whole number from 1 to {MAX_LIMIT:,}, got {text[:40]!r}"
        )
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
    lines = [
        "  ".join(h.ljust(sizes[i]) for i, h in enumerate(headers)).rstrip(),
        "  ".join("-" * s for s in sizes),
    ]
    lines += ["  ".join(c.ljust(sizes[i]) for i, c in enumerate(row)).rstrip() for row in cells]
    return "\n".join(lines)


def _cut(text: str, limit: int) -> str:
    return text if not limit or len(text) <= limit else text[: limit - 1] + "…"
