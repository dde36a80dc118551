"""Prebuilt files: what is slow to build from the data files, pickled once and reloaded at each start.

A file's name holds a hash of everything it was built from (the data files'
bytes, the code that builds it, the Python version), so a changed input simply
misses the cache and the file is rebuilt; nothing is ever stale. Files live in
$DIPLOWATCH_CACHE, else $XDG_CACHE_HOME/diplowatch, else ~/.cache/diplowatch;
an unwritable directory only costs the rebuild at every start.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

ENV_VAR = "DIPLOWATCH_CACHE"
FORMAT = "1"  # bump when the pickled layout changes without a code file of the stamp changing


def cache_dir() -> Path:
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "diplowatch"


def stamp(files: Iterable[Path], *extra: str) -> str:
    """A hash of the files' names and bytes, the extra strings and the Python version."""
    digest = hashlib.sha1(f"{FORMAT}|{sys.version_info[:2]}".encode())
    for text in extra:
        digest.update(text.encode())
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def code_files(*modules: str) -> list[Path]:
    """Source files of the given modules (by dotted name), which decide what a prebuilt file holds."""
    root = Path(__file__).resolve().parent.parent
    return [root.joinpath(*name.split(".")[1:]).with_suffix(".py") for name in modules]


def read(kind: str, key: str) -> Any | None:
    path = cache_dir() / f"{kind}-{key}.pickle"
    try:
        with path.open("rb") as handle, no_gc():
            return pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception as error:  # a damaged or foreign file: rebuild rather than fail
        log.debug("ignoring prebuilt file %s: %s", path, error)
        return None


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """The cycle collector off while hundreds of thousands of containers are created at once: it
    would run dozens of times over them for nothing (no cycles), more than doubling the load time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def write(kind: str, key: str, value: Any) -> None:
    """Write atomically; older files of the same kind are removed (one KB in use at a time)."""
    directory = cache_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, prefix=f".{kind}-", delete=False) as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        target = directory / f"{kind}-{key}.pickle"
        os.replace(handle.name, target)
        for old in directory.glob(f"{kind}-*.pickle"):
            if old != target:
                old.unlink(missing_ok=True)
    except OSError as error:
        log.debug("cannot write a prebuilt file in %s: %s", directory, error)
