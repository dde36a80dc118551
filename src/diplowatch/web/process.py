"""`diplowatch serve` in a child process on a free loopback port, for the end-to-end tests and the
benchmark: started, waited for until it answers, and stopped."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

STARTUP_S = 60.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def served(db: Path, *, token: str | None = None, port: int | None = None) -> Iterator[str]:
    """The base URL of a server over `db`, stopped when the block ends."""
    port = port or free_port()
    command = [sys.executable, "-m", "diplowatch", "-q", "serve", "--db", str(db), "--port", str(port)]
    server = subprocess.Popen(
        [*command, *(["--token", token] if token else [])],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(server, base)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _wait(server: subprocess.Popen[bytes], base: str) -> None:
    deadline = time.monotonic() + STARTUP_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            detail = server.stderr.read().decode(errors="replace")[-500:] if server.stderr else ""
            raise RuntimeError(f"diplowatch serve stopped at start: {detail}")
        try:
            httpx.get(f"{base}/healthz", timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError(f"diplowatch serve did not answer within {STARTUP_S:.0f} s")
