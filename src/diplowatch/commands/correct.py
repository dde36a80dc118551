"""`diplowatch correct EVENT_ID --category X ... --by NAME --why TEXT`: an analyst's correction of one
dossier event, stored with who, when and why (library: store.correcting)."""

from __future__ import annotations

import argparse

from diplowatch.store.console import add_db_option, store_from
from diplowatch.store.correcting import correct, request_from
from diplowatch.store.plover import CATEGORIES
from diplowatch.store.review import correction_text


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "correct",
        help="correct a dossier event (wrong, category, participants, date, place, merge, split)",
        description="Store an analyst's correction of a dossier event. The event keeps the machine's "
        "values beside the corrected ones in every view and export; the correction survives re-ingests "
        "(`diplowatch corrections` lists them). The field changes may be combined; --wrong, --merge and "
        "--split each stand alone. Exit status: 0 stored, 1 unknown event, 2 usage error.",
    )
    parser.add_argument("id", help="the dossier event id (a unique beginning is enough)")
    parser.add_argument("--wrong", action="store_true", help="the event did not happen as stated")
    parser.add_argument("--category", metavar="C", help="the PLOVER category: " + ", ".join(CATEGORIES))
    parser.add_argument(
        "--actors", nargs="+", metavar="A", help="who acted: ids or names (comma-separated or repeated)"
    )
    parser.add_argument("--recipients", nargs="*", metavar="R", help="who was addressed (none given: nobody)")
    parser.add_argument(
        "--date", metavar="D", help="YYYY, YYYY-MM or YYYY-MM-DD, ~ before it if approximate, or unknown"
    )
    parser.add_argument("--place", metavar="P", help="a place id or name, or unknown")
    parser.add_argument("--merge", metavar="OTHER", help="another event id: the same happening")
    parser.add_argument(
        "--split", nargs="+", metavar="DOC", help="articles (doc ids) that report another happening"
    )
    parser.add_argument("--by", required=True, metavar="NAME", help="who makes the correction")
    parser.add_argument("--why", required=True, metavar="TEXT", help="the reason, kept with it")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from diplowatch.kb import default_kb

    with store_from(args, write=True) as store:
        made = correct(store, args.id, request_from(vars(args)), default_kb())
    for correction in made:
        value = correction_text(correction)
        shown = f" -> {value}" if value else ""
        print(f"correction {correction.id}: {correction.kind} of {correction.event_id}{shown}")
    return 0
