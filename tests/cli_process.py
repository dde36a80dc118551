"""Run the `diplowatch` command in a child process, as a user would (stdout, stderr, exit status), with
optional fault injection: a file-size limit (a full disk), or file permissions enforced (a read-only
dossier; root ignores permissions, so a root child gives up the capabilities that let it)."""

from __future__ import annotations

import ctypes
import os
import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2


def diplowatch(
    *args: str | Path,
    cwd: Path | None = None,
    stdin: bytes | None = None,
    max_file_bytes: int | None = None,
    permissions: bool = False,
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "diplowatch", *map(str, args)],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        preexec_fn=_limits(max_file_bytes, permissions),
        timeout=120,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


def _limits(max_file_bytes: int | None, permissions: bool) -> Callable[[], None] | None:
    if max_file_bytes is None and not permissions:
        return None

    def apply() -> None:
        if max_file_bytes is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (max_file_bytes, max_file_bytes))
        if permissions and os.geteuid() == 0:
            # Dropped from the bounding set, the capabilities are gone after exec: root obeys the mode bits.
            libc = ctypes.CDLL(None, use_errno=True)
            for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
                if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
                    raise OSError(ctypes.get_errno(), "cannot drop a capability")

    return apply


def stderr_lines(result: subprocess.CompletedProcess) -> list[str]:
    return [line for line in _text(result.stderr).splitlines() if line.strip()]


def stdout_text(result: subprocess.CompletedProcess) -> str:
    return _text(result.stdout)


def _text(data: bytes | str) -> str:
    return data if isinstance(data, str) else data.decode("utf-8", errors="replace")
