"""The analyst's questions, as library functions over a `Store`: timeline, actor profile, one event,
full-text search. The commands and the HTML report print what these return.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from diplowatch.errors import StoreError
from diplowatch.kb.base import KB
from diplowatch.model import EventDate, Location
from diplowatch.store.base import Store
from diplowatch.store.ingest import refresh_dossier
from diplowatch.store.records import ActorInfo, DossierEvent, SearchHit, TimelineQuery
from diplowatch.text.normalise import fold_name

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


@dataclass(frozen=True, slots=True)
class ActorProfile:
    actor: ActorInfo
    roles: tuple[Role, ...]
    total: int
    by_category: tuple[tuple[str, int], ...]  # most frequent first
    by_year: tuple[tuple[str, dict[str, int]], ...]  # year -> category -> count, oldest first
    counterparts: tuple[tuple[ActorInfo, int], ...]
    latest: tuple[DossierEvent, ...]


def timeline(store: Store, query: TimelineQuery | None = None) -> list[DossierEvent]:
    """Dossier events in date order (undated last), merged again first if documents changed."""
    refresh_dossier(store)
    return store.dossier(query or TimelineQuery())


def timeline_rows(store: Store, events: Sequence[DossierEvent]) -> list[TimelineRow]:
    names = Names(store)
    return [TimelineRow(id=e.id, date=format_date(e.date), category=e.type, who=names.join(e.actor),
                        whom=names.join(e.recipient), where=format_place(e.location), sources=len(e.sources))
            for e in events]


def event_detail(store: Store, event_id: str) -> DossierEvent:
    refresh_dossier(store)
    found = store.dossier_event(event_id)
    if found is None:
        raise StoreError(f"no dossier event {event_id!r}; `diplowatch timeline` lists the ids")
    return found


def search(store: Store, query: str, *, limit: int = 20) -> list[SearchHit]:
    return store.search(query, limit=limit)


def resolve_actor(store: Store, name: str, kb: KB | None = None) -> tuple[str, ...]:
    """The actor ids in the dossier that `name` designates: an id, a name in the articles, or any
    alias the knowledge base knows ("Lavrov", "لافروف", "Russian foreign minister" -> Sergey_Lavrov)."""
    refresh_dossier(store)
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
    return tuple(a for a in known if wanted in fold_name(a) or wanted in fold_name(info[a].name if a in info else ""))


def actor_profile(store: Store, actor_id: str, kb: KB | None = None) -> ActorProfile:
    events = timeline(store, TimelineQuery(actors=(actor_id,)))
    info = store.actor_info([actor_id]).get(actor_id) or _unknown(actor_id)
    by_year: dict[str, Counter[str]] = {}
    for event in events:
        year = event.date.value[:4] if event.date else "?"
        by_year.setdefault(year, Counter())[event.type] += 1
    categories = Counter(e.type for e in events)
    return ActorProfile(
        actor=info, roles=_roles(kb, actor_id), total=len(events),
        by_category=tuple(categories.most_common()),
        by_year=tuple((y, dict(c)) for y, c in sorted(by_year.items())),
        counterparts=_counterparts(store, events, actor_id),
        latest=tuple(reversed([e for e in events if e.date][-LATEST_EVENTS:])),
    )


def _counterparts(store: Store, events: Sequence[DossierEvent], actor_id: str) -> tuple[tuple[ActorInfo, int], ...]:
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
    return tuple(Role(s.role, s.country or s.org, s.start.isoformat() if s.start else None,
                      s.end.isoformat() if s.end else None) for s in entry.roles)


class Names:
    """Display names of actor ids, read once from the store."""

    def __init__(self, store: Store) -> None:
        self._info = store.actor_info()

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
