"""Typed knowledge-base records and the YAML schema they are read from.

The data files (kb/data/*.yaml, and a user's directory merged on top) are lists
of entries; `roles.yaml` is a list of role definitions. The key sets below are
the whole schema: `diplowatch actors --check` reports any other key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

EntryKind = Literal["person", "country", "organization", "territory", "group", "place"]
KINDS: frozenset[str] = frozenset({"person", "country", "organization", "territory", "group", "place"})
ACTOR_KINDS: frozenset[str] = KINDS - {"place"}  # a place is never an actor on its own

# Languages of aliases; "xx" means any language (a name written the same everywhere).
LANGUAGES: frozenset[str] = frozenset({"en", "fr", "es", "ar", "xx"})

ENTRY_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "kind",
        "name",
        "country",
        "sector",
        "names",
        "descriptions",
        "roles",
        "demonyms",
        "capital",
        "iso2",
        "metonym_for",
        "serves",
        "uncertain",
        "note",
        "wikidata",
    }
)
REQUIRED_ENTRY_KEYS: tuple[str, ...] = ("id", "kind", "name")
SPELL_KEYS: frozenset[str] = frozenset({"role", "country", "org", "start", "end", "uncertain", "note"})
ROLE_KEYS: frozenset[str] = frozenset(
    {"role", "needs_country", "one_holder", "posted", "org", "phrases", "note"}
)

Aliases = dict[str, tuple[str, ...]]  # language -> phrases


@dataclass(frozen=True, slots=True)
class RoleSpell:
    """One dated spell of a person in a role: foreign_minister for RUS from 2004-03-09, still holding."""

    role: str
    country: str | None = None  # ISO 3166-1 alpha-3, for roles of a state
    org: str | None = None  # entry id, for roles of an organisation (defaults to the role's org)
    start: date | None = None  # None: unknown, treated as "long ago"
    end: date | None = None  # None: still holding
    uncertain: bool = False
    note: str | None = None

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


# Not frozen: a frozen dataclass unpickles field by field in Python, a plain slotted one in C, and the
# prebuilt KB holds 20,000 entries (treat entries as read-only all the same).
@dataclass(slots=True)
class Entry:
    id: str
    kind: str
    name: str
    country: str | None = None
    sector: str | None = None
    names: Aliases = field(default_factory=dict)
    descriptions: Aliases = field(default_factory=dict)
    roles: tuple[RoleSpell, ...] = ()
    demonyms: Aliases = field(default_factory=dict)
    capital: str | None = None
    iso2: str | None = None
    metonym_for: str | None = None
    # the state or territory (an entry id) a body serves in ("MINURSO": Western_Sahara): its descriptions
    # ("the UN mission", "los cascos azules") stand for it only in a document that names that place
    serves: str | None = None
    uncertain: bool = False
    note: str | None = None
    origin: str = ""  # "path:line" of the entry, for messages
    wikidata: str | None = None  # Wikidata QID, for generated entries
    generated: bool = False  # from the generated file (scripts/build_person_kb.py), not written by hand

    def aliases(self) -> list[tuple[str, str]]:
        """(language, alias) pairs, the display name first."""
        pairs = [("xx", self.name)]
        pairs += [(lang, alias) for lang, values in self.names.items() for alias in values]
        return list(dict.fromkeys(pairs))


@dataclass(frozen=True, slots=True)
class RoleDef:
    """A role and the phrases that name it ("chef de la diplomatie" -> foreign_minister)."""

    role: str
    needs_country: bool = False  # the phrase needs a country cue to pick a holder
    # one person at a time for a state or body: a later holder's start ends a spell left open (the
    # Wikidata snapshot stops in 2023; a holder it lists as still in office may have left since)
    one_holder: bool = False
    # many holders at once for one state, each posted somewhere ("l'ambassadeur d'Algérie"): the day
    # does not say which one a phrase means; only a name, or a holder the text named, does
    posted: bool = False
    org: str | None = None  # the organisation the role belongs to (United_Nations for the SG)
    phrases: Aliases = field(default_factory=dict)
    origin: str = ""


@dataclass(frozen=True, slots=True)
class Problem:
    """One error in a data file, with where it is."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"
