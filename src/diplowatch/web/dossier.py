"""The web app's access to the dossier: a read-only store per request (store.opening), and the
listings that cost most to compute, kept until the dossier file changes.

Summaries of ten thousand events take about a second to read and a page is expected in 150 ms, so
the summaries a filter selects and the display names are cached per filter and per *state* of the
dossier: the size and modification time of the file and of its -wal journal, which any write (an
ingest, a correction) changes.
"""

from __future__ import annotations

import ipaddress
import threading
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from diplowatch.kb.base import KB
from diplowatch.store import open_store
from diplowatch.store.corrections import timeline_key
from diplowatch.store.filters import EventFilter, select_summaries
from diplowatch.store.queries import Names, timeline_summaries
from diplowatch.store.records import ActorInfo, EventSummary, TimelineKey
from diplowatch.store.sqlite import SQLiteStore

CACHED_LISTINGS = 64  # distinct filters remembered per dossier state
T = TypeVar("T")


class Dossier:
    """One dossier file as the web app reads and writes it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._cache: OrderedDict[tuple[object, ...], object] = OrderedDict()
        self._lock = threading.Lock()

    @contextmanager
    def reading(self) -> Iterator[SQLiteStore]:
        """A read-only store for one request (the connection is cheap and never shared between threads)."""
        store = open_store(self.path, read_only=True)
        try:
            yield store
        finally:
            store.close()

    @contextmanager
    def writing(self) -> Iterator[SQLiteStore]:
        store = open_store(self.path)
        try:
            yield store
        finally:
            store.close()

    def state(self) -> tuple[int, ...]:
        """Changes whenever anything is written to the dossier."""
        marks: list[int] = []
        for file in (self.path, Path(f"{self.path}-wal")):
            try:
                found = file.stat()
                marks += [found.st_mtime_ns, found.st_size]
            except OSError:
                marks += [0, 0]
        return tuple(marks)

    def cached(self, key: tuple[object, ...], compute: Callable[[], T]) -> T:
        """`compute()` for `key` in the dossier's current state, computed once per state."""
        full = (self.state(), *key)
        with self._lock:
            if full in self._cache:
                self._cache.move_to_end(full)
                return self._cache[full]  # type: ignore[return-value]
        value = compute()
        with self._lock:
            self._cache[full] = value
            while len(self._cache) > CACHED_LISTINGS:
                self._cache.popitem(last=False)
        return value

    def actor_info(self, store: SQLiteStore) -> dict[str, ActorInfo]:
        return self.cached(("actor_info",), store.actor_info)

    def names(self, store: SQLiteStore) -> Callable[[str], str]:
        """Actor id -> display name, from the actor table read once per state."""
        return Names(info=self.actor_info(store)).name

    def select(self, store: SQLiteStore, where: EventFilter, kb: KB | None) -> list[EventSummary]:
        """The events `where` keeps (store.filters.select_summaries) over the dossier's summaries, both
        kept until the dossier changes: the first reader of a state waits for the summaries (about a
        second for 10,000 events), the first of a filter for its selection, the others for neither."""
        pool = self.cached(("summaries",), lambda: timeline_summaries(store))
        return self.cached(("selection", where), lambda: select_summaries(store, where, kb, pool=pool))

    def page(
        self, store: SQLiteStore, where: EventFilter, kb: KB | None, *, after: TimelineKey | None, limit: int
    ) -> tuple[list[EventSummary], TimelineKey | None]:
        """At most `limit` of the events `where` keeps, those whose timeline key follows `after`, and the
        key of the last one when more follow: a cursor that stays right when events are added before it
        (the selection is in timeline order, corrected events included: queries.timeline_summaries)."""
        selection, keys = self.cached(("keyed", where), lambda: _keyed(self.select(store, where, kb)))
        start = bisect_right(keys, after) if after is not None else 0
        shown = selection[start : start + limit]
        return shown, keys[start + limit - 1] if start + limit < len(selection) else None


def _keyed(selection: list[EventSummary]) -> tuple[list[EventSummary], list[TimelineKey]]:
    """A selection with the timeline keys of its events (kept together: a page is cut from both)."""
    return selection, [timeline_key(e) for e in selection]


def loopback(host: str) -> bool:
    """True for the addresses that only this machine reaches (127.0.0.0/8, ::1, localhost)."""
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
