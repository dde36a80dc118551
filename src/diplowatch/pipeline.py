"""Assemble the stages and run documents through them.

reading (decode, clean, metadata, language) -> parse -> actors -> quotes -> events (an event told
in a quotation is its speaker's).
The order is checked from each stage's `requires`/`assigns` alone. A failure inside
one document's processing becomes a Rejected for that document; the batch goes on.
Documents go through the stages a few at a time (BATCH_DOCUMENTS), so that a stage that works
faster on several documents at once (the parse) gets them together.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from diplowatch.dates import scans_kept
from diplowatch.model import Article, RawDocument, Rejected
from diplowatch.reading.read import read
from diplowatch.reading.sources import iter_inputs
from diplowatch.stage import BatchStage, Stage, check_order

log = logging.getLogger(__name__)

# Documents processed together. spaCy parses a batch ~1.3x faster than its texts one by one, and the
# parse stage sends nlp.pipe each language's segments of the batch: with 16 documents (7 French, 5 English,
# 2 Spanish segments) its batches were a third full and the stage cost ~1.08x the same texts piped in
# full batches of PIPE_BATCH; with 64 they are mostly full (~1.01x, measured in alternating rounds).
# The stage sorts each language's segments by length, and the more it sorts the more alike in length
# each batch's texts are: 128 documents made the stage ~0.96x that bare parse, 64 ~0.98x (300 texts
# sorted in one go: 0.96x too, so no more is worth the memory).
BATCH_DOCUMENTS = 128

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

        stages += [Parser(), ActorLinker(load_kb(options.kb_dirs)), QuoteFinder(), EventCoder()]
    return stages


class Pipeline:
    def __init__(self, options: Options | None = None, stages: list[Stage] | None = None) -> None:
        self.options = options or Options()
        self.stages = default_stages(self.options) if stages is None else stages
        check_order(self.stages, READ_FIELDS)

    def on_day(self, today: date) -> Pipeline:
        """This pipeline with another `today`, which only the reading stage reads: the same stages, so
        no model or KB is loaded again (a pipeline loaded ahead serves a job that fixes its own day)."""
        if today == self.options.today:
            return self
        return Pipeline(replace(self.options, today=today), stages=self.stages)

    def process(self, raw: RawDocument) -> Article | Rejected:
        return self.process_batch([raw])[0]

    def process_batch(self, raws: Sequence[RawDocument]) -> list[Article | Rejected]:
        """Each document's result, in order: read, then the stages over the batch one after the other
        (the date scans of the reading stage kept for the events stage, for this batch only)."""
        with scans_kept():
            return self.process_read([self.read_one(raw) for raw in raws])

    def read_one(self, raw: RawDocument) -> Article | Rejected:
        """The reading stage alone (decode, clean, metadata, language), which needs no model: with
        `--jobs` it runs in the parent while the workers load theirs."""
        try:
            return read(raw, today=self.options.today)
        except Exception as error:  # one document's bug must not stop the batch
            return _internal_error(raw.source, "read", error)

    def process_read(self, results: Sequence[Article | Rejected]) -> list[Article | Rejected]:
        """The stages over documents already read (`read_one`), each result in order."""
        results = list(results)
        for stage in self.stages:
            live = {i: result for i, result in enumerate(results) if isinstance(result, Article)}
            done = self._stage_over(stage, list(live.values()))
            for i, result in zip(live, done, strict=True):
                results[i] = result
        return results

    def _stage_over(self, stage: Stage, articles: list[Article]) -> list[Article | Rejected]:
        if isinstance(stage, BatchStage) and len(articles) > 1:
            try:
                return list(stage.process_many(articles))
            except Exception:  # one of them is bad: each alone below, so that only that one is rejected
                log.debug("stage %s failed on a batch; running its documents one by one", stage.name)
        return [self._stage_on(stage, article) for article in articles]

    @staticmethod
    def _stage_on(stage: Stage, article: Article) -> Article | Rejected:
        try:
            return stage(article)
        except Exception as error:  # one document's bug must not stop the batch
            return _internal_error(article.source, stage.name, error)

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
    ) -> Iterator[Outcome]:
        """(input, result) for every input; the result is None for an input `skip` turned down
        (ingest skips the inputs it already stored), the input itself when it could not be read."""
        return self.each_input(iter_inputs(paths, stdin), skip=skip)

    def each_input(
        self,
        items: Iterable[RawDocument | Rejected],
        *,
        skip: Callable[[RawDocument], bool] | None = None,
    ) -> Iterator[Outcome]:
        """`each` over inputs already read (documents held in memory, a benchmark's copies)."""
        return self.each_pending(pending(items, skip))

    def each_pending(self, entries: Iterable[Pending]) -> Iterator[Outcome]:
        """`each_input` over inputs already sorted out: processed BATCH_DOCUMENTS at a time, each
        answered in its order."""
        for batch in batches(entries, BATCH_DOCUMENTS):
            results = iter(self.process_batch(to_process(batch)))
            yield from ((item, answer(item, work, results)) for item, work in batch)


# An input and whether it is to be processed (False: skipped, or a Rejected from reading the sources).
Pending = tuple[RawDocument | Rejected, bool]
# An input and its result: None for an input `skip` turned down, the input itself when it could not be read.
Outcome = tuple[RawDocument | Rejected, Article | Rejected | None]


def pending(
    items: Iterable[RawDocument | Rejected], skip: Callable[[RawDocument], bool] | None
) -> Iterator[Pending]:
    for item in items:
        yield item, isinstance(item, RawDocument) and not (skip is not None and skip(item))


def batches(entries: Iterable[Pending], size: int) -> Iterator[list[Pending]]:
    batch: list[Pending] = []
    for entry in entries:
        batch.append(entry)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def to_process(batch: list[Pending]) -> list[RawDocument]:
    return [item for item, work in batch if work and isinstance(item, RawDocument)]


def answer(
    item: RawDocument | Rejected, work: bool, results: Iterator[Article | Rejected]
) -> Article | Rejected | None:
    """The result of one input of a batch: `results` holds those of the batch's processed inputs, in order."""
    if isinstance(item, Rejected):
        return item
    return next(results) if work else None


def _internal_error(source: str, stage_name: str, error: Exception) -> Rejected:
    log.debug("stage %s failed on %s", stage_name, source, exc_info=True)
    return Rejected(source, stage_name, "internal-error", f"{type(error).__name__}: {error}")
