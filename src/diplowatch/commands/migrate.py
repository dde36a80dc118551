"""`diplowatch migrate`: bring a dossier an older diplowatch wrote up to this version's schema (the read
commands open the dossier read-only, so they cannot; `ingest` and `serve` upgrade it too)."""

from __future__ import annotations

import argparse

from diplowatch.errors import UsageError
from diplowatch.store import upgrade_dossier
from diplowatch.store.console import add_db_option, db_path
from diplowatch.store.migrations import LATEST


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "migrate",
        help="upgrade a dossier written by an older diplowatch to this version's schema",
        description=__doc__.splitlines()[0],
    )
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not path.exists():
        raise UsageError(f"{path}: no dossier there; check --db")
    before = upgrade_dossier(path)
    if not args.quiet:
        done = f"upgraded from schema {before} to {LATEST}" if before < LATEST else f"at schema {LATEST}"
        print(f"diplowatch: {path}: {done}")
    return 0
