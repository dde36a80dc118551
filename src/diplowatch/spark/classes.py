"""Class-data sharing for a local Spark JVM: Spark's classes mapped from an archive the first run made.

A Spark JVM loads and verifies thousands of classes when it starts and when a job first plans a query,
reads files or writes Parquet: seconds of CPU that local[2]'s Python workers need (a 400-document job:
26 s of JVM CPU, 14 s with the archive). The first local session whose JVM can write the archive does so
as it exits (-XX:ArchiveClassesAtExit, into a part file: `stop_session` waits for the exit and puts the
file in place); later sessions map it (-XX:SharedArchiveFile). It lives in the cache folder (kb.cache),
named after what it was made from (the java binary, the Spark jars, the JVM options), and a JVM that
cannot use it ignores it: the archive only ever saves time. Nothing is shipped: the archive (some 200 MB)
is made on the machine that uses it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from diplowatch.kb import cache

# The JVM's messages about the archive (every class it cannot store, an archive of another JDK build)
# would reach the terminal; an unusable archive is simply not used.
QUIET = "-Xlog:cds=off -Xlog:cds+dynamic=off"
EXIT_WAIT_S = 120  # how long `finish` waits for the JVM to write the archive as it exits


@dataclass(frozen=True, slots=True)
class ClassArchive:
    """The archive of a local session: mapped if it exists, else written by this session's JVM."""

    path: Path
    part: Path | None  # where this JVM writes it at its exit; None when the archive is mapped

    def java_options(self) -> str:
        if self.part is None:
            return f"-XX:SharedArchiveFile={self.path} {QUIET}"
        return f"-XX:ArchiveClassesAtExit={self.part} {QUIET}"

    def finish(self, jvm: subprocess.Popen[bytes] | None) -> None:
        """Once the session is stopped: end the JVM that writes the archive, then put the archive in
        place (and remove archives of other JVMs or Spark versions). Nothing when it was mapped."""
        if self.part is None or jvm is None:
            return
        if jvm.stdin is not None:
            jvm.stdin.close()  # the JVM exits when its driver's pipe closes, writing the archive
        try:
            status = jvm.wait(timeout=EXIT_WAIT_S)
        except subprocess.TimeoutExpired:
            jvm.kill()
            jvm.wait()
            status = -1
        if status == 0 and self.part.is_file() and self.part.stat().st_size:
            os.replace(self.part, self.path)
            for old in self.path.parent.glob("spark-*.jsa"):
                if old != self.path:
                    old.unlink(missing_ok=True)
        self.part.unlink(missing_ok=True)


def class_archive(java_options: str) -> ClassArchive | None:
    """The archive for a local JVM started with `java_options`; None when no java is found or the
    cache folder cannot be written."""
    java = _java()
    if java is None:
        return None
    import pyspark

    jars = Path(pyspark.__file__).parent / "jars"
    key = hashlib.sha1(java_options.encode())
    stat = java.stat()
    key.update(f"{java}|{stat.st_size}|{stat.st_mtime_ns}|{pyspark.__version__}".encode())
    key.update("|".join(sorted(os.listdir(jars)) if jars.is_dir() else []).encode())
    directory = cache.cache_dir()
    path = directory / f"spark-{key.hexdigest()[:20]}.jsa"
    if path.is_file():
        return ClassArchive(path, part=None)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    if not os.access(directory, os.W_OK):
        return None
    _remove_stale_parts(directory)
    return ClassArchive(path, part=path.with_name(f"{path.name}.part-{os.getpid()}"))


def _remove_stale_parts(directory: Path) -> None:
    """Part files of sessions that were never stopped (their process is gone): hundreds of MB each."""
    for part in directory.glob("spark-*.jsa.part-*"):
        pid = part.name.rsplit("-", 1)[1]
        if pid.isdigit() and not _running(int(pid)):
            part.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _java() -> Path | None:
    """The java binary Spark's launcher runs: $JAVA_HOME/bin/java, else the one on the PATH."""
    home = os.environ.get("JAVA_HOME")
    found = Path(home) / "bin" / "java" if home else None
    if found is None or not found.is_file():
        which = shutil.which("java")
        found = Path(which) if which else None
    return found.resolve() if found is not None else None
