"""Hostile and broken inputs (issue 15): each gives one clear line or is handled, and the batch goes on."""

from __future__ import annotations

import codecs
import json
import logging
import os
from datetime import date
from pathlib import Path

import pytest

from diplowatch.cli import main
from diplowatch.dates import find_dates
from diplowatch.model import RawDocument, Rejected
from diplowatch.reading.decode import decode
from diplowatch.reading.limits import MAX_TEXT_CHARS
from diplowatch.reading.read import read
from diplowatch.reading.sources import iter_inputs
from tests.cli_process import diplowatch, stderr_lines

GOOD = '{"text":"Bourita met de Mistura in Rabat on Monday."}\n'
TODAY = date(2025, 1, 1)


@pytest.mark.parametrize("field", ["title", "url", "text"])
def test_extract_keeps_a_jsonl_line_with_a_lone_surrogate_and_the_rest_of_the_batch(
    tmp_path: Path, field: str, capsys: pytest.CaptureFixture[str]
) -> None:
    line = {"text": "Bourita met de Mistura in Rabat on Monday."}
    line[field] = (line.get(field, "") + " \\ud83d").strip()  # the JSON escape itself, not a character
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps(line).replace("\\\\ud83d", "\\ud83d") + "\n" + GOOD, encoding="utf-8")
    assert main(["extract", "--no-actors", "--format", "jsonl", str(path)]) == 0
    out = capsys.readouterr().out
    out.encode("utf-8")  # what failed before: a lone surrogate cannot be written as UTF-8
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["source"] for r in records] == [f"{path}:1", f"{path}:2"]
    assert "\ufffd" in (records[0][field] if field != "text" else records[0]["body"])


def test_ingest_stores_a_jsonl_text_with_a_lone_surrogate_and_merges(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text(
        '{"text":"Bourita met \\ud83d de Mistura in Rabat on Monday."}\n' + GOOD, encoding="utf-8"
    )
    assert main(["ingest", "--no-actors", "--db", str(tmp_path / "d.sqlite"), str(path)]) == 0
    out = capsys.readouterr().out
    assert "2 input(s): 2 added" in out and "0 dossier event(s)" in out


def test_json_nested_5000_deep_is_one_rejected_line(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 5000 + "]" * 5000 + "\n" + '{"a":' * 5000 + "1" + "}" * 5000 + "\n" + GOOD)
    items = list(iter_inputs([str(path)]))
    assert [(i.reason if isinstance(i, Rejected) else "doc") for i in items] == [
        "bad-json",
        "bad-json",
        "doc",
    ]
    assert "nested too deeply" in items[0].detail


def test_wrong_jsonl_field_types_are_dropped_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "types.jsonl"
    fields = {
        "id": [1, 2],
        "language": "xx-invalid",
        "published": "last tuesday-ish",
        "title": {"a": 1},
        "url": "https://example.org/a",
        "text": "Bourita met de Mistura in Rabat on Monday.",
    }
    path.write_text(
        json.dumps(fields) + "\n" + json.dumps({"id": 7, "language": "en-GB", "text": "Hello."}) + "\n"
    )
    with caplog.at_level(logging.WARNING):
        first, second = iter_inputs([str(path)])
    assert first.given == {"url": "https://example.org/a"}
    assert second.given == {"id": "7", "language": "en"}
    warnings = [r.getMessage() for r in caplog.records]
    assert len(warnings) == 4 and all(w.startswith(f"diplowatch: {path}:1: field ") for w in warnings)
    assert any("'published' ignored" in w and "YYYY-MM-DD" in w for w in warnings)


def test_a_text_over_the_spacy_limit_is_rejected_before_any_stage() -> None:
    text = "Bourita met de Mistura in Rabat on Monday, and they spoke about the talks.\n" * 20_000
    assert len(text) > MAX_TEXT_CHARS
    result = read(RawDocument("big.txt", data=text.encode("utf-8")), today=TODAY)
    assert isinstance(result, Rejected) and result.reason == "too-long" and "1,000,000" in result.detail


def test_dates_past_year_9999_are_dropped_not_raised() -> None:
    for phrase in ("next week", "tomorrow", "next month", "next year", "on Monday"):
        assert find_dates(f"Bourita will meet de Mistura in Rabat {phrase}.", "en", date(9999, 12, 31)) == []
    assert find_dates("They met yesterday.", "en", date(1, 1, 1)) == []


def test_dates_command_with_published_9999_12_31_and_next_week(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(
        '{"published":"9999-12-31","language":"en","text":"Bourita will meet de Mistura next week."}\n'
    )
    assert main(["dates", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["timex"] == []


def test_utf16_without_bom_is_text() -> None:
    text = "L'émissaire a été reçu à Rabat par le ministre des Affaires étrangères."
    for encoding in ("utf-16-le", "utf-16-be"):
        assert decode(text.encode(encoding)).text == text


def test_a_file_mixing_utf8_and_cp1252_lines_decodes_each_line() -> None:
    data = "Première ligne, écrite en UTF-8.\n".encode() + "Deuxième, collée depuis Windows.\n".encode(
        "cp1252"
    )
    decoded = decode(data)
    assert decoded.text == "Première ligne, écrite en UTF-8.\nDeuxième, collée depuis Windows.\n"
    assert decoded.encoding == "utf-8+cp1252"


def test_broken_links_and_link_loops_are_reported(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Un texte.")
    (tmp_path / "sub" / "up").symlink_to("..")
    (tmp_path / "dangling.txt").symlink_to("nowhere.txt")
    (tmp_path / "l1.txt").symlink_to("l2.txt")
    (tmp_path / "l2.txt").symlink_to("l1.txt")
    found = {Path(i.source).name: getattr(i, "reason", "doc") for i in iter_inputs([str(tmp_path)])}
    assert found == {
        "dangling.txt": "not-found",
        "l1.txt": "link-loop",
        "l2.txt": "link-loop",
        "a.txt": "doc",
        "up": "link-loop",
    }


def test_an_unreadable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "b.txt").write_text("Un texte.")
    real = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_inputs([str(tmp_path)]))
    assert [(Path(i.source).name, getattr(i, "reason", "doc")) for i in items] == [
        ("b.txt", "doc"),
        ("locked", "unreadable"),
    ]


def test_a_file_name_with_a_newline_gives_a_one_line_rejection(tmp_path: Path) -> None:
    path = tmp_path / "fake\ndiplowatch: other.txt: rejected (binary).txt"
    path.write_bytes(b"")
    result = diplowatch("extract", "--no-actors", path)
    lines = stderr_lines(result)
    assert len(lines) == 1 and "fake\\ndiplowatch" in lines[0] and "rejected (empty)" in lines[0]


def test_html_without_text_prints_only_our_rejection(tmp_path: Path) -> None:
    for number, page in enumerate(("<html><body></body></html>", "<p>x</p>", "<html><body><div>")):
        (tmp_path / f"{number}.html").write_text(page)
    lines = stderr_lines(diplowatch("extract", "--no-actors", tmp_path))
    assert len(lines) == 3 and all(line.startswith("diplowatch: ") for line in lines), lines


def test_bom_less_utf16_file_is_read_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes(
        codecs.encode("Bourita a reçu de Mistura à Rabat lundi pour parler du processus.\n", "utf-16-le")
    )
    items = list(iter_inputs([str(path)]))
    result = read(items[0], today=TODAY)
    assert not isinstance(result, Rejected) and result.body.startswith("Bourita a reçu")


def test_dates_command_survives_deep_nesting_and_lone_surrogates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(
        "[" * 5000 + "\n" + '{"id":"\\udc00","language":"en","published":"2024-03-12",'
        '"text":"Bourita \\ud83d met him yesterday."}\n'
    )
    assert main(["dates", str(path)]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["timex"][0]["value"] == "2024-03-11" and "nested too deeply" in err


def test_publication_date_guessing_reads_the_opening_and_a_short_last_line_of_a_long_text() -> None:
    from diplowatch.reading.metadata import DATE_GUESS_CHARS, LAST_LINE_CHARS, date_window

    article = "Le ministre a reçu l'envoyé.\n" * 100
    assert date_window(article) == article
    long = "Le 3 mars 2021, le ministre a reçu l'envoyé.\n" * 5_000 + "05-12-2022\n"
    window = date_window(long)
    assert window.startswith(long[:DATE_GUESS_CHARS]) and window.endswith("\n05-12-2022")
    assert len(window) <= DATE_GUESS_CHARS + LAST_LINE_CHARS + 1
    assert len(date_window(long + "x" * 1_000)) == DATE_GUESS_CHARS  # a long last line is no date line
