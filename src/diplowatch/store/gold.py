"""Analysts' corrections as evaluation data: one gold file per corrected article, in the format of the
shared scorer (spec section 4: `NNN.gold.json`, matched to a prediction by the article's file name).

Which articles: every article with a report in a corrected event. What each gold file holds:
- `events`: the article's events as the analysts now see them. A report of a corrected event takes the
  event's category and every value the analysts changed (its other values are the article's own); it
  is required. A report nobody reviewed is the machine's and `optional` (neither rewarded nor
  penalised), since no analyst vouched for it. An event marked wrong is left out (listed under
  `wrong`, which the scorer ignores), so predicting it again is a false positive.
- `negated`: the article's negated reports not marked wrong (the scorer counts asserting them).
- `actors`: the participants of the required events. `body_must_include`/`_exclude` and `quotes` are
  empty: corrections say nothing about them.
Dates keep the scorer's granularities (day, month, year); a week or season becomes its year.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path, PurePath
from typing import Any

from diplowatch.model import UNREAL_AUX, EventDate
from diplowatch.store.base import Store
from diplowatch.store.corrections import apply_corrections, events_of_articles
from diplowatch.store.export import source_name
from diplowatch.store.plover import CATEGORIES
from diplowatch.store.records import DossierEvent, DossierMember
from diplowatch.store.review import changes

GOLD_SUFFIX = ".gold.json"
GOLD_GRANULARITIES = {"day": 10, "month": 7, "year": 4}  # the scorer compares value prefixes this long


def gold_records(store: Store) -> list[dict[str, Any]]:
    """One gold record per article with a report in a corrected event, by file name."""
    active = store.corrections()
    if not active:
        return []
    docs = {a.doc_id for c in active for a in (*c.anchors, *c.other)}
    while True:  # a corrected event may hold reports of articles no correction names: read them too
        events = events_of_articles(store, docs)
        corrected = [e for e in apply_corrections(events, active).events if e.review is not None]
        more = {m.event.doc.doc_id for e in corrected for m in e.members} - docs
        if not more:
            break
        docs |= more
    applied = apply_corrections(events, active).events
    reviewed_docs = {m.event.doc.doc_id for e in corrected for m in e.members}
    by_doc: dict[str, list[tuple[DossierEvent, DossierMember]]] = {}
    for event in applied:
        for member in event.members:
            by_doc.setdefault(member.event.doc.doc_id, []).append((event, member))
    return [_record(pairs) for doc, pairs in sorted(by_doc.items()) if doc in reviewed_docs]


def write_gold(store: Store, folder: Path) -> list[Path]:
    """Write the gold files into `folder` (created if its parent exists); the files written."""
    records = gold_records(store)
    folder.mkdir(exist_ok=True)
    written: list[Path] = []
    taken: set[str] = set()
    for record in records:
        stem = PurePath(record["file"]).stem or record["doc_id"]
        name = stem + GOLD_SUFFIX if stem not in taken else f"{stem}.{record['doc_id']}{GOLD_SUFFIX}"
        taken.add(stem)
        path = folder / name
        path.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written.append(path)
    return written


def check_gold(record: dict[str, Any]) -> list[str]:
    """What in `record` the scorer could not read (empty when it is well formed)."""
    problems = [f"{key} missing" for key in ("file", "events", "negated", "actors") if key not in record]
    for i, event in enumerate(record.get("events", [])):
        types = event.get("type") if isinstance(event.get("type"), list) else [event.get("type")]
        if not types or any(t not in CATEGORIES for t in types):
            problems.append(f"event {i}: type {event.get('type')!r}")
        for side in ("actor", "recipient"):
            if not all(isinstance(a, str) for a in event.get(side) or []):
                problems.append(f"event {i}: {side} must be a list of ids or names")
        when = event.get("date")
        if when is not None and (
            when.get("granularity") not in GOLD_GRANULARITIES
            or len(str(when.get("value"))) < GOLD_GRANULARITIES.get(when.get("granularity"), 99)
        ):
            problems.append(f"event {i}: date {when!r}")
        if event.get("location") is not None and not isinstance(event["location"], str):
            problems.append(f"event {i}: location must be a name or null")
    for i, negated in enumerate(record.get("negated", [])):
        if "type" not in negated or not isinstance(negated.get("actor", []), list):
            problems.append(f"negated {i}: needs type and a list of actors")
    return problems


def _record(pairs: Sequence[tuple[DossierEvent, DossierMember]]) -> dict[str, Any]:
    doc = pairs[0][1].event.doc
    events, negated, wrong = [], [], []
    for event, member in sorted(pairs, key=lambda p: _position(p[1])):
        gold = _gold_event(event, member)
        aux = set(member.event.event.aux)
        if event.review is not None and event.review.wrong:
            wrong.append({**gold, "evidence": member.event.event.evidence.text})
        elif "negation" in aux:
            negated.append({"type": gold["type"][0], "actor": gold["actor"]})
        elif not aux & UNREAL_AUX:  # the scorer ignores unreal predictions
            events.append(gold)
    required = [e for e in events if not e.get("optional")]
    return {
        "file": source_name(doc),  # the scorer matches predictions by file name
        "doc_id": doc.doc_id,
        "published": (doc.published or "")[:10] or None,
        "title": doc.title,
        "outlet": doc.outlet,
        "language": doc.language,
        "body_must_include": [],
        "body_must_exclude": [],
        "actors": sorted({a for e in required for a in (*e["actor"], *e["recipient"])}),
        "events": events,
        "negated": negated,
        "quotes": [],
        "wrong": wrong,
    }


def _gold_event(event: DossierEvent, member: DossierMember) -> dict[str, Any]:
    said = member.event.event
    actor, recipient = (said.recipient, said.actor) if member.flipped else (said.actor, said.recipient)
    when, place = said.date, said.location
    out: dict[str, Any] = {"type": [said.type]}
    if event.review is not None:
        changed = {name for name, _, _ in changes(event)}
        out["type"] = [event.type]
        actor = event.actor if "actor" in changed else actor
        recipient = event.recipient if "recipient" in changed else recipient
        when = event.date if "date" in changed else when
        place = event.location if "location" in changed else place
    out.update(
        {
            "actor": list(actor),
            "recipient": list(recipient),
            "date": _gold_date(when),
            "location": place.name if place else None,
        }
    )
    if event.review is None:
        out["optional"] = True
        out["note"] = "machine, not reviewed"
    else:
        out["note"] = "; ".join(f"{c.kind} by {c.author}: {c.reason}" for c in event.review.corrections)
    return out


def _gold_date(when: EventDate | None) -> dict[str, str] | None:
    if when is None:
        return None
    if when.granularity in GOLD_GRANULARITIES:
        return {"value": when.value, "granularity": when.granularity}
    return {"value": when.value[:4], "granularity": "year"}  # a week or a season: the scorer knows years


def _position(member: DossierMember) -> int:
    return int(member.event.key.rpartition("#")[2])
