"""The KB's size: entries by kind and source, persons' role spells, aliases per language
(what `diplowatch actors --stats` prints)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, fields
from typing import Any

from diplowatch.kb.base import KB
from diplowatch.kb.query import source


@dataclass(slots=True)
class KBStats:
    entries: Counter[str] = field(default_factory=Counter)  # kind -> count
    persons: Counter[str] = field(default_factory=Counter)  # source ("hand", "generated") -> count
    role_spells: Counter[str] = field(default_factory=Counter)  # source -> dated role spells of persons
    persons_with_roles: int = 0
    role_keys: int = 0  # role definitions (roles.yaml)
    role_phrases: Counter[str] = field(default_factory=Counter)  # language -> role phrases
    aliases: Counter[str] = field(default_factory=Counter)  # language -> distinct aliases of all entries
    person_aliases: Counter[str] = field(default_factory=Counter)  # language -> distinct aliases of persons


def kb_stats(kb: KB) -> KBStats:
    stats = KBStats(role_keys=len(kb.roles))
    seen: dict[tuple[bool, str], set[str]] = {}  # (person?, language) -> aliases
    for entry in kb:
        stats.entries[entry.kind] += 1
        is_person = entry.kind == "person"
        if is_person:
            stats.persons[source(entry)] += 1
            stats.role_spells[source(entry)] += len(entry.roles)
            stats.persons_with_roles += bool(entry.roles)
        for language, alias in entry.aliases():
            seen.setdefault((is_person, language), set()).add(alias)
    for (is_person, language), aliases in seen.items():
        stats.aliases[language] += len(aliases)
        if is_person:
            stats.person_aliases[language] += len(aliases)
    for role in kb.roles.values():
        for language, phrases in role.phrases.items():
            stats.role_phrases[language] += len(phrases)
    return stats


def stats_data(stats: KBStats) -> dict[str, Any]:
    """The figures as plain data (counters as dicts), for JSON."""
    values = {f.name: getattr(stats, f.name) for f in fields(stats)}
    return {name: dict(v) if isinstance(v, Counter) else v for name, v in values.items()}


def stats_lines(stats: KBStats) -> list[str]:
    """The figures as short lines of text, languages in a fixed order ("xx" = any language)."""

    def by(counter: Counter[str], order: tuple[str, ...]) -> str:
        keys = [k for k in order if k in counter] + sorted(set(counter) - set(order))
        return ", ".join(f"{k} {counter[k]:,}" for k in keys) + f" (total {sum(counter.values()):,})"

    languages = ("en", "fr", "es", "ar", "xx")
    sources = ("hand", "generated")
    return [
        f"entries: {by(stats.entries, ('person', 'country', 'territory', 'organization', 'group', 'place'))}",
        f"persons: {by(stats.persons, sources)}; {stats.persons_with_roles:,} with dated roles",
        f"role spells of persons: {by(stats.role_spells, sources)}",
        f"role keys: {stats.role_keys}; role phrases: {by(stats.role_phrases, languages)}",
        f"aliases of persons: {by(stats.person_aliases, languages)}",
        f"aliases of all entries: {by(stats.aliases, languages)}",
    ]
