import io
import json
from pathlib import Path

from diplowatch.model import RawDocument, Rejected
from diplowatch.reading.limits import MAX_DOCUMENT_BYTES
from diplowatch.reading.sources import iter_inputs


def _sources(items: list) -> list[str]:
    return [item.source for item in items]


def test_directory_is_walked_recursively_in_order_skipping_hidden_and_unknown(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("un", encoding="utf-8")
    (tmp_path / "b" / "c.html").write_text("<p>deux</p>", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("caché", encoding="utf-8")
    (tmp_path / "notes.gold.json").write_text("{}", encoding="utf-8")
    items = list(iter_inputs([str(tmp_path)]))
    assert _sources(items) == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "c.html")]


def test_jsonl_lines_become_documents_and_bad_lines_rejections(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    lines = [
        json.dumps({"id": "d1", "text": "Premier texte.", "published": "2024-03-11", "language": "fr"}),
        "{not json",
        "",
        json.dumps(["a", "list"]),
        json.dumps({"id": "d4", "title": "no text"}),
        json.dumps({"id": "d5", "html": "<p>Cinquième</p>"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_inputs([str(path)]))
    assert [type(item).__name__ for item in items] == [
        "RawDocument",
        "Rejected",
        "Rejected",
        "Rejected",
        "RawDocument",
    ]
    assert items[0].given == {"id": "d1", "published": "2024-03-11", "language": "fr"}
    assert items[1].source == f"{path}:2" and items[1].reason == "bad-json"
    assert items[2].reason == "bad-json" and items[3].reason == "no-text"
    assert items[4].html == "<p>Cinquième</p>" and items[4].source == f"{path}:6"


def test_missing_path_is_a_rejection(tmp_path: Path) -> None:
    (item,) = iter_inputs([str(tmp_path / "nowhere.txt")])
    assert isinstance(item, Rejected) and item.reason == "not-found"


def test_file_over_the_size_limit_is_rejected_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: costs no disk and no time
        handle.truncate(50 * 1024 * 1024)
    (item,) = iter_inputs([str(path)])
    assert isinstance(item, Rejected) and item.reason == "too-large"
    assert f"{MAX_DOCUMENT_BYTES:,}" in item.detail


def test_stdin_plain_text_is_one_document() -> None:
    (item,) = iter_inputs(["-"], stdin=io.BytesIO("Un article lu sur l'entrée standard.".encode()))
    assert isinstance(item, RawDocument) and item.source == "-" and item.data


def test_stdin_jsonl_is_read_line_by_line() -> None:
    data = b'{"id": "x", "text": "one"}\n{"id": "y", "text": "two"}\n'
    items = list(iter_inputs(["-"], stdin=io.BytesIO(data)))
    assert [item.given["id"] for item in items] == ["x", "y"]
