"""Assemblies that vote on texts (data: lang/events.yaml `voting_bodies`), and the one a passage of an
article refers to. Both the event stage (a text's calls act for the assembly that adopted it, a vote is
addressed to it) and the quote stage (a resolution quoted speaks for that assembly) ask."""

from __future__ import annotations

from collections.abc import Sequence

from diplowatch.text.langdata import lang_data
from diplowatch.text.mentions import ActorMention

VOTING_BODIES = frozenset(lang_data("events.yaml")["voting_bodies"])


def assembly_near(found: Sequence[ActorMention], start: int, end: int) -> str | None:
    """The assembly of the article nearest body[start:end]: named in it, else the first one named before
    it (the assembly whose vote the article tells is named first; "the African Union was not
    mentioned" later names no assembly that voted), else the first one named after it."""
    bodies = [m for m in found if m.key in VOTING_BODIES]
    inside = [m for m in bodies if start <= m.start < end]
    before = [m for m in bodies if m.start < start]
    pick = inside[0] if inside else before[0] if before else bodies[0] if bodies else None
    return pick.key if pick else None
