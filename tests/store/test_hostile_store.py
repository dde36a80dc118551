"""Broken disks, read-only and damaged dossiers, other programs' databases, hostile queries (issue 15).

Every failure is one line on stderr naming the file, never a traceback; nothing stored is lost.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplowatch.cli import main
from diplowatch.errors import StoreError
from diplowatch.store import SQLiteStore, open_store
from diplowatch.store.bounds import MAX_QUERY_TERMS
from diplowatch.store.export import export
from diplowatch.store.ingest import refresh_dossier
from diplowatch.store.queries import search
from tests.cli_process import diplowatch, stderr_lines, stdout_text
from tests.store.factories import article, event, lavrov_es, lavrov_fr

TEXT = (
    "Staffan de Mistura a été reçu lundi à Rabat par Nasser Bourita, qui a évoqué le plan d'autonomie {n}.\n"
)


def _inputs(folder: Path, count: int, *, lines: int = 12) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        text = "".join(
            TEXT.format(n=f"{n}.{line}") for line in range(lines)
        )  # repeated lines would be boilerplate
        (folder / f"a{n:02}.txt").write_text(text, encoding="utf-8")
    return folder


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_clear_line(result, *words: str) -> str:  # type: ignore[no-untyped-def]
    """The last stderr line of a child process that failed as it should: status 2, no traceback."""
    lines = stderr_lines(result)
    assert b"Traceback" not in result.stderr and result.returncode == 2, result.stderr
    assert lines and lines[-1].startswith("diplowatch: ") and all(w in lines[-1] for w in words), lines
    return lines[-1]


def _refused(capsys: pytest.CaptureFixture[str], *args: str | Path) -> str:
    """The one stderr line of a command run in this process that must fail cleanly (status 2)."""
    status = main([str(a) for a in args])
    lines = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert status == 2 and len(lines) >= 1 and lines[-1].startswith("diplowatch: "), lines
    return lines[-1]


@pytest.fixture
def shared_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder whose permissions the test may take away; given back afterwards for the clean-up."""
    folder = tmp_path / "shared"
    folder.mkdir()
    yield folder
    for path in (folder, *folder.iterdir()):
        path.chmod(0o755 if path.is_dir() else 0o644)


def _merged_dossier(path: Path, *, merge: bool = True) -> None:
    with SQLiteStore(path) as store:
        store.put_article(lavrov_fr(), fingerprint="1")
        store.put_article(lavrov_es(), fingerprint="2")
        if merge:
            refresh_dossier(store)


# -- full disk ---------------------------------------------------------------------------------------


def test_full_disk_during_ingest_keeps_what_was_stored_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, db = _inputs(tmp_path / "in", 6, lines=40), tmp_path / "d.sqlite"
    assert main(["ingest", "--no-actors", "--db", str(db), str(folder / "a00.txt")]) == 0
    # Each of these documents adds about 70 kB to the write-ahead log, which starts empty: the limit
    # stops the ingest at the third new document or so (the dossier file is only read).
    result = diplowatch("ingest", "--no-actors", "--db", db, folder, max_file_bytes=175_000)
    _one_clear_line(result, str(db), "disk is full")
    stored = re.search(r"stopped; stored so far: \d+ input\(s\): (\d+) added", result.stderr.decode())
    assert stored and 0 < int(stored[1]) < 5
    capsys.readouterr()
    assert main(["ingest", "--no-actors", "--db", str(db), str(folder)]) == 0
    kept = 1 + int(stored[1])
    assert f"6 input(s): {6 - kept} added, 0 replaced, {kept} unchanged" in capsys.readouterr().out
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 6


def test_full_disk_when_creating_the_dossier_is_not_called_damage(tmp_path: Path) -> None:
    result = diplowatch(
        "ingest",
        "--no-actors",
        "--db",
        tmp_path / "d.sqlite",
        _inputs(tmp_path / "in", 1),
        max_file_bytes=8_192,
    )
    line = _one_clear_line(result, "disk is full")
    assert "not a diplowatch dossier" not in line and "damaged" not in line


def test_full_disk_when_writing_a_report(tmp_path: Path) -> None:
    db = tmp_path / "d.sqlite"
    _merged_dossier(db)
    result = diplowatch("report", "--db", db, "--out", tmp_path / "r.html", max_file_bytes=1_000)
    _one_clear_line(result, "r.html", "File too large: the disk is full or a file-size limit was reached")


# -- read-only dossiers --------------------------------------------------------------------------------


def test_read_only_dossier_on_read_only_media_can_be_read_not_ingested(shared_dir: Path) -> None:
    db = shared_dir / "d.sqlite"
    _merged_dossier(db)
    before = _digest(db)
    db.chmod(0o444)
    shared_dir.chmod(0o555)  # nowhere to put the -wal and -shm files: as on a CD or a read-only mount
    timeline = diplowatch("timeline", "--db", db, permissions=True)
    assert timeline.returncode == 0 and "Sergey Lavrov" in stdout_text(timeline), timeline.stderr
    _one_clear_line(
        diplowatch("ingest", "--no-actors", "--db", db, db, permissions=True), str(db), "read-only"
    )
    assert _digest(db) == before and sorted(p.name for p in shared_dir.iterdir()) == ["d.sqlite"]


def test_read_commands_on_a_read_only_dossier_that_needs_a_merge_warn_and_write_nothing(
    shared_dir: Path,
) -> None:
    db = shared_dir / "d.sqlite"
    _merged_dossier(db, merge=False)  # as after an ingest stopped before its merge
    before = _digest(db)
    db.chmod(0o444)
    for command in (["timeline"], ["export", "--format", "jsonl"]):
        result = diplowatch(*command, "--db", db, permissions=True)
        assert b"Traceback" not in result.stderr and result.returncode in (0, 1), result.stderr
        assert "run `diplowatch ingest` again to merge" in result.stderr.decode()
    assert _digest(db) == before


def test_a_copy_with_an_unapplied_wal_on_read_only_media_is_read_with_a_warning(shared_dir: Path) -> None:
    source = shared_dir.parent / "live.sqlite"
    with SQLiteStore(source) as live:  # copied while open: the last document is still in the -wal file
        live.put_article(lavrov_fr(), fingerprint="1")
        for suffix in ("", "-wal"):
            shutil.copyfile(f"{source}{suffix}", shared_dir / f"d.sqlite{suffix}")
    shared_dir.chmod(0o555)
    result = diplowatch("search", "Moscou", "--db", shared_dir / "d.sqlite", permissions=True)
    assert (
        b"Traceback" not in result.stderr
        and "cannot be applied in a read-only folder" in result.stderr.decode()
    )


def test_read_commands_never_create_a_dossier(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "no dossier there" in _refused(capsys, "timeline", "--db", tmp_path / "none.sqlite")
    assert not (tmp_path / "none.sqlite").exists()


# -- damaged and foreign databases --------------------------------------------------------------------


def test_a_damaged_page_is_named_with_the_way_to_check_and_recover(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "d.sqlite"
    _merged_dossier(db)
    data = bytearray(db.read_bytes())
    page = 4096
    data[page * 2 :] = b"\xa5" * (len(data) - page * 2)  # every page after the second overwritten
    db.write_bytes(bytes(data))
    for command in (["timeline"], ["search", "Moscou"], ["ingest", "--no-actors", str(db)]):
        line = _refused(capsys, *command, "--db", db)
        assert (
            str(db) in line and "damaged" in line and "PRAGMA integrity_check" in line and ".recover" in line
        )


@pytest.mark.parametrize("command", [["timeline"], ["ingest", "--no-actors"]])
def test_another_programs_database_is_refused_unchanged(
    tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "notes.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('a note')")
    conn.close()
    before = _digest(db)
    args = [*command, "--db", str(db)] + ([str(_inputs(tmp_path / "in", 1))] if "ingest" in command else [])
    line = _refused(capsys, *args)
    assert str(db) in line and "not a diplowatch dossier" in line and "notes" in line
    assert _digest(db) == before and sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "notes.sqlite"
    ]


def test_an_empty_sqlite_file_becomes_a_dossier(tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite"
    sqlite3.connect(db).close()
    with open_store(db) as store:
        store.put_article(lavrov_fr(), fingerprint="1")
    with open_store(db, read_only=True) as store:
        assert store.stats().documents == 1


def test_the_same_file_by_relative_and_absolute_path_is_one_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _inputs(tmp_path / "in", 1)
    db = tmp_path / "d.sqlite"
    monkeypatch.chdir(folder)
    assert main(["ingest", "--no-actors", "--db", str(db), "a00.txt"]) == 0
    assert main(["ingest", "--no-actors", "--db", str(db), str(folder / "a00.txt")]) == 0
    assert main(["ingest", "--no-actors", "--db", str(db), "./../in/a00.txt"]) == 0
    assert capsys.readouterr().out.count("1 input(s): 0 added, 0 replaced, 1 unchanged") == 2
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT source FROM sources").fetchall() == [(str(folder / "a00.txt"),)]


# -- hostile queries ----------------------------------------------------------------------------------


def test_a_60000_character_event_id_is_one_short_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "d.sqlite"
    _merged_dossier(db)
    line = _refused(capsys, "event", "x" * 60_000, "--db", db)
    assert "not a dossier event id" in line and len(line) < 300


@pytest.mark.parametrize("command", [["search", "Moscou"], ["timeline"]])
@pytest.mark.parametrize("limit", ["99999999999999999999", "-1", "0"])
def test_out_of_range_limits_are_refused(
    tmp_path: Path, command: list[str], limit: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "d.sqlite"
    _merged_dossier(db)
    with pytest.raises(SystemExit) as stop:  # argparse: the usage line, then the error
        main([*command, "--limit", limit, "--db", str(db)])
    assert stop.value.code == 2
    assert "argument --limit: expected a whole number from 1 to" in capsys.readouterr().err.splitlines()[-1]


def test_store_limits_are_checked_in_the_library_too(tmp_path: Path) -> None:
    with SQLiteStore(":memory:") as store:
        with pytest.raises(StoreError, match="out of range"):
            store.search("Moscou", limit=-1)


def test_a_search_of_2000_or_terms_is_refused_and_a_bounded_one_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "d.sqlite"
    _merged_dossier(db)
    words = [f"mot{n}" for n in range(2_000)]
    assert "the limit is" in _refused(capsys, "search", " OR ".join(words), "--db", db)
    with open_store(db, read_only=True) as store:
        hits = search(store, " OR ".join(["Moscou", *words[: MAX_QUERY_TERMS - 1]]))
        assert hits and hits[0].doc.doc_id == "fr-moscou"
        with pytest.raises(StoreError, match="terms"):
            search(store, " OR ".join(["Moscou", *words[:MAX_QUERY_TERMS]]))


# -- exports ------------------------------------------------------------------------------------------


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(tmp_path: Path) -> None:
    hostile = ('=HYPERLINK("https://evil.example")', "+1+2", "-3+4", "@SUM(A1)", "\tx", "\rx")
    with SQLiteStore(":memory:") as store:
        for n, cell in enumerate(hostile):
            ev = event(
                "CONSULT",
                ("Sergey_Lavrov",),
                ("Morocco",),
                f"2024-03-1{n}",
                evidence=f"{cell} Lavrov a reçu.",
            )
            store.put_article(article(cell + str(n), (ev,), source=f"{n}.txt"), fingerprint=str(n))
        refresh_dossier(store)
        out = io.BytesIO()
        assert export(store, "csv", out) == len(hostile)
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"), newline="")))
    cells = [cell for row in rows for cell in row.values() if cell]
    assert all(cell[0] not in "=+-@\t\r" for cell in cells)
    assert len(rows) == len(hostile) and all(row["n_sources"] == "1" for row in rows)
    formulas = [c for c in hostile if c[0] in "=+-@\t"]
    assert {row["source1_doc"] for row in rows} >= {f"'{c}{n}" for n, c in enumerate(formulas)}


def test_an_event_dated_at_the_end_of_the_calendar_is_merged(tmp_path: Path) -> None:
    last = event("CONSULT", ("Sergey_Lavrov",), ("Morocco",), "9999-12-31", approximate=True)
    week = event("CONSULT", ("Sergey_Lavrov",), ("Morocco",), "9999-W52", "week", approximate=True)
    with SQLiteStore(":memory:") as store:
        store.put_article(article("late", (last, week), published="9999-12-31"), fingerprint="1")
        assert refresh_dossier(store) >= 1


def test_arguments_that_are_not_utf8_are_searched_not_raised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "d.sqlite"
    _merged_dossier(db)
    undecodable = b"Mosc\xff".decode("utf-8", "surrogateescape")  # how Python passes such bytes in argv
    assert main(["search", undecodable, "--db", str(db)]) == 1
    assert main(["timeline", "--lang", undecodable, "--db", str(db)]) == 1  # nothing in that language
    assert main(["timeline", "--type", undecodable, "--db", str(db)]) == 2  # not a PLOVER category
    assert main(["event", "ev-" + undecodable, "--db", str(db)]) == 1  # a well-formed id that is not there
    assert "no dossier event 'ev-Mosc\ufffd'" in capsys.readouterr().err
