"""What the SQL backends share: the dossier tables (store.migrations) read and written with the same
statements, in the SQL that SQLite and PostgreSQL both speak (`?` parameters: the PostgreSQL
connection adapts them). A backend adds its connection, its transactions and its full-text index.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any, Protocol

from diplowatch.errors import StoreError
from diplowatch.model import Actor, Article, Event, Evidence, Mention, Quote, Rejected, Segment
from diplowatch.store import codec
from diplowatch.store.base import Merger
from diplowatch.store.bounds import check_event_id, check_limit
from diplowatch.store.codec import Row
from diplowatch.store.incremental import StoredCluster, removal_from_row, removal_row, removal_row_of, replay
from diplowatch.store.intervals import Interval, shifted, value_interval
from diplowatch.store.merge import MAX_WINDOW_DAYS, hints_from_counts, merge_events
from diplowatch.store.records import (
    ActorInfo,
    Anchor,
    Correction,
    DossierEvent,
    DossierMember,
    EventSummary,
    MergeHints,
    Outcome,
    QuoteQuery,
    SourceDoc,
    StoredEvent,
    StoredQuote,
    StoreStats,
    TimelineQuery,
)
from diplowatch.store.summaries import TIMELINE_ORDER, read_summaries
from diplowatch.text.normalise import id_key

MAX_ROWID = 2**63 - 1  # the largest integer key of both SQLite and PostgreSQL (BIGINT)
CHUNK = 500  # ids per IN (...) list, well under SQLite's and PostgreSQL's parameter limits


class Connection(Protocol):
    """A DB-API connection whose rows read by position and by column name (sqlite3.Row-like); its
    cursors have fetchone, fetchall, rowcount and iterate over rows."""

    def execute(self, sql: str, params: Any = ..., /) -> Any: ...

    def executemany(self, sql: str, params: Any, /) -> Any: ...


class SqlStore:
    """The `Store` over a SQL connection; subclasses open it and provide what differs."""

    path: str
    read_only: bool
    _conn: Connection

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction, held against every other writer."""
        raise NotImplementedError

    def _index_body(self, conn: Connection, rowid: int, article: Article) -> None:
        """Add the article's title and body to the full-text index under the document's rowid."""
        raise NotImplementedError

    def _unindex_body(self, conn: Connection, rowid: int) -> None:
        conn.execute("DELETE FROM bodies WHERE rowid = ?", (rowid,))

    def _schema_version(self) -> int:
        raise NotImplementedError

    # -- inputs and documents -------------------------------------------------------------------

    def is_current(self, source: str, fingerprint: str) -> bool:
        row = self._conn.execute(
            "SELECT fingerprint FROM sources WHERE source = ? UNION ALL "
            "SELECT fingerprint FROM rejections WHERE source = ?",
            (source, source),
        ).fetchone()
        return row is not None and row[0] == fingerprint

    def put_article(self, article: Article, *, fingerprint: str) -> Outcome:
        with self._write() as conn:
            before = conn.execute(
                "SELECT fingerprint, doc_id FROM sources WHERE source = ?", (article.source,)
            ).fetchone()
            if before is not None and tuple(before) == (fingerprint, article.doc_id):
                return "unchanged"
            rejected = conn.execute("DELETE FROM rejections WHERE source = ?", (article.source,)).rowcount
            now = _now()
            old_doc = before["doc_id"] if before is not None else None
            with self._watching_hints(conn, [article.doc_id, old_doc], article):
                self._write_document(conn, article, now)
                conn.execute(
                    "INSERT INTO sources VALUES (?, ?, ?, ?) ON CONFLICT (source) DO UPDATE SET "
                    "fingerprint = excluded.fingerprint, doc_id = excluded.doc_id, "
                    "ingested_at = excluded.ingested_at",
                    (article.source, fingerprint, article.doc_id, now),
                )
                if old_doc not in (None, article.doc_id):
                    self._drop_if_orphan(conn, old_doc)
            conn.execute(
                "INSERT INTO merge_pending_docs VALUES (?) ON CONFLICT (doc_id) DO NOTHING", (article.doc_id,)
            )
            return "replaced" if before is not None or rejected else "added"

    def put_rejected(self, rejected: Rejected, *, fingerprint: str | None) -> Outcome:
        with self._write() as conn:
            row = (fingerprint, rejected.stage, rejected.reason, rejected.detail)
            old = conn.execute(
                "SELECT fingerprint, stage, reason, detail FROM rejections WHERE source = ?",
                (rejected.source,),
            ).fetchone()
            if old is not None and tuple(old) == row:
                return "unchanged"
            gone = conn.execute("SELECT doc_id FROM sources WHERE source = ?", (rejected.source,)).fetchone()
            if gone is not None:
                with self._watching_hints(conn, [gone[0]], None):
                    conn.execute("DELETE FROM sources WHERE source = ?", (rejected.source,))
                    if gone[0] is not None:
                        self._drop_if_orphan(conn, gone[0])
            conn.execute(
                "INSERT INTO rejections VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source) DO UPDATE SET "
                "fingerprint = excluded.fingerprint, stage = excluded.stage, reason = excluded.reason, "
                "detail = excluded.detail, ingested_at = excluded.ingested_at",
                (rejected.source, *row, _now()),
            )
            return "rejected"

    def _write_document(self, conn: Connection, article: Article, now: str) -> None:
        """Insert or overwrite the document and all its results (the caller holds the transaction)."""
        existing = conn.execute("SELECT rowid FROM documents WHERE doc_id = ?", (article.doc_id,)).fetchone()
        values = codec.document_row(article, now)
        if existing is None:
            marks = ", ".join("?" * len(values))
            rowid = conn.execute(
                f"INSERT INTO documents ({', '.join(codec.DOCUMENT_COLUMNS)}) "
                f"VALUES ({marks}) RETURNING rowid",
                values,
            ).fetchone()[0]
        else:
            rowid = existing[0]
            self._delete_results(conn, article.doc_id, rowid)
            sets = ", ".join(f"{c} = ?" for c in codec.DOCUMENT_COLUMNS[1:])
            conn.execute(f"UPDATE documents SET {sets} WHERE doc_id = ?", (*values[1:], article.doc_id))
        self._index_body(conn, rowid, article)
        self._write_results(conn, article)

    def _write_results(self, conn: Connection, article: Article) -> None:
        doc = article.doc_id
        conn.executemany(
            "INSERT INTO segments VALUES (?, ?, ?, ?, ?)",
            [(doc, i, s.start, s.end, s.language) for i, s in enumerate(article.segments)],
        )
        conn.executemany(
            "INSERT INTO actors (doc_id, seq, actor_id, name, kind, country, sector, actor_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (doc, i, a.id, a.name, a.kind, a.country, a.sector, id_key(a.id) if a.id else None)
                for i, a in enumerate(article.actors)
            ],
        )
        self._count_actors(conn, doc, +1)
        conn.executemany(
            "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)",
            [
                (doc, i, j, m.start, m.end, m.text)
                for i, a in enumerate(article.actors)
                for j, m in enumerate(a.mentions)
            ],
        )
        cited = codec.article_doc(article)
        for seq, event in enumerate(article.events):
            self.write_event(conn, cited, seq, event)
        conn.executemany(
            "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (doc, i, q.speaker, q.speaker_text, q.text, q.start, q.end)
                for i, q in enumerate(article.quotes)
            ],
        )

    def write_event(self, conn: Connection, doc: SourceDoc, seq: int, event: Event) -> None:
        """One event and its participants (a method of its own so tests can make it fail mid-document)."""
        marks = ", ".join("?" * len(codec.EVENT_COLUMNS))
        event_id = conn.execute(
            f"INSERT INTO events ({', '.join(codec.EVENT_COLUMNS)}) VALUES ({marks}) RETURNING id",
            codec.event_row(doc, seq, event),
        ).fetchone()[0]
        conn.executemany(
            "INSERT INTO event_actors (event_id, role, seq, actor, actor_key) VALUES (?, ?, ?, ?, ?)",
            [
                (event_id, role, i, name, id_key(name))
                for role, names in (("actor", event.actor), ("recipient", event.recipient))
                for i, name in enumerate(names)
            ],
        )
        conn.executemany(
            "INSERT INTO event_evidence VALUES (?, ?, ?, ?, ?)",
            [(event_id, i, e.start, e.end, e.text) for i, e in enumerate(event.more_evidence)],
        )

    def _delete_results(self, conn: Connection, doc_id: str, rowid: int) -> None:
        self._note_removed_events(conn, doc_id)
        self._count_actors(conn, doc_id, -1)
        for table in ("events", "mentions", "actors", "segments", "quotes"):
            conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
        self._unindex_body(conn, rowid)

    def _count_actors(self, conn: Connection, doc_id: str, step: int) -> None:
        """Keep `actor_counts` (what the merge hints are read from) in step with an article's actors."""
        rows = conn.execute(
            "SELECT actor_key, actor_id, kind, country FROM actors "
            "WHERE doc_id = ? AND actor_key IS NOT NULL AND country IS NOT NULL",
            (doc_id,),
        ).fetchall()
        conn.executemany(
            "INSERT INTO actor_counts VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (actor_key, actor_id, kind, country) DO UPDATE SET n = actor_counts.n + excluded.n",
            [(*r, step) for r in rows],
        )
        conn.executemany(
            "DELETE FROM actor_counts WHERE actor_key = ? AND actor_id = ? AND kind = ? AND country = ? "
            "AND n <= 0",
            [tuple(r) for r in rows],
        )

    def _drop_if_orphan(self, conn: Connection, doc_id: str) -> None:
        if conn.execute("SELECT 1 FROM sources WHERE doc_id = ?", (doc_id,)).fetchone():
            return
        row = conn.execute("SELECT rowid FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is not None:
            self._delete_results(conn, doc_id, row[0])
            conn.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))

    def _note_removed_events(self, conn: Connection, doc_id: str) -> None:
        """Before an article's events are deleted: those already merged, for the next incremental merge."""
        rows = conn.execute(
            f"SELECT e.*, m.dossier_id, {codec.SOURCE_COLUMNS} FROM events e "
            "JOIN dossier_members m ON m.event_id = e.id JOIN documents d ON d.doc_id = e.doc_id "
            "WHERE e.doc_id = ?",
            (doc_id,),
        ).fetchall()
        conn.executemany(
            "INSERT INTO merge_pending_events VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_key) DO UPDATE SET "
            "rank = excluded.rank, approximate = excluded.approximate, dossier_id = excluded.dossier_id, "
            "alone = excluded.alone",
            [removal_row(_stored_event(r, {}), r["dossier_id"]) for r in rows],
        )

    @contextmanager
    def _watching_hints(
        self, conn: Connection, doc_ids: Sequence[str | None], article: Article | None
    ) -> Iterator[None]:
        """Around a change of documents: the actors whose merge hints it changes (a new country, another
        country for a person), whose events the next merge replays (store.incremental)."""
        keys = {id_key(a.id) for a in (article.actors if article else ()) if a.id}
        for chunk in _chunks([d for d in doc_ids if d is not None]):
            rows = conn.execute(
                f"SELECT actor_key FROM actors WHERE actor_key IS NOT NULL AND doc_id IN ({_marks(chunk)})",
                chunk,
            )
            keys |= {r[0] for r in rows}
        before = _hints(conn, keys)
        yield
        after = _hints(conn, keys)
        changed = [
            ("actor", k)
            for k in sorted(keys)
            for hint in ("state_codes", "acts_for")
            if getattr(before, hint).get(k) != getattr(after, hint).get(k)
        ]
        changed += [("place", p) for p in sorted(before.country_places ^ after.country_places)]
        conn.executemany(
            "INSERT INTO merge_pending_keys VALUES (?, ?) ON CONFLICT (kind, key) DO NOTHING", changed
        )

    # -- reading documents back -----------------------------------------------------------------

    def article(self, doc_id: str) -> Article | None:
        row = self._conn.execute("SELECT * FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        return Article(
            doc_id=row["doc_id"],
            source=row["source"],
            body=row["body"],
            url=row["url"],
            outlet=row["outlet"],
            title=row["title"],
            published=codec.published_from_row(row),
            language=row["language"],
            segments=self._segments(doc_id),
            actors=self._actors(doc_id),
            events=tuple(s.event for s in self._events("WHERE e.doc_id = ?", (doc_id,))),
            quotes=self._quotes(doc_id),
        )

    def documents(self) -> list[SourceDoc]:
        rows = self._conn.execute(
            f"SELECT {codec.SOURCE_COLUMNS} FROM documents d ORDER BY d.published, d.doc_id"
        )
        return [codec.source_doc(r) for r in rows]

    def rejections(self) -> list[Rejected]:
        rows = self._conn.execute("SELECT source, stage, reason, detail FROM rejections ORDER BY source")
        return [Rejected(*row) for row in rows]

    def _segments(self, doc_id: str) -> tuple[Segment, ...]:
        rows = self._conn.execute(
            'SELECT start, "end", language FROM segments WHERE doc_id = ? ORDER BY seq', (doc_id,)
        )
        return tuple(Segment(*row) for row in rows)

    def _actors(self, doc_id: str) -> tuple[Actor, ...]:
        mentions: dict[int, list[Mention]] = defaultdict(list)
        for row in self._conn.execute(
            'SELECT actor_seq, start, "end", text FROM mentions WHERE doc_id = ? ORDER BY actor_seq, seq',
            (doc_id,),
        ):
            mentions[row[0]].append(Mention(row[1], row[2], row[3]))
        rows = self._conn.execute("SELECT * FROM actors WHERE doc_id = ? ORDER BY seq", (doc_id,))
        return tuple(
            Actor(r["actor_id"], r["name"], r["kind"], r["country"], r["sector"], tuple(mentions[r["seq"]]))
            for r in rows
        )

    def _quotes(self, doc_id: str) -> tuple[Quote, ...]:
        rows = self._conn.execute(
            'SELECT speaker, speaker_text, text, start, "end" FROM quotes WHERE doc_id = ? ORDER BY seq',
            (doc_id,),
        )
        return tuple(Quote(*row) for row in rows)

    # -- per-article events and merge hints -----------------------------------------------------

    def events(self) -> list[StoredEvent]:
        return self._events("", ())

    def _events(self, where: str, params: tuple[Any, ...]) -> list[StoredEvent]:
        return [event for _, event in self._event_rows(where, params, more_evidence=True)]

    def _event_rows(
        self, where: str, params: Sequence[Any], *, more_evidence: bool
    ) -> list[tuple[int, StoredEvent]]:
        """(row id, stored event) of the events `where` selects, in article order; a dossier member's
        event (`more_evidence` False) leaves out its further evidence spans."""
        rows = self._conn.execute(
            f"SELECT e.*, {codec.SOURCE_COLUMNS} FROM events e "
            f"JOIN documents d ON d.doc_id = e.doc_id {where} ORDER BY e.doc_id, e.seq",
            params,
        ).fetchall()
        ids = [r["id"] for r in rows]
        sides = self._participants(ids)
        more = self._more_evidence(ids) if more_evidence else {}
        return [(r["id"], _stored_event(r, sides.get(r["id"], {}), more.get(r["id"], ()))) for r in rows]

    def _more_evidence(self, event_ids: list[int]) -> dict[int, tuple[Evidence, ...]]:
        spans: dict[int, list[Evidence]] = defaultdict(list)
        for chunk in _chunks(event_ids):
            rows = self._conn.execute(
                f'SELECT event_id, start, "end", text FROM event_evidence '
                f"WHERE event_id IN ({_marks(chunk)}) ORDER BY event_id, seq",
                chunk,
            )
            for event_id, start, end, text in rows:
                spans[event_id].append(Evidence(start, end, text))
        return {k: tuple(v) for k, v in spans.items()}

    def _participants(self, event_ids: list[int]) -> dict[int, dict[str, list[str]]]:
        sides: dict[int, dict[str, list[str]]] = defaultdict(lambda: {"actor": [], "recipient": []})
        for chunk in _chunks(event_ids):
            rows = self._conn.execute(
                f"SELECT event_id, role, actor FROM event_actors WHERE event_id IN ({_marks(chunk)}) "
                "ORDER BY event_id, role, seq",
                chunk,
            )
            for event_id, role, actor in rows:
                sides[event_id][role].append(actor)
        return sides

    # -- dossier events -------------------------------------------------------------------------

    def dossier_stale(self) -> bool:
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'dossier_stale'").fetchone()
        if row is None or row[0] != "0":
            return True
        pending = (
            "SELECT 1 FROM merge_pending_docs UNION ALL SELECT 1 FROM merge_pending_events "
            "UNION ALL SELECT 1 FROM merge_pending_keys LIMIT 1"
        )
        return self._conn.execute(pending).fetchone() is not None

    def rebuild_dossier(self, merge: Merger) -> int:
        """Re-merge every per-article event and replace the dossier events, in one transaction
        (reading inside it, so a concurrent ingest cannot slip a document in between)."""
        with self._write() as conn:
            dossier = merge(self.events(), _hints(conn))
            conn.execute("DELETE FROM dossier_events")
            self._insert_dossier(conn, dossier)
            self._merged(conn)
            return len(dossier)

    def update_dossier(self) -> int:
        """Merge the events added and removed since the last merge into the dossier events, touching
        only what they can change (store.incremental). The events of actors whose merge hints
        changed are merged again as if removed and added."""
        if self._stale_flag():
            return self.rebuild_dossier(merge_events)
        with self._write() as conn:
            docs = [r[0] for r in conn.execute("SELECT doc_id FROM merge_pending_docs")]
            added = {
                e.key: e
                for chunk in _chunks(docs)
                for e in self._events(f"WHERE e.doc_id IN ({_marks(chunk)})", tuple(chunk))
            }
            removed = [removal_from_row(*r) for r in conn.execute("SELECT * FROM merge_pending_events")]
            again = [e for e in self._events_of_changed_hints(conn) if e.key not in added]
            reader = _MergeReader(self, conn)
            merged_in = reader.memberships([e.key for e in again])
            removed += [removal_row_of(e, merged_in[e.key]) for e in again if e.key in merged_in]
            added.update({e.key: e for e in again})
            if added or removed:
                delta = replay(list(added.values()), removed, reader)
                for chunk in _chunks(sorted(delta.deleted)):
                    conn.execute(f"DELETE FROM dossier_events WHERE id IN ({_marks(chunk)})", chunk)
                self._insert_dossier(conn, delta.written)
            self._merged(conn)
        return self.stats().dossier_events

    def _events_of_changed_hints(self, conn: Connection) -> list[StoredEvent]:
        """The events naming an actor, or placed at a place, whose merge hints changed."""
        pending = conn.execute("SELECT kind, key FROM merge_pending_keys").fetchall()
        found: dict[str, StoredEvent] = {}
        for kind, where in (
            ("actor", "e.id IN (SELECT event_id FROM event_actors WHERE actor_key IN ({}))"),
            ("place", "e.location_id IN ({})"),
        ):
            for chunk in _chunks([key for k, key in pending if k == kind]):
                found.update(
                    {e.key: e for e in self._events("WHERE " + where.format(_marks(chunk)), tuple(chunk))}
                )
        return list(found.values())

    def _stale_flag(self) -> bool:
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'dossier_stale'").fetchone()
        return row is None or row[0] != "0"

    def _merged(self, conn: Connection) -> None:
        conn.execute("DELETE FROM merge_pending_docs")
        conn.execute("DELETE FROM merge_pending_events")
        conn.execute("DELETE FROM merge_pending_keys")
        _set_meta(conn, "dossier_stale", "0")

    def _insert_dossier(self, conn: Connection, events: Sequence[DossierEvent]) -> None:
        docs = sorted({m.event.doc.doc_id for e in events for m in e.members})
        ids: dict[str, int] = {}
        for chunk in _chunks(docs):
            rows = conn.execute(
                f"SELECT id, doc_id, seq FROM events WHERE doc_id IN ({_marks(chunk)})", chunk
            )
            ids.update({f"{d}#{s}": i for i, d, s in rows})
        for event in events:
            conn.execute(
                "INSERT INTO dossier_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                codec.dossier_row(event),
            )
            conn.executemany(
                "INSERT INTO dossier_members VALUES (?, ?, ?, ?)",
                [(event.id, ids[m.event.key], i, int(m.flipped)) for i, m in enumerate(event.members)],
            )
            conn.executemany(
                "INSERT INTO dossier_actors VALUES (?, ?, ?, ?)",
                [
                    (event.id, role, i, name)
                    for role, names in (("actor", event.actor), ("recipient", event.recipient))
                    for i, name in enumerate(names)
                ],
            )

    def dossier(self, query: TimelineQuery) -> list[DossierEvent]:
        check_limit(query.limit)
        where, params = _timeline_filter(query)
        limit = f" LIMIT {int(query.limit)}" if query.limit else ""
        ids = [
            r[0]
            for r in self._conn.execute(
                f"SELECT de.id FROM dossier_events de {where} ORDER BY {TIMELINE_ORDER}" + limit, params
            )
        ]
        return self._load_dossier(ids)

    def dossier_summaries(self, query: TimelineQuery) -> list[EventSummary]:
        where, params = _timeline_filter(query)
        return read_summaries(self._conn, where, params)

    def dossier_events(self, ids: Sequence[str]) -> list[DossierEvent]:
        return self._load_dossier(list(ids))

    def dossier_event(self, event_id: str) -> DossierEvent | None:
        check_event_id(event_id)
        rows = self._conn.execute(
            "SELECT id FROM dossier_events WHERE id = ? OR substr(id, 1, ?) = ? LIMIT 2",
            (event_id, len(event_id), event_id),
        ).fetchall()
        exact = [r[0] for r in rows if r[0] == event_id]
        if len(rows) > 1 and not exact:
            raise StoreError(f"event id {event_id!r} is ambiguous: give more characters")
        found = self._load_dossier(exact or [r[0] for r in rows])
        return found[0] if found else None

    def dossier_events_of_article(self, doc_id: str) -> list[str]:
        rows = self._conn.execute(
            "SELECT DISTINCT m.dossier_id FROM dossier_members m JOIN events e "
            "ON e.id = m.event_id WHERE e.doc_id = ?",
            (doc_id,),
        )
        return [r[0] for r in rows]

    def _load_dossier(self, ids: list[str]) -> list[DossierEvent]:
        rows: dict[str, Row] = {}
        sides: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"actor": [], "recipient": []})
        members: dict[str, list[tuple[int, bool]]] = defaultdict(list)
        for chunk in _chunks(ids):
            marks = _marks(chunk)
            for row in self._conn.execute(f"SELECT * FROM dossier_events WHERE id IN ({marks})", chunk):
                rows[row["id"]] = row
            for d, role, actor in self._conn.execute(
                f"SELECT dossier_id, role, actor FROM dossier_actors "
                f"WHERE dossier_id IN ({marks}) ORDER BY seq",
                chunk,
            ):
                sides[d][role].append(actor)
            for d, event_id, flipped in self._conn.execute(
                f"SELECT dossier_id, event_id, flipped FROM dossier_members WHERE dossier_id IN ({marks}) "
                "ORDER BY dossier_id, seq",
                chunk,
            ):
                members[d].append((event_id, bool(flipped)))
        stored = self._events_by_id([e for ms in members.values() for e, _ in ms])
        return [
            _dossier_event(
                rows[i], sides[i], [DossierMember(stored[e], f) for e, f in members[i] if e in stored]
            )
            for i in ids
            if i in rows
        ]

    def _events_by_id(self, event_ids: list[int]) -> dict[int, StoredEvent]:
        found: dict[int, StoredEvent] = {}
        for chunk in _chunks(event_ids):
            found.update(self._event_rows(f"WHERE e.id IN ({_marks(chunk)})", chunk, more_evidence=False))
        return found

    # -- actors, search, stats ------------------------------------------------------------------

    def actor_info(self, ids: Sequence[str] | None = None) -> dict[str, ActorInfo]:
        sql = "SELECT actor_id, name, kind, country, sector, COUNT(*) FROM actors WHERE actor_id IS NOT NULL"
        rows: list[Any] = []
        if ids is None:
            rows = self._conn.execute(sql + " GROUP BY 1, 2, 3, 4, 5").fetchall()
        for chunk in _chunks(list(ids or [])):
            rows += self._conn.execute(
                sql + f" AND actor_id IN ({_marks(chunk)}) GROUP BY 1, 2, 3, 4, 5", chunk
            ).fetchall()
        best: dict[str, tuple[int, ActorInfo]] = {}
        for actor_id, name, kind, country, sector, count in rows:
            if actor_id not in best or count > best[actor_id][0]:
                best[actor_id] = (count, ActorInfo(actor_id, name, kind, country, sector))
        return {k: v[1] for k, v in best.items()}

    def participants(self) -> list[str]:
        """Every actor id or name that takes part in a dossier event."""
        return [r[0] for r in self._conn.execute("SELECT DISTINCT actor FROM dossier_actors ORDER BY actor")]

    def quotes(self, query: QuoteQuery) -> list[StoredQuote]:
        clauses, params = published_filter(query.language, query.since, query.until)
        if query.speakers:
            clauses.append(f"q.speaker IN ({_marks(query.speakers)})")
            params += list(query.speakers)
        if query.doc_ids:
            clauses.append(f"q.doc_id IN ({_marks(query.doc_ids)})")
            params += list(query.doc_ids)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        limit = f" LIMIT {int(query.limit)}" if query.limit else ""
        rows = self._conn.execute(
            f'SELECT q.seq, q.speaker, q.speaker_text, q.text, q.start, q."end", {codec.SOURCE_COLUMNS} '
            f"FROM quotes q JOIN documents d ON d.doc_id = q.doc_id {where} "
            "ORDER BY d.published IS NULL, d.published, d.doc_id, q.seq" + limit,
            params,
        )
        return [
            StoredQuote(
                f"{r['doc_id']}#q{r['seq']}",
                codec.source_doc(r),
                Quote(r["speaker"], r["speaker_text"], r["text"], r["start"], r["end"]),
            )
            for r in rows
        ]

    def quote_speakers(self) -> list[str]:
        rows = self._conn.execute("SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL ORDER BY 1")
        return [r[0] for r in rows]

    # -- analyst corrections --------------------------------------------------------------------

    def add_corrections(self, corrections: Sequence[Correction]) -> list[Correction]:
        if self.read_only:
            raise StoreError(f"{self.path}: the dossier is open read-only: corrections cannot be stored")
        stored: list[Correction] = []
        with self._write() as conn:
            now = _now()
            for correction in corrections:
                new_id = conn.execute(
                    "INSERT INTO corrections (kind, event_id, value, author, reason, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                    (
                        correction.kind,
                        correction.event_id,
                        codec.correction_value(correction),
                        correction.author,
                        correction.reason,
                        now,
                    ),
                ).fetchone()[0]
                conn.executemany(
                    "INSERT INTO correction_anchors "
                    '(correction_id, side, seq, doc_id, event_seq, type, start, "end") '
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    codec.anchor_rows(new_id, correction),
                )
                stored.append(replace(correction, id=new_id, created_at=now))
        return stored

    def corrections(self, *, withdrawn: bool = False) -> list[Correction]:
        where = "" if withdrawn else "WHERE withdrawn_at IS NULL"
        rows = self._conn.execute(f"SELECT * FROM corrections {where} ORDER BY created_at, id").fetchall()
        sides: dict[tuple[int, str], list[Anchor]] = defaultdict(list)
        for chunk in _chunks([r["id"] for r in rows]):
            for r in self._conn.execute(
                f'SELECT correction_id, side, doc_id, event_seq, type, start, "end" FROM correction_anchors '
                f"WHERE correction_id IN ({_marks(chunk)}) ORDER BY correction_id, side, seq",
                chunk,
            ):
                sides[(r[0], r[1])].append(Anchor(r[2], r[3], r[4], r[5], r[6]))
        return [
            codec.correction_from_row(r, sides[(r["id"], "event")], sides[(r["id"], "other")]) for r in rows
        ]

    def withdraw_correction(self, correction_id: int, *, by: str, why: str) -> Correction | None:
        if self.read_only:
            raise StoreError(f"{self.path}: the dossier is open read-only: corrections cannot be withdrawn")
        if not 1 <= correction_id <= MAX_ROWID:  # no such row, and the database cannot even hold the number
            return None
        with self._write() as conn:
            done = conn.execute(
                "UPDATE corrections SET withdrawn_by = ?, withdrawn_why = ?, withdrawn_at = ? "
                "WHERE id = ? AND withdrawn_at IS NULL",
                (by, why, _now(), correction_id),
            ).rowcount
        if not done:
            return None
        return next((c for c in self.corrections(withdrawn=True) if c.id == correction_id), None)

    def stats(self) -> StoreStats:
        def count(table: str) -> int:
            return int(self._conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

        return StoreStats(
            documents=count("documents"),
            rejected=count("rejections"),
            events=count("events"),
            dossier_events=count("dossier_events"),
            schema_version=self._schema_version(),
            path=self.path,
        )


class _MergeReader:
    """What the incremental merge reads (store.incremental.MergeReader), inside the merge transaction."""

    def __init__(self, store: SqlStore, conn: Connection) -> None:
        self.store, self.conn = store, conn

    def events_in_window(self, kind: str, window: Interval) -> list[StoredEvent]:
        return self.store._events(
            "WHERE e.type = ? AND e.window_start <= ? AND e.window_end >= ? AND e.window_start >= ?",
            (kind, *_window_bounds(window)),
        )

    def cluster_ids_in_window(self, kind: str, window: Interval) -> list[str]:
        rows = self.conn.execute(
            "SELECT id FROM dossier_events "
            "WHERE type = ? AND span_start <= ? AND span_end >= ? AND span_start >= ?",
            (kind, *_window_bounds(window)),
        )
        return [r[0] for r in rows]

    def memberships(self, keys: Sequence[str]) -> dict[str, str]:
        wanted = set(keys)
        found: dict[str, str] = {}
        for chunk in _chunks(sorted({k.rpartition("#")[0] for k in wanted})):
            rows = self.conn.execute(
                "SELECT e.doc_id, e.seq, m.dossier_id FROM events e "
                f"JOIN dossier_members m ON m.event_id = e.id WHERE e.doc_id IN ({_marks(chunk)})",
                chunk,
            )
            found.update({f"{d}#{s}": i for d, s, i in rows if f"{d}#{s}" in wanted})
        return found

    def clusters_by_id(self, ids: Sequence[str]) -> list[StoredCluster]:
        spans: dict[str, Interval] = {}
        for chunk in _chunks(ids):
            rows = self.conn.execute(
                f"SELECT id, span_start, span_end FROM dossier_events WHERE id IN ({_marks(chunk)}) "
                "AND span_start IS NOT NULL",
                chunk,
            )
            spans.update({i: Interval(date.fromisoformat(a), date.fromisoformat(b)) for i, a, b in rows})
        return [StoredCluster(e, spans[e.id]) for e in self.store._load_dossier(list(spans))]

    def hints_for(self, keys: set[str]) -> MergeHints:
        return _hints(self.conn, keys)


def _window_bounds(window: Interval) -> tuple[str, str, str]:
    """Parameters of `start <= ? AND end >= ? AND start >= ?`: no window is longer than MAX_WINDOW_DAYS,
    so the last bound lets the (type, start) index stop early."""
    earliest = shifted(window.start, -MAX_WINDOW_DAYS)
    return window.end.isoformat(), window.start.isoformat(), earliest.isoformat()


def _hints(conn: Connection, keys: set[str] | None = None) -> MergeHints:
    """The merge hints of every actor, or of these folded actor ids only (from `actor_counts`, so the
    cost does not grow with the number of articles naming them)."""
    sql = "SELECT actor_key, actor_id, kind, country, n FROM actor_counts"
    if keys is None:
        return hints_from_counts(conn.execute(sql))
    rows: list[Any] = []
    for chunk in _chunks(sorted(keys)):
        rows += conn.execute(sql + f" WHERE actor_key IN ({_marks(chunk)})", chunk).fetchall()
    return hints_from_counts(rows)


def _timeline_filter(query: TimelineQuery) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    types = [t.upper() for t in (*query.types, *([query.type] if query.type else []))]
    if types:
        clauses.append(f"de.type IN ({_marks(types)})")
        params += types
    if query.actors:
        side = " AND a.role = ?" if query.role else ""
        clauses.append(
            f"EXISTS (SELECT 1 FROM dossier_actors a WHERE a.dossier_id = de.id{side} "
            f"AND a.actor IN ({_marks(query.actors)}))"
        )
        params += ([query.role] if query.role else []) + list(query.actors)
    for bound, column, pick in (
        (query.since, "de.date_end >= ?", "start"),
        (query.until, "de.date_start <= ?", "end"),
    ):
        if bound:
            interval = value_interval(bound)
            if interval is None:
                raise StoreError(f"{bound!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
            clauses.append(column)
            params.append(getattr(interval, pick).isoformat())
    if query.exclude:
        clauses.append(f"de.id NOT IN ({_marks(query.exclude)})")
        params += list(query.exclude)
    if query.language:
        clauses.append(
            "EXISTS (SELECT 1 FROM dossier_members m JOIN events e ON e.id = m.event_id "
            "JOIN documents d ON d.doc_id = e.doc_id WHERE m.dossier_id = de.id AND d.language = ?)"
        )
        params.append(query.language)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def published_filter(
    language: str | None, since: str | None, until: str | None
) -> tuple[list[str], list[Any]]:
    """Conditions on the article (alias d): its language and publication day."""
    clauses: list[str] = []
    params: list[Any] = []
    if language:
        clauses.append("d.language = ?")
        params.append(language)
    if since:
        clauses.append("substr(d.published, 1, 10) >= ?")
        params.append(since)
    if until:
        clauses.append("substr(d.published, 1, 10) <= ?")
        params.append(until)
    return clauses, params


def _stored_event(row: Row, sides: dict[str, list[str]], more: tuple[Evidence, ...] = ()) -> StoredEvent:
    event = replace(
        codec.event_from_row(row, sides.get("actor", ()), sides.get("recipient", ())), more_evidence=more
    )
    return StoredEvent(f"{row['doc_id']}#{row['seq']}", codec.source_doc(row), event)


def _dossier_event(row: Row, sides: dict[str, list[str]], members: list[DossierMember]) -> DossierEvent:
    return DossierEvent(
        id=row["id"],
        type=row["type"],
        mode=codec.unstrings(row["mode"]),
        actor=tuple(sides["actor"]),
        recipient=tuple(sides["recipient"]),
        location=codec.location_from_row(row),
        date=codec.date_from_row(row),
        aux=codec.unstrings(row["aux"]),
        members=tuple(members),
    )


def _set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value)
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _chunks(items: Sequence[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), CHUNK):
        yield list(items[start : start + CHUNK])


def _marks(items: Sequence[Any]) -> str:
    return ", ".join("?" * len(items))
