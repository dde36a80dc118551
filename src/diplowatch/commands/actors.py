"""`diplowatch actors [QUERY] [--kb DIR] [--check] [--stats] [--in-dossier] [--limit N] [--format F]`:
list, search, show, check and measure the KB, or rank the dossier's actors by activity."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from diplowatch.kb import check_dirs, default_kb, load_kb, user_dirs
from diplowatch.kb.base import KB
from diplowatch.kb.query import describe, holder_of, role_label, search, source
from diplowatch.kb.stats import kb_stats, stats_data, stats_lines
from diplowatch.store.console import add_db_option, add_format_option, store_from
from diplowatch.store.output import Column, emit

DEFAULT_LIMIT = 50
KB_COLUMNS = (Column("id"), Column("kind"), Column("country"), Column("source"), Column("name", flex=True))
DOSSIER_COLUMNS = (
    Column("rank"),
    Column("id"),
    Column("name", flex=True),
    Column("kind"),
    Column("country"),
    Column("events"),
    Column("as_actor", "acted"),
    Column("as_recipient", "addressed"),
    Column("also_as", "also named", flex=True),
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "actors",
        help="list, search or check the knowledge base of actors; --in-dossier ranks the "
        "dossier's actors by activity",
        description="List or search the knowledge base; one match is shown in full (roles, aliases). "
        "--in-dossier ranks the actors of the dossier events by number of events. "
        "--check validates the user's KB files and reports every error with file and line; "
        "--stats prints the KB's size (entries, persons by source, role spells, aliases per language). "
        "Exit status: 0 found, 1 nothing found (or problems found by --check), 2 usage error.",
    )
    parser.add_argument("query", nargs="?", help="an id, a name or part of one (any language or spelling)")
    parser.add_argument(
        "--kb",
        action="append",
        metavar="DIR",
        help="a directory of KB files merged on top of the package data (default: $DIPLOWATCH_KB)",
    )
    parser.add_argument("--check", action="store_true", help="validate the KB files and report every problem")
    parser.add_argument(
        "--stats", action="store_true", help="the KB's size: persons, role spells, aliases per language"
    )
    parser.add_argument("--in-dossier", action="store_true", help="the dossier's actors, most active first")
    parser.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"at most N entries (default {DEFAULT_LIMIT}; 0 for all)",
    )
    parser.add_argument("--json", action="store_true", help="same as --format json")
    add_format_option(parser)
    add_db_option(parser)
    parser.set_defaults(func=func)


def func(args: argparse.Namespace) -> int:
    dirs = user_dirs(args.kb)
    fmt = "json" if args.json else args.format
    if args.check:
        return _check(dirs, as_json=fmt == "json")
    kb = load_kb(dirs) if args.kb else default_kb()  # the default one is loaded once per process
    if args.stats:
        stats = kb_stats(kb)
        print(json.dumps(stats_data(stats)) if fmt == "json" else "\n".join(stats_lines(stats)))
        return 0
    if args.in_dossier:
        return _in_dossier(args, kb, fmt)
    found = search(kb, args.query, limit=len(kb))
    shown = found[: args.limit] if args.limit else found
    if fmt in ("json", "jsonl") and len(found) == 1 or fmt == "json":
        data = [describe(e) for e in shown]
        print(
            json.dumps(data, ensure_ascii=False, indent=1)
            if fmt == "json"
            else json.dumps(data[0], ensure_ascii=False)
        )
    elif len(found) == 1 and fmt == "table":
        _show(describe(found[0]), kb)
    else:
        rows = [
            {"id": e.id, "kind": e.kind, "country": e.country, "source": source(e), "name": e.name}
            for e in shown
        ]
        emit(rows, KB_COLUMNS, fmt)
    _more(len(found), len(shown), args)
    if not found:
        print(f"no actor matches {args.query!r}", file=sys.stderr)
    return 0 if found else 1


def _in_dossier(args: argparse.Namespace, kb: KB, fmt: str) -> int:
    from diplowatch.store.queries import actor_activity

    with store_from(args) as store:
        ranked = actor_activity(store, kb, args.query)
    shown = ranked[: args.limit] if args.limit else ranked
    rows: list[dict[str, Any]] = [
        {
            "rank": i,
            "id": a.actor.id,
            "name": a.actor.name,
            "kind": a.actor.kind,
            "country": a.actor.country,
            "events": a.events,
            "as_actor": a.as_actor,
            "as_recipient": a.as_recipient,
            "also_as": list(a.names),
        }
        for i, a in enumerate(shown, start=1)
    ]
    emit(rows, DOSSIER_COLUMNS, fmt)
    _more(len(ranked), len(shown), args)
    return 0 if rows else 1


def _more(total: int, shown: int, args: argparse.Namespace) -> None:
    if total > shown and not args.quiet:
        print(f"{total - shown} more; --limit {total} (or 0) shows them all", file=sys.stderr)


def _check(dirs: list, *, as_json: bool) -> int:
    problems = check_dirs(dirs)
    if as_json:
        print(
            json.dumps(
                [{"path": p.path, "line": p.line, "message": p.message} for p in problems], ensure_ascii=False
            )
        )
    else:
        for problem in problems:
            print(problem)
        where = ", ".join(str(d) for d in dirs) or "package data"
        print(f"{len(problems)} problem(s) in {where}", file=sys.stderr)
    return 1 if problems else 0


def _show(data: dict, kb: KB) -> None:
    print(f"{data['id']}  ({data['kind']})  {data['name']}")
    for key in ("country", "sector", "capital", "metonym_for", "wikidata", "note", "source", "origin"):
        if key in data:
            print(f"  {key}: {data[key]}")
    for spell in data.get("roles", []):
        where = holder_of(kb, spell.get("country"), spell.get("org"))
        print(
            f"  role: {role_label(kb, spell['role'])}{' of ' + where if where else ''} "
            f"({spell['role']}), {spell.get('start', '?')} -> {spell.get('end', 'now')}"
        )
    for key in ("names", "descriptions", "demonyms"):
        for lang, values in data.get(key, {}).items():
            print(f"  {key}[{lang}]: {', '.join(values)}")
