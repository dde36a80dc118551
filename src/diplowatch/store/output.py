"""Listing output for the commands: `--format table|json|jsonl|csv` over rows of plain values.

A table fits the terminal it is printed on (the columns marked `flex` give up width, cut with "…");
printed to a pipe or a file it keeps every value whole. json is one array, jsonl one object a line,
csv one header and one line a row (through `export.write_csv`, like the exports).
"""

from __future__ import annotations

import io
import json
import shutil
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

FORMATS: tuple[str, ...] = ("table", "json", "jsonl", "csv")
MIN_FLEX = 8  # a flexible column is never cut narrower than this


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # the row key (and the json/csv field name)
    header: str = ""  # the table heading (default: the key)
    flex: bool = False  # may be cut to fit the terminal


def emit(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[Column],
    fmt: str,
    out: TextIO | None = None,
    *,
    width: int | None = None,
    fields: Sequence[str] | None = None,
) -> None:
    """Print `rows` in `fmt`. The table shows `columns`; json, jsonl and csv give every key of `fields`
    (default: all keys of the first row)."""
    out = out or sys.stdout
    keys = list(fields or (rows[0].keys() if rows else [c.key for c in columns]))
    if fmt == "json":
        out.write(
            json.dumps([{k: r.get(k) for k in keys} for r in rows], ensure_ascii=False, indent=1) + "\n"
        )
    elif fmt == "jsonl":
        out.writelines(json.dumps({k: r.get(k) for k in keys}, ensure_ascii=False) + "\n" for r in rows)
    elif fmt == "csv":
        from diplowatch.store.export import write_csv

        buffer = io.StringIO()
        write_csv(buffer, keys, rows)
        out.write(buffer.getvalue())
    elif rows:  # an empty table is no table (the command says "0 ..." on stderr)
        out.write(
            render_table(rows, columns, width=width if width is not None else terminal_width(out)) + "\n"
        )


def terminal_width(out: TextIO) -> int:
    """The terminal's width, or 0 (no limit) when `out` is not a terminal."""
    try:
        return shutil.get_terminal_size().columns if out.isatty() else 0
    except (AttributeError, ValueError):
        return 0


def render_table(rows: Sequence[Mapping[str, Any]], columns: Sequence[Column], *, width: int = 0) -> str:
    """An aligned text table; with `width`, the flexible columns shrink until a row fits."""
    headers = [c.header or c.key for c in columns]
    cells = [[display(r.get(c.key)) for c in columns] for r in rows]
    sizes = [max([len(h)] + [len(row[i]) for row in cells]) for i, h in enumerate(headers)]
    if width:
        sizes = _fit(sizes, [c.flex for c in columns], width - 2 * (len(columns) - 1))
    lines = [
        "  ".join(h[: sizes[i]].ljust(sizes[i]) for i, h in enumerate(headers)).rstrip(),
        "  ".join("-" * s for s in sizes),
    ]
    lines += [
        "  ".join(_cut(c, sizes[i]).ljust(sizes[i]) for i, c in enumerate(row)).rstrip() for row in cells
    ]
    return "\n".join(lines)


def display(value: Any) -> str:
    """A value as a table cell: lists joined by commas, floats with two decimals, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list | tuple):
        return ", ".join(display(v) for v in value)
    return " ".join(str(value).split())  # one line, whatever the text's layout


def _fit(sizes: list[int], flex: list[bool], room: int) -> list[int]:
    """Take width from the widest flexible column, one character at a time, until the row fits."""
    sizes = list(sizes)
    while sum(sizes) > room:
        candidates = [i for i, f in enumerate(flex) if f and sizes[i] > MIN_FLEX]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: sizes[i])
        sizes[widest] -= 1
    return sizes


def _cut(text: str, size: int) -> str:
    return text if len(text) <= size else text[: max(size - 1, 0)] + "…"
