"""The Spark job: articles under INPUT... -> the pipeline on the executors -> Parquet tables in DIR.

    diplowatch spark extract INPUT... --out DIR [--master local[2]] [--partitions N]
    spark-submit [options] .../diplowatch/spark/job.py INPUT... --out DIR

Then `diplowatch ingest DIR` stores the results in a dossier without running the pipeline again.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from diplowatch.errors import DiplowatchError, UsageError
from diplowatch.pipeline import Options
from diplowatch.spark import layout
from diplowatch.spark.rows import DOCUMENT_FIELDS, REJECTION_FIELDS, RESULT_DDL
from diplowatch.spark.worker import JobSettings, process_arrow
from diplowatch.store.console import add_pipeline_options
from diplowatch.store.ingest import pipeline_signature

if TYPE_CHECKING:  # pyspark is imported when a job runs, not by every diplowatch command
    import pyarrow as pa
    from pyspark.sql import DataFrame, SparkSession

SHOWN_REJECTIONS = 20  # rejections printed on stderr; all of them are in DIR/rejections
# Small tasks even out documents of unequal length across the cores: the last tasks of a job leave a
# core idle while another ends its own (with 4 a core, 2,000 documents on 2 cores: up to 12 s), and a
# further task costs the JVM some 25 ms.
PARTITIONS_PER_CORE = 8
MAX_READ_TASKS = "spark.sql.files.maxPartitionNum"


@dataclass(frozen=True, slots=True)
class ExtractCounts:
    documents: int
    rejected: int
    events: int

    def summary(self) -> str:
        inputs = self.documents + self.rejected
        return (
            f"{inputs} input(s): {self.documents} document(s), {self.rejected} rejected; "
            f"{self.events} event(s)"
        )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="INPUT",
        help="folders or files Spark reads (local, hdfs://, s3a://...): text, HTML, JSONL, or Parquet "
        "of articles (columns text or html, and id, url, published, language, outlet, title)",
    )
    parser.add_argument("--out", required=True, metavar="DIR", help="where the Parquet tables are written")
    parser.add_argument(
        "--master",
        help="Spark master, e.g. local[2] (default: spark-submit's, or local[*] when run directly)",
    )
    parser.add_argument(
        "--partitions",
        type=_positive,
        metavar="N",
        help=f"tasks the documents are split into (default: {PARTITIONS_PER_CORE} per core)",
    )
    parser.add_argument(
        "--overwrite", action="store_true", help="replace the tables of an earlier run in DIR"
    )
    add_pipeline_options(parser)


def run(args: argparse.Namespace) -> int:
    """The command: start (or join) Spark, extract, report; the exit status of `extract`."""
    from py4j.protocol import Py4JError
    from pyspark.errors import PySparkException

    from diplowatch.spark.session import spark_session, stop_session

    options = Options(kb_dirs=tuple(args.kb), link_actors=not args.no_actors, today=date.today())
    try:
        spark = spark_session(args.master, preload=not args.no_actors)
        try:
            counts, shown = extract(
                spark,
                args.paths,
                args.out,
                options=options,
                partitions=args.partitions,
                overwrite=args.overwrite,
            )
        finally:
            stop_session(spark)
    except (PySparkException, Py4JError) as error:  # Spark's own message, without the JVM's stack
        lines = str(error).strip().splitlines() or [type(error).__name__]
        raise DiplowatchError(f"the Spark job failed: {lines[0]}") from error
    for message in shown:
        print(f"diplowatch: {message}", file=sys.stderr)
    if counts.rejected > len(shown):
        where = f"{args.out.rstrip('/')}/{layout.REJECTIONS}"
        print(
            f"diplowatch: ... and {counts.rejected - len(shown)} more rejection(s) in {where}",
            file=sys.stderr,
        )
    if not getattr(args, "quiet", False):
        print(f"{counts.summary()}; written to {args.out}")
    return 0 if counts.documents or not counts.rejected else 1


def extract(
    spark: SparkSession,
    paths: Sequence[str],
    out: str,
    *,
    options: Options,
    partitions: int | None = None,
    overwrite: bool = False,
) -> tuple[ExtractCounts, list[str]]:
    """Run the pipeline over every input under `paths` and write the tables of `layout` under `out`;
    the counts and the first rejections' messages."""
    _check_out(spark, out, overwrite=overwrite)
    settings = JobSettings(
        options=options, signature=pipeline_signature(options), result_schema=_arrow_schema(RESULT_DDL)
    )
    tasks = partitions or spark.sparkContext.defaultParallelism * PARTITIONS_PER_CORE
    with _read_tasks_at_most(spark, tasks):
        return _pipeline_to_tables(spark, paths, out, settings=settings, tasks=tasks, overwrite=overwrite)


def _pipeline_to_tables(
    spark: SparkSession, paths: Sequence[str], out: str, *, settings: JobSettings, tasks: int, overwrite: bool
) -> tuple[ExtractCounts, list[str]]:
    """The inputs through the pipeline, once, into the four tables; the counts and rejections shown."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from diplowatch.spark.inputs import read_inputs

    items = read_inputs(spark, [str(p) for p in paths])
    # Arrow batches both ways: the JVM copies columns rather than unpickling rows and their events.
    rows = items.repartition(tasks).mapInArrow(
        functools.partial(process_arrow, settings=settings), RESULT_DDL
    )
    # Kept while the four tables are written from it: the pipeline runs once per input, not per table.
    result = rows.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        (totals,) = result.agg(  # an aggregate without grouping: one row
            F.sum(F.when(F.col("rejected"), 0).otherwise(1)).alias("documents"),
            F.sum(F.when(F.col("rejected"), 1).otherwise(0)).alias("rejected"),
            F.sum(F.size("events")).alias("events"),
        ).collect()
        counts = ExtractCounts(*(int(totals[k] or 0) for k in ("documents", "rejected", "events")))
        _write_tables(result, out, mode="overwrite" if overwrite else "errorifexists")
        shown = [
            f"{r.source}: rejected ({r.reason})" + (f": {r.detail}" if r.detail else "")
            for r in result.where("rejected").orderBy("source").limit(SHOWN_REJECTIONS).collect()
        ]
    finally:
        result.unpersist()
    return counts, shown


@contextlib.contextmanager
def _read_tasks_at_most(spark: SparkSession, tasks: int) -> Iterator[None]:
    """The files read in no more tasks than the pipeline runs in (unless the session says otherwise):
    Spark counts a small file as 4 MiB to open and gives 32 of them a task, and each task of the read
    is a Python task (the JVM's scheduling, the worker's round trip) for a few milliseconds of work."""
    if spark.conf.get(MAX_READ_TASKS, None) is not None:
        yield
        return
    spark.conf.set(MAX_READ_TASKS, str(tasks))
    try:
        yield
    finally:
        spark.conf.unset(MAX_READ_TASKS)


def _arrow_schema(ddl: str) -> pa.Schema:
    """The Arrow schema Spark reads a mapInArrow result of `ddl` with."""
    from pyspark.sql.pandas.types import to_arrow_schema
    from pyspark.sql.types import StructType

    schema = StructType.fromDDL(ddl)
    assert isinstance(schema, StructType), "a DDL of columns is a struct"
    return to_arrow_schema(schema)


def _write_tables(result: DataFrame, out: str, *, mode: str) -> None:
    from pyspark.sql import functions as F

    documents = result.where(~F.col("rejected"))
    tables = {
        layout.DOCUMENTS: documents.select(*(name for name, _ in DOCUMENT_FIELDS)),
        layout.EVENTS: documents.select("source", "doc_id", F.inline("events")),
        layout.MENTIONS: documents.select("source", "doc_id", F.inline("mentions")),
        layout.REJECTIONS: result.where("rejected").select(*(name for name, _ in REJECTION_FIELDS)),
    }
    for name, table in tables.items():
        table.write.mode(mode).parquet(f"{out.rstrip('/')}/{name}")


def _check_out(spark: SparkSession, out: str, *, overwrite: bool) -> None:
    """Refuse before any work an --out that already holds something (unless --overwrite)."""
    from diplowatch.spark.inputs import path_exists

    if not overwrite and path_exists(spark, out, glob=False):
        raise UsageError(f"{out}: already exists; choose a new --out folder, or give --overwrite")


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive number, got {text}")
    return value


def main(argv: list[str] | None = None) -> int:
    """spark-submit's entry point (and `python -m diplowatch.spark.job`): the same command line as
    `diplowatch spark extract`, with the same one-line errors."""
    from diplowatch.cli import main as cli_main

    return cli_main(["spark", "extract", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main())
