"""`diplowatch event ID`: everything about one dossier event, with its evidence sentences and sources."""

from __future__ import annotations

import argparse
import json

from diplowatch.store.console import add_db_option, store_from
from diplowatch.store.export import event_record
from diplowatch.store.queries import Names, event_detail, format_date, format_place
from diplowatch.store.records import DossierEvent
from diplowatch.store.review import correction_text, review_notes


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("event", help="one dossier event with its evidence and sources")
    parser.add_argument(
        "id",
        help="a dossier event id as `timeline` prints it, with or without its ev- "
        "prefix (a unique beginning is enough: f7b6)",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with store_from(args) as store:
        event = event_detail(store, args.id)
        names = Names(store)
        actors = store.actor_info()
    if args.format == "json":
        print(json.dumps(event_record(event, actors), ensure_ascii=False, indent=1))
        return 0
    print(f"{event.id}  {event.type}{' (' + ', '.join(event.mode) + ')' if event.mode else ''}")
    print(
        f"  date:       {format_date(event.date)}{' (' + event.date.granularity + ')' if event.date else ''}"
    )
    print(f"  who:        {names.join(event.actor)}")
    print(f"  whom:       {names.join(event.recipient)}")
    print(f"  where:      {format_place(event.location) or '?'}")
    if event.aux:
        print(f"  aux:        {', '.join(event.aux)}")
    print(f"  confidence: {event.confidence:.2f}")
    print(f"  sources:    {len(event.sources)}")
    _print_review(event)
    for member in event.members:
        doc, said = member.event.doc, member.event.event
        print(
            f"\n  [{doc.language or '?'}] {doc.title or doc.source} — "
            f"{doc.outlet or '?'}, {doc.published or '?'}"
        )
        print(f"      {doc.url or doc.source}")
        date_text = f"; date as written: {said.date.text!r} -> {said.date.value}" if said.date else ""
        print(f"      {said.type} {', '.join(said.actor)} -> {', '.join(said.recipient)}{date_text}")
        evidence = " ".join(said.evidence.text.split())  # one line, whatever the article's layout
        print(
            f"      « {evidence} »  (chars {said.evidence.start}-{said.evidence.end}; "
            f"confidence {said.confidence:.2f})"
        )
    return 0


def _print_review(event: DossierEvent) -> None:
    """The analysts' corrections: what changed (the machine's value beside it), who, when and why."""
    if event.review is None:
        return
    print(f"  corrected:  {'; '.join(review_notes(event))}")
    for c in event.review.corrections:
        why = " ".join(c.reason.split())
        print(f"      #{c.id} {c.kind} {correction_text(c)} — {c.author}, {c.created_at}: {why}")
