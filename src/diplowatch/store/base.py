"""The store interface: what the dossier needs from a database, in typed records.

`SQLiteStore` (store.sqlite) is the embedded default. A PostgreSQL backend implements the same
protocol; nothing above this layer (ingest, queries, export, report, commands) speaks SQL.

What a backend owes the analysts' corrections (migration 5; store.corrections applies them, the
backend only keeps them):
- two tables: `corrections` (kind, the event id as seen, the value as JSON text from
  `codec.correction_value`, author, reason, created_at, and withdrawn_by/_why/_at) and
  `correction_anchors` (the per-article events it names: side "event" or "other", doc_id, the event's
  position, category, evidence span; `codec.anchor_rows`); no foreign key to the documents, since a
  correction outlives the articles it names (it is then orphaned);
- `add_corrections`, `corrections`, `withdraw_correction` below (`codec.correction_from_row` reads a row);
- in `dossier(query)` and `dossier_summaries(query)`: `exclude` leaves out the dossier ids given; the
  order is the timeline key (first day or "~" when undated, last day or "~", category, id:
  `corrections.timeline_key`; SQLite indexes it, and `actors(actor_id, name, kind, country, sector)`
  for `actor_info`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from diplowatch.model import Article, Rejected
from diplowatch.store.records import (
    ActorInfo,
    Correction,
    DossierEvent,
    EventSummary,
    MergeHints,
    Outcome,
    QuoteQuery,
    SearchHit,
    SourceDoc,
    StoredEvent,
    StoredQuote,
    StoreStats,
    TimelineQuery,
)

Merger = Callable[[Sequence[StoredEvent], MergeHints], list[DossierEvent]]


class Store(Protocol):
    read_only: bool  # opened by a read command: nothing may be written, not even the merge

    # Inputs and documents. Each put is one transaction: a document is stored whole or not at all.
    def is_current(self, source: str, fingerprint: str) -> bool:
        """True when `source` was already stored from an input with this fingerprint."""

    def put_article(self, article: Article, *, fingerprint: str) -> Outcome:
        """Store an article read from `article.source`, replacing what that source gave before."""

    def put_rejected(self, rejected: Rejected, *, fingerprint: str | None) -> Outcome:
        """Record that `rejected.source` could not be read, dropping what it gave before."""

    def article(self, doc_id: str) -> Article | None: ...

    def documents(self) -> list[SourceDoc]:
        """Every stored article's citation data, oldest first."""

    def rejections(self) -> list[Rejected]: ...

    # Per-article events.
    def events(self) -> list[StoredEvent]: ...

    # Dossier events (the merge result), rebuilt as a whole after the documents change.
    def dossier_stale(self) -> bool: ...

    def rebuild_dossier(self, merge: Merger) -> int:
        """Run `merge` over every per-article event and store its result, atomically; the event count."""

    def dossier(self, query: TimelineQuery) -> list[DossierEvent]: ...

    def dossier_summaries(self, query: TimelineQuery) -> list[EventSummary]:
        """The dossier events `query` keeps, without their members, in the order of `dossier`."""

    def dossier_events(self, ids: Sequence[str]) -> list[DossierEvent]:
        """Whole dossier events by exact id, in the order given (unknown ids left out)."""

    def dossier_event(self, event_id: str) -> DossierEvent | None:
        """By dossier id (or a unique prefix of one)."""

    # Actors, search, housekeeping.
    def dossier_events_of_article(self, doc_id: str) -> list[str]:
        """Ids of the dossier events an article reports (its search hits lead to them)."""

    def actor_info(self, ids: Sequence[str] | None = None) -> dict[str, ActorInfo]: ...

    def participants(self) -> list[str]:
        """Every actor id or name that takes part in a dossier event."""

    def quotes(self, query: QuoteQuery) -> list[StoredQuote]:
        """Quotes in publication order, then article order."""

    def quote_speakers(self) -> list[str]:
        """Every actor id to whom a stored quote is attributed."""

    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        language: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[SearchHit]:
        """Full-text search; `since`/`until` are ISO days bounding the publication date."""

    def stats(self) -> StoreStats: ...

    # Analyst corrections (migration 5). Stored apart from the events, which stay as extracted and
    # merged; `store.corrections.apply_corrections` lays them over the dossier events when they are read.
    def add_corrections(self, corrections: Sequence[Correction]) -> list[Correction]:
        """Store the corrections in one transaction; returned with their ids and `created_at`.
        A read-only store raises StoreError."""

    def corrections(self, *, withdrawn: bool = False) -> list[Correction]:
        """The corrections in force, oldest first (with `withdrawn`, the withdrawn ones too)."""

    def withdraw_correction(self, correction_id: int, *, by: str, why: str) -> Correction | None:
        """Withdraw a correction (kept, with who/when/why); None when no such correction is in force."""

    def close(self) -> None: ...
