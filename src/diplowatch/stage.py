"""The stage contract: each stage is `Article -> Article` and declares what it needs and sets."""

from __future__ import annotations

from typing import Protocol

from diplowatch.model import Article


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]  # Article fields that must be set by earlier stages
    assigns: tuple[str, ...]  # Article fields this stage sets

    def __call__(self, article: Article) -> Article: ...


def check_order(stages: list[Stage], given: tuple[str, ...]) -> None:
    """Fail at assembly time when a stage needs a field that no earlier stage assigns."""
    available = set(given)
    for stage in stages:
        missing = [f for f in stage.requires if f not in available]
        if missing:
            raise ValueError(f"stage {stage.name!r} requires {missing}, which no earlier stage assigns")
        available.update(stage.assigns)
