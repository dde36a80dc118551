"""`diplowatch actor NAME`: one actor's profile in the dossier (roles, counts, counterparts, latest
events, quotes)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from diplowatch.errors import NothingFound
from diplowatch.store.console import EVENT_COLUMNS, add_db_option, add_format_option, store_from
from diplowatch.store.export import quote_row
from diplowatch.store.output import Column, emit, render_table, terminal_width
from diplowatch.store.queries import (
    EVENT_FIELDS,
    ActorProfile,
    Names,
    actor_profile,
    event_row,
    resolve_actor,
)

PROFILE_COLUMNS = (*EVENT_COLUMNS, Column("id"))
LATEST_QUOTES = 5


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "actor",
        help="an actor's profile: roles, events by category and year, main counterparts, latest "
        "events, quotes",
        description="table: the profile as text; json: the whole profile; jsonl/csv: the actor's events, "
        "one a row. Counts are of facts: future, hypothetical and negated events are left out.",
    )
    parser.add_argument("name", help="an actor id, a name or an alias in any language (Lavrov, لافروف)")
    add_format_option(parser)
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from diplowatch.kb import default_kb

    kb = default_kb()
    with store_from(args) as store:
        found = resolve_actor(store, args.name, kb)
        if not found:
            raise NothingFound(f"no actor in the dossier matches {args.name!r}")
        if len(found) > 1:
            raise NothingFound(f"{args.name!r} matches several actors; give one of: {', '.join(found)}")
        profile = actor_profile(store, found[0], kb)
        names = Names(store)
        speakers = store.actor_info([found[0]])
        events = [event_row(e, names) for e in reversed(profile.latest)]
        all_events = [event_row(e, names) for e in profile.events]
    if args.format == "json":
        print(json.dumps(_as_data(profile, all_events, speakers), ensure_ascii=False, indent=1))
    elif args.format in ("jsonl", "csv"):
        emit(all_events, PROFILE_COLUMNS, args.format, fields=EVENT_FIELDS)
    else:
        _print_profile(profile, events, names)
    return 0


def _as_data(profile: ActorProfile, events: list[dict[str, Any]], speakers: dict) -> dict[str, Any]:
    actor = profile.actor
    return {
        "id": actor.id,
        "name": actor.name,
        "kind": actor.kind,
        "country": actor.country,
        "sector": actor.sector,
        "roles": [
            {
                "role": r.role,
                "label": r.label,
                "of": r.of,
                "of_name": r.of_name,
                "start": r.start,
                "end": r.end,
            }
            for r in profile.roles
        ],
        "events": profile.total,
        "by_category": dict(profile.by_category),
        "by_year": {y: c for y, c in profile.by_year},
        "counterparts": [{"id": a.id, "name": a.name, "events": n} for a, n in profile.counterparts],
        "event_list": events,
        "quotes": [quote_row(q, speakers) for q in profile.quotes],
    }


def _print_profile(profile: ActorProfile, latest: list[dict[str, Any]], names: Names) -> None:
    actor = profile.actor
    print(
        f"{actor.name}  ({actor.id}; {actor.kind}{'; ' + actor.country if actor.country else ''}"
        f"{'; ' + actor.sector if actor.sector else ''})"
    )
    for role in profile.roles:
        of = f" of {role.of_name}" if role.of_name else ""
        print(f"  role: {role.label}{of}, {role.start or '?'} -> {role.end or 'now'}")
    print(f"\n{profile.total} event(s): " + ", ".join(f"{c} {n}" for c, n in profile.by_category))
    categories = [c for c, _ in profile.by_category]
    width = terminal_width(sys.stdout)
    if profile.by_year:
        rows = [{"year": y, **{k: c.get(k, 0) for k in categories}} for y, c in profile.by_year]
        print(render_table(rows, [Column("year"), *(Column(k) for k in categories)], width=width))
    if profile.counterparts:
        print("\nmain counterparts: " + ", ".join(f"{a.name} ({n})" for a, n in profile.counterparts))
    if latest:
        print("\nlatest events:")
        print(render_table(list(reversed(latest)), PROFILE_COLUMNS, width=width))
    if profile.quotes:
        print(f"\nquotes ({len(profile.quotes)}; `diplowatch quotes --speaker {actor.id}` lists them all):")
        for stored in profile.quotes[-LATEST_QUOTES:]:
            doc = stored.doc
            print(
                f"  {doc.published or '?'} [{doc.language or '?'}] « {' '.join(stored.quote.text.split())} »"
                f"  ({doc.outlet or doc.source})"
            )
