"""The seam between the event stage and whatever codes events.

A coder turns one actor-linked article into events:

    class Coder(Protocol):
        name: str
        def code(self, article: Article, context: CoderContext) -> list[Event]: ...

`RuleCoder` (events.rules) is the default. Another coder (a trained classifier, a
language model the user runs) is passed to `EventCoder(coder=...)` without touching
the rest of the pipeline.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from diplowatch.model import Article, Event, PlaceMention


@dataclass(frozen=True, slots=True)
class CoderContext:
    """Look-ups over the article's actors and places (built by `events.stage.context`)."""

    places: Sequence[PlaceMention] = ()
    place_name: Callable[[str], str | None] = field(default=lambda _id: None)  # place id -> display name
    actor_kind: Callable[[str], str | None] = field(default=lambda _key: None)  # actor key -> kind
    actor_country: Callable[[str], str | None] = field(default=lambda _key: None)  # actor key -> ISO alpha-3
    country_actor: Callable[[str], str | None] = field(
        default=lambda _iso3: None
    )  # ISO alpha-3 -> KB country id
    # actor key -> its PLOVER sector codes, space-separated ("GOV", "PTY REB")
    actor_sector: Callable[[str], str | None] = field(default=lambda _key: None)


class Coder(Protocol):
    name: str

    def code(self, article: Article, context: CoderContext) -> list[Event]: ...
