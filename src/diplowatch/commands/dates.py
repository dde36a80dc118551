"""`diplowatch dates`: find and normalise the time expressions of JSONL documents.

Input: JSONL, one document a line with `text` and any of `id`, `published` (YYYY-MM-DD...)
and `language` (fr, en, es, ar). Output: one line a document,
{"id": ..., "timex": [{"start", "end", "text", "value", "granularity", "approximate", "kind"}]}.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from diplowatch.dates import find_dates
from diplowatch.reading.given import scrub


class _BadLine(Exception):
    pass


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "dates",
        help="find and normalise date expressions in JSONL documents",
        description=__doc__.splitlines()[0],
    )
    parser.add_argument("paths", nargs="*", default=["-"], help="JSONL files, or - for standard input")
    parser.add_argument("--language", default="fr", help="language of documents that do not give one")
    parser.set_defaults(func=func)


def _anchor(published: Any) -> date | None:
    if published in (None, ""):
        return None
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError as error:
        raise _BadLine(f"published {published!r} is not a YYYY-MM-DD date") from error


def _document(line: str) -> dict[str, Any]:
    try:
        document = json.loads(line)
    except json.JSONDecodeError as error:
        raise _BadLine(f"not JSON ({error.msg})") from error
    except RecursionError as error:
        raise _BadLine("not JSON (arrays or objects nested too deeply)") from error
    if not isinstance(document, dict) or not isinstance(document.get("text"), str):
        raise _BadLine("expected an object with a string `text`")
    return {**document, "text": scrub(document["text"])}  # a lone surrogate cannot be printed


def _lines(paths: list[str]) -> Iterator[tuple[str, int, str]]:
    for path in paths:
        try:
            stream: TextIO = sys.stdin if path == "-" else Path(path).open(encoding="utf-8")
        except OSError as error:
            print(f"diplowatch dates: {path}: cannot open ({error.strerror})", file=sys.stderr)
            continue
        with stream if path != "-" else contextlib.nullcontext(stream):  # never close stdin
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    yield path, number, line


def _record(document: dict[str, Any], default_language: str, where: str) -> dict[str, Any]:
    anchor = _anchor(document.get("published"))
    language = str(document.get("language") or default_language)
    found = find_dates(document["text"], language, anchor)
    identifier = document.get("id", where)
    return {
        "id": scrub(identifier) if isinstance(identifier, str) else identifier,
        "timex": [e.as_dict() for e in found],
    }


def func(args: argparse.Namespace) -> int:
    read = 0
    good: set[str] = set()  # paths with at least one valid line
    skipped: set[str] = set()  # paths whose first line is no JSON object at all: not JSONL files
    for path, number, line in _lines(args.paths):
        if path in skipped:
            continue
        where = f"{path}:{number}"
        try:
            record = _record(_document(line), args.language, where)
        except _BadLine as error:
            if path not in good and not line.lstrip().startswith(("{", "[")):  # FILE.txt: one message
                skipped.add(path)
                print(
                    f"diplowatch dates: {path}: not a JSONL file (line {number}: {error}); skipped",
                    file=sys.stderr,
                )
            else:
                print(f"diplowatch dates: {where}: {error}", file=sys.stderr)
            continue
        good.add(path)
        print(json.dumps(record, ensure_ascii=False))
        read += 1
    return 0 if read else 1
