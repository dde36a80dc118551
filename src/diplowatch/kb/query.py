"""Searching and showing KB entries (what `diplowatch actors QUERY` prints)."""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz, process

from diplowatch.kb.base import KB
from diplowatch.kb.schema import Entry
from diplowatch.text.normalise import fold_name

FUZZY_CUTOFF = 80  # WRatio; lets "Verchinin" find Sergey_Vershinin without listing half the KB


def search(kb: KB, query: str | None, *, limit: int = 50) -> list[Entry]:
    """Entries matching `query`: the exact id, then aliases containing it, then near spellings."""
    if not query:
        return sorted(kb, key=lambda e: (e.kind, e.id))[:limit]
    if query in kb:
        return [kb.entries[query]]
    wanted = fold_name(query)
    found = [
        e
        for e in kb
        if any(wanted in fold_name(alias) for _, alias in e.aliases()) or wanted in fold_name(e.id)
    ]
    if found:
        return found[:limit]
    choices = {(e.id, alias): fold_name(alias) for e in kb for _, alias in e.aliases()}
    near = process.extract(wanted, choices, scorer=fuzz.WRatio, score_cutoff=FUZZY_CUTOFF, limit=limit)
    return list({key[0]: kb.entries[key[0]] for _, _, key in near}.values())


def role_label(kb: KB, role: str) -> str:
    """A role key as a reader says it: its first English phrase ("foreign_minister" -> "foreign minister")."""
    definition = kb.roles.get(role)
    phrases = definition.phrases.get("en", ()) if definition else ()
    return str(phrases[0]) if phrases else role.replace("_", " ")


def holder_of(kb: KB, country: str | None, org: str | None) -> str:
    """Whom a role is held for, by name: "Russia" for RUS, "MINURSO" for MINURSO."""
    entry = kb.get(kb.country_id(country)) if country else kb.get(org)
    return entry.name if entry else (country or org or "")


def exact_entries(kb: KB, name: str) -> list[Entry]:
    """The entries whose id or one of whose aliases is `name` (folded: case and accents aside)."""
    wanted = fold_name(name)
    return [e for e in kb if fold_name(e.id) == wanted or any(fold_name(a) == wanted for _, a in e.aliases())]


def describe(entry: Entry) -> dict[str, Any]:
    """One entry as plain data: every field that is set, roles with their dates."""
    out: dict[str, Any] = {"id": entry.id, "kind": entry.kind, "name": entry.name}
    for key in ("country", "sector", "capital", "iso2", "metonym_for", "note"):
        if getattr(entry, key):
            out[key] = getattr(entry, key)
    for key in ("names", "descriptions", "demonyms"):
        if getattr(entry, key):
            out[key] = {lang: list(v) for lang, v in getattr(entry, key).items()}
    if entry.roles:
        out["roles"] = [
            {
                k: (v.isoformat() if hasattr(v, "isoformat") else v)
                for k, v in _spell(s).items()
                if v is not None
            }
            for s in entry.roles
        ]
    if entry.uncertain:
        out["uncertain"] = True
    if entry.wikidata:
        out["wikidata"] = entry.wikidata
    out["source"] = source(entry)
    out["origin"] = entry.origin
    return out


def source(entry: Entry) -> str:
    """ "generated" for entries of the generated file (scripts/build_person_kb.py), else "hand"."""
    return "generated" if entry.generated else "hand"


def _spell(spell: Any) -> dict[str, Any]:
    return {k: getattr(spell, k) for k in ("role", "country", "org", "start", "end", "note")} | (
        {"uncertain": True} if spell.uncertain else {}
    )
