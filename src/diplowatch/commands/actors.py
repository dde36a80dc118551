"""`diplowatch actors [QUERY] [--kb DIR] [--check] [--json]`: list, search, show and check the KB."""

from __future__ import annotations

import argparse
import json
import sys

from diplowatch.kb import check_dirs, load_kb, user_dirs
from diplowatch.kb.query import describe, search, source


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "actors", help="list, search or check the knowledge base of actors",
        description="List or search the knowledge base; one match is shown in full (roles, aliases). "
        "--check validates the user's KB files and reports every error with file and line.",
    )
    parser.add_argument("query", nargs="?", help="an id, a name or part of one (any language or spelling)")
    parser.add_argument("--kb", action="append", metavar="DIR",
                        help="a directory of KB files merged on top of the package data (default: $DIPLOWATCH_KB)")
    parser.add_argument("--check", action="store_true", help="validate the KB files and report every problem")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(func=func)


def func(args: argparse.Namespace) -> int:
    dirs = user_dirs(args.kb)
    if args.check:
        return _check(dirs, as_json=args.json)
    found = search(load_kb(dirs), args.query)
    if args.json:
        print(json.dumps([describe(e) for e in found], ensure_ascii=False, indent=1))
    elif len(found) == 1:
        _show(describe(found[0]))
    else:
        for entry in found:
            print(f"{entry.id}\t{entry.kind}\t{entry.country or '-'}\t{source(entry)}\t{entry.name}")
    if not found:
        print(f"no actor matches {args.query!r}", file=sys.stderr)
    return 0 if found else 1


def _check(dirs: list, *, as_json: bool) -> int:
    problems = check_dirs(dirs)
    if as_json:
        print(json.dumps([{"path": p.path, "line": p.line, "message": p.message} for p in problems], ensure_ascii=False))
    else:
        for problem in problems:
            print(problem)
        where = ", ".join(str(d) for d in dirs) or "package data"
        print(f"{len(problems)} problem(s) in {where}", file=sys.stderr)
    return 1 if problems else 0


def _show(data: dict) -> None:
    print(f"{data['id']}  ({data['kind']})  {data['name']}")
    for key in ("country", "sector", "capital", "metonym_for", "wikidata", "note", "source", "origin"):
        if key in data:
            print(f"  {key}: {data[key]}")
    for spell in data.get("roles", []):
        where = spell.get("country") or spell.get("org") or ""
        print(f"  role: {spell['role']} {where} {spell.get('start', '?')} -> {spell.get('end', 'now')}")
    for key in ("names", "descriptions", "demonyms"):
        for lang, values in data.get(key, {}).items():
            print(f"  {key}[{lang}]: {', '.join(values)}")
