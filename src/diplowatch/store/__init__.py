"""The dossier: documents, per-article events and merged dossier events, in an embedded SQLite file
or on a PostgreSQL server.

`open_store()` opens either (the default location is in `store.paths`); everything above it talks to
the `Store` protocol (store.base).
"""

from __future__ import annotations

from pathlib import Path

from diplowatch.errors import StoreError
from diplowatch.store.base import Store
from diplowatch.store.migrations import LATEST
from diplowatch.store.paths import default_db_path, default_db_target
from diplowatch.store.postgres import PostgresStore, is_postgres_url
from diplowatch.store.sqlite import SQLiteStore


def open_store(path: str | Path | None = None, *, read_only: bool = False) -> SQLiteStore | PostgresStore:
    """The dossier at `path`, a file or a postgresql:// URL (default: `default_db_target()`), created
    and migrated as needed; with `read_only`, an existing dossier opened without writing anything
    (what the read commands use)."""
    target = str(path) if path is not None else default_db_target()
    if is_postgres_url(target):
        return PostgresStore(target, read_only=read_only)
    if "://" in target:
        raise StoreError(f"{target}: give a file path or a postgresql:// URL")
    return SQLiteStore(target, read_only=read_only)


def upgrade_dossier(path: str | Path) -> int:
    """Bring the existing dossier at `path` (a file or a postgresql:// URL) to this diplowatch's schema
    (each migration in its own transaction: store.migrations); the version it had."""
    target = str(path)
    if is_postgres_url(target):
        before = PostgresStore.schema_version(target)
    else:
        before = SQLiteStore.schema_version(target)
    if before != LATEST:
        open_store(path).close()  # opening for writing migrates (a newer schema is refused there)
    return before


__all__ = [
    "PostgresStore", "SQLiteStore", "Store", "StoreError", "default_db_path", "open_store", "upgrade_dossier",
]  # fmt: skip
