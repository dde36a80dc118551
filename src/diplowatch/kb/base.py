"""The in-memory knowledge base: entries by id, role definitions, and dated role look-ups."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from datetime import date

from diplowatch.kb.schema import Entry, RoleDef, RoleSpell

MAX_HELD = 50_000  # holders() answers kept before the table is emptied


class KB:
    """Entries and roles; build one from three entries in a test, or `load_kb()` for the real one."""

    def __init__(self, entries: Iterable[Entry], roles: Iterable[RoleDef] = ()) -> None:
        self.entries: dict[str, Entry] = {entry.id: entry for entry in entries}
        self.roles: dict[str, RoleDef] = {role.role: role for role in roles}
        states = [e for e in self.entries.values() if e.kind in ("country", "territory")]
        self._by_iso3 = {e.country: e.id for e in states if e.country}
        self._capital_of = {e.capital: e.id for e in states if e.capital}
        self.stamp: str | None = (
            None  # hash of the files it was loaded from (keys prebuilt files built from it)
        )
        self._spells: dict[tuple[str, str | None], list[tuple[Entry, RoleSpell]]] | None = (
            None  # (role, ISO3 or None for any) -> spells, built on first use
        )
        # holders() answers, kept as long as the spells index they come from: a role without a country
        # ("le président") lists thousands of spells, and an article asks for the same few many times
        self._held: dict[tuple[str, str | None, str | None, date | None], list[tuple[Entry, RoleSpell]]] = {}
        # (role, ISO3, organisation) -> the sorted starts of its spells: when a one-holder role changed hands
        self._starts: dict[tuple[str, str | None, str | None], list[date]] = {}

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self.entries

    def get(self, entry_id: str | None) -> Entry | None:
        return self.entries.get(entry_id) if entry_id else None

    def country_id(self, iso3: str | None) -> str | None:
        """The entry id of the country or territory with this ISO 3166-1 alpha-3 code."""
        return self._by_iso3.get(iso3) if iso3 else None

    def iso3(self, entry_id: str | None) -> str | None:
        entry = self.get(entry_id)
        return entry.country if entry else None

    def governed_by(self, place_id: str) -> str | None:
        """The country a city stands for as a metonym ("Rabat" -> Morocco), if any."""
        place = self.get(place_id)
        if place is not None and place.metonym_for:
            return place.metonym_for
        return self._capital_of.get(place_id)

    def holders(
        self, role: str, *, country: str | None = None, org: str | None = None, on: date | None = None
    ) -> list[tuple[Entry, RoleSpell]]:
        """Persons holding `role` for `country` (ISO3) or `org` on `on`; without a date, current holders.

        Sorted best first: spells that are certain, then the most recent start.
        """
        asked = (role, country, org, on)
        if asked not in self._held:
            if len(self._held) >= MAX_HELD:  # a long archive asks for ever new days: bounded
                self._held.clear()
            self._held[asked] = self._holders(role, country, org, on)
        return list(self._held[asked])

    def _holders(
        self, role: str, country: str | None, org: str | None, on: date | None
    ) -> list[tuple[Entry, RoleSpell]]:
        default_org = self.roles[role].org if role in self.roles else None
        if self._spells is None:  # tens of thousands of persons: index the spells by role and country once
            self._spells = {}
            for entry in self.entries.values():
                for spell in entry.roles:
                    self._spells.setdefault((spell.role, None), []).append((entry, spell))
                    if spell.country:
                        self._spells.setdefault((spell.role, spell.country), []).append((entry, spell))
        found = []
        one_holder = role in self.roles and self.roles[role].one_holder
        for entry, spell in self._spells.get((role, country), ()):
            if not _same(spell.country, country) or not _same(spell.org or default_org, org):
                continue
            if one_holder and spell.end is None and self._succeeded(spell, on, default_org):
                continue
            if spell.covers(on) if on else spell.end is None:
                found.append((entry, spell))
        return sorted(found, key=lambda pair: (pair[1].uncertain, -(pair[1].start or date.min).toordinal()))

    def _succeeded(self, spell: RoleSpell, on: date | None, default_org: str | None) -> bool:
        """An open spell of a one-holder role that a later holder of the same state or body, begun by
        `on` (or at all, for today), has ended: the earlier holder left when the later one came in."""
        group = (spell.role, spell.country, spell.org or default_org)
        if group not in self._starts:
            spells = (self._spells or {}).get((spell.role, spell.country), ())
            self._starts[group] = sorted(
                s.start
                for _, s in spells
                if s.start is not None and s.country == spell.country and (s.org or default_org) == group[2]
            )
        starts = self._starts[group]
        later = bisect.bisect_right(starts, spell.start or date.min)  # the first start after this one's
        return later < len(starts) and (on is None or starts[later] <= on)


def _same(have: str | None, want: str | None) -> bool:
    """A filter left open (want None) accepts anything."""
    return want is None or have == want
