"""`diplowatch serve` refuses what would be unsafe before it starts: one line, exit status 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplowatch.cli import main
from diplowatch.commands.serve import check_exposure
from diplowatch.errors import UsageError
from diplowatch.web.dossier import loopback


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.1", "localhost", "::1", "[::1]"])
def test_loopback_addresses_serve_without_a_token(host: str) -> None:
    assert loopback(host)
    check_exposure(host, None)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "dossier.example", ""])
def test_other_addresses_need_a_long_enough_token(host: str) -> None:
    assert not loopback(host)
    with pytest.raises(UsageError, match="give a --token"):
        check_exposure(host, None)
    with pytest.raises(UsageError, match="too short"):
        check_exposure(host, "abc")
    check_exposure(host, "a-token-of-sixteen+")


def test_serve_on_an_open_address_without_a_token_is_one_line(
    web_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DIPLOWATCH_TOKEN", raising=False)
    assert main(["serve", "--db", str(web_db), "--host", "0.0.0.0"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "can be reached from other machines" in error


def test_serve_without_a_dossier_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--db", str(tmp_path / "none.sqlite")]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "no dossier there" in error


def test_an_app_for_an_open_address_answers_to_any_host_name(web_db: Path) -> None:
    from fastapi.testclient import TestClient

    from diplowatch.web.app import create_app

    with TestClient(create_app(web_db, token="a-token-of-sixteen+", kb=None, hosts=["*"])) as client:
        assert client.get("/healthz", headers={"host": "dossier.example:8000"}).status_code == 200
    with TestClient(create_app(web_db, kb=None)) as client:
        assert client.get("/healthz", headers={"host": "dossier.example:8000"}).status_code == 400


def test_serve_upgrades_an_older_dossier_it_may_write_before_it_starts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    from diplowatch.store import SQLiteStore
    from diplowatch.store.migrations import LATEST

    served: list[object] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: served.append(app))
    path = tmp_path / "old.sqlite"
    SQLiteStore(path, migrate_to=LATEST - 1).close()
    assert main(["serve", "--db", str(path)]) == 0
    assert f"upgraded from schema {LATEST - 1} to {LATEST}" in capsys.readouterr().out
    assert served and SQLiteStore.schema_version(str(path)) == LATEST
