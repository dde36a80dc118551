"""Incremental cross-article merge: bring the stored dossier events up to date with the per-article
events added and removed since the last merge, with the same result as merging everything again.

The merge (store.merge) is greedy and order dependent, so the new result is obtained by replaying
the merge from the first changed event on, but only where it can differ. Events are replayed in the
merge's own visit order. A cluster is *dirty* from the moment its state can differ from the stored
one: it lost a removed member, or an event joined it in one run and not in the other. An event is
replayed only if it was added or its merge window meets the span of a dirty cluster (the window of
the cluster's founder, which holds every later state of the cluster); every other event meets only
clusters in the same state as in the stored run, so it makes the same choice and changes nothing.
A clean cluster's state at a given moment is rebuilt from its stored members that were visited
before it. A replayed event whose stored choice is a clean cluster needs only that cluster and the
dirty ones near it: the clean ones it did not choose lost to it before and still do. Only added
events and the members of dirty clusters look at every cluster near them (by type, month and the
link keys any compatible cluster shares). The work is thus bounded by the events and clusters in the
date windows touched, never by the size of the dossier.

Merge hints are read for the actors involved only. When an article changes an actor's hints (a new
country, another country for a person), the store gives every event naming that actor (or placed
there) as removed and added again: those are the only comparisons the change can affect.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from diplowatch.store.intervals import Interval
from diplowatch.store.merge import (
    Cluster,
    VisitKey,
    alone_event,
    best_cluster,
    dossier_id,
    folded,
    found_cluster,
    join,
    link_keys,
    merge_window,
    merges_alone,
    months,
    summarise,
    visit_order,
)
from diplowatch.store.records import DossierEvent, MergeHints, StoredEvent
from diplowatch.text.normalise import id_key


@dataclass(frozen=True, slots=True)
class StoredCluster:
    """A stored dossier event that the merge built from a cluster, with its founder's window."""

    event: DossierEvent
    span: Interval


@dataclass(frozen=True, slots=True)
class RemovedEvent:
    """A per-article event that was in the merged dossier and is gone since (its article changed)."""

    key: str
    visit: VisitKey
    dossier_id: str  # the dossier event it was a member of
    alone: bool  # it was a dossier event of its own (never merged)


@dataclass(slots=True)
class DossierDelta:
    """What to change in the stored dossier events: delete these ids, then write these events."""

    deleted: set[str] = field(default_factory=set)
    written: list[DossierEvent] = field(default_factory=list)


class MergeReader(Protocol):
    """What the replay reads from the store, each an indexed query on type and date window."""

    def events_in_window(self, kind: str, window: Interval) -> list[StoredEvent]:
        """Per-article events of this type whose merge window overlaps `window`."""

    def cluster_ids_in_window(self, kind: str, window: Interval) -> list[str]:
        """Ids of the stored merged dossier events of this type whose span overlaps `window`."""

    def clusters_by_id(self, ids: Sequence[str]) -> list[StoredCluster]: ...

    def memberships(self, keys: Sequence[str]) -> dict[str, str]:
        """Event key -> the id of the stored dossier event it is a member of."""

    def hints_for(self, keys: set[str]) -> MergeHints:
        """The merge hints of these folded actor ids (and of the places with these ids)."""


def replay(
    added: Sequence[StoredEvent], removed: Sequence[RemovedEvent], reader: MergeReader
) -> DossierDelta:
    """The changes that make the stored dossier equal to a full merge of the events now stored."""
    return _Replay(reader).run(added, removed)


class _Replay:
    def __init__(self, reader: MergeReader) -> None:
        self.reader = reader
        self.hints = MergeHints()
        self.hinted: set[str] = set()
        self.queue: list[tuple[VisitKey, int, str]] = []  # (visit, 0 removal / 1 event, key)
        self.queued: set[str] = set()
        self.events: dict[str, StoredEvent] = {}
        self.removals: dict[str, RemovedEvent] = {}
        self.stored: dict[str, StoredCluster] = {}  # dossier id -> cluster as stored
        self.stored_choice: dict[str, str] = {}  # event key -> the stored cluster it is a member of
        self.spans: dict[str, Interval] = {}
        self.keys: dict[str, set[str]] = {}  # cluster id -> link keys of its stored members
        self.near: dict[tuple[str, int], set[str]] = defaultdict(set)  # (type, month) -> cluster ids
        self.dirty: dict[str, Cluster | None] = {}  # cluster id -> its state in the new run (None: gone)
        self.loaded_clusters: set[tuple[str, Interval]] = set()
        self.loaded_events: set[tuple[str, Interval]] = set()
        self.prefixes: dict[tuple[str, int], Cluster | None] = {}

    def run(self, added: Sequence[StoredEvent], removed: Sequence[RemovedEvent]) -> DossierDelta:
        delta = DossierDelta()
        for gone in removed:
            if gone.alone:
                delta.deleted.add(gone.dossier_id)
            else:
                self.removals[gone.key] = gone
                heapq.heappush(self.queue, (gone.visit, 0, gone.key))
        fresh = [e for e in added if not merges_alone(e)]
        self._learn_hints(added)
        delta.written += [alone_event(e, self.hints) for e in added if merges_alone(e)]
        for stored in fresh:
            self._push(stored)
        self._load_clusters_by_id([r.dossier_id for r in self.removals.values()])
        while self.queue:
            visit, kind, key = heapq.heappop(self.queue)
            if kind == 0:
                self._mark_dirty(self.removals[key].dossier_id, visit)
            else:
                self._replay_event(self.events[key], visit)
        for cid, state in self.dirty.items():
            if cid in self.stored:
                delta.deleted.add(cid)
            if state is not None:
                delta.written.append(summarise(state.members, self.hints))
        return delta

    # -- one event ------------------------------------------------------------------------------

    def _replay_event(self, stored: StoredEvent, visit: VisitKey) -> None:
        window = merge_window(stored)
        assert window is not None  # alone events are never queued
        kind = stored.event.type
        before = self.stored_choice.get(stored.key)
        if before is not None and before not in self.dirty:
            # It chose `before` over every clean cluster near it (or founded `before`): only the dirty
            # ones can now do better.
            chosen_before = self._prefix(before, visit)
            near = [c for c in (chosen_before, *self._dirty_near(kind, window)) if c is not None]
        else:
            self._load_clusters(kind, window)
            keys = link_keys(folded(stored.event.actor + stored.event.recipient), self.hints)
            near = [s for cid in self._near(kind, window, keys) if (s := self._state(cid, visit))]
        best = best_cluster(stored, window, near, self.hints)
        chosen = dossier_id((best[0].members[0].event if best else stored).key)
        if before == chosen and chosen not in self.dirty:
            return  # the same choice on a cluster in the same state: nothing differs
        if before is not None and before != chosen:
            self._mark_dirty(before, visit)
        self._mark_dirty(chosen, visit)
        if best is None:
            self.dirty[chosen] = found_cluster(stored, window, self.hints)
            self._register(chosen, kind, window, set())
            self._enqueue(kind, window, visit)
        else:
            state = self.dirty[chosen]
            assert state is not None  # it was a candidate
            join(state, stored, window, self.hints, flipped=best[1])

    def _mark_dirty(self, cid: str, visit: VisitKey) -> None:
        """From `visit` on, `cid` is followed in the new run; every later event near it is replayed."""
        if cid in self.dirty:
            return
        self.dirty[cid] = self._prefix(cid, visit, fresh=True) if cid in self.stored else None
        if cid in self.spans:
            self._enqueue(self._type(cid), self.spans[cid], visit)

    def _state(self, cid: str, visit: VisitKey) -> Cluster | None:
        return self.dirty[cid] if cid in self.dirty else self._prefix(cid, visit)

    def _prefix(self, cid: str, visit: VisitKey, *, fresh: bool = False) -> Cluster | None:
        """The stored cluster as it was when the event at `visit` was merged (its earlier members)."""
        members = self.stored[cid].event.members
        count = next((i for i, m in enumerate(members) if visit_order(m.event) >= visit), len(members))
        if not fresh and (cid, count) in self.prefixes:
            return self.prefixes[(cid, count)]
        state = None
        for member in members[:count]:
            window = merge_window(member.event)
            assert window is not None  # it was merged
            if state is None:
                state = found_cluster(member.event, window, self.hints)
            else:
                join(state, member.event, window, self.hints, flipped=member.flipped)
        if not fresh:
            self.prefixes[(cid, count)] = state
        return state

    # -- what is near -----------------------------------------------------------------------------

    def _near(self, kind: str, window: Interval, keys: set[str]) -> list[str]:
        """Clusters that may be compatible: near in time, sharing a link key (or founded here)."""
        found = {cid for m in months(window) for cid in self.near.get((kind, m), ())}
        return [
            cid
            for cid in found
            if self.spans[cid].overlaps(window) and (cid in self.dirty or self.keys[cid] & keys)
        ]

    def _dirty_near(self, kind: str, window: Interval) -> list[Cluster | None]:
        return [
            state
            for cid, state in self.dirty.items()
            if state is not None and state.type == kind and self.spans[cid].overlaps(window)
        ]

    def _type(self, cid: str) -> str:
        if cid in self.stored:
            return self.stored[cid].event.type
        state = self.dirty[cid]
        assert state is not None  # a cluster founded in this run
        return state.type

    def _register(self, cid: str, kind: str, span: Interval, keys: set[str]) -> None:
        self.keys[cid] = self.keys.get(cid, set()) | keys
        old = self.spans.get(cid)
        self.spans[cid] = (
            span if old is None else Interval(min(old.start, span.start), max(old.end, span.end))
        )
        for month in months(span):
            self.near[(kind, month)].add(cid)

    def _load_clusters(self, kind: str, window: Interval) -> None:
        if (kind, window) not in self.loaded_clusters:
            self.loaded_clusters.add((kind, window))
            self._load_clusters_by_id(self.reader.cluster_ids_in_window(kind, window))

    def _load_clusters_by_id(self, ids: Iterable[str]) -> None:
        new = self.reader.clusters_by_id(sorted({i for i in ids if i not in self.stored}))
        self._learn_hints(m.event for c in new for m in c.event.members)
        for cluster in new:
            members = cluster.event.members
            self.stored[cluster.event.id] = cluster
            keys = link_keys(
                folded(a for m in members for a in m.event.event.actor + m.event.event.recipient), self.hints
            )
            self._register(cluster.event.id, cluster.event.type, cluster.span, keys)
            for member in members:
                self.stored_choice[member.event.key] = cluster.event.id

    def _enqueue(self, kind: str, span: Interval, after: VisitKey) -> None:
        """Queue the events of this type near `span` that are merged after `after` (marks come in visit
        order, so an earlier load of the same span already queued everything a later one would)."""
        if (kind, span) in self.loaded_events:
            return
        self.loaded_events.add((kind, span))
        found = [
            e
            for e in self.reader.events_in_window(kind, span)
            if not merges_alone(e) and e.key not in self.queued and visit_order(e) > after
        ]
        self._learn_hints(found)
        choices = self.reader.memberships([e.key for e in found])
        self.stored_choice.update(choices)
        self._load_clusters_by_id(choices.values())
        for stored in found:
            self._push(stored)

    def _push(self, stored: StoredEvent) -> None:
        self.events[stored.key] = stored
        self.queued.add(stored.key)
        heapq.heappush(self.queue, (visit_order(stored), 1, stored.key))

    def _learn_hints(self, events: Iterable[StoredEvent]) -> None:
        keys = {k for e in events for k in hint_keys(e)} - self.hinted
        if not keys:
            return
        self.hinted |= keys
        new = self.reader.hints_for(keys)
        self.hints = replace(
            self.hints,
            country_places=self.hints.country_places | new.country_places,
            state_codes=self.hints.state_codes | new.state_codes,
            acts_for=self.hints.acts_for | new.acts_for,
        )
        self.prefixes.clear()  # rebuilt with the fuller hints (the same values for what they hold)


def hint_keys(stored: StoredEvent) -> set[str]:
    """The folded ids whose merge hints the merge may look up for this event."""
    event = stored.event
    keys = {id_key(a) for a in event.actor + event.recipient}
    if event.location is not None and event.location.id:
        keys.add(id_key(event.location.id))
    return keys


def removal_row(stored: StoredEvent, dossier_id: str) -> tuple[str, int, int, str, int]:
    """How a store keeps a merged event it deletes until the next merge (see `removal_from_row`)."""
    rank, approximate, _, _ = visit_order(stored)
    return stored.key, rank, int(approximate), dossier_id, int(merges_alone(stored))


def removal_row_of(stored: StoredEvent, dossier_id: str) -> RemovedEvent:
    """A stored event merged again (its hints changed): as if removed from `dossier_id`, then added."""
    return removal_from_row(*removal_row(stored, dossier_id))


def removal_from_row(key: str, rank: int, approximate: int, dossier_id: str, alone: int) -> RemovedEvent:
    doc_id, _, seq = key.rpartition("#")
    visit = (rank, bool(approximate), doc_id, int(seq) if seq.isdigit() else 0)
    return RemovedEvent(key, visit, dossier_id, bool(alone))
