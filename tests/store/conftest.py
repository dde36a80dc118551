"""Both store backends for the store tests: a SQLite file, and a database on a PostgreSQL 15 server that
the test session starts itself in a temporary directory (initdb and pg_ctl on a free port, a Unix
socket only). The server is skipped, with the reason, only when no server binaries are installed.

initdb refuses to run as root: as root, the cluster is made and run as the unprivileged user
`nobody` (runuser), in a directory of its own under /tmp.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

BACKENDS = ("sqlite", "postgresql")
SERVER_USER = "nobody"
REQUIRE_ENV = "DIPLOWATCH_REQUIRE_POSTGRES"


def _server_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(folder, "initdb").exists():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresServer:
    """A throwaway cluster; `new_database()` gives each test an empty database of its own."""

    def __init__(self, binaries: Path) -> None:
        self.bin = binaries
        self.root = Path(tempfile.mkdtemp(prefix="diplowatch-pg-"))
        self.port = _free_port()
        self.counter = itertools.count()
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.root, SERVER_USER)
            self.as_user = ["runuser", "-u", SERVER_USER, "--"]
        self.root.chmod(0o700)

    def start(self) -> None:
        data = self.root / "data"
        self._run(
            str(self.bin / "initdb"), "-D", str(data), "-U", "diplowatch", "--auth=trust", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        options = f"-p {self.port} -k {self.root} -c listen_addresses='' -c fsync=off"
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(self.root / "log"),
            "-w",
            "start",
        )

    def stop(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql://diplowatch@/{database}?host={self.root}&port={self.port}"

    def new_database(self) -> str:
        import psycopg

        name = f"test_{next(self.counter)}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def _run(self, *command: str) -> None:
        done = subprocess.run([*self.as_user, *command], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed: {done.stderr or done.stdout}")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    binaries = _server_binaries()
    if binaries is None:
        if os.environ.get(REQUIRE_ENV):  # CI (.ci/run) installs the server: never skip there
            pytest.fail(f"no PostgreSQL server binaries, and ${REQUIRE_ENV} is set")
        pytest.skip(
            "PostgreSQL store tests skipped: no PostgreSQL server binaries (initdb, pg_ctl) on PATH or "
            "in /usr/lib/postgresql/*/bin; install them with `apt-get install postgresql-15`"
        )
    server = PostgresServer(binaries)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=BACKENDS)
def dossier_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a fresh, empty dossier lives: a SQLite file path or a PostgreSQL URL (--db accepts both)."""
    if request.param == "sqlite":
        return str(tmp_path / "dossier.sqlite")
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.new_database()
