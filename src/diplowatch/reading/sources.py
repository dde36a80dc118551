"""Turn command-line paths into RawDocuments: files, directories (recursively), JSONL and stdin.

Problems with one input become `Rejected` records in the same stream, so a batch
never stops on a bad file.
"""

from __future__ import annotations

import errno
import io
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from diplowatch.model import RawDocument, Rejected
from diplowatch.reading.given import given_fields, scrub
from diplowatch.reading.limits import (
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    MAX_DOCUMENT_BYTES,
    MAX_JSONL_LINE_BYTES,
    TEXT_SUFFIXES,
)
from diplowatch.reading.names import printable_name

Item = RawDocument | Rejected


def iter_inputs(paths: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[Item]:
    for name in paths:
        if name == "-":
            yield from _read_stream("-", stdin or sys.stdin.buffer)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _walk(path, frozenset({_identity(path)}))
        elif path.exists():
            yield from _read_file(path)
        else:
            yield _missing(path)


def _walk(directory: Path, ancestors: frozenset[tuple[int, int]]) -> Iterator[Item]:
    """Files under `directory` in name order, following links to folders; every folder that cannot be
    listed and every broken or looping link with a readable suffix is reported, not skipped silently."""
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError as error:
        yield Rejected(
            printable_name(directory),
            "read",
            "unreadable",
            f"cannot list the folder ({error.strerror or error})",
        )
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            info = path.stat()
        except OSError as error:
            if _readable_suffix(path):
                yield (
                    _missing(path)
                    if error.errno != errno.EACCES
                    else Rejected(printable_name(path), "read", "unreadable", error.strerror or str(error))
                )
            continue
        if stat.S_ISDIR(info.st_mode):
            identity = (info.st_dev, info.st_ino)
            if identity in ancestors:
                yield Rejected(
                    printable_name(path),
                    "read",
                    "link-loop",
                    "a symbolic link to a folder that contains it: not followed",
                )
            else:
                yield from _walk(path, ancestors | {identity})
        elif stat.S_ISREG(info.st_mode) and _readable_suffix(path):
            yield from _read_file(path)


def _identity(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_dev, info.st_ino


def _readable_suffix(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def _missing(path: Path) -> Rejected:
    """A path that does not exist, a dangling link or a loop of links."""
    name = printable_name(path)
    if not path.is_symlink():
        return Rejected(name, "read", "not-found", "no such file or directory")
    try:
        path.resolve(strict=True)
    except RuntimeError:
        return Rejected(name, "read", "link-loop", "symbolic links that point at each other")
    except OSError as error:
        if error.errno == errno.ELOOP:
            return Rejected(name, "read", "link-loop", "symbolic links that point at each other")
    target = printable_name(os.readlink(path))
    return Rejected(name, "read", "not-found", f"a symbolic link to a missing file ({target})")


def _read_file(path: Path) -> Iterator[Item]:
    source = printable_name(path)
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


def read_content(source: str, suffix: str, data: bytes) -> Iterator[Item]:
    """The documents of a file's bytes already read by someone else (Spark): a JSONL file gives one a
    line, a text or HTML file one in all, with the same limits and rejections as a file read here."""
    suffix = suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(source, io.BytesIO(data))
    elif len(data) > MAX_DOCUMENT_BYTES:
        yield Rejected(source, "read", "too-large", f"{len(data):,} bytes, limit {MAX_DOCUMENT_BYTES:,}")
    else:
        yield RawDocument(source=source, data=data, given={"suffix": suffix})


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
    except RecursionError:  # the C decoder recurses once per nesting level
        return Rejected(where, "read", "bad-json", "arrays or objects nested too deeply")
    if not isinstance(obj, dict):
        return Rejected(where, "read", "bad-json", f"expected an object, got {type(obj).__name__}")
    return document_from_object(where, obj)


def document_from_object(where: str, obj: dict[str, Any]) -> Item:
    """One article given as fields (a JSONL object, a Parquet row): `text` or `html`, and the given
    fields (id, url, published, language, outlet, title), each checked."""
    text, html = obj.get("text"), obj.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return Rejected(where, "read", "no-text", 'the object has no "text" or "html" string')
    return RawDocument(
        source=where,
        text=scrub(text) if isinstance(text, str) else None,
        html=scrub(html) if isinstance(html, str) else None,
        given=given_fields(obj, where),
    )
