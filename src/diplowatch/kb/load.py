"""Loading the KB: package data first, then each user directory merged on top by id.

A directory holds `roles.yaml` (role definitions), any other `*.yaml` (entries
of any kind) and optional `*.tsv` alias lists (`id<TAB>language<TAB>alias`).

Merging (as kb/data/README.md describes it): a user entry whose id already
exists *replaces* the packaged entry as a whole (so `names: {}` and `roles: []`
disable one), a new id is added, a user role key replaces the packaged role.
To *extend* an entry without copying it, list extra aliases in a TSV file:
they are added to whatever entry carries the id after the merge.

The package directory also holds generator inputs (countries_supplement.yaml):
only the files of PACKAGE_FILES are read there; a user directory is read whole.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from diplowatch.errors import DataFileError
from diplowatch.kb import cache
from diplowatch.kb.base import KB
from diplowatch.kb.check import entry_problems, reference_problems, role_problems
from diplowatch.kb.generated import GENERATED_FILE, read_generated
from diplowatch.kb.schema import Entry, Problem, RoleDef, RoleSpell
from diplowatch.kb.source import AliasRow, Item, read_tsv, read_yaml

log = logging.getLogger(__name__)

PACKAGE_DATA = Path(__file__).parent / "data"
ENV_VAR = "DIPLOWATCH_KB"  # default user directory when --kb is not given
ROLES_FILE = "roles.yaml"
GENERATED = "generated"  # the origin of entries from the generated file
PACKAGE_FILES = (
    "persons.yaml",
    "persons_world.yaml",
    "organizations.yaml",
    "organizations_world.yaml",
    "countries.yaml",
    "places.yaml",
    ROLES_FILE,
)


@dataclass(slots=True)
class DirData:
    """Everything read from one directory, problems included."""

    entries: list[Item] = field(default_factory=list)
    roles: list[Item] = field(default_factory=list)
    aliases: list[AliasRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # per-item: the loader refuses these


def read_dir(directory: Path) -> DirData:
    if not directory.is_dir():
        return DirData(problems=[Problem(str(directory), None, "not a directory")])
    out = DirData()
    for path in _yaml_files(directory):
        items, problems = read_yaml(path)
        out.problems += problems
        is_roles = path.name == ROLES_FILE
        (out.roles if is_roles else out.entries).extend(items)
        for item in items:
            out.problems += role_problems(item) if is_roles else entry_problems(item)
    for path in sorted(directory.glob("*.tsv")):
        rows, problems = read_tsv(path)
        out.aliases += rows
        out.problems += problems
    return out


def content_fingerprint(directories: list[Path] | tuple[Path, ...]) -> str:
    """A digest of every file the loader would read in `directories` (names and bytes): it changes
    when a user edits their KB, so results that depend on it are computed again."""
    digest = hashlib.sha256()
    for number, directory in enumerate(directories):  # the order matters (later wins), the path does not
        files = [*_yaml_files(directory), *sorted(directory.glob("*.tsv"))] if directory.is_dir() else []
        digest.update(f"\0dir {number}: {len(files)}".encode())
        for path in files:
            data = path.read_bytes()
            digest.update(f"\0{path.name} {len(data)}\0".encode())
            digest.update(data)
    return digest.hexdigest()


def _yaml_files(directory: Path) -> list[Path]:
    if directory.resolve() == PACKAGE_DATA.resolve():
        return [directory / name for name in PACKAGE_FILES if (directory / name).is_file()]
    return sorted(directory.glob("*.yaml"))


def check_dirs(user: list[Path] | tuple[Path, ...] = ()) -> list[Problem]:
    """Every problem in the user directories (or, with none, in the package data), file:line each.

    References may point into the package data: a user file can name a role or a
    country the package defines.
    """
    package = read_dir(PACKAGE_DATA) if PACKAGE_DATA.is_dir() else DirData()
    targets = [read_dir(d) for d in user] if user else [package]
    known_ids = (
        {i for item in package.entries if isinstance(i := item.data.get("id"), str)} if user else set()
    )
    known_roles = (
        {r for item in package.roles if isinstance(r := item.data.get("role"), str)} if user else set()
    )
    found: list[Problem] = []
    for data in targets:
        found += data.problems
        found += reference_problems(data.entries, data.roles, known_ids=known_ids, known_roles=known_roles)
    return found


def user_dirs(given: list[str] | None = None) -> list[Path]:
    """--kb directories if given, else $DIPLOWATCH_KB if set, else none."""
    if given:
        return [Path(d) for d in given]
    env = os.environ.get(ENV_VAR)
    return [Path(env)] if env else []


def load_kb(user: list[Path] | tuple[Path, ...] = (), *, package: bool = True) -> KB:
    """The package KB with each directory of `user` merged on top; raises DataFileError on bad items.

    The merged entries are kept in a prebuilt file (kb.cache) keyed by the bytes of
    every input file: parsing the YAML again costs more than a second at each start.
    """
    directories = ([PACKAGE_DATA] if package and PACKAGE_DATA.is_dir() else []) + list(user)
    key = cache.stamp(_input_files(directories, package) + cache.code_files(*CODE), *map(str, directories))
    built = cache.read("kb", key)
    if built is None:
        entries, origins, roles = _merge(directories, package)
        with cache.no_gc():
            built = (
                [build_entry(data, origins.get(data["id"], "")) for data in entries],
                [build_role(data) for data in roles],
            )
        cache.write("kb", key, built)
    kb = KB(*built)
    kb.stamp = key
    return kb


# Modules whose code decides what a merged KB holds.
CODE = ("diplowatch.kb.load", "diplowatch.kb.generated", "diplowatch.kb.source", "diplowatch.kb.schema")


def _input_files(directories: list[Path], package: bool) -> list[Path]:
    files = [PACKAGE_DATA / GENERATED_FILE] if package and (PACKAGE_DATA / GENERATED_FILE).is_file() else []
    for directory in directories:
        if directory.is_dir():
            files += _yaml_files(directory) + sorted(directory.glob("*.tsv"))
    return files


def _merge(
    directories: list[Path], package: bool
) -> tuple[list[dict[str, Any]], dict[str, str], list[dict[str, Any]]]:
    """Entry mappings (generated, then hand-written, then each user directory, later ids replacing
    earlier ones), the origin of each id, and role mappings."""
    merged_entries: dict[str, dict[str, Any]] = {}
    merged_roles: dict[str, dict[str, Any]] = {}
    origins: dict[str, str] = {}
    generated = PACKAGE_DATA / GENERATED_FILE
    if package and generated.is_file():
        # Generated first: a hand-written entry with the same id replaces it, as a user entry would.
        for generated_entry in read_generated(generated):
            merged_entries[generated_entry["id"]] = generated_entry
            origins[generated_entry["id"]] = GENERATED
    read = [read_dir(directory) for directory in directories]
    for data in read:
        if data.problems:
            first = data.problems[0]
            raise DataFileError(
                first.path,
                first.line,
                f"{first.message} ({len(data.problems)} problem(s); "
                "run `diplowatch actors --check --kb DIR` for all)",
            )
    all_entries = [item for data in read for item in data.entries]
    for problem in reference_problems(all_entries, [item for data in read for item in data.roles]):
        log.warning("%s", problem)
    for data in read:
        for item in data.entries:
            _merge_into(merged_entries, item.data["id"], item.data)
            if origins.get(item.data["id"], GENERATED) == GENERATED:
                origins[item.data["id"]] = f"{item.path}:{item.line}"
        for item in data.roles:
            _merge_into(merged_roles, item.data["role"], item.data)
        _add_alias_rows(merged_entries, data.aliases)
    return list(merged_entries.values()), origins, list(merged_roles.values())


@functools.cache
def default_kb() -> KB:
    """The package KB plus $DIPLOWATCH_KB, loaded once per process."""
    return load_kb(user_dirs())


def _merge_into(merged: dict[str, dict[str, Any]], key: str, new: dict[str, Any]) -> None:
    """A later directory's item replaces an earlier one with the same key as a whole."""
    merged[key] = dict(new)


def _add_alias_rows(merged: dict[str, dict[str, Any]], rows: list[AliasRow]) -> None:
    for row in rows:
        if row.id not in merged:
            raise DataFileError(row.path, row.line, f"alias for unknown id {row.id!r}")
        names = merged[row.id].setdefault("names", {}) or {}
        names.setdefault(row.language, [])
        if row.alias not in names[row.language]:
            names[row.language].append(row.alias)
        merged[row.id]["names"] = names


def build_entry(data: dict[str, Any], origin: str = "") -> Entry:
    """An Entry from a validated mapping (also the way tests build tiny KBs)."""
    return Entry(
        id=data["id"],
        kind=data["kind"],
        name=data["name"],
        country=data.get("country"),
        sector=data.get("sector"),
        names=_aliases(data.get("names")),
        descriptions=_aliases(data.get("descriptions")),
        roles=tuple(_spell(spell) for spell in data.get("roles") or []),
        demonyms=_aliases(data.get("demonyms")),
        capital=data.get("capital"),
        iso2=data.get("iso2"),
        metonym_for=data.get("metonym_for"),
        serves=data.get("serves"),
        uncertain=bool(data.get("uncertain", False)),
        note=data.get("note"),
        origin=origin,
        wikidata=data.get("wikidata"),
        generated=origin == GENERATED,
    )


def build_role(data: dict[str, Any]) -> RoleDef:
    return RoleDef(
        role=data["role"],
        needs_country=bool(data.get("needs_country", False)),
        one_holder=bool(data.get("one_holder", False)),
        posted=bool(data.get("posted", False)),
        org=data.get("org"),
        phrases=_aliases(data.get("phrases")),
    )


def _spell(data: dict[str, Any]) -> RoleSpell:
    return RoleSpell(
        role=data["role"],
        country=data.get("country"),
        org=data.get("org"),
        start=_day(data.get("start")),
        end=_day(data.get("end")),
        uncertain=bool(data.get("uncertain", False)),
        note=data.get("note"),
    )


def _day(value: Any) -> date | None:
    return value if isinstance(value, date) else None


def _aliases(value: Any) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        return {}
    return {lang: tuple(str(v) for v in values or ()) for lang, values in value.items()}


def kb_from_dicts(entries: list[dict[str, Any]], roles: list[dict[str, Any]] | None = None) -> KB:
    """A KB built from plain mappings, as written in YAML (for tests and embedding)."""
    return KB([build_entry(e) for e in entries], [build_role(r) for r in roles or []])
