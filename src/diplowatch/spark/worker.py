"""What runs on an executor: the pipeline over one partition of inputs.

The pipeline (spaCy models, knowledge base) is built once per Python worker process and kept in a
module-level variable: Spark reuses its Python workers from task to task
(`spark.python.worker.reuse`, on by default), so the seconds a load costs are paid once per worker,
not once per partition or per document.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from diplowatch.model import RawDocument, Rejected
from diplowatch.pipeline import BATCH_DOCUMENTS, Options, Pipeline, answer, batches, pending, to_process
from diplowatch.spark.rows import result_row
from diplowatch.store.ingest import input_fingerprint

_pipelines: dict[Options, Pipeline] = {}  # this worker's pipelines, one per set of options


@dataclass(frozen=True, slots=True)
class JobSettings:
    """What the driver decides once for every executor (sent with each task, a few bytes)."""

    options: Options  # `today` fixed on the driver, so every executor dates alike
    signature: str  # store.ingest.pipeline_signature(options), computed where the --kb folders are


def shared_pipeline(options: Options) -> Pipeline:
    """This process's pipeline for `options`, built on first use, or the one built for options that
    differ only in their day (the daemon's, say)."""
    stages = replace(options, today=date.min)  # what decides the stages
    if stages not in _pipelines:
        _pipelines[stages] = Pipeline(options)
    return _pipelines[stages].on_day(options.today)


def process_partition(
    items: Iterable[RawDocument | Rejected], settings: JobSettings
) -> Iterator[tuple[Any, ...]]:
    """One result row (rows.RESULT_FIELDS) per input; an input that fails is a rejection row. The
    documents go through the pipeline BATCH_DOCUMENTS at a time (the parse is faster on several)."""
    for batch in batches(pending(items, None), BATCH_DOCUMENTS):
        raws = to_process(batch)  # the pipeline is built only for a partition with documents in it
        results = iter(shared_pipeline(settings.options).process_batch(raws) if raws else [])
        for item, work in batch:
            result = answer(item, work, results)
            assert result is not None, "nothing is skipped here"
            yield result_row(result, _fingerprint(item, settings))


def _fingerprint(item: RawDocument | Rejected, settings: JobSettings) -> str | None:
    """An input that could not be read has no content, so no fingerprint (as in ingest)."""
    return input_fingerprint(item, settings.signature) if isinstance(item, RawDocument) else None
