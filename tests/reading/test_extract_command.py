"""`diplowatch extract` end to end on good and bad inputs (actor linking off: no spaCy needed here)."""

import io
import json
import sys
from pathlib import Path

import pytest

from diplowatch.cli import main

from .pages import FRENCH_PAGE

ARTICLE = "Le ministre a reçu l'envoyé onusien à Rabat pour un entretien consacré à la relance du processus politique."
HTML = (
    "<html><head><title>Rencontre à Rabat</title>"
    '<meta property="og:site_name" content="Le Courrier du Maghreb">'
    '<meta property="article:published_time" content="2022-07-05T10:00:00+00:00"></head>'
    "<body><nav><a href='/'>Accueil</a></nav><article><h1>Rencontre à Rabat</h1>"
    f"<p>{ARTICLE}</p><p>Les deux responsables ont évoqué le format des tables rondes soutenu par le Conseil de sécurité.</p>"
    "</article><footer>© 2022 Le Courrier du Maghreb</footer></body></html>"
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict], list[str]]:
    status = main(["extract", "--no-actors", "--format", "jsonl", *args])
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines() if line.strip()]
    return status, records, [line for line in err.splitlines() if line.strip()]


def test_every_input_kind_gives_a_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "page.txt").write_text(FRENCH_PAGE, encoding="utf-8")
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "docs.jsonl").write_text(
        json.dumps(
            {
                "id": "wire-1",
                "text": ARTICLE,
                "published": "2022-07-06",
                "language": "fr",
                "outlet": "Agence X",
                "url": "https://example.org/1",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    status, records, errors = run(capsys, str(tmp_path))
    assert status == 0 and errors == []
    by_name = {Path(r["source"]).name: r for r in records}
    assert set(by_name) == {"docs.jsonl:1", "page.html", "page.txt"}
    wire = by_name["docs.jsonl:1"]
    assert (wire["doc_id"], wire["published"], wire["outlet"], wire["url"]) == (
        "wire-1",
        "2022-07-06",
        "Agence X",
        "https://example.org/1",
    )
    html = by_name["page.html"]
    assert ARTICLE in html["body"] and "Accueil" not in html["body"] and "©" not in html["body"]
    assert (html["title"], html["published"], html["language"]) == ("Rencontre à Rabat", "2022-07-05", "fr")
    text = by_name["page.txt"]
    assert text["body"].startswith("L'envoyé personnel") and len(text["doc_id"]) == 16


def test_record_has_every_field_of_the_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    _, (record,), _ = run(capsys, str(tmp_path / "a.txt"))
    assert list(record) == [
        "doc_id",
        "source",
        "url",
        "outlet",
        "title",
        "published",
        "language",
        "body",
        "segments",
        "actors",
        "events",
        "quotes",
    ]
    assert record["segments"] == [{"start": 0, "end": len(record["body"]), "language": "fr"}]


def test_bad_inputs_get_one_line_each_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "1-good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "2-empty.txt").write_bytes(b"")
    (tmp_path / "3-binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (tmp_path / "4-truncated.html").write_text(HTML[: HTML.index("</p>") - 20], encoding="utf-8")
    (tmp_path / "5-lines.jsonl").write_text(
        '{"id": "ok", "text": "' + ARTICLE + '"}\n{oops\n', encoding="utf-8"
    )
    with (tmp_path / "6-huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (tmp_path / "7-menu.txt").write_text("Accueil\nContact\n© 2024 Site\n", encoding="utf-8")
    status, records, errors = run(capsys, str(tmp_path))
    assert status == 0
    assert sorted(Path(r["source"]).name for r in records) == [
        "1-good.txt",
        "4-truncated.html",
        "5-lines.jsonl:1",
    ]
    assert len(errors) == 5
    for name, reason in [
        ("2-empty.txt", "empty"),
        ("3-binary.txt", "binary"),
        ("5-lines.jsonl:2", "bad-json"),
        ("6-huge.txt", "too-large"),
        ("7-menu.txt", "no-body"),
    ]:
        assert any(name in line and f"({reason})" in line for line in errors), (name, errors)


def test_nothing_readable_exits_non_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    status, records, errors = run(capsys, str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"))
    assert status == 1 and records == [] and len(errors) == 2


def test_stdin_is_read(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("cp1252"))))
    status, (record,), _ = run(capsys, "-")
    assert status == 0 and record["source"] == "-" and record["body"] == ARTICLE


def test_json_format_is_one_valid_array(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE + " Encore.", encoding="utf-8")
    assert main(["extract", "--no-actors", str(tmp_path)]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
