"""The event stage: Article -> Article with `events` (see the package docstring)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from diplowatch.events.coder import Coder, CoderContext
from diplowatch.events.mentions import actor_key
from diplowatch.events.rules import RuleCoder
from diplowatch.model import Article

if TYPE_CHECKING:
    from diplowatch.actors.stage import ActorLinker


class EventCoder:
    """Stage. `linker` gives the places the actor stage found (and the KB for their names);
    `coder` is the rule coder unless another one is given."""

    name = "events"
    requires = ("body", "language", "segments", "actors")
    assigns = ("events",)

    def __init__(self, linker: ActorLinker | None = None, *, coder: Coder | None = None) -> None:
        self.linker = linker
        self.coder: Coder = coder or RuleCoder()

    def __call__(self, article: Article) -> Article:
        return dataclasses.replace(article, events=tuple(self.coder.code(article, self.context(article))))

    def context(self, article: Article) -> CoderContext:
        kinds = {actor_key(a.id, a.name): a.kind for a in article.actors}
        countries = {actor_key(a.id, a.name): a.country for a in article.actors}
        if self.linker is None:
            return CoderContext(actor_kind=kinds.get, actor_country=countries.get)
        kb = self.linker.kb

        def place_name(place_id: str) -> str | None:
            entry = kb.get(place_id)
            return entry.name if entry else None

        return CoderContext(self.linker.places(article), place_name, kinds.get, countries.get, kb.country_id)
