"""Opening the dossier file: for writing (created, WAL, migrated by the caller) or strictly read-only.

Read commands open the file read-only (`mode=ro`), so they never create, convert or merge anything;
when the folder is not writable either (read-only media, a colleague's share), SQLite cannot keep its
shared-memory file there, and the dossier is opened as immutable. A non-empty SQLite file without our
`schema_migrations` table is another program's database: it is refused before anything is written.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from pathlib import Path
from urllib.parse import quote

from diplowatch.errors import OlderDossier, StoreError
from diplowatch.store.migrations import LATEST, current_version

log = logging.getLogger(__name__)


def open_for_writing(path: str, timeout: float) -> sqlite3.Connection:
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = _connection(path, timeout, uri=False)
    try:
        refuse_foreign(conn, path)
        _enable_wal(conn, timeout)
        conn.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: durable at checkpoints, never corrupt
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def open_read_only(path: str, timeout: float) -> sqlite3.Connection:
    if path == ":memory:":
        return _connection(path, timeout, uri=False)
    file = Path(path)
    if not file.is_file():
        raise StoreError(f"{path}: no dossier here; `diplowatch ingest PATH --db {path}` creates one")
    uri = f"file:{quote(str(file.resolve()))}?mode=ro"
    # Without a writable folder (read-only media) SQLite cannot make its -shm file: read the file as it
    # is, without locking. Same when the -shm cannot be made for lack of space, if no -wal holds data.
    wal = Path(f"{path}-wal")
    immutable = not os.access(file.parent, os.W_OK)
    if immutable and wal.is_file() and wal.stat().st_size > 0:
        log.warning(
            "diplowatch: %s: its -wal file cannot be applied in a read-only folder: the documents "
            "stored last may be missing (copy the dossier to a writable folder to read them)",
            path,
        )
    try:
        return _read_only_connection(uri + ("&immutable=1" if immutable else ""), path, timeout)
    except sqlite3.OperationalError:
        if immutable or (wal.exists() and wal.stat().st_size > 0):
            raise
        return _read_only_connection(uri + "&immutable=1", path, timeout)


def _read_only_connection(uri: str, path: str, timeout: float) -> sqlite3.Connection:
    conn = _connection(uri, timeout, uri=True)
    try:
        conn.execute("PRAGMA query_only = ON")
        refuse_foreign(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def check_readable_version(conn: sqlite3.Connection, path: str) -> None:
    """A read-only dossier cannot be migrated: it must already be at this diplowatch's schema."""
    version = current_version(conn)
    if version > LATEST:
        raise StoreError(
            f"{path}: the dossier has schema version {version}, newer than this diplowatch "
            f"understands ({LATEST}); upgrade diplowatch to open it"
        )
    if version < LATEST:
        raise OlderDossier(path, version, LATEST)


def refuse_foreign(conn: sqlite3.Connection, path: str) -> None:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    if tables and "schema_migrations" not in tables:
        shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
        raise StoreError(
            f"{path}: this SQLite database is not a diplowatch dossier (it holds the tables "
            f"{shown}); it was left unchanged: give another file with --db"
        )


def _connection(target: str, timeout: float, *, uri: bool) -> sqlite3.Connection:
    conn = sqlite3.connect(target, timeout=timeout, isolation_level=None, check_same_thread=False, uri=uri)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    return conn


def _enable_wal(conn: sqlite3.Connection, timeout: float) -> None:
    """Switch to WAL, retrying: the switch needs the file to itself, and SQLite answers "locked" at once
    (without its busy handler) while another process is creating or opening the same new dossier."""
    deadline = time.monotonic() + timeout
    pause = 0.01
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() + pause > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.5)
