"""The event stage: Article -> Article with `events` (see the package docstring)."""

from __future__ import annotations

import dataclasses

from diplowatch.events.coder import Coder, CoderContext
from diplowatch.events.rules import RuleCoder
from diplowatch.model import Article
from diplowatch.text.mentions import actor_key


class EventCoder:
    """Stage: everything it reads is in the Article (the parse, the actors, the places, the quotations
    and their speakers);
    `coder` is the rule coder unless another one is given."""

    name = "events"
    requires: tuple[str, ...] = ("body", "language", "segments", "parses", "actors", "places", "quotes")
    assigns: tuple[str, ...] = ("events",)

    def __init__(self, *, coder: Coder | None = None) -> None:
        self.coder: Coder = coder or RuleCoder()

    def __call__(self, article: Article) -> Article:
        return dataclasses.replace(article, events=tuple(self.coder.code(article, context(article))))


def context(article: Article) -> CoderContext:
    """Look-ups over the article's actors and places, for the coder."""
    kinds = {actor_key(a.id, a.name): a.kind for a in article.actors}
    countries = {actor_key(a.id, a.name): a.country for a in article.actors}
    sectors = {actor_key(a.id, a.name): a.sector for a in article.actors}
    place_names = {p.id: p.name for p in article.places if p.id and p.name}
    states = {p.country: p.country_id for p in article.places if p.country and p.country_id}
    return CoderContext(article.places, place_names.get, kinds.get, countries.get, states.get, sectors.get)
