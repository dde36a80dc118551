"""Cross-document event merging: the same real happening reported by several articles becomes one
dossier event. Pure functions over StoredEvents; no database.

Two per-article events are the same happening when they have the same category, their participants
overlap on both sides (in either direction, since PLOVER allows reciprocal coding), their dates
overlap at their granularities, their places agree (or one is unknown), and they come from
different articles (one article reports one happening once, spec section 2). A cluster keeps the
tightest date interval of its members, so an event joins only when it agrees with all of them.

Events are visited most precise date first, then by key, so the result does not depend on the
order the articles were ingested in.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from diplowatch.model import UNREAL_AUX, EventDate, Location
from diplowatch.store.intervals import PRECISION, Interval, event_interval
from diplowatch.store.records import DossierEvent, DossierMember, MergeHints, StoredEvent
from diplowatch.text.normalise import id_key

# Events with these aux flags did not happen as stated: never merged, each stays a dossier event of
# its own (flagged; the listings leave them out unless asked: store.filters).
NOT_HAPPENED = UNREAL_AUX
# An undated event is compared with every cluster of its category; dated ones only with clusters
# in the months they cover, up to this many months (a year-granularity event covers 12).
MAX_BUCKETS = 14


@dataclass(slots=True)
class _Cluster:
    seq: int
    type: str
    members: list[DossierMember] = field(default_factory=list)
    side_a: set[str] = field(default_factory=set)
    side_b: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    interval: Interval | None = None
    location: Location | None = None

    @property
    def participants(self) -> set[str]:
        return self.side_a | self.side_b


def merge_events(events: Iterable[StoredEvent], hints: MergeHints | None = None) -> list[DossierEvent]:
    """Group per-article events into dossier events (negated and hypothetical ones stay alone)."""
    hints = hints or MergeHints()
    clusters: list[_Cluster] = []
    index: dict[tuple[str, object], list[_Cluster]] = defaultdict(list)
    for stored in sorted((e for e in events if not NOT_HAPPENED & set(e.event.aux)), key=_visit_order):
        found = _best_cluster(stored, _candidates(stored, index), hints)
        if found is None:
            best = _Cluster(seq=len(clusters), type=stored.event.type)
            clusters.append(best)
            _add(best, stored, hints, flipped=False)
        else:
            best = found[0]
            _add(best, stored, hints, flipped=found[1])
        for bucket in _buckets(best.interval):
            if best not in index[(best.type, bucket)]:
                index[(best.type, bucket)].append(best)
    alone = [summarise([DossierMember(e)], hints) for e in events if NOT_HAPPENED & set(e.event.aux)]
    return [summarise(c.members, hints) for c in clusters] + alone


def _visit_order(stored: StoredEvent) -> tuple[int, bool, str, int]:
    when = stored.event.date
    rank = PRECISION.get(when.granularity, 9) if when else 10
    doc_id, _, seq = stored.key.rpartition("#")
    return rank, bool(when and when.approximate), doc_id, int(seq) if seq.isdigit() else 0


def _buckets(interval: Interval | None) -> list[object]:
    if interval is None:
        return [None]
    first = interval.start.year * 12 + interval.start.month - 1
    last = interval.end.year * 12 + interval.end.month - 1
    return list(range(first, min(last, first + MAX_BUCKETS - 1) + 1))


def _candidates(stored: StoredEvent, index: dict[tuple[str, object], list[_Cluster]]) -> list[_Cluster]:
    kind = stored.event.type
    interval = event_interval(stored.event.date)
    if interval is None:
        found = {id(c): c for (t, _), cs in index.items() if t == kind for c in cs}
    else:
        found = {id(c): c for b in [*_buckets(interval), None] for c in index.get((kind, b), ())}
    return sorted(found.values(), key=lambda c: c.seq)


def _best_cluster(
    stored: StoredEvent, candidates: Sequence[_Cluster], hints: MergeHints
) -> tuple[_Cluster, bool] | None:
    best, best_score = None, 0
    for cluster in candidates:
        flipped = compatible(stored, cluster, hints)
        if flipped is None:
            continue
        score = len(_folded(stored.event.actor + stored.event.recipient) & cluster.participants)
        if score > best_score:
            best, best_score = (cluster, flipped), score
    return best


def compatible(stored: StoredEvent, cluster: _Cluster, hints: MergeHints) -> bool | None:
    """None when `stored` cannot join `cluster`; else whether its sides are flipped relative to it."""
    if stored.doc.doc_id in cluster.docs or stored.event.type != cluster.type:
        return None
    interval = event_interval(stored.event.date)
    if interval and cluster.interval and not interval.overlaps(cluster.interval):
        return None
    if not places_agree(stored.event.location, cluster.location, hints):
        return None
    return sides_match(
        _folded(stored.event.actor), _folded(stored.event.recipient), cluster.side_a, cluster.side_b, hints
    )


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


def _add(cluster: _Cluster, stored: StoredEvent, hints: MergeHints, *, flipped: bool) -> None:
    actor, recipient = _folded(stored.event.actor), _folded(stored.event.recipient)
    cluster.side_a |= recipient if flipped else actor
    cluster.side_b |= actor if flipped else recipient
    cluster.members.append(DossierMember(stored, flipped))
    cluster.docs.add(stored.doc.doc_id)
    interval = event_interval(stored.event.date)
    if interval is not None:
        current = cluster.interval
        cluster.interval = (
            interval
            if current is None
            else Interval(max(current.start, interval.start), min(current.end, interval.end))
        )
    if cluster.location is None or _is_country(cluster.location, hints):
        cluster.location = stored.event.location or cluster.location


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


def _folded(ids: Iterable[str]) -> set[str]:
    return {id_key(i) for i in ids}
