"""The dossier commands end to end (reading stage only: --no-actors, no spaCy)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplowatch.cli import main
from diplowatch.store import SQLiteStore
from diplowatch.store.ingest import refresh_dossier
from diplowatch.store.paths import default_db_path
from tests.store.factories import lavrov_es, lavrov_fr

TEXT = (
    "Moscou, 12 mars 2024 – Staffan de Mistura a été reçu lundi à Moscou par Sergueï Lavrov. "
    "Les deux hommes ont évoqué la situation au Sahara occidental et le rôle de la Minurso.\n\n"
    "Le diplomate doit présenter en avril un point de situation au Conseil de sécurité.\n"
)


def test_ingest_then_search_and_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00\x01\x02" * 50)
    db = str(tmp_path / "d.sqlite")
    assert main(["ingest", str(tmp_path / "in"), "--db", db, "--no-actors"]) == 0
    out, err = capsys.readouterr()
    assert "2 input(s): 1 added" in out and "1 rejected" in out and "bad.txt: rejected" in err
    assert main(["ingest", str(tmp_path / "in"), "--db", db, "--no-actors"]) == 0
    assert "0 added, 0 replaced, 2 unchanged" in capsys.readouterr().out
    assert main(["search", "Minurso", "--db", db]) == 0
    assert "[Minurso]" in capsys.readouterr().out
    assert main(["report", "--db", db, "--out", str(tmp_path / "r.html")]) == 0
    assert "bad.txt" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_timeline_event_actor_export_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "d.sqlite"
    with SQLiteStore(db) as store:
        store.put_article(lavrov_fr(), fingerprint="1")
        store.put_article(lavrov_es(), fingerprint="2")
        refresh_dossier(store)  # what an ingest does last: the read commands never merge
    assert main(["timeline", "--db", str(db), "--type", "CONSULT"]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if "Sergey Lavrov" in line]
    assert len(lines) == 1 and lines[0].startswith("2024-03-11  CONSULT")
    event_id = lines[0].split()[-1]
    assert main(["event", event_id, "--db", str(db)]) == 0
    detail = capsys.readouterr().out
    assert "sources:    2" in detail and "mantuvo el pasado lunes" in detail
    assert main(["actor", "Staffan_de_Mistura", "--db", str(db)]) == 0
    assert "main counterparts:" in capsys.readouterr().out
    assert main(["export", "--format", "plover", "--db", str(db), "--out", str(tmp_path / "e.jsonl")]) == 0
    assert all(json.loads(x)["event"] for x in (tmp_path / "e.jsonl").read_text().splitlines())


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"DIPLOWATCH_DB": "/data/x.sqlite", "XDG_DATA_HOME": "/xdg"}, "/data/x.sqlite"),
        ({"XDG_DATA_HOME": "/xdg"}, "/xdg/diplowatch/dossier.sqlite"),
        ({"XDG_DATA_HOME": "relative/ignored"}, str(Path.home() / ".local/share/diplowatch/dossier.sqlite")),
        ({}, str(Path.home() / ".local/share/diplowatch/dossier.sqlite")),
    ],
)
def test_paths_default_db(environ: dict[str, str], expected: str) -> None:
    assert str(default_db_path(environ)) == expected
