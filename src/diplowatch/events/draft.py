"""An event while it is being coded: like `model.Event`, with every evidence span and provenance."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from diplowatch.model import Aux, Event, EventDate, Evidence, Location


@dataclass(frozen=True, slots=True)
class Draft:
    type: str
    mode: tuple[str, ...]
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    location: Location | None
    date: EventDate | None
    # "clause", "sentence", "reference", "previous", "narrative", "published", "background" (a relative
    # clause: left undated) or "none"
    date_source: str
    aux: tuple[Aux, ...]
    evidence: tuple[Evidence, ...]  # every sentence that states it (several after a merge)
    confidence: float
    rule: str  # e.g. "rules:fr:CONSULT:rencontrer:parse"
    arguments: str = "parse"  # how the actor was found: parse, proximity, previous, unlinked, none
    # (sentence start, n): which of the meetings its sentence tells apart it is (events.tours). Two
    # drafts holding different parts of one sentence are two happenings: they are never merged back.
    parts: frozenset[tuple[int, int]] = frozenset()
    week: str = ""  # "2024-W10" when its date is a week written as its month ("last week"): for merging
    # a reaction's object names an act: its categories ("rejected the demand": REQUEST; "*": any act)
    about: tuple[str, ...] = ()

    def participants(self) -> set[str]:
        return set(self.actor) | set(self.recipient)

    def replace(self, **changes: object) -> Draft:
        """dataclasses.replace, without its generic field checks (drafts are replaced many times)."""
        for name in _FIELDS:
            if name not in changes:
                changes[name] = getattr(self, name)
        return Draft(**changes)  # type: ignore[arg-type]

    def to_event(self) -> Event:
        """The record's event: the first evidence span leads, the others follow in `more_evidence`."""
        return Event(
            self.type,
            self.mode,
            self.actor,
            self.recipient,
            self.location,
            self.date,
            self.aux,
            self.evidence[0],
            round(min(1.0, max(0.0, self.confidence)), 3),
            self.rule,
            more_evidence=tuple(self.evidence[1:]),
        )


_FIELDS = tuple(f.name for f in dataclasses.fields(Draft))
