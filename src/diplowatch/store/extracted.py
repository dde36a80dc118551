"""The Parquet tables of `diplowatch spark extract` -> the store, without running the pipeline again.

Each document row carries its input's fingerprint and every stored part of its Article (the
`results` JSON of store.articlejson), so ingesting it is what `ingest` does after the pipeline:
an input already stored with the same fingerprint is skipped, a changed one replaces its old
results, a rejection is recorded (and drops what the input gave before).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from diplowatch.model import Article, Rejected
from diplowatch.spark.layout import DOCUMENTS, REJECTIONS
from diplowatch.store.articlejson import article_from_json

BATCH_ROWS = 256  # rows read at a time: memory stays flat on tables of millions of documents
DOCUMENT_COLUMNS = ["source", "fingerprint", "body", "results"]
REJECTION_COLUMNS = ["source", "fingerprint", "stage", "reason", "detail"]


def count_extracted(folder: str | Path) -> int:
    """How many inputs the tables hold (from the Parquet footers: nothing is read)."""
    return sum(_dataset(folder, table).count_rows() for table in (DOCUMENTS, REJECTIONS))


def iter_extracted(folder: str | Path) -> Iterator[tuple[str | None, Article | Rejected]]:
    """(fingerprint, result) for every input: the articles, then the rejections."""
    for row in _rows(folder, DOCUMENTS, DOCUMENT_COLUMNS):
        yield row["fingerprint"], _article(row)
    for row in _rows(folder, REJECTIONS, REJECTION_COLUMNS):
        rejected = Rejected(row["source"], row["stage"], row["reason"], row["detail"] or "")
        yield row["fingerprint"], rejected


def _article(row: dict[str, Any]) -> Article | Rejected:
    """The stored Article; a row this version cannot read is a rejection of its input, not a crash."""
    try:
        return article_from_json(row["results"], row["body"])
    except ValueError as error:
        return Rejected(row["source"], "ingest", "bad-extract", str(error))


def _rows(folder: str | Path, table: str, columns: list[str]) -> Iterator[dict[str, Any]]:
    dataset = _dataset(folder, table)
    if not dataset.files:  # an empty table (Spark wrote only its _SUCCESS marker)
        return
    for batch in dataset.to_batches(columns=columns, batch_size=BATCH_ROWS):
        yield from batch.to_pylist()


def _dataset(folder: str | Path, table: str) -> Any:
    import pyarrow.dataset as ds

    return ds.dataset(Path(folder) / table, format="parquet", exclude_invalid_files=False)
