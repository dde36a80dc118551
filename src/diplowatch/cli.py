"""The `diplowatch` command: a thin layer over the library.

Each sub-command lives in its own module under `diplowatch.commands` and exposes
`register(subparsers) -> None`, which adds its parser and sets `func` to a
function `(args) -> int` (the exit status).

Exit status, the same for every command: 0 something found or done, 1 nothing found (an empty
timeline, an unknown actor or event id), 2 a usage error (a bad option value, a missing dossier).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys

from diplowatch import __version__, commands
from diplowatch.errors import DiplowatchError, NothingFound

EXIT_FOUND, EXIT_NOTHING, EXIT_USAGE = 0, 1, 2


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
    group.add_argument("-v", "--verbose", action="store_true", default=default, help="report each step on stderr")
    group.add_argument("-q", "--quiet", action="store_true", default=default,
                       help="print only results and errors (no progress, counts or legends)")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
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
    except KeyboardInterrupt:
        return 130
