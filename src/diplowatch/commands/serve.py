"""`diplowatch serve`: the analyst's workbench (web pages and REST API) over a dossier, on this machine
by default. Reading needs nothing; writing (corrections) needs the token, and so does any address
other machines can reach."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from diplowatch.errors import OlderDossier, UsageError
from diplowatch.store import upgrade_dossier
from diplowatch.store.console import add_db_option, store_from
from diplowatch.store.migrations import LATEST

TOKEN_ENV = "DIPLOWATCH_TOKEN"
MIN_TOKEN = 16  # characters: a guessable token is no protection on a network


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="the web workbench and REST API over the dossier (127.0.0.1:8000)",
        description="Serves the timeline, event, actor, network, search and sources pages and the "
        "REST API (/api/v1) over the dossier. Bound to 127.0.0.1 unless --host; an address other "
        "machines can reach needs a --token, and so does writing (corrections).",
    )
    add_db_option(parser)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=_port, default=8000, help="port (default 8000)")
    parser.add_argument(
        "--token",
        metavar="T",
        help=f"the token that writing requires (default ${TOKEN_ENV}); without one the dossier is read-only",
    )
    parser.set_defaults(func=run)


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port from 0 to 65535, got {text[:20]!r}")
    return value


def check_exposure(host: str, token: str | None) -> None:
    """An address other machines reach must not serve without a token (one-line refusal)."""
    from diplowatch.web.dossier import loopback

    if not loopback(host) and not token:
        raise UsageError(
            f"--host {host} can be reached from other machines: give a --token (or ${TOKEN_ENV}) "
            "of at least 16 characters, or serve on 127.0.0.1"
        )
    if token is not None and not loopback(host) and len(token) < MIN_TOKEN:
        raise UsageError(f"the token is too short for --host {host}: give at least {MIN_TOKEN} characters")


def _ready_dossier(args: argparse.Namespace) -> str:
    """The dossier's path once it opens read-only, as every request opens it; a missing or foreign
    dossier is refused here, in one line. One an older diplowatch wrote is upgraded first when its
    file and folder are writable (each migration is one transaction), else refused with what to run."""
    try:
        with store_from(args) as store:
            return store.path
    except OlderDossier as old:
        if not (os.access(old.path, os.W_OK) and os.access(Path(old.path).parent, os.W_OK)):
            raise
        path, version = old.path, old.version
    upgrade_dossier(path)
    if not args.quiet:
        print(f"diplowatch: {path}: upgraded from schema {version} to {LATEST}")
    return path


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from diplowatch.web.app import create_app
    from diplowatch.web.dossier import loopback

    token = args.token or os.environ.get(TOKEN_ENV) or None
    check_exposure(args.host, token)
    path = _ready_dossier(args)
    # A loopback server answers only to loopback names (no DNS rebinding from a web page); one bound to
    # an address others reach is reached by names it cannot know, and guarded by its token.
    app = create_app(path, token=token, hosts=[] if loopback(args.host) else ["*"])
    if not args.quiet:
        where = f"[{args.host}]" if ":" in args.host else args.host
        mode = "corrections allowed with the token" if token else "read-only (no --token)"
        print(f"diplowatch: serving {path} on http://{where}:{args.port}/ ({mode}); Ctrl-C stops")
    level = "warning" if args.quiet else "info"
    uvicorn.run(app, host=args.host, port=args.port, log_level=level, access_log=args.verbose)
    return 0
