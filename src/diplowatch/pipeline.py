"""Assemble the stages and run documents through them.

reading (decode, clean, metadata, language) -> the Article stages in order.
A failure inside one document's processing becomes a Rejected for that document;
the batch goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
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
    if options.link_actors:
        from diplowatch.actors.stage import ActorLinker
        from diplowatch.kb import load_kb

        from diplowatch.events import EventCoder
        from diplowatch.quotes import QuoteFinder

        linker = ActorLinker(load_kb(options.kb_dirs))
        stages += [linker, EventCoder(linker), QuoteFinder()]  # the event stage reuses the linker's places
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
            for stage in self.stages if isinstance(result, Article) else ():
                stage_name = stage.name
                result = stage(result)
            return result
        except Exception as error:  # one document's bug must not stop the batch
            log.debug("stage %s failed on %s", stage_name, raw.source, exc_info=True)
            return Rejected(raw.source, stage_name, "internal-error", f"{type(error).__name__}: {error}")

    def run(self, paths: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[Article | Rejected]:
        for item in iter_inputs(paths, stdin):
            yield item if isinstance(item, Rejected) else self.process(item)
