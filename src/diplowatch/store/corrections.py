"""Analyst corrections laid over the dossier events.

The stored events stay as the machine extracted and merged them; corrections are kept apart (one row
each, with who, when and why) and applied whenever dossier events are read, so the machine's original
is always there to show beside the correction, and a re-ingest or re-merge loses nothing.

A correction names the per-article events (`Anchor`: article, position, category, evidence span) of
the dossier event it was made on, not the dossier id alone, which changes when the merge groups the
reports differently. Applying one (`apply_corrections`, a pure function):
- its anchors are found among the current reports: by article and position when the evidence span is
  still the same, else by article, category and evidence span (positions shift when an article's
  events change); the correction shapes the dossier event holding most of them;
- a correction none of whose anchors exists any more (the article was removed, or re-ingested with
  other events) is kept and reported as orphaned; withdrawing it is the analyst's decision;
- corrections apply oldest first: merges and splits regroup reports, and the field corrections
  (category, actors, recipients, date, place) replace the event's value, the latest one winning;
  `wrong` flags the event, which the listings then leave out unless asked (store.filters).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from diplowatch.store.base import Store
from diplowatch.store.intervals import value_interval
from diplowatch.store.merge import summarise
from diplowatch.store.records import (
    Anchor,
    Correction,
    DossierEvent,
    DossierMember,
    EventSummary,
    Review,
    TimelineKey,
    TimelineQuery,
)
from diplowatch.text.normalise import id_key

FIELD_KINDS = ("category", "actors", "recipients", "date", "place")
UNDATED = "~"  # sorts after every ISO date


@dataclass(frozen=True, slots=True)
class Applied:
    """The corrected events (merged-away ones gone, split-off ones added) and where each correction went."""

    events: list[DossierEvent]
    placed: dict[int, str]  # correction id -> the id of the event it shapes now
    orphaned: tuple[Correction, ...]  # corrections whose reports all disappeared


@dataclass(slots=True)
class _Work:
    machine: DossierEvent  # the machine's event this one keeps the id of (or was split from)
    members: list[DossierMember]
    corrections: list[Correction] = field(default_factory=list)
    overrides: dict[str, Correction] = field(default_factory=dict)  # field kind -> latest correction
    wrong: bool = False
    merged_from: list[str] = field(default_factory=list)
    split_from: str | None = None
    regrouped: bool = False


def anchors_of(event: DossierEvent) -> tuple[Anchor, ...]:
    """The reports of a dossier event as a correction holds on to them."""
    return tuple(
        Anchor(
            m.event.doc.doc_id,
            int(m.event.key.rpartition("#")[2]),
            m.event.event.type,
            m.event.event.evidence.start,
            m.event.event.evidence.end,
        )
        for m in event.members
    )


def split_id(correction: Correction) -> str:
    """The id of the event a split makes: stable, since the correction's id is."""
    return "ev-" + hashlib.sha1(f"split#{correction.id}".encode()).hexdigest()[:10]


def apply_corrections(events: Sequence[DossierEvent], corrections: Iterable[Correction]) -> Applied:
    """`events` as the corrections in force make them (pure: nothing is read or written)."""
    works = {e.id: _Work(e, list(e.members)) for e in events}
    reports = _Reports(works)
    placed: dict[int, str] = {}
    orphaned: list[Correction] = []
    for correction in sorted(corrections, key=lambda c: (c.created_at, c.id)):
        target = reports.holder(correction.anchors)
        if target is None or not _perform(correction, target, works, reports):
            orphaned.append(correction)
            continue
        placed[correction.id] = target
        works[target].corrections.append(correction)
    return Applied([_finish(key, work) for key, work in works.items()], placed, tuple(orphaned))


class _Reports:
    """Where each per-article event is now, found by key or by article, category and evidence span."""

    def __init__(self, works: dict[str, _Work]) -> None:
        self.home: dict[str, str] = {}
        self.span: dict[str, tuple[int, int]] = {}
        self.by_span: dict[tuple[str, str, int, int], list[str]] = defaultdict(list)
        for event_id, work in works.items():
            for member in work.members:
                stored = member.event
                evidence = stored.event.evidence
                self.home[stored.key] = event_id
                self.span[stored.key] = (evidence.start, evidence.end)
                self.by_span[(stored.doc.doc_id, stored.event.type, evidence.start, evidence.end)].append(
                    stored.key
                )

    def find(self, anchor: Anchor) -> str | None:
        if self.span.get(anchor.key) == (anchor.start, anchor.end):
            return anchor.key
        same = self.by_span.get((anchor.doc_id, anchor.type, anchor.start, anchor.end), [])
        return same[0] if len(same) == 1 else None

    def holder(self, anchors: Sequence[Anchor]) -> str | None:
        """The event holding most of the anchored reports (the first anchor's on a tie)."""
        homes = [self.home[key] for a in anchors if (key := self.find(a)) is not None]
        if not homes:
            return None
        counts = Counter(homes)
        return max(homes, key=lambda h: (counts[h], -homes.index(h)))


def _perform(correction: Correction, target: str, works: dict[str, _Work], reports: _Reports) -> bool:
    """Apply one correction to the event `target`; False when it cannot be (its other event is gone)."""
    work = works[target]
    if correction.kind == "wrong":
        work.wrong = True
    elif correction.kind in FIELD_KINDS:
        work.overrides[correction.kind] = correction
    elif correction.kind == "merge":
        other = reports.holder(correction.other)
        if other is None:
            return False
        if other != target:  # already one event (a re-merge may have joined them): nothing to do
            _merge(works, target, other, reports)
    elif correction.kind == "split":
        _split(works, target, correction, reports)
    return True


def _merge(works: dict[str, _Work], target: str, other: str, reports: _Reports) -> None:
    into, gone = works[target], works.pop(other)
    flip = _opposed(into.machine, gone.machine)
    into.members += [replace(m, flipped=m.flipped != flip) for m in gone.members]
    into.merged_from += [other, *gone.merged_from]
    into.corrections += gone.corrections  # their history stays visible on the event they now are
    into.wrong = into.wrong or gone.wrong
    into.regrouped = True
    for member in gone.members:
        reports.home[member.event.key] = target


def _opposed(one: DossierEvent, other: DossierEvent) -> bool:
    """Whether `other` names as actors those `one` names as recipients (PLOVER's reciprocal coding)."""
    a1, r1 = {id_key(a) for a in one.actor}, {id_key(a) for a in one.recipient}
    a2, r2 = {id_key(a) for a in other.actor}, {id_key(a) for a in other.recipient}
    return bool((a2 & r1) or (r2 & a1)) and not (a2 & a1)


def _split(works: dict[str, _Work], target: str, correction: Correction, reports: _Reports) -> None:
    work = works[target]
    moving = [m for m in work.members if m.event.doc.doc_id in correction.docs]
    if not moving or len(moving) == len(work.members):  # already apart, or nothing would be left
        return
    new_id = split_id(correction)
    work.members = [m for m in work.members if m not in moving]
    work.regrouped = True
    works[new_id] = _Work(
        work.machine,
        moving,
        corrections=[correction],
        split_from=work.machine.id,
        regrouped=True,
    )
    for member in moving:
        reports.home[member.event.key] = new_id


def _finish(event_id: str, work: _Work) -> DossierEvent:
    if not work.corrections:
        return work.machine
    event = work.machine
    if work.regrouped:
        first = work.members[0].event.event
        event = replace(summarise(work.members), id=event_id, type=first.type)
    for kind, correction in work.overrides.items():
        event = _override(event, kind, correction)
    review = Review(
        machine=work.machine,
        corrections=tuple(work.corrections),
        wrong=work.wrong,
        merged_from=tuple(work.merged_from),
        split_from=work.split_from,
    )
    return replace(event, review=review)


def _override(event: DossierEvent, kind: str, correction: Correction) -> DossierEvent:
    if kind == "category":
        return replace(event, type=correction.category or event.type)
    if kind == "actors":
        return replace(event, actor=correction.names)
    if kind == "recipients":
        return replace(event, recipient=correction.names)
    if kind == "date":
        return replace(event, date=correction.date)
    return replace(event, location=correction.place)


# -- reading corrected events from a store -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Overlay:
    """The corrections in force laid over the dossier: the machine events of the articles they name
    (`touched`, to be read from here rather than from the store) as corrected, in timeline order."""

    touched: frozenset[str]
    events: tuple[DossierEvent, ...]


def overlay(store: Store) -> Overlay | None:
    """None when no correction is in force (the store's events are then the answer as they are)."""
    active = store.corrections()
    if not active:
        return None
    touched = _touched(store, active, set())
    applied = apply_corrections(touched, active)
    return Overlay(frozenset(e.id for e in touched), tuple(sorted(applied.events, key=timeline_key)))


def with_corrections(
    store: Store, events: Sequence[DossierEvent], query: TimelineQuery | None = None
) -> list[DossierEvent]:
    """`events` (what the store's `dossier(query)` returned) with the corrections in force applied:
    the events they touch are replaced by their corrected form, kept when its corrected values still
    match `query` (a new category, actor or date may take it in or out of the selection)."""
    over = overlay(store)
    if over is None:
        return list(events)
    kept = [e for e in events if e.id not in over.touched]
    kept += [e for e in over.events if matches(query, e)]
    kept.sort(key=timeline_key)
    return kept[: query.limit] if query is not None and query.limit else kept


def corrected_lookup(store: Store, machine: DossierEvent | None, wanted: str) -> DossierEvent | None:
    """The corrected event `wanted` names: its machine event corrected, an event split off by a
    correction, or the event a machine event was merged into. `machine`: the store's event by that id."""
    active = store.corrections()
    if not active:
        return machine
    seed = [machine] if machine is not None else []
    applied = apply_corrections([*seed, *_touched(store, active, {e.id for e in seed})], active)
    for test in (
        lambda e: e.id == wanted,
        lambda e: machine is not None and e.id == machine.id,
        lambda e: e.review is not None and any(i == wanted for i in e.review.merged_from),
        lambda e: machine is not None and e.review is not None and machine.id in e.review.merged_from,
        lambda e: e.id.startswith(wanted),
    ):
        found = [e for e in applied.events if test(e)]
        if len(found) == 1:
            return found[0]
    return None


def correction_status(store: Store, *, withdrawn: bool = False) -> list[tuple[Correction, str | None]]:
    """Every correction (in force; with `withdrawn`, the withdrawn ones too) and the id of the event it
    shapes now (None: orphaned, or withdrawn)."""
    shown = store.corrections(withdrawn=withdrawn)
    active = [c for c in shown if c.withdrawn is None]
    applied = apply_corrections(_touched(store, active, set()), active) if active else None
    return [(c, applied.placed.get(c.id) if applied else None) for c in shown]


def _touched(store: Store, corrections: Sequence[Correction], skip: set[str]) -> list[DossierEvent]:
    """The dossier events holding a report of an article that a correction names (but `skip`)."""
    return events_of_articles(store, {a.doc_id for c in corrections for a in (*c.anchors, *c.other)}, skip)


def events_of_articles(store: Store, docs: Iterable[str], skip: Iterable[str] = ()) -> list[DossierEvent]:
    """The machine's dossier events holding a report of one of the articles `docs` (but `skip`)."""
    ids = sorted({i for doc in docs for i in store.dossier_events_of_article(doc)} - set(skip))
    return [e for i in ids if (e := store.dossier_event(i)) is not None and e.id == i]


def matches(query: TimelineQuery | None, event: DossierEvent | EventSummary) -> bool:
    """`TimelineQuery` applied to one event in Python, as the store applies it in SQL (for events whose
    values a correction changed, and for the summaries a caller keeps: filters.select_summaries)."""
    if query is None:
        return True
    types = {t.upper() for t in (*query.types, *([query.type] if query.type else []))}
    if types and event.type not in types:
        return False
    if query.actors:
        sides = {"actor": event.actor, "recipient": event.recipient}
        taking_part = sides[query.role] if query.role in sides else event.actor + event.recipient
        if not set(query.actors) & set(taking_part):
            return False
    if query.since or query.until:
        span = _days(event)
        first, last = _bounds(query.since, query.until)
        if span is None or (first and span[1] < first) or (last and span[0] > last):
            return False
    if isinstance(event, EventSummary):
        return not query.language or query.language in event.languages
    return not query.language or any(d.language == query.language for d in event.sources)


def _days(event: DossierEvent | EventSummary) -> tuple[str, str] | None:
    """The first and last ISO days an event's date covers (a summary has them already)."""
    if isinstance(event, EventSummary):
        return (event.date_start, event.date_end or event.date_start) if event.date_start else None
    span = value_interval(event.date.value) if event.date else None
    return (span.start.isoformat(), span.end.isoformat()) if span else None


@lru_cache(maxsize=64)
def _bounds(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """A query's `since` and `until` as the first and last ISO days they allow (read once per query)."""
    first = value_interval(since) if since else None
    last = value_interval(until) if until else None
    return (first.start.isoformat() if first else None, last.end.isoformat() if last else None)


def timeline_key(event: DossierEvent | EventSummary) -> TimelineKey:
    """Where an event stands in the timeline, as the store orders it: first day, last day (undated
    events last), category, id."""
    span = _days(event)
    first, last = span if span else (UNDATED, UNDATED)
    return first, last, event.type, event.id
