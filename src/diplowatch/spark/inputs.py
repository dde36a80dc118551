"""Articles from any path Spark reads (local folders, HDFS, S3...), as a DataFrame of pickled
RawDocuments and Rejected (rows.ITEM_DDL), exactly as `reading.sources` gives them from local files: the
same sources ("path", "path:line" for a JSONL line), the same limits, the same rejections.

Text, HTML and JSONL files are read whole by Spark's binaryFile source (recursively, hidden files
skipped), then split into documents on the executors (Arrow batches in and out, so the JVM never
pickles a file's content); a Parquet file of articles gives one document
a row (columns named like the JSONL fields: `text` or `html`, and `id`, `url`, `published`,
`language`, `outlet`, `title`), its source "path:row".
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from diplowatch.model import RawDocument, Rejected
from diplowatch.reading.limits import HTML_SUFFIXES, JSONL_SUFFIXES, MAX_DOCUMENT_BYTES, TEXT_SUFFIXES
from diplowatch.reading.names import printable_name
from diplowatch.reading.sources import document_from_object, read_content
from diplowatch.spark.rows import ITEM_DDL
from diplowatch.spark.worker import pickled

if TYPE_CHECKING:
    import pyarrow as pa

Item = RawDocument | Rejected

# A JSONL file is read whole into one executor's memory before it is split into lines; past this
# size it is rejected (split it into smaller files) rather than risk the executor.
MAX_JSONL_FILE_BYTES = 1 << 30


def case_free_glob(suffixes: Sequence[str]) -> str:
    """A Hadoop glob for file names with any of `suffixes` in any case: "*.{[tT][xX][tT],...}"."""
    parts = ("".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in s[1:]) for s in suffixes)
    return "*.{" + ",".join(sorted(parts)) + "}"


TEXT_GLOB = case_free_glob(sorted(TEXT_SUFFIXES | HTML_SUFFIXES))
JSONL_GLOB = case_free_glob(sorted(JSONL_SUFFIXES))
READABLE_GLOB = case_free_glob(sorted(TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES))
PARQUET_GLOB = case_free_glob([".parquet"])


def read_inputs(spark: SparkSession, paths: Sequence[str]) -> DataFrame:
    """Every document under `paths`; a path that matches nothing is a `not-found` rejection."""
    found = [p for p in paths if path_exists(spark, p)]
    missing: list[Item] = [
        Rejected(printable_name(p), "read", "not-found", "no such file or directory")
        for p in paths
        if p not in found
    ]
    parts = [_given(spark, missing)]
    if found:
        parts += [
            _files(spark, found, TEXT_GLOB, MAX_DOCUMENT_BYTES),
            _files(spark, found, JSONL_GLOB, MAX_JSONL_FILE_BYTES),
            _too_large(spark, found, TEXT_GLOB, MAX_DOCUMENT_BYTES),
            _too_large(spark, found, JSONL_GLOB, MAX_JSONL_FILE_BYTES),
            _empty_files(spark, found, READABLE_GLOB),
        ]
        if _listing(spark, found, PARQUET_GLOB).limit(1).count():
            parts.append(_parquet_rows(spark, found))
    return functools.reduce(DataFrame.unionAll, parts)


def source_name(uri: str) -> str:
    """The source an input is stored under: a local file by its path, as `ingest` names it (so a
    folder ingested directly and through Spark gives the same sources), any other by its URI."""
    parts = urlsplit(uri)
    if parts.scheme == "file":
        return printable_name(unquote(parts.path))
    return printable_name(uri)


def path_exists(spark: SparkSession, path: str, *, glob: bool = True) -> bool:
    """True when `path` names something, or (with `glob`, as Spark reads inputs) when it is a
    pattern that matches something."""
    jvm, conf = spark.sparkContext._jvm, spark.sparkContext._jsc.hadoopConfiguration()
    hadoop_path = jvm.org.apache.hadoop.fs.Path(path)  # type: ignore[union-attr]
    filesystem = hadoop_path.getFileSystem(conf)
    if not glob:
        return bool(filesystem.exists(hadoop_path))
    matches = filesystem.globStatus(hadoop_path)
    return matches is not None and len(matches) > 0


def _listing(spark: SparkSession, paths: list[str], glob: str) -> DataFrame:
    return (
        spark.read.format("binaryFile")
        .option("recursiveFileLookup", "true")
        .option("pathGlobFilter", glob)
        .load(paths)
    )


def _files(spark: SparkSession, paths: list[str], glob: str, limit: int) -> DataFrame:
    """The documents of the files within `limit` (the filter on length is applied while listing, so
    the content of a larger file is never read)."""
    rows = _listing(spark, paths, glob).where(F.col("length") <= limit).select("path", "content")
    return rows.mapInArrow(functools.partial(_items, of=_file_documents), ITEM_DDL)


def _too_large(spark: SparkSession, paths: list[str], glob: str, limit: int) -> DataFrame:
    rows = _listing(spark, paths, glob).where(F.col("length") > limit).select("path", "length")
    return rows.mapInArrow(functools.partial(_items, of=functools.partial(_oversize, limit=limit)), ITEM_DDL)


def _empty_files(spark: SparkSession, paths: list[str], glob: str) -> DataFrame:
    """The empty files, which Spark's file sources skip without a word: the files listed but never
    scanned (an empty file is a rejection like any other, in `read_content`'s words). Compared by
    source name, since the listing and the scan do not write a URI alike ("file:///", "%20")."""
    listing = _listing(spark, paths, glob)
    # One job (toLocalIterator ran one per partition of the listing); the names are no more than
    # inputFiles() below holds on the driver anyway.
    scanned = {source_name(row.path) for row in listing.select("path").collect()}
    empty = [uri for uri in listing.inputFiles() if source_name(uri) not in scanned]
    return _given(spark, [item for uri in empty for item in _file_documents({"path": uri, "content": b""})])


def _given(spark: SparkSession, items: list[Item]) -> DataFrame:
    """Items the driver made itself (a handful: rejections of missing or empty inputs). Given as an
    Arrow table, which the JVM reads itself: a list would go through a Python task of another kind
    than the job's, and Spark would start a second Python daemon (loading the models again) for it."""
    import pyarrow as pa

    column = pa.array([pickled(item)[0] for item in items], pa.binary())
    return spark.createDataFrame(pa.table({"item": column}), ITEM_DDL)


def _items(
    batches: Iterable[pa.RecordBatch], of: Callable[[dict[str, Any]], Iterable[Item]]
) -> Iterator[pa.RecordBatch]:
    """mapInArrow: batches of listed files -> batches of the pickled items `of` makes of each."""
    import pyarrow as pa

    for batch in batches:
        items = [pickled(item)[0] for row in batch.to_pylist() for item in of(row)]
        yield pa.RecordBatch.from_arrays([pa.array(items, pa.binary())], names=["item"])


def _file_documents(row: dict[str, Any]) -> Iterator[Item]:
    uri = row["path"]
    return read_content(source_name(uri), PurePosixPath(urlsplit(uri).path).suffix, row["content"])


def _oversize(row: dict[str, Any], limit: int) -> list[Item]:
    uri, length = row["path"], row["length"]
    detail = f"{length:,} bytes, limit {limit:,}"
    if PurePosixPath(urlsplit(uri).path).suffix.lower() in JSONL_SUFFIXES:
        detail += ": split it into smaller JSONL files"
    return [Rejected(source_name(uri), "read", "too-large", detail)]


def _parquet_rows(spark: SparkSession, paths: list[str]) -> DataFrame:
    table = (
        spark.read.option("recursiveFileLookup", "true")
        .option("pathGlobFilter", PARQUET_GLOB)
        .parquet(*paths)
    )
    located = table.select(
        "*",
        F.col("_metadata.file_path").alias("_diplowatch_file"),
        F.col("_metadata.row_index").alias("_diplowatch_row"),
    )
    return located.mapInArrow(functools.partial(_items, of=_parquet_document), ITEM_DDL)


def _parquet_document(row: dict[str, Any]) -> list[Item]:
    fields = {key: _plain(value) for key, value in row.items()}
    where = f"{source_name(fields.pop('_diplowatch_file'))}:{fields.pop('_diplowatch_row') + 1}"
    return [document_from_object(where, fields)]


def _plain(value: Any) -> Any:
    """A Parquet date or timestamp as the ISO string a JSONL field would hold; a timestamp in this
    machine's time zone, without one, as Spark gives it in a Row."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return value.isoformat() if isinstance(value, date) else value
