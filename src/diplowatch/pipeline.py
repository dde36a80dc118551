"""Assemble the stages and run documents through them.

reading (decode, clean, metadata, language) -> parse -> actors -> events -> quotes.
The order is checked from each stage's `requires`/`assigns` alone. A failure inside
one document's processing becomes a Rejected for that document; the batch goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

from diplowatch.model import Article, RawDocument, Rejected
from diplowatch.reading.read import read
from diplowatch.reading.sources import iter_inputs
from diplowatch.stage import Stage, check_order

log = logging.getLogger(__name__)

# Fields every Article has once the reading stages are done.
READ_FIELDS = ("doc_id", "source", "body", "url", "outlet", "title", "published", "language", "segments")


@dataclass(frozen=True, slots=True)
class Options:
    """Every run-time setting in one place."""

    today: date = field(default_factory=date.today)  # upper bound for publication dates
    kb_dirs: tuple[Path, ...] = ()  # user knowledge-base directories merged over the packaged KB
    link_actors: bool = True  # run the actor linking stage (needs the spaCy pipelines)


def default_stages(options: Options) -> list[Stage]:
    stages: list[Stage] = []
    if options.link_actors:  # imported here: the reading-only pipeline loads no model and no KB
        from diplowatch.actors.stage import ActorLinker
        from diplowatch.events import EventCoder
        from diplowatch.kb import load_kb
        from diplowatch.quotes import QuoteFinder
        from diplowatch.text.parse import Parser

        stages += [Parser(), ActorLinker(load_kb(options.kb_dirs)), EventCoder(), QuoteFinder()]
    return stages


class Pipeline:
    def __init__(self, options: Options | None = None, stages: list[Stage] | None = None) -> None:
        self.options = options or Options()
        self.stages = default_stages(self.options) if stages is None else stages
        check_order(self.stages, READ_FIELDS)

    def process(self, raw: RawDocument) -> Article | Rejected:
        stage_name = "read"
        try:
            result = read(raw, today=self.options.today)
            if isinstance(result, Rejected):
                return result
            for stage in self.stages:
                stage_name = stage.name
                result = stage(result)
            return result
        except Exception as error:  # one document's bug must not stop the batch
            log.debug("stage %s failed on %s", stage_name, raw.source, exc_info=True)
            return Rejected(raw.source, stage_name, "internal-error", f"{type(error).__name__}: {error}")

    def run(self, paths: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[Article | Rejected]:
        for _, result in self.each(paths, stdin):
            if result is not None:
                yield result

    def each(
        self,
        paths: Iterable[str],
        stdin: BinaryIO | None = None,
        *,
        skip: Callable[[RawDocument], bool] | None = None,
    ) -> Iterator[tuple[RawDocument | Rejected, Article | Rejected | None]]:
        """(input, result) for every input; the result is None for an input `skip` turned down
        (ingest skips the inputs it already stored), the input itself when it could not be read."""
        return self.each_input(iter_inputs(paths, stdin), skip=skip)

    def each_input(
        self,
        items: Iterable[RawDocument | Rejected],
        *,
        skip: Callable[[RawDocument], bool] | None = None,
    ) -> Iterator[tuple[RawDocument | Rejected, Article | Rejected | None]]:
        """`each` over inputs already read (documents held in memory, a benchmark's copies)."""
        for item in items:
            if isinstance(item, Rejected):
                yield item, item
            elif skip is not None and skip(item):
                yield item, None
            else:
                yield item, self.process(item)
