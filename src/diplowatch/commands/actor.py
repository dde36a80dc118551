"""`diplowatch actor NAME`: one actor's profile in the dossier (roles, counts, counterparts, latest events)."""

from __future__ import annotations

import argparse
import sys

from diplowatch.store.console import add_db_option, store_from, table
from diplowatch.store.queries import Names, actor_profile, format_date, format_place, resolve_actor


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("actor", help="an actor's profile: roles, events by category and year, "
                                   "main counterparts, latest events")
    parser.add_argument("name", help="an actor id, a name or an alias in any language (Lavrov, لافروف)")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from diplowatch.kb import default_kb

    kb = default_kb()
    with store_from(args) as store:
        found = resolve_actor(store, args.name, kb)
        if not found:
            print(f"no actor in the dossier matches {args.name!r}", file=sys.stderr)
            return 1
        if len(found) > 1:
            print(f"{args.name!r} matches several actors; give one of: {', '.join(found)}", file=sys.stderr)
            return 1
        profile = actor_profile(store, found[0], kb)
        names = Names(store)
    actor = profile.actor
    print(f"{actor.name}  ({actor.id}; {actor.kind}{'; ' + actor.country if actor.country else ''}"
          f"{'; ' + actor.sector if actor.sector else ''})")
    for role in profile.roles:
        print(f"  role: {role.role} {role.of or ''} {role.start or '?'} -> {role.end or 'now'}")
    print(f"\n{profile.total} event(s): " + ", ".join(f"{c} {n}" for c, n in profile.by_category))
    categories = [c for c, _ in profile.by_category]
    if profile.by_year:
        print(table(("year", *categories), [(y, *(str(c.get(k, 0)) for k in categories)) for y, c in profile.by_year]))
    if profile.counterparts:
        print("\nmain counterparts: " + ", ".join(f"{a.name} ({n})" for a, n in profile.counterparts))
    if profile.latest:
        print("\nlatest events:")
        print(table(("date", "category", "who", "whom", "where", "id"),
                    [(format_date(e.date), e.type, names.join(e.actor), names.join(e.recipient),
                      format_place(e.location), e.id) for e in profile.latest], widths=(0, 0, 40, 40, 20)))
    return 0
