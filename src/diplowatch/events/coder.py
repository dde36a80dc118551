"""The seam between the event stage and whatever codes events.

A coder turns one actor-linked article into events:

    class Coder(Protocol):
        name: str
        def code(self, article: Article, context: CoderContext) -> list[Event]: ...

`RuleCoder` (events.rules) is the default. Another coder -- a trained classifier, or
`LLMCoder` (events.llm) calling an OpenAI-compatible endpoint the user runs -- is
passed to `EventCoder(..., coder=...)`; `Combined` runs several and keeps one event per
happening, so a model can complement the rules without touching the rest of the
pipeline.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from diplowatch.actors.results import PlaceMention
from diplowatch.model import Article, Event


@dataclass(frozen=True, slots=True)
class CoderContext:
    """What a coder may use besides the article: the linker's places and KB look-ups."""

    places: Sequence[PlaceMention] = ()
    place_name: Callable[[str], str | None] = field(default=lambda _id: None)  # place id -> display name
    actor_kind: Callable[[str], str | None] = field(default=lambda _key: None)  # actor key -> kind
    actor_country: Callable[[str], str | None] = field(default=lambda _key: None)  # actor key -> ISO alpha-3
    country_actor: Callable[[str], str | None] = field(default=lambda _iso3: None)  # ISO alpha-3 -> KB country id


class Coder(Protocol):
    name: str

    def code(self, article: Article, context: CoderContext) -> list[Event]: ...


@dataclass(frozen=True, slots=True)
class Combined:
    """Several coders; an event is kept unless an earlier coder already has one of the same type
    over the same participants (the first coder wins on conflicts)."""

    coders: tuple[Coder, ...]
    name: str = "combined"

    def code(self, article: Article, context: CoderContext) -> list[Event]:
        out: list[Event] = []
        for coder in self.coders:
            for event in coder.code(article, context):
                if not any(_same(event, kept) for kept in out):
                    out.append(event)
        return out


def _same(a: Event, b: Event) -> bool:
    pa, pb = set(a.actor) | set(a.recipient), set(b.actor) | set(b.recipient)
    return a.type == b.type and bool(pa & pb) and set(a.aux) == set(b.aux)
