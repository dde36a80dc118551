"""The stage contract: each stage is `Article -> Article` and declares what it needs and sets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from diplowatch.model import Article


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]  # Article fields that must be set by earlier stages
    assigns: tuple[str, ...]  # Article fields this stage sets

    def __call__(self, article: Article) -> Article: ...


@runtime_checkable
class BatchStage(Stage, Protocol):
    """A stage that does several articles' work more cheaply together (the parse: spaCy's `nlp.pipe`).
    `process_many(articles)` equals `[stage(a) for a in articles]`; when it raises, the pipeline runs
    the articles one by one, so that only the bad one is rejected."""

    def process_many(self, articles: Sequence[Article]) -> list[Article]: ...


def check_order(stages: list[Stage], given: tuple[str, ...]) -> None:
    """Fail at assembly time when a stage needs a field that no earlier stage assigns."""
    available = set(given)
    for stage in stages:
        missing = [f for f in stage.requires if f not in available]
        if missing:
            raise ValueError(f"stage {stage.name!r} requires {missing}, which no earlier stage assigns")
        available.update(stage.assigns)


class Chain:
    """Several stages run in order as one stage (a caller that needs parse + actors without the
    whole pipeline). What the chain requires is what its first stages need from outside."""

    def __init__(self, *stages: Stage) -> None:
        self.stages = stages
        self.name = "+".join(s.name for s in stages)
        assigned: set[str] = set()
        requires: list[str] = []
        for stage in stages:
            requires += [f for f in stage.requires if f not in assigned and f not in requires]
            assigned.update(stage.assigns)
        self.requires: tuple[str, ...] = tuple(requires)
        self.assigns: tuple[str, ...] = tuple(f for s in stages for f in s.assigns)

    def __call__(self, article: Article) -> Article:
        for stage in self.stages:
            article = stage(article)
        return article
