"""Where the dossier lives when no --db is given."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

DB_ENV = "DIPLOWATCH_DB"  # a path (or a postgresql:// URL) that overrides the default location
FILE_NAME = "dossier.sqlite"


def default_db_path(environ: Mapping[str, str] | None = None) -> Path:
    """$DIPLOWATCH_DB, else $XDG_DATA_HOME/diplowatch/dossier.sqlite, else ~/.local/share/diplowatch/..."""
    env = os.environ if environ is None else environ
    if env.get(DB_ENV):
        return Path(env[DB_ENV]).expanduser()
    data_home = env.get("XDG_DATA_HOME") or ""
    # The XDG spec says a relative $XDG_DATA_HOME is invalid and must be ignored.
    base = Path(data_home) if os.path.isabs(data_home) else Path.home() / ".local" / "share"
    return base / "diplowatch" / FILE_NAME


def default_db_target(environ: Mapping[str, str] | None = None) -> str:
    """`default_db_path()`, or the PostgreSQL URL that $DIPLOWATCH_DB gives."""
    env = os.environ if environ is None else environ
    if env.get(DB_ENV, "").startswith(("postgresql://", "postgres://")):
        return env[DB_ENV]
    return str(default_db_path(env))
