"""Two processes ingesting into the same dossier at once (each backend)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from diplowatch.store import SQLiteStore, open_store

ROOT = Path(__file__).resolve().parents[2]
WRITER = """
import sys
sys.path.insert(0, sys.argv[1])
from dataclasses import replace
from diplowatch.store import open_store
from diplowatch.store.ingest import refresh_dossier
from tests.store.factories import lavrov_es, lavrov_fr

target, name, count = sys.argv[2], sys.argv[3], int(sys.argv[4])
with open_store(target) as store:
    for i in range(count):
        base = lavrov_fr() if i % 2 else lavrov_es()
        store.put_article(replace(base, doc_id=f"{name}-{i}", source=f"{name}/{i}.txt"), fingerprint=str(i))
        if i % 10 == 0:
            refresh_dossier(store, force=True)
    refresh_dossier(store, force=True)
"""


def test_two_processes_ingesting_at_once_store_everything(dossier_target: str) -> None:
    count = 40
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(ROOT), dossier_target, name, str(count)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("one", "two")
    ]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    with open_store(dossier_target) as store:
        conn = store.connection
        if isinstance(store, SQLiteStore):
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        stats = store.stats()
        assert stats.documents == 2 * count
        assert stats.events == count * (4 + 3)  # lavrov_fr has 4 events, lavrov_es 3
        assert not store.dossier_stale()
        members = conn.execute("SELECT COUNT(*) FROM dossier_members").fetchone()[0]
        assert members == stats.events  # every event, the negated ones alone in their dossier events
