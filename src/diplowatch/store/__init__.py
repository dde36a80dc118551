"""The dossier: documents, per-article events and merged dossier events in an embedded database.

`open_store()` opens the SQLite dossier (the default location is in `store.paths`); everything
above it talks to the `Store` protocol (store.base), which a PostgreSQL backend can implement.
"""

from __future__ import annotations

from pathlib import Path

from diplowatch.errors import StoreError
from diplowatch.store.base import Store
from diplowatch.store.migrations import LATEST
from diplowatch.store.paths import default_db_path
from diplowatch.store.sqlite import SQLiteStore


def open_store(path: str | Path | None = None, *, read_only: bool = False) -> SQLiteStore:
    """The dossier at `path` (default: `default_db_path()`), created and migrated as needed; with
    `read_only`, an existing dossier opened without writing anything (what the read commands use)."""
    target = str(path) if path is not None else str(default_db_path())
    if "://" in target:
        raise StoreError(f"{target}: only SQLite files are supported so far; give a file path")
    return SQLiteStore(target, read_only=read_only)


def upgrade_dossier(path: str | Path) -> int:
    """Bring the existing dossier at `path` to this diplowatch's schema (each migration in its own
    transaction: store.migrations); the version it had."""
    before = SQLiteStore.schema_version(str(path))
    if before != LATEST:
        open_store(path).close()  # opening for writing migrates (a newer schema is refused there)
    return before


__all__ = ["SQLiteStore", "Store", "StoreError", "default_db_path", "open_store", "upgrade_dossier"]
