"""What runs on an executor: the pipeline over one partition of inputs.

The pipeline (spaCy models, knowledge base) is built once per Python worker process and kept in a
module-level variable: Spark reuses its Python workers from task to task
(`spark.python.worker.reuse`, on by default), so the seconds a load costs are paid once per worker,
not once per partition or per document.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from diplowatch.model import RawDocument, Rejected
from diplowatch.pipeline import Options, Pipeline
from diplowatch.spark.rows import result_row
from diplowatch.store.ingest import input_fingerprint

_pipelines: dict[Options, Pipeline] = {}  # this worker's pipelines, one per set of options


@dataclass(frozen=True, slots=True)
class JobSettings:
    """What the driver decides once for every executor (sent with each task, a few bytes)."""

    options: Options  # `today` fixed on the driver, so every executor dates alike
    signature: str  # store.ingest.pipeline_signature(options), computed where the --kb folders are


def shared_pipeline(options: Options) -> Pipeline:
    """This process's pipeline for `options`, built on first use."""
    if options not in _pipelines:
        _pipelines[options] = Pipeline(options)
    return _pipelines[options]


def process_partition(
    items: Iterable[RawDocument | Rejected], settings: JobSettings
) -> Iterator[tuple[Any, ...]]:
    """One result row (rows.RESULT_FIELDS) per input; an input that fails is a rejection row."""
    pipeline: Pipeline | None = None
    for item in items:
        if isinstance(item, Rejected):  # could not be read: no content, so no fingerprint (as in ingest)
            yield result_row(item, None)
            continue
        pipeline = pipeline or shared_pipeline(settings.options)
        yield result_row(pipeline.process(item), input_fingerprint(item, settings.signature))
