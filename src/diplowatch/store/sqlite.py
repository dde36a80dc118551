"""The embedded dossier: one SQLite file, no server.

Concurrency: WAL journal (readers never block the writer), a busy timeout, and every write in a
`BEGIN IMMEDIATE` transaction, so two ingests on the same file queue for the write lock instead
of failing half-way. Each document is written in one transaction: a crash or Ctrl-C leaves either
the old results of an input or the new ones, never a mixture.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from diplowatch.errors import StoreError
from diplowatch.model import Actor, Article, Event, Evidence, Mention, Quote, Rejected, Segment
from diplowatch.store import codec
from diplowatch.store.base import Merger
from diplowatch.store.bounds import check_event_id, check_limit
from diplowatch.store.failures import store_failure
from diplowatch.store.intervals import value_interval
from diplowatch.store.migrations import LATEST, current_version, migrate
from diplowatch.store.opening import check_readable_version, open_for_writing, open_read_only
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
    SearchHit,
    SourceDoc,
    StoredEvent,
    StoredQuote,
    StoreStats,
    TimelineQuery,
)
from diplowatch.store.summaries import TIMELINE_ORDER, read_summaries
from diplowatch.text.normalise import fold_for_index, id_key

BUSY_TIMEOUT_S = 60.0  # how long a writer waits for another process's transaction before failing
MAX_ROWID = 2**63 - 1  # SQLite's largest integer
CHUNK = 500  # ids per IN (...) list, well under SQLite's parameter limit
# The timeline's order, undated events last: store.corrections.timeline_key computes the same key.
STATE_KINDS = ("country", "territory")


class SQLiteStore:
    """The `Store` on one SQLite file (or ":memory:" in tests)."""

    def __init__(
        self,
        path: str | Path,
        *,
        migrate_to: int = LATEST,
        timeout: float = BUSY_TIMEOUT_S,
        read_only: bool = False,
    ) -> None:
        """`read_only`: never write, not even the -wal/-shm files of a folder that is not writable (a
        dossier on read-only media); the dossier must exist and be at the latest schema."""
        self.path = str(path)
        self.read_only = read_only
        try:
            self._conn = (
                open_read_only(self.path, timeout) if read_only else open_for_writing(self.path, timeout)
            )
        except (sqlite3.Error, OSError) as error:
            raise store_failure(self.path, error) from error
        try:
            if read_only:
                check_readable_version(self._conn, self.path)
            else:
                migrate(self._conn, target=migrate_to)
        except (sqlite3.Error, StoreError) as error:
            self._conn.close()
            raise error if isinstance(error, StoreError) else store_failure(self.path, error) from error

    @staticmethod
    def schema_version(path: str, timeout: float = BUSY_TIMEOUT_S) -> int:
        """The schema version of the dossier at `path`, read without writing or migrating anything."""
        try:
            conn = open_read_only(path, timeout)
            try:
                return current_version(conn)
            finally:
                conn.close()
        except (sqlite3.Error, OSError) as error:
            raise store_failure(path, error) from error

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: object) -> None:
        self.close()
        if isinstance(error, sqlite3.Error):  # a full disk, a damaged page, ...: say so in one line
            raise store_failure(self.path, error) from error

    def close(self) -> None:
        self._conn.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for tests and maintenance scripts."""
        return self._conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            if self._conn.in_transaction:  # SQLite already rolled back after a full disk or I/O error
                self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

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
            self._write_document(conn, article, now)
            conn.execute(
                "INSERT INTO sources VALUES (?, ?, ?, ?) ON CONFLICT (source) DO UPDATE SET "
                "fingerprint = excluded.fingerprint, doc_id = excluded.doc_id, "
                "ingested_at = excluded.ingested_at",
                (article.source, fingerprint, article.doc_id, now),
            )
            if before is not None and before["doc_id"] not in (None, article.doc_id):
                self._drop_if_orphan(conn, before["doc_id"])
            _mark_stale(conn)
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
            gone = conn.execute(
                "DELETE FROM sources WHERE source = ? RETURNING doc_id", (rejected.source,)
            ).fetchone()
            if gone is not None and gone[0] is not None:
                self._drop_if_orphan(conn, gone[0])
                _mark_stale(conn)
            conn.execute(
                "INSERT OR REPLACE INTO rejections VALUES (?, ?, ?, ?, ?, ?)", (rejected.source, *row, _now())
            )
            return "rejected"

    def _write_document(self, conn: sqlite3.Connection, article: Article, now: str) -> None:
        """Insert or overwrite the document and all its results (the caller holds the transaction)."""
        existing = conn.execute("SELECT rowid FROM documents WHERE doc_id = ?", (article.doc_id,)).fetchone()
        values = codec.document_row(article, now)
        if existing is None:
            marks = ", ".join("?" * len(values))
            rowid = conn.execute(
                f"INSERT INTO documents ({', '.join(codec.DOCUMENT_COLUMNS)}) VALUES ({marks})", values
            ).lastrowid
        else:
            rowid = existing[0]
            self._delete_results(conn, article.doc_id, rowid)
            sets = ", ".join(f"{c} = ?" for c in codec.DOCUMENT_COLUMNS[1:])
            conn.execute(f"UPDATE documents SET {sets} WHERE doc_id = ?", (*values[1:], article.doc_id))
        conn.execute(
            "INSERT INTO bodies (rowid, title, body) VALUES (?, ?, ?)",
            (rowid, fold_for_index(article.title or ""), fold_for_index(article.body)),
        )
        self._write_results(conn, article)

    def _write_results(self, conn: sqlite3.Connection, article: Article) -> None:
        doc = article.doc_id
        conn.executemany(
            "INSERT INTO segments VALUES (?, ?, ?, ?, ?)",
            [(doc, i, s.start, s.end, s.language) for i, s in enumerate(article.segments)],
        )
        conn.executemany(
            "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(doc, i, a.id, a.name, a.kind, a.country, a.sector) for i, a in enumerate(article.actors)],
        )
        conn.executemany(
            "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)",
            [
                (doc, i, j, m.start, m.end, m.text)
                for i, a in enumerate(article.actors)
                for j, m in enumerate(a.mentions)
            ],
        )
        for seq, event in enumerate(article.events):
            self.write_event(conn, doc, seq, event)
        conn.executemany(
            "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (doc, i, q.speaker, q.speaker_text, q.text, q.start, q.end)
                for i, q in enumerate(article.quotes)
            ],
        )

    def write_event(self, conn: sqlite3.Connection, doc_id: str, seq: int, event: Event) -> None:
        """One event and its participants (a method of its own so tests can make it fail mid-document)."""
        marks = ", ".join("?" * len(codec.EVENT_COLUMNS))
        event_id = conn.execute(
            f"INSERT INTO events ({', '.join(codec.EVENT_COLUMNS)}) VALUES ({marks})",
            codec.event_row(doc_id, seq, event),
        ).lastrowid
        conn.executemany(
            "INSERT INTO event_actors VALUES (?, ?, ?, ?)",
            [
                (event_id, role, i, name)
                for role, names in (("actor", event.actor), ("recipient", event.recipient))
                for i, name in enumerate(names)
            ],
        )
        conn.executemany(
            "INSERT INTO event_evidence VALUES (?, ?, ?, ?, ?)",
            [(event_id, i, e.start, e.end, e.text) for i, e in enumerate(event.more_evidence)],
        )

    def _delete_results(self, conn: sqlite3.Connection, doc_id: str, rowid: int) -> None:
        for table in ("events", "mentions", "actors", "segments", "quotes"):
            conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
        conn.execute("DELETE FROM bodies WHERE rowid = ?", (rowid,))

    def _drop_if_orphan(self, conn: sqlite3.Connection, doc_id: str) -> None:
        if conn.execute("SELECT 1 FROM sources WHERE doc_id = ?", (doc_id,)).fetchone():
            return
        row = conn.execute("SELECT rowid FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is not None:
            self._delete_results(conn, doc_id, row[0])
            conn.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))

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
        rows = self._conn.execute(
            f"SELECT e.*, {codec.SOURCE_COLUMNS} FROM events e "
            f"JOIN documents d ON d.doc_id = e.doc_id {where} ORDER BY e.doc_id, e.seq",
            params,
        ).fetchall()
        sides = self._participants([r["id"] for r in rows])
        more = self._more_evidence([r["id"] for r in rows])
        return [_stored_event(r, sides.get(r["id"], {}), more.get(r["id"], ())) for r in rows]

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
        return row is None or row[0] != "0"

    def rebuild_dossier(self, merge: Merger) -> int:
        """Re-merge every per-article event and replace the dossier events, in one transaction
        (reading inside it, so a concurrent ingest cannot slip a document in between)."""
        with self._write() as conn:
            dossier = merge(self.events(), _hints(conn))
            self._replace_dossier(conn, dossier)
            return len(dossier)

    def _replace_dossier(self, conn: sqlite3.Connection, events: Sequence[DossierEvent]) -> None:
        conn.execute("DELETE FROM dossier_events")
        ids = {f"{d}#{s}": i for i, d, s in conn.execute("SELECT id, doc_id, seq FROM events")}
        for event in events:
            conn.execute(
                "INSERT INTO dossier_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    event.id,
                    event.type,
                    codec.strings(event.mode),
                    codec.strings(event.aux),
                    *codec.location_columns(event.location),
                    *codec.date_columns(event.date),
                    len(event.sources),
                ),
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
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('dossier_stale', '0')")

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
        rows: dict[str, sqlite3.Row] = {}
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
            rows = self._conn.execute(
                f"SELECT e.*, {codec.SOURCE_COLUMNS} FROM events e JOIN documents d "
                f"ON d.doc_id = e.doc_id WHERE e.id IN ({_marks(chunk)})",
                chunk,
            ).fetchall()
            sides = self._participants([r["id"] for r in rows])
            found.update({r["id"]: _stored_event(r, sides.get(r["id"], {})) for r in rows})
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
        clauses, params = _published_filter(query.language, query.since, query.until)
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

    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        language: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[SearchHit]:
        check_limit(limit)  # the query's own bounds are the query layer's (queries.search, searchterms)
        folded = fold_for_index(query).strip()
        if not folded:
            return []
        where = _published_filter(language, since, until)
        try:
            return self._match(folded, limit, where)
        except sqlite3.OperationalError:  # FTS5 syntax error: search the words as plain phrases
            words = " ".join('"' + w.replace('"', '""') + '"' for w in folded.split())
            return self._match(words, limit, where)

    def _match(self, expression: str, limit: int, where: tuple[list[str], list[Any]]) -> list[SearchHit]:
        clauses, params = where
        more = "".join(f" AND {c}" for c in clauses)
        rows = self._conn.execute(
            f"SELECT {codec.SOURCE_COLUMNS}, snippet(bodies, 1, '[', ']', '…', 16) AS snip, "
            "bm25(bodies) AS rank "
            f"FROM bodies JOIN documents d ON d.rowid = bodies.rowid WHERE bodies MATCH ?{more} "
            "ORDER BY rank LIMIT ?",
            (expression, *params, limit),
        )
        return [SearchHit(codec.source_doc(r), r["snip"], r["rank"]) for r in rows]

    def stats(self) -> StoreStats:
        def count(table: str) -> int:
            return int(self._conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

        return StoreStats(
            documents=count("documents"),
            rejected=count("rejections"),
            events=count("events"),
            dossier_events=count("dossier_events"),
            schema_version=current_version(self._conn),
            path=self.path,
        )

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
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        correction.kind,
                        correction.event_id,
                        codec.correction_value(correction),
                        correction.author,
                        correction.reason,
                        now,
                    ),
                ).lastrowid
                assert new_id is not None
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
        if not 1 <= correction_id <= MAX_ROWID:  # no such row, and SQLite cannot even hold the number
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


def _hints(conn: sqlite3.Connection) -> MergeHints:
    states: dict[str, str] = {}
    people: dict[str, Counter[str]] = defaultdict(Counter)
    for actor_id, kind, country in conn.execute(
        "SELECT actor_id, kind, country FROM actors WHERE actor_id IS NOT NULL AND country IS NOT NULL"
    ):
        if kind in STATE_KINDS:
            states[actor_id] = country
        else:
            people[actor_id][country] += 1
    acts_for = {id_key(k): c.most_common(1)[0][0] for k, c in people.items()}
    return MergeHints(
        country_places=frozenset(states),
        state_codes={id_key(k): v for k, v in states.items()},
        acts_for=acts_for,
    )


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


def _published_filter(
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


def _stored_event(
    row: sqlite3.Row, sides: dict[str, list[str]], more: tuple[Evidence, ...] = ()
) -> StoredEvent:
    event = replace(
        codec.event_from_row(row, sides.get("actor", ()), sides.get("recipient", ())), more_evidence=more
    )
    return StoredEvent(f"{row['doc_id']}#{row['seq']}", codec.source_doc(row), event)


def _dossier_event(
    row: sqlite3.Row, sides: dict[str, list[str]], members: list[DossierMember]
) -> DossierEvent:
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


def _mark_stale(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('dossier_stale', '1')")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _chunks(items: Sequence[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), CHUNK):
        yield list(items[start : start + CHUNK])


def _marks(items: Sequence[Any]) -> str:
    return ", ".join("?" * len(items))
