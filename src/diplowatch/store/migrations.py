"""Numbered schema migrations, recorded in the database (table schema_migrations).

A migration is applied once, in its own transaction, in order; a database opened by a later
diplowatch is brought up to date, and one written by a newer diplowatch is refused rather than
half-understood. Never edit a migration that has shipped: add the next one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from diplowatch.errors import StoreError
from diplowatch.text.normalise import fold_for_index


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    apply: Callable[[sqlite3.Connection], None]


def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    def run(conn: sqlite3.Connection) -> None:
        for statement in sql.split(";\n"):
            if statement.strip():
                conn.execute(statement)

    return run


# 1: the documents and everything the pipeline found in them; the inputs and their rejections.
V1_CORE = """
CREATE TABLE documents (
    doc_id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    url TEXT, outlet TEXT, title TEXT,
    published TEXT, published_granularity TEXT, published_approximate INTEGER NOT NULL DEFAULT 0,
    published_text TEXT NOT NULL DEFAULT '', published_source TEXT NOT NULL DEFAULT '',
    language TEXT,
    body TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE sources (
    source TEXT PRIMARY KEY,
    fingerprint TEXT,
    doc_id TEXT REFERENCES documents(doc_id) ON DELETE CASCADE,
    ingested_at TEXT NOT NULL
);
CREATE INDEX sources_doc ON sources(doc_id);
CREATE TABLE rejections (
    source TEXT PRIMARY KEY,
    fingerprint TEXT,
    stage TEXT NOT NULL, reason TEXT NOT NULL, detail TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE segments (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, language TEXT NOT NULL,
    PRIMARY KEY (doc_id, seq)
);
CREATE TABLE actors (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    actor_id TEXT, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, sector TEXT,
    PRIMARY KEY (doc_id, seq)
);
CREATE INDEX actors_id ON actors(actor_id);
CREATE TABLE mentions (
    doc_id TEXT NOT NULL, actor_seq INTEGER NOT NULL, seq INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (doc_id, actor_seq, seq),
    FOREIGN KEY (doc_id, actor_seq) REFERENCES actors(doc_id, seq) ON DELETE CASCADE
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL, mode TEXT NOT NULL, aux TEXT NOT NULL,
    location_name TEXT, location_id TEXT, location_country TEXT,
    date_value TEXT, date_granularity TEXT, date_text TEXT, date_approximate INTEGER,
    date_start TEXT, date_end TEXT,
    evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL,
    confidence REAL NOT NULL, rule TEXT NOT NULL,
    UNIQUE (doc_id, seq)
);
CREATE INDEX events_type_date ON events(type, date_start);
CREATE TABLE event_actors (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
    seq INTEGER NOT NULL, actor TEXT NOT NULL,
    PRIMARY KEY (event_id, role, seq)
);
CREATE INDEX event_actors_actor ON event_actors(actor);
CREATE TABLE quotes (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    speaker TEXT, speaker_text TEXT NOT NULL, text TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    PRIMARY KEY (doc_id, seq)
);
"""

# 2: full-text search. The index holds a folded copy of title and body (Arabic short vowels and
# tatweel removed: unicode61 would split a vowelled Arabic word at each mark). Its rowid is the
# documents rowid, so a document's entry is found and deleted without a scan.
V2_SEARCH = """
CREATE VIRTUAL TABLE bodies USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')
"""

# 3: dossier events (cross-article merge results) and a small key/value table for store state.
V3_DOSSIER = """
CREATE TABLE dossier_events (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL, mode TEXT NOT NULL, aux TEXT NOT NULL,
    location_name TEXT, location_id TEXT, location_country TEXT,
    date_value TEXT, date_granularity TEXT, date_text TEXT, date_approximate INTEGER,
    date_start TEXT, date_end TEXT,
    n_sources INTEGER NOT NULL
);
CREATE INDEX dossier_events_date ON dossier_events(date_start);
CREATE TABLE dossier_members (
    dossier_id TEXT NOT NULL REFERENCES dossier_events(id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, flipped INTEGER NOT NULL,
    PRIMARY KEY (dossier_id, seq)
);
CREATE INDEX dossier_members_event ON dossier_members(event_id);
CREATE TABLE dossier_actors (
    dossier_id TEXT NOT NULL REFERENCES dossier_events(id) ON DELETE CASCADE,
    role TEXT NOT NULL, seq INTEGER NOT NULL, actor TEXT NOT NULL,
    PRIMARY KEY (dossier_id, role, seq)
);
CREATE INDEX dossier_actors_actor ON dossier_actors(actor);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES ('dossier_stale', '1')
"""


def _backfill_search(conn: sqlite3.Connection) -> None:
    """Create the index and fill it with the documents an older dossier already holds."""
    _script(V2_SEARCH)(conn)
    rows = conn.execute("SELECT rowid, title, body FROM documents").fetchall()
    conn.executemany(
        "INSERT INTO bodies (rowid, title, body) VALUES (?, ?, ?)",
        [(r, fold_for_index(t or ""), fold_for_index(b)) for r, t, b in rows],
    )


# 4: an event's further evidence spans (the same happening told again in one article).
V4_EVIDENCE = """
CREATE TABLE event_evidence (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (event_id, seq)
);
"""

# 5: analyst corrections. They name per-article events (article, position, category, evidence span:
# `records.Anchor`), never dossier ids alone, so they survive re-ingests and re-merges; `value` is the
# new value as JSON (store.codec.correction_value). A withdrawn correction is kept, with who/when/why.
# And two indexes for pages of events: the timeline's order (a page is read without sorting them all)
# and what `actor_info` reads (display names without visiting every mention's row).
V5_CORRECTIONS = """
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL
        CHECK (kind IN ('wrong', 'category', 'actors', 'recipients', 'date', 'place', 'merge', 'split')),
    event_id TEXT NOT NULL,
    value TEXT NOT NULL,
    author TEXT NOT NULL, reason TEXT NOT NULL, created_at TEXT NOT NULL,
    withdrawn_by TEXT, withdrawn_why TEXT, withdrawn_at TEXT
);
CREATE TABLE correction_anchors (
    correction_id INTEGER NOT NULL REFERENCES corrections(id) ON DELETE CASCADE,
    side TEXT NOT NULL CHECK (side IN ('event', 'other')),
    seq INTEGER NOT NULL,
    doc_id TEXT NOT NULL, event_seq INTEGER NOT NULL, type TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    PRIMARY KEY (correction_id, side, seq)
);
CREATE INDEX correction_anchors_doc ON correction_anchors(doc_id);
CREATE INDEX dossier_events_timeline
    ON dossier_events(COALESCE(date_start, '~'), COALESCE(date_end, '~'), type, id);
CREATE INDEX actors_info ON actors(actor_id, name, kind, country, sector)
"""


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "core tables", _script(V1_CORE)),
    Migration(2, "full-text search over bodies", _backfill_search),
    Migration(3, "dossier events", _script(V3_DOSSIER)),
    Migration(4, "further evidence spans of an event", _script(V4_EVIDENCE)),
    Migration(5, "analyst corrections; indexes for pages of events", _script(V5_CORRECTIONS)),
)
LATEST = MIGRATIONS[-1].version


def current_version(conn: sqlite3.Connection) -> int:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    ).fetchone()
    if not exists:
        return 0
    return int(conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()[0])


def migrate(conn: sqlite3.Connection, *, target: int = LATEST) -> int:
    """Apply the missing migrations up to `target`, each in one IMMEDIATE transaction; the new version.

    The version is read again inside each transaction, so two processes opening a fresh database at
    once apply each migration exactly once.
    """
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = _ensure_table(conn)
            if version > LATEST:
                raise StoreError(
                    f"the dossier has schema version {version}, newer than this diplowatch "
                    f"understands ({LATEST}); upgrade diplowatch to open it"
                )
            pending = [m for m in MIGRATIONS if version < m.version <= target]
            if not pending:
                conn.execute("COMMIT")
                return version
            step = pending[0]
            step.apply(conn)
            conn.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                (step.version, step.name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite already rolled back after a full disk or I/O error
                conn.execute("ROLLBACK")
            raise


def _ensure_table(conn: sqlite3.Connection) -> int:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    return current_version(conn)
