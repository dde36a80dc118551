"""What a SQLite failure means for the user, in one line that names the dossier and what to do.

A full disk, a read-only file, a damaged page and another program's database each reach us as a
bare `sqlite3` exception; the commands print the StoreError built here instead of a traceback.
"""

from __future__ import annotations

import sqlite3

from diplowatch.errors import StoreError

# (words in SQLite's message, what it means and what to do); the first match wins.
MEANINGS: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("readonly", "read-only"),
        "the dossier is read-only (file, folder or medium): ingest needs write access to the file and "
        "its folder; the read commands (timeline, search, ...) work without it",
    ),
    (
        ("disk is full", "disk i/o error", "file too large", "no space left"),
        "cannot write: the disk is full or a file-size limit was reached; free space and run the ingest "
        "again (documents already stored are kept and skipped)",
    ),
    (
        ("malformed", "corrupt"),
        "the dossier database is damaged; check it with `sqlite3 FILE 'PRAGMA integrity_check'` and "
        "recover what is left with `sqlite3 FILE .recover | sqlite3 NEW.sqlite`, "
        "or ingest again into a new --db",
    ),
    (
        ("file is not a database", "not a database"),
        "not a SQLite database: give the path of a dossier, or a new file name, with --db",
    ),
    (
        ("locked", "busy"),
        "another process kept the dossier locked for too long; try again when its ingest is done",
    ),
    (("permission denied",), "permission denied: check the permissions of the file and its folder"),
    (("unable to open",), "cannot open the database file: check that the folder exists and is readable"),
)


def store_failure(path: str, error: sqlite3.Error | OSError) -> StoreError:
    """The StoreError that explains `error` on the dossier at `path`."""
    message = (
        str(error).lower() if isinstance(error, sqlite3.Error) else (error.strerror or str(error)).lower()
    )
    for words, meaning in MEANINGS:
        if any(word in message for word in words):
            failure = StoreError(f"{path}: {meaning.replace('FILE', path)} ({error})")
            break
    else:
        failure = StoreError(f"{path}: database error ({error})")
    failure.__cause__ = error
    return failure
