"""`diplowatch corrections [--withdrawn] [--format F]`: the analysts' corrections, where each applies
now (or "orphaned"); `--withdraw N --by NAME --why TEXT` withdraws one (it is kept, marked)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from diplowatch.errors import NothingFound, UsageError
from diplowatch.store.console import add_db_option, add_format_option, store_from
from diplowatch.store.corrections import correction_status
from diplowatch.store.output import Column, emit
from diplowatch.store.records import Correction
from diplowatch.store.review import correction_record, correction_text

COLUMNS = (
    Column("id"),
    Column("created_at", "when"),
    Column("author", "by", flex=True),
    Column("kind"),
    Column("value_text", "value", flex=True),
    Column("event_id", "made on"),
    Column("status", "applies to"),
    Column("reason", "why", flex=True),
)
FIELDS = (
    "id",
    "created_at",
    "author",
    "kind",
    "value",
    "event_id",
    "status",
    "reason",
    "anchors",
    "withdrawn",
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "corrections",
        help="list the analysts' corrections (or withdraw one)",
        description="The corrections in force, oldest first, and the event each one applies to now "
        "(`orphaned`: the reports it names are no longer in the dossier). Exit status: 0 listed, "
        "1 none, 2 usage error.",
    )
    parser.add_argument("--withdrawn", action="store_true", help="also the withdrawn corrections")
    parser.add_argument(
        "--withdraw", type=int, metavar="N", help="withdraw correction N (give --by and --why)"
    )
    parser.add_argument("--by", metavar="NAME", help="who withdraws it")
    parser.add_argument("--why", metavar="TEXT", help="why it is withdrawn")
    add_format_option(parser)
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.withdraw is not None:
        return _withdraw(args)
    with store_from(args) as store:
        rows = [_row(c, placed) for c, placed in correction_status(store, withdrawn=args.withdrawn)]
    emit(rows, COLUMNS, args.format, fields=FIELDS)
    if not args.quiet:
        print(f"{len(rows)} correction(s)", file=sys.stderr)
    return 0 if rows else 1


def _row(correction: Correction, placed: str | None) -> dict[str, Any]:
    record = correction_record(correction)
    status = "withdrawn" if correction.withdrawn else placed or "orphaned"
    return {**record, "status": status, "value_text": correction_text(correction)}


def _withdraw(args: argparse.Namespace) -> int:
    by, why = " ".join((args.by or "").split()), " ".join((args.why or "").split())
    if not by or not why:
        raise UsageError("--withdraw: give --by NAME and --why TEXT (they are kept with the correction)")
    with store_from(args, write=True) as store:
        done = store.withdraw_correction(args.withdraw, by=by, why=why)
    if done is None:
        raise NothingFound(f"no correction {args.withdraw} in force; `diplowatch corrections` lists them")
    print(f"correction {done.id} withdrawn (by {by})")
    return 0
