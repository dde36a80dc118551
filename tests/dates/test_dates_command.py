"""The `diplowatch dates` command, through diplowatch.cli.main."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplowatch.cli import main


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_dates_command_prints_one_line_per_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = _write(
        tmp_path / "docs.jsonl",
        [
            json.dumps(
                {"id": "a", "text": "Il a été reçu jeudi soir.", "published": "2022-02-05", "language": "fr"}
            ),
            json.dumps({"id": "b", "text": "ذهب أمس", "published": "2024-03-14", "language": "ar"}),
            json.dumps({"id": "c", "text": "Nothing dated here.", "language": "en"}),
        ],
    )
    assert main(["dates", str(docs)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in records] == ["a", "b", "c"]
    first = records[0]["timex"][0]
    assert {k: first[k] for k in ("start", "end", "text", "value", "granularity")} == {
        "start": 14,
        "end": 24,
        "text": "jeudi soir",
        "value": "2022-02-03TEV",
        "granularity": "day",
    }
    assert records[1]["timex"][0]["value"] == "2024-03-13"
    assert records[2]["timex"] == []


def test_dates_command_reports_bad_lines_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = _write(
        tmp_path / "docs.jsonl",
        [
            "{not json",
            json.dumps({"id": "x", "text": "hier", "published": "2022-02-05"}),
            json.dumps({"id": "y", "text": "hier", "published": "le 5 février"}),
            json.dumps({"id": "z"}),
        ],
    )
    assert main(["dates", str(docs)]) == 0
    captured = capsys.readouterr()
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == ["x"]
    errors = captured.err.strip().splitlines()
    assert [e.split(": ")[1].rsplit(":", 1)[1] for e in errors] == ["1", "3", "4"]
    assert all(str(docs) in e for e in errors)


def test_dates_command_fails_when_nothing_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dates", str(tmp_path / "missing.jsonl")]) != 0
    assert "missing.jsonl" in capsys.readouterr().err


def test_dates_command_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    line = json.dumps({"id": "s", "text": "el pasado jueves", "published": "2024-03-14", "language": "es"})
    monkeypatch.setattr("sys.stdin", io.StringIO(line + "\n"))
    assert main(["dates", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["timex"][0]["value"] == "2024-03-07"
