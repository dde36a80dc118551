"""Dated role resolution: "le chef de la diplomatie russe" on 2024-03-11 is Sergey Lavrov.

A role phrase names an office; who holds it depends on the country (from a cue
next to the phrase) and on the day (the article's publication date). Without a
date we take the current holder and say so with a lower confidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from diplowatch.kb import KB

CONFIDENCE_DATED = 0.9
CONFIDENCE_UNDATED = 0.6  # no publication date: the current holder is only the likeliest one
CONFIDENCE_SHARED = 0.5  # several people held the role that day (co-holders, overlapping spells)


@dataclass(frozen=True, slots=True)
class Holder:
    person: str
    confidence: float
    reason: str  # provenance, e.g. "foreign_minister/RUS on 2024-03-11"


def needs_country(kb: KB, role: str) -> bool:
    definition = kb.roles.get(role)
    return bool(definition and definition.needs_country)


def resolve(kb: KB, role: str, *, country: str | None, on: date | None) -> Holder | None:
    """The person holding `role` for `country` (ISO3, None when the role needs none) on `on`."""
    if country is None and needs_country(kb, role):
        return None
    found = kb.holders(role, country=country, on=on)
    if not found:
        return None
    entry, spell = found[0]
    confidence = CONFIDENCE_DATED if on else CONFIDENCE_UNDATED
    if len({e.id for e, _ in found}) > 1 or spell.uncertain:
        confidence = min(confidence, CONFIDENCE_SHARED)
    when = on.isoformat() if on else "today"
    return Holder(entry.id, confidence, f"{role}/{country or '-'} on {when}")


def holds(kb: KB, person: str, role: str, on: date | None, country: str | None = None) -> bool:
    """Whether `person` held `role` on `on` (for `country`, ISO3, when given: "the Ghanaian president" is
    no Kenyan one); undated, whether they ever held it.

    Used for references back to someone already named ("le chef de la diplomatie"
    after "Antony Blinken"): the text has named the person, so any spell will do
    when the date is unknown.
    """
    entry = kb.get(person)
    if entry is None:
        return False
    return any(
        s.role == role
        and (s.covers(on) if on else True)
        and (country is None or (s.country or entry.country) == country)
        for s in entry.roles
    )
