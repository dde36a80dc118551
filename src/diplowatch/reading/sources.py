"""Turn command-line paths into RawDocuments: files, directories (recursively), JSONL and stdin.

Problems with one input become `Rejected` records in the same stream, so a batch
never stops on a bad file.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from diplowatch.model import RawDocument, Rejected
from diplowatch.reading.limits import (
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    MAX_DOCUMENT_BYTES,
    MAX_JSONL_LINE_BYTES,
    TEXT_SUFFIXES,
)

# JSONL fields copied into RawDocument.given (spec section 0).
GIVEN_FIELDS = ("id", "url", "published", "language", "outlet", "title")

Item = RawDocument | Rejected


def iter_inputs(paths: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[Item]:
    for name in paths:
        if name == "-":
            yield from _read_stream("-", stdin or sys.stdin.buffer)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield from _read_file(path)
        else:
            yield Rejected(name, "read", "not-found", "no such file or directory")


def _walk(root: Path) -> Iterator[Item]:
    readable = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
    for path in sorted(root.rglob("*")):
        hidden = any(part.startswith(".") for part in path.relative_to(root).parts)
        if path.is_file() and not hidden and path.suffix.lower() in readable:
            yield from _read_file(path)


def _read_file(path: Path) -> Iterator[Item]:
    source = str(path)
    if path.suffix.lower() in JSONL_SUFFIXES:
        try:
            with path.open("rb") as handle:
                yield from _read_jsonl(source, handle)
        except OSError as error:
            yield Rejected(source, "read", "unreadable", error.strerror or str(error))
        return
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            yield Rejected(source, "read", "too-large", f"{size:,} bytes, limit {MAX_DOCUMENT_BYTES:,}")
            return
        data = path.read_bytes()
    except OSError as error:
        yield Rejected(source, "read", "unreadable", error.strerror or str(error))
        return
    yield RawDocument(source=source, data=data, given={"suffix": path.suffix.lower()})


def _read_stream(source: str, stream: BinaryIO) -> Iterator[Item]:
    """stdin: JSONL when it opens with a JSON object, else one document."""
    head = stream.read(MAX_DOCUMENT_BYTES + 1)
    if head.lstrip()[:1] == b"{":
        yield from _read_jsonl(source, io.BufferedReader(_Chained(head, stream)))
    elif len(head) > MAX_DOCUMENT_BYTES:
        yield Rejected(source, "read", "too-large", f"more than {MAX_DOCUMENT_BYTES:,} bytes")
    else:
        yield RawDocument(source=source, data=head)


class _Chained(io.RawIOBase):
    """The bytes already read from a stream, then the rest of the stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head, self._rest = io.BytesIO(head), rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        chunk = self._head.read(len(buffer)) or self._rest.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _read_jsonl(source: str, handle: BinaryIO) -> Iterator[Item]:
    for number, line in enumerate(_lines(handle), start=1):
        where = f"{source}:{number}"
        if line is None:
            yield Rejected(where, "read", "too-large", f"JSONL line over {MAX_JSONL_LINE_BYTES:,} bytes")
        elif line.strip():
            yield _jsonl_document(where, line)


def _lines(handle: BinaryIO) -> Iterator[bytes | None]:
    """Lines of a binary stream; None for a line over the limit (its bytes are skipped, not kept)."""
    while True:
        line = handle.readline(MAX_JSONL_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_JSONL_LINE_BYTES and not line.endswith(b"\n"):
            while (rest := handle.readline(MAX_JSONL_LINE_BYTES)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _jsonl_document(where: str, line: bytes) -> Item:
    try:
        obj = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return Rejected(where, "read", "bad-encoding", "JSONL must be UTF-8")
    except json.JSONDecodeError as error:
        return Rejected(where, "read", "bad-json", f"{error.msg} at column {error.colno}")
    if not isinstance(obj, dict):
        return Rejected(where, "read", "bad-json", f"expected an object, got {type(obj).__name__}")
    text, html = obj.get("text"), obj.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return Rejected(where, "read", "no-text", 'the object has no "text" or "html" string')
    given = {key: str(obj[key]) for key in GIVEN_FIELDS if obj.get(key) not in (None, "")}
    return RawDocument(
        source=where,
        text=text if isinstance(text, str) else None,
        html=html if isinstance(html, str) else None,
        given=given,
    )
