"""Cross-document event merging: the same real happening reported by several articles becomes one
dossier event. Pure functions over StoredEvents; no database.

Two per-article events are the same happening when they have the same category, their participants
overlap on both sides (in either direction, since PLOVER allows reciprocal coding), their merge
windows overlap, their places agree (or one is unknown), and they come from different articles
(one article reports one happening once, spec section 2). An event's merge window is the days its
date covers; an undated event's is the weeks around its article's publication (it was reported
then), so every event meets only clusters near it in time. A cluster keeps the intersection of its
members' windows, so an event joins only when it agrees with all of them.

Events are visited most precise date first, then by key, and a tie between clusters goes to the one
founded first, so the result does not depend on the order the articles were ingested in. The same
steps (`found`, `best_cluster`, `join`) replay a part of the merge in store.incremental.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from diplowatch.model import UNREAL_AUX, EventDate, Location
from diplowatch.store.intervals import PRECISION, Interval, event_interval, shifted, value_interval
from diplowatch.store.records import STATE_KINDS, DossierEvent, DossierMember, MergeHints, StoredEvent
from diplowatch.text.normalise import id_key

# Events with these aux flags did not happen as stated: never merged, each stays a dossier event of
# its own (flagged; the listings leave them out unless asked: store.filters).
NOT_HAPPENED = UNREAL_AUX
# An undated event happened shortly before its article reported it (or within days after, for what
# was announced): its window is these days around the publication date.
UNDATED_DAYS_BEFORE = 30
UNDATED_DAYS_AFTER = 7
# No window is longer than this (an approximate year is 427 days): a vaguer date places nothing, and
# the store's window queries rely on the bound.
MAX_WINDOW_DAYS = 500

# The order in which the merge visits events: date precision, approximate last, then the event key.
VisitKey = tuple[int, bool, str, int]


@dataclass(slots=True)
class Cluster:
    """A dossier event being built: its members so far and what they agree on."""

    founder: VisitKey  # visit key of its first member: ties between clusters go to the earliest
    type: str
    window: Interval  # the intersection of its members' windows
    span: Interval  # its founder's window, which holds every later window
    members: list[DossierMember] = field(default_factory=list)
    side_a: set[str] = field(default_factory=set)
    side_b: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    location: Location | None = None
    keys: set[str] = field(default_factory=set)  # link keys of its participants (see `link_keys`)

    @property
    def participants(self) -> set[str]:
        return self.side_a | self.side_b


def merge_events(events: Iterable[StoredEvent], hints: MergeHints | None = None) -> list[DossierEvent]:
    """Group per-article events into dossier events (negated and hypothetical ones stay alone)."""
    hints = hints or MergeHints()
    clusters: list[Cluster] = []
    alone: list[StoredEvent] = []
    # (type, month, link key) -> clusters: a compatible cluster shares a month and a link key.
    index: dict[tuple[str, int, str], list[Cluster]] = defaultdict(list)
    for stored in sorted(events, key=visit_order):
        window = merge_window(stored)
        if window is None or NOT_HAPPENED & set(stored.event.aux):
            alone.append(stored)
            continue
        kind = stored.event.type
        keys = link_keys(folded(stored.event.actor + stored.event.recipient), hints)
        near = {id(c): c for m in months(window) for k in keys for c in index.get((kind, m, k), ())}
        best = best_cluster(stored, window, near.values(), hints)
        if best is None:
            cluster = found_cluster(stored, window, hints)
            clusters.append(cluster)
            new_keys = cluster.keys
        else:
            cluster = best[0]
            new_keys = join(cluster, stored, window, hints, flipped=best[1])
        for month in months(cluster.span):
            for key in new_keys:
                index[(kind, month, key)].append(cluster)
    return [summarise(c.members, hints) for c in clusters] + [alone_event(e, hints) for e in alone]


def visit_order(stored: StoredEvent) -> VisitKey:
    when = stored.event.date
    rank = PRECISION.get(when.granularity, 9) if when else 10
    doc_id, _, seq = stored.key.rpartition("#")
    return rank, bool(when and when.approximate), doc_id, int(seq) if seq.isdigit() else 0


def merges_alone(stored: StoredEvent) -> bool:
    """Never merged: it did not happen as stated, or nothing places it in time."""
    return bool(NOT_HAPPENED & set(stored.event.aux)) or merge_window(stored) is None


def merge_window(stored: StoredEvent) -> Interval | None:
    """The days the event may have happened on (see the module docstring); None when unknown."""
    window = event_interval(stored.event.date)
    if window is None and stored.doc.published:
        published = value_interval(stored.doc.published)
        if published is not None:
            window = Interval(
                shifted(published.start, -UNDATED_DAYS_BEFORE), shifted(published.end, UNDATED_DAYS_AFTER)
            )
    return window if window is not None and window.days() <= MAX_WINDOW_DAYS else None


def months(window: Interval) -> range:
    """The months a window touches, as year * 12 + month - 1."""
    return range(window.start.year * 12 + window.start.month - 1, window.end.year * 12 + window.end.month)


def alone_event(stored: StoredEvent, hints: MergeHints | None = None) -> DossierEvent:
    return summarise([DossierMember(stored)], hints)


def link_keys(ids: Iterable[str], hints: MergeHints) -> set[str]:
    """Keys that two compatible participant sets always share (see `sides_match`): their folded ids,
    and "@" + the country code of each state and of the country each person acts for."""
    keys = set(ids)
    for key in list(keys):
        for code in (hints.state_codes.get(key), hints.acts_for.get(key)):
            if code:
                keys.add("@" + code)
    return keys


def best_cluster(
    stored: StoredEvent, window: Interval, candidates: Iterable[Cluster], hints: MergeHints
) -> tuple[Cluster, bool] | None:
    """The cluster `stored` joins, and whether its sides are flipped; None when it founds its own.
    The most shared participants win; a tie goes to the cluster founded first."""
    actor, recipient = folded(stored.event.actor), folded(stored.event.recipient)
    everyone = actor | recipient
    best, best_score = None, 0
    for cluster in sorted(candidates, key=lambda c: c.founder):
        flipped = _compatible(stored, actor, recipient, window, cluster, hints)
        if flipped is None:
            continue
        score = len(everyone & cluster.participants)
        if score > best_score:
            best, best_score = (cluster, flipped), score
    return best


def _compatible(
    stored: StoredEvent,
    actor: set[str],
    recipient: set[str],
    window: Interval,
    cluster: Cluster,
    hints: MergeHints,
) -> bool | None:
    """None when `stored` (whose folded sides are given) cannot join `cluster`; else whether its sides
    are flipped relative to it."""
    if stored.doc.doc_id in cluster.docs or stored.event.type != cluster.type:
        return None
    if not window.overlaps(cluster.window):
        return None
    if not places_agree(stored.event.location, cluster.location, hints):
        return None
    return sides_match(actor, recipient, cluster.side_a, cluster.side_b, hints)


def sides_match(
    actor: set[str], recipient: set[str], side_a: set[str], side_b: set[str], hints: MergeHints
) -> bool | None:
    """None when the participants do not overlap enough; else whether the match is the flipped one."""
    if recipient and side_b:
        if _overlap(actor, side_a, hints) and _overlap(recipient, side_b, hints):
            return False
        if _overlap(actor, side_b, hints) and _overlap(recipient, side_a, hints):
            return True
        return None
    # One side is "everybody involved" (nobody hosts): the participant sets must share two members,
    # or all of the smaller one, so two meetings of the same envoy with different people stay apart.
    mine, theirs = actor | recipient, side_a | side_b
    needed = min(2, len(mine), len(theirs))
    return False if needed and len(mine & theirs) >= needed else None


def _overlap(one: set[str], other: set[str], hints: MergeHints) -> bool:
    """Shared members, or a side made only of states that the other side's people act for."""
    if one & other:
        return True
    return _acts_for_states(one, other, hints) or _acts_for_states(other, one, hints)


def _acts_for_states(states: set[str], people: set[str], hints: MergeHints) -> bool:
    codes = {hints.state_codes.get(s) for s in states}
    if None in codes or not codes:
        return False
    return any(hints.acts_for.get(p) in codes for p in people)


def places_agree(one: Location | None, other: Location | None, hints: MergeHints) -> bool:
    """Same place, one unknown, or a country and a place inside it."""
    if one is None or other is None or _place_key(one) == _place_key(other):
        return True
    for whole, part in ((one, other), (other, one)):
        if whole.id in hints.country_places and whole.country and whole.country == part.country:
            return True
    return False


def found_cluster(stored: StoredEvent, window: Interval, hints: MergeHints) -> Cluster:
    cluster = Cluster(founder=visit_order(stored), type=stored.event.type, window=window, span=window)
    join(cluster, stored, window, hints, flipped=False)
    return cluster


def join(
    cluster: Cluster, stored: StoredEvent, window: Interval, hints: MergeHints, *, flipped: bool
) -> set[str]:
    """Add `stored` to `cluster`; the link keys it brings."""
    actor, recipient = folded(stored.event.actor), folded(stored.event.recipient)
    new_keys = link_keys(actor | recipient, hints) - cluster.keys
    cluster.keys |= new_keys
    cluster.side_a |= recipient if flipped else actor
    cluster.side_b |= actor if flipped else recipient
    cluster.members.append(DossierMember(stored, flipped))
    cluster.docs.add(stored.doc.doc_id)
    cluster.window = Interval(max(cluster.window.start, window.start), min(cluster.window.end, window.end))
    if cluster.location is None or _is_country(cluster.location, hints):
        cluster.location = stored.event.location or cluster.location
    return new_keys


def hints_from_counts(rows: Iterable[tuple[str, str, str, str, int]]) -> MergeHints:
    """Merge hints from (folded id, id, kind, country, number of articles) rows of the stored actors.
    A state's code and the country a person acts for are the most frequent, then the first in order."""
    places: set[str] = set()
    counts: dict[bool, dict[str, Counter[str]]] = {True: defaultdict(Counter), False: defaultdict(Counter)}
    for key, actor_id, kind, country, count in rows:
        is_state = kind in STATE_KINDS
        if is_state:
            places.add(actor_id)
        counts[is_state][key][country] += count
    return MergeHints(
        country_places=frozenset(places),
        state_codes={k: _most_frequent(c) for k, c in counts[True].items()},
        acts_for={k: _most_frequent(c) for k, c in counts[False].items()},
    )


def _most_frequent(counts: Counter[str]) -> str:
    return min(counts, key=lambda value: (-counts[value], value))


def summarise(members: Sequence[DossierMember], hints: MergeHints | None = None) -> DossierEvent:
    """The dossier event of a group of members: the most precise date, the most specific place."""
    hints = hints or MergeHints()
    first = members[0].event
    return DossierEvent(
        id=dossier_id(first.key),
        type=first.event.type,
        mode=_ordered(m for member in members for m in member.event.event.mode),
        actor=_ordered(a for m in members for a in _side(m, recipient=m.flipped)),
        recipient=_ordered(a for m in members for a in _side(m, recipient=not m.flipped)),
        location=_best_location([m.event.event.location for m in members], hints),
        date=best_date([m.event.event.date for m in members]),
        aux=tuple(a for a in first.event.aux if all(a in m.event.event.aux for m in members)),
        members=tuple(members),
    )


def dossier_id(anchor_key: str) -> str:
    """A short stable id from the key of the event that founded the group."""
    return "ev-" + hashlib.sha1(anchor_key.encode("utf-8")).hexdigest()[:10]


def best_date(dates: Iterable[EventDate | None]) -> EventDate | None:
    """The most precise of the dates: stated before approximate, then day before month before year."""
    known = [d for d in dates if d is not None]
    if not known:
        return None
    return min(known, key=lambda d: (d.approximate, PRECISION.get(d.granularity, 9)))


def _best_location(places: list[Location | None], hints: MergeHints) -> Location | None:
    known = [p for p in places if p is not None]
    if not known:
        return None
    counts = Counter(_place_key(p) for p in known)
    return min(known, key=lambda p: (_is_country(p, hints), -counts[_place_key(p)]))


def _is_country(place: Location, hints: MergeHints | None) -> bool:
    return bool(hints and place.id in hints.country_places)


def _side(member: DossierMember, *, recipient: bool) -> tuple[str, ...]:
    event = member.event.event
    return event.recipient if recipient else event.actor


def _ordered(items: Iterable[str]) -> tuple[str, ...]:
    """Distinct items, most frequent first, then in order of first appearance."""
    counts = Counter(items)
    return tuple(sorted(counts, key=lambda item: -counts[item]))


def _place_key(place: Location) -> str:
    return place.id or place.name.casefold()


def folded(ids: Iterable[str]) -> set[str]:
    return {id_key(i) for i in ids}
