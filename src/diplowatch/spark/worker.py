"""What runs on an executor: the pipeline over one partition of inputs, Arrow record batches in and out.

The pipeline (spaCy models, knowledge base) is built once per Python worker process and kept in a
module-level variable: Spark reuses its Python workers from task to task
(`spark.python.worker.reuse`, on by default), so the seconds a load costs are paid once per worker,
not once per partition or per document.

The inputs come as pickled items (`pickled`) in Arrow batches and the results leave as Arrow batches
(`mapInArrow`): the JVM then copies columns instead of unpickling every row and nested event.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from diplowatch.model import RawDocument, Rejected
from diplowatch.pipeline import BATCH_DOCUMENTS, Options, Pipeline, answer, batches, pending, to_process
from diplowatch.spark.rows import result_row
from diplowatch.store.ingest import input_fingerprint

if TYPE_CHECKING:  # pyarrow is imported where batches are made, on the executors
    import pyarrow as pa

ROWS_PER_ARROW_BATCH = 4 * BATCH_DOCUMENTS  # result rows sent to the JVM at a time

_pipelines: dict[Options, Pipeline] = {}  # this worker's pipelines, one per set of options


@dataclass(frozen=True, slots=True)
class JobSettings:
    """What the driver decides once for every executor (sent with each task, a few bytes)."""

    options: Options  # `today` fixed on the driver, so every executor dates alike
    signature: str  # store.ingest.pipeline_signature(options), computed where the --kb folders are
    result_schema: pa.Schema  # rows.RESULT_FIELDS as Arrow types, as Spark reads them back


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


def pickled(item: RawDocument | Rejected) -> tuple[bytes]:
    """An input as the one-column row the job's DataFrame of inputs holds (ITEM_DDL)."""
    return (pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL),)


def process_arrow(batches: Iterable[pa.RecordBatch], settings: JobSettings) -> Iterator[pa.RecordBatch]:
    """`process_partition` for mapInArrow: batches of pickled inputs -> batches of result rows."""
    items = (pickle.loads(data) for batch in batches for data in batch.column(0).to_pylist())
    rows: list[tuple[Any, ...]] = []
    for row in process_partition(items, settings):
        rows.append(row)
        if len(rows) == ROWS_PER_ARROW_BATCH:
            yield _record_batch(rows, settings.result_schema)
            rows = []
    if rows:
        yield _record_batch(rows, settings.result_schema)


def _record_batch(rows: list[tuple[Any, ...]], schema: pa.Schema) -> pa.RecordBatch:
    import pyarrow as pa

    columns = zip(*rows, strict=True)
    arrays = [pa.array(values, type=field.type) for values, field in zip(columns, schema, strict=True)]
    return pa.RecordBatch.from_arrays(arrays, schema=schema)
