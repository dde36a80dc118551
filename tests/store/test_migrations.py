"""Schema migrations: from an empty file, from an older dossier, and a newer one is refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from diplowatch.store import SQLiteStore, StoreError
from diplowatch.store.migrations import LATEST, MIGRATIONS


def test_migrations_from_empty_file_reach_latest_and_are_recorded(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "d.sqlite") as store:
        rows = store.connection.execute(
            "SELECT version, name FROM schema_migrations ORDER BY version"
        ).fetchall()
        assert [r[0] for r in rows] == [m.version for m in MIGRATIONS]
        assert store.stats().schema_version == LATEST
        assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_migrations_are_applied_once(tmp_path: Path) -> None:
    SQLiteStore(tmp_path / "d.sqlite").close()
    with SQLiteStore(tmp_path / "d.sqlite") as store:
        assert store.connection.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0] == LATEST


def test_migrations_bring_a_version_1_dossier_up_to_date_and_keep_its_documents(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with SQLiteStore(path, migrate_to=1) as old:  # what the first release wrote
        conn = old.connection
        conn.execute(
            "INSERT INTO documents (doc_id, source, title, language, body, ingested_at) VALUES "
            "('d1', 'old.txt', 'Ancien', 'ar', 'وَصَلَ المبعوث الأممي إلى موسكو', '2024-01-01')"
        )
        conn.execute("INSERT INTO sources VALUES ('old.txt', 'fp', 'd1', '2024-01-01')")
        conn.execute(
            "INSERT INTO events (doc_id, seq, type, mode, aux, evidence_start, evidence_end, "
            "evidence_text, confidence, rule, date_value, date_granularity, date_text, date_approximate, "
            "date_start, date_end) VALUES ('d1', 0, 'CONSULT', '[]', '[]', 0, 5, 'وَصَلَ', 0.5, 'r', "
            "'2024-03-11', 'day', '', 0, '2024-03-11', '2024-03-11')"
        )
        conn.execute("INSERT INTO event_actors VALUES (1, 'actor', 0, 'Staffan_de_Mistura')")
        assert old.connection.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0] == 1
    with SQLiteStore(path) as store:
        assert store.stats().schema_version == LATEST
        assert [h.doc.doc_id for h in store.search("وصل")] == ["d1"]  # the index was filled from old rows
        assert store.dossier_stale()
        from diplowatch.store.ingest import refresh_dossier

        assert refresh_dossier(store) == 1
        assert store.is_current("old.txt", "fp")


def test_migrations_refuse_a_dossier_from_a_newer_diplowatch(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    SQLiteStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_migrations VALUES (?, 'from the future', '2030-01-01')", (LATEST + 1,))
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        SQLiteStore(path)


def test_open_a_file_that_is_not_a_database_fails_with_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="notes.sqlite"):
        SQLiteStore(path)


def test_an_older_dossier_is_one_line_for_a_read_command_and_migrate_upgrades_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from diplowatch.cli import main

    path = tmp_path / "old.sqlite"
    SQLiteStore(path, migrate_to=LATEST - 1).close()
    assert main(["timeline", "--db", str(path)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and f"run `diplowatch migrate --db {path}` once" in error
    assert SQLiteStore.schema_version(str(path)) == LATEST - 1  # the read command wrote nothing
    assert main(["migrate", "--db", str(path)]) == 0
    assert f"upgraded from schema {LATEST - 1} to {LATEST}" in capsys.readouterr().out
    assert main(["timeline", "--db", str(path)]) == 1  # it opens: no event in it (exit status 1)
    assert "0 event(s)" in capsys.readouterr().err
    assert main(["migrate", "--db", str(path)]) == 0
    assert f"at schema {LATEST}" in capsys.readouterr().out
