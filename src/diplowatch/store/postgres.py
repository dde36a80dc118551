"""The shared dossier on a PostgreSQL server (psycopg 3), for several people and machines at once.

Same tables, statements and merge as SQLite (store.sqlstore); what differs is here: the connection
(its `?` parameters and rows by name), transactions, and the full-text search.

Concurrency: every write transaction first takes one advisory lock, so ingests from several
processes or machines write one document (or one merge) at a time, each in its own transaction,
exactly as SQLite's BEGIN IMMEDIATE does; the pipeline work before a write runs in parallel.
Read commands connect with `default_transaction_read_only`, so they can never write.

Search: each document is indexed with the text search configuration of its language (french,
english, spanish; Arabic and the rest 'simple', after the project's own folding, which drops
short vowels and tatweel); accents are dropped before indexing and querying, as FTS5's
remove_diacritics does. The FTS5 query syntax the query layer produces (quoted phrases, OR,
AND, NOT) becomes websearch_to_tsquery's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Self

import psycopg
from psycopg.conninfo import conninfo_to_dict

from diplowatch.errors import StoreError
from diplowatch.model import Article
from diplowatch.store import codec
from diplowatch.store.bounds import check_limit
from diplowatch.store.migrations import LATEST
from diplowatch.store.pg_schema import check_readable_version, current_version, migrate
from diplowatch.store.records import SearchHit
from diplowatch.store.sqlstore import Connection, SqlStore, published_filter
from diplowatch.text.normalise import fold_for_index

WRITE_LOCK = 0x646977_777269  # pg_advisory_xact_lock key every write transaction holds
CONFIGS = {"fr": "french", "en": "english", "es": "spanish"}  # others (Arabic): 'simple'
SCHEMES = ("postgresql://", "postgres://")
_PARAMETER = re.compile(r"'(?:[^']|'')*'|\?|%")  # string literals are skipped


def is_postgres_url(target: str) -> bool:
    return target.startswith(SCHEMES)


class PostgresStore(SqlStore):
    """The `Store` on a PostgreSQL database, given by URL (postgresql://user@host:port/dbname)."""

    def __init__(self, url: str, *, read_only: bool = False, migrate_to: int = LATEST) -> None:
        self.url = url
        self.path = shown_url(url)
        self.read_only = read_only
        try:
            self._db = psycopg.connect(url, autocommit=True)
        except psycopg.Error as error:
            raise StoreError(
                f"{self.path}: cannot connect to the PostgreSQL server: {_first_line(error)}"
            ) from error
        self._conn = _Adapter(self._db)
        try:
            if read_only:
                self._conn.execute("SET default_transaction_read_only = on")
                check_readable_version(self._conn, self.path)
            else:
                migrate(self._conn, self.path, target=migrate_to)
        except (psycopg.Error, StoreError) as error:
            self._db.close()
            if isinstance(error, StoreError):
                raise
            raise StoreError(f"{self.path}: {_first_line(error)}") from error

    @staticmethod
    def schema_version(url: str) -> int:
        """The schema version of the dossier at `url`, read without writing or migrating anything."""
        try:
            with psycopg.connect(url, autocommit=True) as conn:
                return current_version(_Adapter(conn))
        except psycopg.Error as error:
            raise StoreError(f"{shown_url(url)}: {_first_line(error)}") from error

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: object) -> None:
        self.close()
        if isinstance(error, psycopg.Error):  # a lost connection, a full disk on the server, ...
            raise StoreError(f"{self.path}: database error ({_first_line(error)})") from error

    def close(self) -> None:
        self._db.close()

    @property
    def connection(self) -> Connection:
        """The connection (with `?` parameters), for tests and maintenance scripts."""
        return self._conn

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        self._conn.execute("BEGIN")
        try:
            self._conn.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
            yield self._conn
        except BaseException:
            if not self._db.closed:
                self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def _index_body(self, conn: Connection, rowid: int, article: Article) -> None:
        config = CONFIGS.get(article.language or "", "simple")
        title, body = (_searchable(t) for t in (article.title or "", article.body))
        conn.execute(
            "INSERT INTO bodies VALUES (?, ?::regconfig, ?, ?, "
            "setweight(to_tsvector(?::regconfig, ?), 'A') || to_tsvector(?::regconfig, ?))",
            (rowid, config, title, body, config, title, config, body),
        )

    def _schema_version(self) -> int:
        return current_version(self._conn)

    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        language: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[SearchHit]:
        check_limit(limit)
        terms = websearch_terms(_searchable(query))
        if not terms:
            return []
        clauses, params = published_filter(language, since, until)
        more = "".join(f" AND {c}" for c in clauses)
        # One branch per configuration, so each can use the GIN index.
        configs = sorted({*CONFIGS.values(), "simple"})
        matches = " OR ".join(
            f"(b.config = '{c}'::regconfig AND b.tsv @@ websearch_to_tsquery('{c}', ?))" for c in configs
        )
        rows = self._conn.execute(
            f"SELECT {codec.SOURCE_COLUMNS}, "
            "ts_headline(b.config, b.body, websearch_to_tsquery(b.config, ?), "
            "'StartSel=[, StopSel=], MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=…') AS snip, "
            "-ts_rank(b.tsv, websearch_to_tsquery(b.config, ?)) AS rank "
            f"FROM bodies b JOIN documents d ON d.rowid = b.rowid WHERE ({matches}){more} "
            "ORDER BY rank, d.doc_id LIMIT ?",
            (terms, terms, *[terms] * len(configs), *params, limit),
        )
        return [SearchHit(codec.source_doc(r), r["snip"], r["rank"]) for r in rows]


def websearch_terms(query: str) -> str:
    """An FTS5 expression (store.searchterms) as websearch_to_tsquery reads it: quoted phrases and OR
    kept, AND implicit, NOT as "-", NEAR, prefixes, parentheses and column filters dropped."""
    query = re.sub(r"\b(?:title|body)\s*:", " ", query)
    query = re.sub(r"\bNEAR\b|[*^():,]", " ", query)
    query = re.sub(r"\bAND\b", " ", query)
    query = re.sub(r"\bNOT\s+", "-", query)
    return " ".join(query.split())


def _searchable(text: str) -> str:
    """The project's folding, then without accents (both the indexed text and the query)."""
    decomposed = unicodedata.normalize("NFD", fold_for_index(text))
    latin_marks = "".join(c for c in decomposed if not ("\u0300" <= c <= "\u036f"))
    return unicodedata.normalize("NFC", latin_marks)


def shown_url(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        parts = conninfo_to_dict(url)
    except psycopg.Error:
        return "postgresql://(unreadable URL)"
    user = f"{parts['user']}@" if parts.get("user") else ""
    host, port, dbname = str(parts.get("host") or ""), parts.get("port"), parts.get("dbname") or ""
    if host.startswith("/"):  # a Unix socket folder
        return f"postgresql://{user}/{dbname}?host={host}" + (f"&port={port}" if port else "")
    return f"postgresql://{user}{host}{f':{port}' if port else ''}/{dbname}"


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


class _Row(tuple[Any, ...]):
    """A row read by position or by column name, as sqlite3.Row is."""

    names: dict[str, int]

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self.names[key])
        return tuple.__getitem__(self, key)


def _rows(cursor: Any) -> Callable[[Sequence[Any]], _Row]:
    names = {d.name: i for i, d in reversed(list(enumerate(cursor.description or ())))}

    def make(values: Sequence[Any]) -> _Row:
        row = _Row(values)
        row.names = names
        return row

    return make


class _Adapter:
    """A psycopg connection spoken to as the shared statements are written: `?` parameters."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Any = (), /) -> Any:
        cursor = self.conn.cursor(row_factory=_rows)
        cursor.execute(_placeholders(sql), _storable(params))
        return cursor

    def executemany(self, sql: str, params: Any, /) -> Any:
        rows = [_storable(p) for p in params]
        cursor = self.conn.cursor()
        if rows:
            cursor.executemany(_placeholders(sql), rows)
        return cursor


def _storable(params: Sequence[Any]) -> tuple[Any, ...]:
    """PostgreSQL text cannot hold NUL: it is stored as U+FFFD (the readers reject binary input, so
    only a JSONL "\\u0000" gets here)."""
    return tuple(p.replace("\x00", "\ufffd") if isinstance(p, str) else p for p in params)


def _placeholders(sql: str) -> str:
    """`?` -> `%s` and a literal `%` -> `%%`, outside string literals."""

    def swap(match: re.Match[str]) -> str:
        token = match.group(0)
        return {"?": "%s", "%": "%%"}.get(token, token)

    return _PARAMETER.sub(swap, sql)
