"""The actor and recipient found for a trigger, with where they came from (events.arguments,
events.proximity)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Arguments:
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    source: str  # "parse", "proximity", "unlinked", "modifier" (a participle without actor) or "none"
    clause: frozenset[int]  # token indices of the trigger's clause (for date and place)
    subject_text: str = ""  # the parsed subject's words when no actor is linked to it
    subject_head: str = ""  # folded lemma of the parsed subject's head noun ("texte", "resolution")
