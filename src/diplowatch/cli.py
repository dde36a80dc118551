"""The `diplowatch` command: a thin layer over the library.

Each sub-command lives in its own module under `diplowatch.commands` and exposes
`register(subparsers) -> None`, which adds its parser and sets `func` to a
function `(args) -> int` (the exit status).

Exit status, the same for every command: 0 something found or done, 1 nothing found (an empty
timeline, an unknown actor or event id), 2 a usage error (a bad option value, a missing dossier).
"""

from __future__ import annotations

import argparse
import errno
import importlib
import logging
import pkgutil
import sqlite3
import sys

from diplowatch import __version__, commands
from diplowatch.errors import DiplowatchError, NothingFound
from diplowatch.reading.given import scrub
from diplowatch.reading.names import printable_name

EXIT_FOUND, EXIT_NOTHING, EXIT_USAGE = 0, 1, 2
PATH_ARGUMENTS = frozenset({"paths", "db", "kb", "out"})  # file names may be any bytes


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="diplowatch", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"diplowatch {__version__}")
    _add_verbosity(parser, default=False)
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(subparsers)
    for sub in subparsers.choices.values():  # -v/-q after the command too: `diplowatch ingest -v DIR`
        _add_verbosity(sub, default=argparse.SUPPRESS)
    return parser


def _add_verbosity(parser: argparse.ArgumentParser, *, default: object) -> None:
    """SUPPRESS on the sub-commands, so a flag given before the command is not reset after it."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "-v", "--verbose", action="store_true", default=default, help="report each step on stderr"
    )
    group.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=default,
        help="print only results and errors (no progress, counts or legends)",
    )


def _os_error(error: OSError) -> str:
    where = f"{printable_name(error.filename)}: " if error.filename else ""
    reason = error.strerror or str(error)
    if error.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        reason += ": the disk is full or a file-size limit was reached"
    return where + reason


def _valid_text(args: argparse.Namespace) -> argparse.Namespace:
    """Arguments that are not paths (a query, an actor, an event id) with the bytes that were not UTF-8
    (kept by Python as lone surrogates, which SQLite and stdout refuse) replaced by U+FFFD."""
    for name, value in vars(args).items():
        if name in PATH_ARGUMENTS:
            continue
        if isinstance(value, str):
            setattr(args, name, scrub(value))
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            setattr(args, name, [scrub(v) for v in value])
    return args


def main(argv: list[str] | None = None) -> int:
    args = _valid_text(build_parser().parse_args(argv))
    if args.verbose and args.quiet:
        print("diplowatch: -v and -q contradict each other; give one", file=sys.stderr)
        return EXIT_USAGE
    level = logging.INFO if args.verbose else logging.ERROR if args.quiet else logging.WARNING
    logging.basicConfig(level=level, format="%(message)s")
    try:
        return int(args.func(args))
    except NothingFound as error:
        print(f"diplowatch: {error}", file=sys.stderr)
        return EXIT_NOTHING
    except DiplowatchError as error:
        print(f"diplowatch: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `diplowatch extract ... | head`
        return EXIT_FOUND
    except OSError as error:  # an output file (--out) on a full disk or in a read-only folder
        print(f"diplowatch: {_os_error(error)}", file=sys.stderr)
        return EXIT_USAGE
    except sqlite3.Error as error:  # a store used outside `with` (the store names its file inside it)
        print(f"diplowatch: database error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
