"""The embedded dossier: one SQLite file, no server.

Concurrency: WAL journal (readers never block the writer), a busy timeout, and every write in a
`BEGIN IMMEDIATE` transaction, so two ingests on the same file queue for the write lock instead
of failing half-way. Each document is written in one transaction: a crash or Ctrl-C leaves either
the old results of an input or the new ones, never a mixture.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self

from diplowatch.errors import StoreError
from diplowatch.model import Article
from diplowatch.store import codec
from diplowatch.store.bounds import check_limit
from diplowatch.store.failures import store_failure
from diplowatch.store.migrations import LATEST, current_version, migrate
from diplowatch.store.opening import check_readable_version, open_for_writing, open_read_only
from diplowatch.store.records import SearchHit
from diplowatch.store.sqlstore import Connection, SqlStore, published_filter
from diplowatch.text.normalise import fold_for_index

BUSY_TIMEOUT_S = 60.0  # how long a writer waits for another process's transaction before failing


class SQLiteStore(SqlStore):
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
            self._db = (
                open_read_only(self.path, timeout) if read_only else open_for_writing(self.path, timeout)
            )
        except (sqlite3.Error, OSError) as error:
            raise store_failure(self.path, error) from error
        self._conn = self._db
        try:
            if read_only:
                check_readable_version(self._db, self.path)
            else:
                migrate(self._db, target=migrate_to)
        except (sqlite3.Error, StoreError) as error:
            self._db.close()
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
        self._db.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for tests and maintenance scripts."""
        return self._db

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            if self._db.in_transaction:  # SQLite already rolled back after a full disk or I/O error
                self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _index_body(self, conn: Connection, rowid: int, article: Article) -> None:
        conn.execute(
            "INSERT INTO bodies (rowid, title, body) VALUES (?, ?, ?)",
            (rowid, fold_for_index(article.title or ""), fold_for_index(article.body)),
        )

    def _schema_version(self) -> int:
        return current_version(self._db)

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
        where = published_filter(language, since, until)
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
