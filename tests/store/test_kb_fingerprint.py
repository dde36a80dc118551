"""A user KB's content, not its path, decides whether an unchanged input must be processed again."""

from __future__ import annotations

import shutil
from pathlib import Path

from diplowatch.pipeline import Options
from diplowatch.store.ingest import pipeline_signature

ENTRY = "- id: Kofi_Annan\n  kind: person\n  name: Kofi Annan\n"


def _kb(folder: Path, text: str) -> Path:
    folder.mkdir()
    (folder / "persons.yaml").write_text(text, encoding="utf-8")
    return folder


def test_kb_fingerprint_changes_when_the_user_kb_is_edited(tmp_path: Path) -> None:
    kb = _kb(tmp_path / "kb", ENTRY)
    before = pipeline_signature(Options(kb_dirs=(kb,)))
    (kb / "persons.yaml").write_text(ENTRY + "  country: GHA\n", encoding="utf-8")
    assert pipeline_signature(Options(kb_dirs=(kb,))) != before


def test_kb_fingerprint_ignores_where_the_kb_lives(tmp_path: Path) -> None:
    kb = _kb(tmp_path / "kb", ENTRY)
    moved = shutil.copytree(kb, tmp_path / "elsewhere")
    assert pipeline_signature(Options(kb_dirs=(kb,))) == pipeline_signature(Options(kb_dirs=(moved,)))
    assert pipeline_signature(Options(kb_dirs=(kb,))) != pipeline_signature(Options())
