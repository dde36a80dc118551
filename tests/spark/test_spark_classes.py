"""The local JVM's class archive: written by the first session's JVM as it exits, mapped by later ones,
never a cause of failure."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from diplowatch.spark.classes import ClassArchive, class_archive


@pytest.fixture
def java(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A java binary of its own (what the archive is keyed on) and an empty cache folder."""
    home = tmp_path / "jdk"
    (home / "bin").mkdir(parents=True)
    binary = home / "bin" / "java"
    binary.write_text("a JVM of some build")
    monkeypatch.setenv("JAVA_HOME", str(home))
    monkeypatch.setenv("DIPLOWATCH_CACHE", str(tmp_path / "cache"))
    return binary


def exiting(status: int) -> subprocess.Popen[bytes]:
    """A process that waits for its stdin to close, then exits with `status`, as the JVM does."""
    return subprocess.Popen(["sh", "-c", f"cat >/dev/null; exit {status}"], stdin=subprocess.PIPE)


def test_class_archive_is_written_at_the_first_session_then_mapped(java: Path) -> None:
    first = class_archive("-XX:TieredStopAtLevel=1")
    assert first is not None and first.part is not None
    assert f"-XX:ArchiveClassesAtExit={first.part}" in first.java_options()
    first.part.write_bytes(b"classes")  # what the JVM writes as it exits
    first.finish(exiting(0))
    assert first.path.read_bytes() == b"classes" and not first.part.exists()
    later = class_archive("-XX:TieredStopAtLevel=1")
    assert later == ClassArchive(first.path, part=None)
    assert f"-XX:SharedArchiveFile={first.path}" in later.java_options()


def test_class_archive_of_a_jvm_that_failed_is_not_kept(java: Path) -> None:
    archive = class_archive("")
    assert archive is not None and archive.part is not None
    archive.part.write_bytes(b"half")
    archive.finish(exiting(1))
    assert not archive.path.exists() and not archive.part.exists()


def test_class_archive_of_another_jvm_replaces_the_old_one(java: Path) -> None:
    old = class_archive("")
    assert old is not None and old.part is not None
    old.part.write_bytes(b"old")
    old.finish(exiting(0))
    java.write_text("another build of the JVM")
    new = class_archive("")
    assert new is not None and new.part is not None and new.path != old.path
    new.part.write_bytes(b"new")
    new.finish(exiting(0))
    assert new.path.is_file() and not old.path.exists()


def test_class_archive_parts_of_sessions_gone_are_removed(java: Path) -> None:
    archive = class_archive("")
    assert archive is not None and archive.part is not None
    gone = archive.part.with_name(archive.part.name.rsplit("-", 1)[0] + "-999999999")
    gone.write_bytes(b"left by a session never stopped")
    archive.part.write_bytes(b"this session's")
    class_archive("")
    assert not gone.exists() and archive.part.exists()


def test_class_archive_needs_a_java(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "nothing"))
    monkeypatch.setenv("PATH", str(tmp_path))
    assert class_archive("") is None
