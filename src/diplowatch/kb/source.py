"""Reading KB files into plain items that remember their file and line.

YAML is composed (not just loaded) so that every key keeps its line: a user
editing a 500-entry file needs "persons.yaml:212: unknown key 'rolse'", not
"entry 37 is wrong". TSV files are a quick way to add aliases in bulk:
`id<TAB>language<TAB>alias`, `#` comments allowed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from diplowatch.kb.schema import Problem
from diplowatch.text.langdata import DataLoader

KeyPath = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Item:
    """One top-level YAML mapping (an entry or a role) with the line of every key inside it."""

    data: dict[str, Any]
    path: str
    line: int
    lines: dict[KeyPath, int] = field(default_factory=dict)

    def line_of(self, *key: str | int) -> int:
        """Line of the deepest known prefix of `key` (the item's own line at worst)."""
        for cut in range(len(key), 0, -1):
            if key[:cut] in self.lines:
                return self.lines[key[:cut]]
        return self.line


@dataclass(frozen=True, slots=True)
class AliasRow:
    id: str
    language: str
    alias: str
    path: str
    line: int


def read_yaml(path: Path) -> tuple[list[Item], list[Problem]]:
    """The file's top-level list of mappings; a syntax error or another shape is a Problem."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=DataLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        return [], [Problem(str(path), line, f"not valid YAML: {getattr(error, 'problem', error)}")]
    except (OSError, UnicodeDecodeError) as error:
        return [], [Problem(str(path), None, f"cannot read: {error}")]
    if root is None:
        return [], []
    if not isinstance(root, yaml.SequenceNode):
        return [], [
            Problem(
                str(path), root.start_mark.line + 1, "expected a list of entries (lines starting with '- ')"
            )
        ]
    return _items(root, str(path))


def _items(root: yaml.SequenceNode, path: str) -> tuple[list[Item], list[Problem]]:
    constructor = DataLoader("")
    items, problems = [], []
    for node in root.value:
        line = node.start_mark.line + 1
        if not isinstance(node, yaml.MappingNode):
            problems.append(Problem(path, line, "each entry must be a mapping of keys (id: ..., kind: ...)"))
            continue
        try:
            data = constructor.construct_object(node, deep=True)
        except yaml.YAMLError as error:
            problems.append(Problem(path, line, f"cannot read entry: {error}"))
            continue
        lines: dict[KeyPath, int] = {}
        _collect_lines(node, (), lines)
        items.append(Item(data, path, line, lines))
    return items, problems


def _collect_lines(node: yaml.Node, prefix: KeyPath, out: dict[KeyPath, int]) -> None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = prefix + (str(key_node.value),)
            out[key] = key_node.start_mark.line + 1
            _collect_lines(value_node, key, out)
    elif isinstance(node, yaml.SequenceNode):
        for index, child in enumerate(node.value):
            out[prefix + (index,)] = child.start_mark.line + 1
            _collect_lines(child, prefix + (index,), out)


def read_tsv(path: Path) -> tuple[list[AliasRow], list[Problem]]:
    rows, problems = [], []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return [], [Problem(str(path), None, f"cannot read: {error}")]
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) != 3 or not all(cells):
            problems.append(Problem(str(path), number, "expected 3 tab-separated cells: id, language, alias"))
            continue
        rows.append(AliasRow(cells[0], cells[1], cells[2], str(path), number))
    return rows, problems
