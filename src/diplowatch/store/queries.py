"""The analyst's questions, as library functions over a `Store`: timeline, actor profile, one event,
full-text search. The commands and the HTML report print what these return.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from diplowatch.errors import NothingFound
from diplowatch.kb.base import KB
from diplowatch.model import EventDate, Location
from diplowatch.store.base import Store
from diplowatch.store.bounds import check_query
from diplowatch.store.ingest import ensure_merged
from diplowatch.store.intervals import event_interval
from diplowatch.text.normalise import fold_name

if TYPE_CHECKING:
    from diplowatch.store.filters import EventFilter
from diplowatch.store.records import (
    ActorInfo,
    DossierEvent,
    EventSummary,
    QuoteQuery,
    SearchHit,
    StoredQuote,
    TimelineQuery,
)

EVENT_PREFIX = "ev-"  # dossier event ids (store.merge)
LATEST_EVENTS = 10  # events listed in an actor profile
MAIN_COUNTERPARTS = 8


@dataclass(frozen=True, slots=True)
class TimelineRow:
    id: str
    date: str  # display form: 2024-03-11, 2024-03, "~2024-02" when approximate, "?" when unknown
    category: str
    who: str
    whom: str
    where: str
    sources: int


@dataclass(frozen=True, slots=True)
class Role:
    role: str
    of: str | None  # country code or organisation id
    start: str | None
    end: str | None  # None: still holding
    label: str = ""  # readable: "foreign minister"
    of_name: str = ""  # readable: "Russia"


@dataclass(frozen=True, slots=True)
class ActorProfile:
    actor: ActorInfo
    roles: tuple[Role, ...]
    total: int
    by_category: tuple[tuple[str, int], ...]  # most frequent first
    by_year: tuple[tuple[str, dict[str, int]], ...]  # year -> category -> count, oldest first
    counterparts: tuple[tuple[ActorInfo, int], ...]
    latest: tuple[DossierEvent, ...]
    quotes: tuple[StoredQuote, ...] = ()  # what the actor is quoted as saying, oldest first
    events: tuple[DossierEvent, ...] = ()  # every event counted, in date order


def timeline(store: Store, query: TimelineQuery | None = None) -> list[DossierEvent]:
    """Dossier events in date order (undated last), merged again first if documents changed."""
    from diplowatch.store.corrections import with_corrections

    ensure_merged(store)
    query = query or TimelineQuery()
    return with_corrections(store, store.dossier(query), query)


def timeline_summaries(store: Store, query: TimelineQuery | None = None) -> list[EventSummary]:
    """`timeline` without the members of each event (store.summaries), corrections laid over it the
    same way: the events they touch are replaced by their corrected form (corrections.overlay)."""
    from diplowatch.store.corrections import matches, overlay, timeline_key
    from diplowatch.store.summaries import summary_of

    ensure_merged(store)
    query = query or TimelineQuery()
    over = overlay(store)
    if over is None:
        return store.dossier_summaries(query)
    machine = store.dossier_summaries(replace(query, exclude=(*query.exclude, *sorted(over.touched))))
    corrected = [summary_of(e) for e in over.events if matches(query, e)]
    return sorted([*machine, *corrected], key=timeline_key)


def timeline_rows(store: Store, events: Sequence[DossierEvent]) -> list[TimelineRow]:
    names = Names(store)
    return [
        TimelineRow(
            id=e.id,
            date=format_date(e.date),
            category=e.type,
            who=names.join(e.actor),
            whom=names.join(e.recipient),
            where=format_place(e.location),
            sources=len(e.sources),
        )
        for e in events
    ]


EVENT_FIELDS = (
    "id",
    "date",
    "date_start",
    "date_end",
    "date_precision",
    "category",
    "mode",
    "who",
    "whom",
    "actor_ids",
    "recipient_ids",
    "where",
    "place_country",
    "notes",
    "confidence",
    "sources",
    "review",
)
NOTES = {
    "negation": "negated",
    "future": "future",
    "hypothetical": "hypothetical",
    "historical": "historical",
}


def event_row(event: DossierEvent | EventSummary, names: Names) -> dict[str, Any]:
    """One dossier event as a listing row (timeline, actor, search): display names and machine values.
    `notes` says what is not a plain past fact: negated, future, hypothetical, historical, approximate."""
    interval = event_interval(event.date, widen=False)
    from diplowatch.store.review import review_notes, review_record

    notes = [NOTES[a] for a in event.aux if a in NOTES] + (
        ["approximate"] if event.date and event.date.approximate else []
    )
    notes += review_notes(event)
    return {
        "id": event.id,
        "date": format_date(event.date),
        "date_start": interval.start.isoformat() if interval else None,
        "date_end": interval.end.isoformat() if interval else None,
        "date_precision": event.date.granularity if event.date else None,
        "category": event.type,
        "mode": list(event.mode),
        "who": names.join(event.actor),
        "whom": names.join(event.recipient),
        "actor_ids": list(event.actor),
        "recipient_ids": list(event.recipient),
        "where": format_place(event.location),
        "place_country": event.location.country if event.location else None,
        "notes": notes,
        "confidence": round(event.confidence, 2),
        "sources": event.n_sources if isinstance(event, EventSummary) else len(event.sources),
        "review": review_record(event),  # None unless an analyst corrected it; the machine's values inside
    }


def event_detail(store: Store, event_id: str) -> DossierEvent:
    from diplowatch.store.corrections import corrected_lookup

    ensure_merged(store)
    wanted = event_id.strip()
    if not wanted.startswith(EVENT_PREFIX):  # `event f7b6` as well as `event ev-f7b6`
        wanted = EVENT_PREFIX + wanted
    found = corrected_lookup(store, store.dossier_event(wanted), wanted)
    if found is None:
        raise NothingFound(f"no dossier event {event_id!r}; `diplowatch timeline` lists the ids")
    return found


def article_events(store: Store, doc_id: str) -> list[DossierEvent]:
    """The dossier events an article reports, as the analysts' corrections make them."""
    from diplowatch.store.corrections import with_corrections

    found = [e for i in store.dossier_events_of_article(doc_id) if (e := store.dossier_event(i)) is not None]
    return [e for e in with_corrections(store, found) if any(m.event.doc.doc_id == doc_id for m in e.members)]


def search(
    store: Store,
    query: str,
    *,
    limit: int = 20,
    kb: KB | None = None,
    language: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[SearchHit]:
    """Articles matching `query` (KB aliases and Arabic clitic forms included: store.searchterms),
    published between `since` and `until` (YYYY, YYYY-MM or YYYY-MM-DD), in `language`."""
    from diplowatch.store.filters import day_bounds
    from diplowatch.store.searchterms import expand

    check_query(query)  # the reader's words are bounded; what expand() adds is bounded there
    first, last = day_bounds(since, until)
    ensure_merged(store)  # the hits lead to dossier events: they must be current
    return store.search(expand(query, kb), limit=limit, language=language, since=first, until=last)


def resolve_actor(store: Store, name: str, kb: KB | None = None) -> tuple[str, ...]:
    """The actor ids in the dossier that `name` designates: an id, a name in the articles, or any
    alias the knowledge base knows ("Lavrov", "لافروف", "Russian foreign minister" -> Sergey_Lavrov)."""
    ensure_merged(store)
    known = store.participants()
    wanted = fold_name(name)
    exact = [a for a in known if fold_name(a) == wanted]
    if exact:
        return tuple(exact)
    if kb is not None:
        from diplowatch.kb.query import search as kb_search

        in_kb = {e.id for e in kb_search(kb, name)}
        hits = [a for a in known if a in in_kb]
        if hits:
            return tuple(hits)
    info = store.actor_info(known)
    return tuple(
        a for a in known if wanted in fold_name(a) or wanted in fold_name(info[a].name if a in info else "")
    )


def actor_profile(
    store: Store, actor_id: str, kb: KB | None = None, *, where: EventFilter | None = None
) -> ActorProfile:
    """The actor's own events (no roll-up: a state's profile is what the state itself did), kept by
    `where` (default: facts only, no future or negated events), and its quotes."""
    from diplowatch.store.filters import EventFilter, ResolvedFilter, select_events

    wanted = replace(where or EventFilter(), actors=(actor_id,), limit=None)
    events = select_events(store, ResolvedFilter(wanted, (actor_id,)))
    info = store.actor_info([actor_id]).get(actor_id) or _unknown(actor_id)
    by_year: dict[str, Counter[str]] = {}
    for event in events:
        year = event.date.value[:4] if event.date else "?"
        by_year.setdefault(year, Counter())[event.type] += 1
    categories = Counter(e.type for e in events)
    return ActorProfile(
        actor=info,
        roles=_roles(kb, actor_id),
        total=len(events),
        by_category=tuple(categories.most_common()),
        by_year=tuple((y, dict(c)) for y, c in sorted(by_year.items())),
        counterparts=_counterparts(store, events, actor_id),
        latest=tuple(reversed([e for e in events if e.date][-LATEST_EVENTS:])),
        quotes=tuple(store.quotes(QuoteQuery(speakers=(actor_id,)))),
        events=tuple(events),
    )


def _counterparts(
    store: Store, events: Sequence[DossierEvent], actor_id: str
) -> tuple[tuple[ActorInfo, int], ...]:
    """Who the actor deals with most: the other side of each event (everyone else when nobody hosts)."""
    counts: Counter[str] = Counter()
    for event in events:
        if actor_id in event.actor:
            others = event.recipient or tuple(a for a in event.actor if a != actor_id)
        else:
            others = event.actor
        counts.update(set(others) - {actor_id})
    top = counts.most_common(MAIN_COUNTERPARTS)
    info = store.actor_info([a for a, _ in top])
    return tuple((info.get(a) or _unknown(a), n) for a, n in top)


def _roles(kb: KB | None, actor_id: str) -> tuple[Role, ...]:
    entry = kb.get(actor_id) if kb is not None else None
    if entry is None:
        return ()
    from diplowatch.kb.query import holder_of, role_label

    return tuple(
        Role(
            s.role,
            s.country or s.org,
            s.start.isoformat() if s.start else None,
            s.end.isoformat() if s.end else None,
            role_label(kb, s.role),
            holder_of(kb, s.country, s.org),
        )
        for s in entry.roles
        if kb is not None
    )


class Names:
    """Display names of actor ids, read once from the store (or given: `info`, as a caller keeps it)."""

    def __init__(
        self,
        store: Store | None = None,
        events: Sequence[DossierEvent] | None = None,
        *,
        info: dict[str, ActorInfo] | None = None,
    ) -> None:
        """All the dossier's actors, or only those of `events` (a page needs no more); or `info` as a
        caller keeps it."""
        if info is not None or store is None:
            self._info = info or {}
            return
        wanted = None if events is None else sorted({a for e in events for a in (*e.actor, *e.recipient)})
        self._info = store.actor_info(wanted)

    def name(self, actor_id: str) -> str:
        info = self._info.get(actor_id)
        return info.name if info else actor_id.replace("_", " ")

    def join(self, actor_ids: Sequence[str]) -> str:
        return ", ".join(self.name(a) for a in actor_ids)


def format_date(when: EventDate | None) -> str:
    if when is None:
        return "?"
    return ("~" if when.approximate else "") + when.value


def format_place(place: Location | None) -> str:
    return place.name if place else ""


def _unknown(actor_id: str) -> ActorInfo:
    return ActorInfo(actor_id, actor_id.replace("_", " "), "unknown")


@dataclass(frozen=True, slots=True)
class Activity:
    """How much an actor does in the dossier: events as actor, as recipient, and both together."""

    actor: ActorInfo
    events: int
    as_actor: int
    as_recipient: int
    names: tuple[str, ...] = ()  # unlinked participant names counted as this actor ("Front Polisario")


def actor_activity(
    store: Store,
    kb: KB | None = None,
    query: str | None = None,
    *,
    facts: Sequence[EventSummary] | None = None,
) -> list[Activity]:
    """Every participant of the dossier events (facts: no future, hypothetical or negated ones), most
    active first; a plain name that is a KB alias of
    a participant with an id is counted with it. `query` keeps the actors whose id or name contains it.
    `facts`: what `filters.select_summaries(store, EventFilter())` returns, when the caller keeps it."""
    from diplowatch.store.filters import EventFilter, fold_name, select_summaries

    # facts only, like the profile; summaries, since only the sides are counted
    events = select_summaries(store, EventFilter()) if facts is None else facts
    info = store.actor_info()
    alias_of = _alias_owner(kb, store.participants(), info)
    acted: Counter[str] = Counter()
    addressed: Counter[str] = Counter()
    merged: dict[str, set[str]] = {}
    for event in events:
        for counter, ids in ((acted, event.actor), (addressed, event.recipient)):
            for name in {alias_of.get(a, a) for a in ids}:
                counter[name] += 1
        for name in (*event.actor, *event.recipient):
            if name in alias_of:
                merged.setdefault(alias_of[name], set()).add(name)
    totals = acted + addressed
    for event in events:  # an actor on both sides of one event counts once in the total
        for both in {alias_of.get(a, a) for a in event.actor} & {alias_of.get(a, a) for a in event.recipient}:
            totals[both] -= 1
    wanted = fold_name(query) if query else ""
    rows = [
        Activity(info.get(a) or _unknown(a), n, acted[a], addressed[a], tuple(sorted(merged.get(a, ()))))
        for a, n in totals.most_common()
    ]
    return [r for r in rows if wanted in fold_name(r.actor.id) or wanted in fold_name(r.actor.name)]


def _alias_owner(kb: KB | None, participants: Sequence[str], info: dict[str, ActorInfo]) -> dict[str, str]:
    """Unlinked participant name -> the linked participant whose KB entry has it as an alias."""
    if kb is None:
        return {}
    from diplowatch.store.filters import fold_name

    owners: dict[str, str] = {}
    for actor_id in participants:
        entry = kb.get(actor_id)
        for _, alias in entry.aliases() if entry else ():
            owners.setdefault(fold_name(alias), actor_id)
    return {
        p: owners[fold_name(p)]
        for p in participants
        if p not in info and fold_name(p) in owners and owners[fold_name(p)] != p
    }
