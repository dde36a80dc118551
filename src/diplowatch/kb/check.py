"""Validation of KB items: every problem with its file and line, never just the first.

Two levels: `entry_problems`/`role_problems` look at one item (shape, keys,
types, codes); `reference_problems` looks across files (a role key that
roles.yaml does not define, a `metonym_for` pointing nowhere, a duplicate id).
The loader refuses items with problems of the first kind and only logs the
second kind, so one dangling reference does not stop a whole run;
`diplowatch actors --check` reports both.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import pycountry

from diplowatch.kb.schema import (
    ENTRY_KEYS,
    KINDS,
    LANGUAGES,
    REQUIRED_ENTRY_KEYS,
    ROLE_KEYS,
    SPELL_KEYS,
    Problem,
)
from diplowatch.kb.source import Item
from diplowatch.text.normalise import alias_keys

ALIAS_FIELDS = ("names", "descriptions", "demonyms")


def entry_problems(item: Item) -> list[Problem]:
    data = item.data
    found = _unknown_keys(item, data, ENTRY_KEYS, ())
    found += [
        _at(item, (), f"missing required key {key!r}") for key in REQUIRED_ENTRY_KEYS if key not in data
    ]
    found += _text(item, data, "id")
    if isinstance(data.get("id"), str) and " " in data["id"]:
        found.append(_at(item, ("id",), "id must be the English Wikipedia title with '_' for spaces"))
    found += _text(item, data, "name")
    if "kind" in data and data["kind"] not in KINDS:
        found.append(_at(item, ("kind",), f"kind must be one of {', '.join(sorted(KINDS))}"))
    found += _country(item, data.get("country"), ("country",))
    for key in ("sector", "capital", "metonym_for", "serves", "note", "iso2"):
        found += _text(item, data, key)
    if isinstance(data.get("iso2"), str) and len(data["iso2"]) != 2:
        found.append(_at(item, ("iso2",), "iso2 must be a 2-letter ISO 3166-1 code"))
    found += _flag(item, data, "uncertain", ())
    for key in ALIAS_FIELDS:
        found += _aliases(item, data.get(key), (key,))
    found += _spells(item, data.get("roles"))
    return found


def role_problems(item: Item) -> list[Problem]:
    data = item.data
    found = _unknown_keys(item, data, ROLE_KEYS, ())
    found += _text(item, data, "role")
    if "role" not in data:
        found.append(_at(item, (), "missing required key 'role'"))
    found += _text(item, data, "org")
    found += _text(item, data, "note")
    found += _flag(item, data, "needs_country", ())
    found += _flag(item, data, "one_holder", ())
    found += _flag(item, data, "posted", ())
    found += _aliases(item, data.get("phrases"), ("phrases",))
    return found


def reference_problems(
    entries: Iterable[Item],
    roles: Iterable[Item],
    *,
    known_ids: Iterable[str] = (),
    known_roles: Iterable[str] = (),
) -> list[Problem]:
    """Cross-file checks on `entries`/`roles`: duplicates in one file, unknown role keys and ids.

    `known_ids`/`known_roles` are those defined elsewhere (the package data under a user directory).
    """
    entries, roles = list(entries), list(roles)
    ids = {item.data.get("id") for item in entries} | set(known_ids)
    role_keys = {item.data.get("role") for item in roles} | set(known_roles)
    found = _duplicates(entries, "id") + _duplicates(roles, "role") + _names_shadowing_places(entries)
    for item in entries:
        for key in ("metonym_for", "capital", "serves"):
            target = item.data.get(key)
            if isinstance(target, str) and target not in ids:
                found.append(_at(item, (key,), f"{key} {target!r} is not the id of any entry"))
        for index, spell in enumerate(_as_list(item.data.get("roles"))):
            if isinstance(spell, dict) and role_keys and spell.get("role") not in role_keys:
                found.append(
                    _at(item, ("roles", index, "role"), f"role {spell.get('role')!r} is not in roles.yaml")
                )
    return found


def _names_shadowing_places(entries: list[Item]) -> list[Problem]:
    """A person's one-word name that is also a place's or a country's one-word name ("الباريس" folds to
    Paris once the article is peeled): every mention of the place would link to the person."""
    places: dict[tuple[str, ...], str] = {}
    for item in entries:
        if item.data.get("kind") in ("place", "country", "territory"):
            for name in _names(item.data):
                places.setdefault(alias_keys(name), str(item.data.get("id")))
    found = []
    for item in entries:
        if item.data.get("kind") != "person":
            continue
        for name in _names(item.data):
            keys = alias_keys(name)
            if len(keys) == 1 and keys in places:
                found.append(_at(item, ("names",), f"name {name!r} is also the name of {places[keys]!r}"))
    return found


def _names(data: dict[str, Any]) -> list[str]:
    names = data.get("names")
    if not isinstance(names, dict):
        return []
    return [n for spellings in names.values() for n in _as_list(spellings) if isinstance(n, str)]


def _duplicates(items: list[Item], key: str) -> list[Problem]:
    seen: dict[Any, Item] = {}
    found = []
    for item in items:
        value = item.data.get(key)
        # The same id in two directories is a deliberate override (see kb.load); in one, a mistake.
        if value in seen and Path(seen[value].path).parent == Path(item.path).parent:
            first = seen[value]
            found.append(_at(item, (key,), f"duplicate {key} {value!r} (first at {first.path}:{first.line})"))
        seen.setdefault(value, item)
    return found


def _spells(item: Item, spells: Any) -> list[Problem]:
    if spells is None:
        return []
    if not isinstance(spells, list):
        return [_at(item, ("roles",), "roles must be a list of {role: ..., start: ..., end: ...}")]
    found = []
    for index, spell in enumerate(spells):
        where: tuple[str | int, ...] = ("roles", index)
        if not isinstance(spell, dict):
            found.append(_at(item, where, "each role must be a mapping {role: ..., country: ...}"))
            continue
        found += _unknown_keys(item, spell, SPELL_KEYS, where)
        if not isinstance(spell.get("role"), str):
            found.append(_at(item, where, "a role needs 'role: <key from roles.yaml>'"))
        found += _country(item, spell.get("country"), where + ("country",))
        found += _flag(item, spell, "uncertain", where)
        found += _dates(item, spell, where)
    return found


def _dates(item: Item, spell: dict[str, Any], where: tuple[str | int, ...]) -> list[Problem]:
    found = []
    for key in ("start", "end"):
        value = spell.get(key)
        if value is not None and not isinstance(value, date):
            found.append(_at(item, where + (key,), f"{key} must be a date written YYYY-MM-DD, or null"))
    start, end = spell.get("start"), spell.get("end")
    if isinstance(start, date) and isinstance(end, date) and end < start:
        found.append(_at(item, where + ("end",), f"end {end} is before start {start}"))
    return found


def _aliases(item: Item, value: Any, where: tuple[str | int, ...]) -> list[Problem]:
    if value is None:
        return []
    if not isinstance(value, dict):
        return [
            _at(item, where, f"{where[0]} must map a language ({', '.join(sorted(LANGUAGES))}) to a list")
        ]
    found = []
    for lang, phrases in value.items():
        if lang not in LANGUAGES:
            found.append(
                _at(item, where + (lang,), f"unknown language {lang!r} (use {', '.join(sorted(LANGUAGES))})")
            )
        if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
            found.append(
                _at(item, where + (lang,), "expected a list of non-empty strings, e.g. [Rabat, Ar-Ribat]")
            )
    return found


def _country(item: Item, code: Any, where: tuple[str | int, ...]) -> list[Problem]:
    if code is None:
        return []
    if not isinstance(code, str) or pycountry.countries.get(alpha_3=code) is None:
        return [_at(item, where, f"{code!r} is not an ISO 3166-1 alpha-3 code (e.g. MAR, DZA, ESH)")]
    return []


def _text(item: Item, data: dict[str, Any], key: str) -> list[Problem]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, str) or not value.strip():
        return [_at(item, (key,), f"{key} must be a non-empty string")]
    return []


def _flag(item: Item, data: dict[str, Any], key: str, where: tuple[str | int, ...]) -> list[Problem]:
    if key in data and not isinstance(data[key], bool):
        return [_at(item, where + (key,), f"{key} must be true or false")]
    return []


def _unknown_keys(
    item: Item, data: dict[str, Any], known: frozenset[str], where: tuple[str | int, ...]
) -> list[Problem]:
    return [
        _at(item, where + (str(key),), f"unknown key {key!r} (known: {', '.join(sorted(known))})")
        for key in data
        if key not in known
    ]


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _at(item: Item, key: tuple[str | int, ...], message: str) -> Problem:
    return Problem(item.path, item.line_of(*key) if key else item.line, message)
