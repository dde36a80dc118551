"""`diplowatch spark extract INPUT... --out DIR`: the pipeline on Apache Spark, results as Parquet."""

from __future__ import annotations

import argparse

from diplowatch.errors import UsageError


def register(subparsers: argparse._SubParsersAction) -> None:
    from diplowatch.spark.job import add_arguments

    parser = subparsers.add_parser("spark", help="run the pipeline on Apache Spark (archives of any size)")
    actions = parser.add_subparsers(dest="spark_command", required=True, metavar="ACTION")
    extract = actions.add_parser(
        "extract",
        help="read articles from any path Spark reads and write Parquet tables of documents, events, "
        "actors' mentions and rejections",
        description="Runs the pipeline in Spark tasks (models loaded once per executor) and writes "
        "DIR/documents, DIR/events, DIR/mentions and DIR/rejections as Parquet; `diplowatch ingest DIR` "
        "then stores them in a dossier without running the pipeline again.",
    )
    add_arguments(extract)
    extract.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        import pyspark  # noqa: F401
    except ImportError as error:
        raise UsageError(
            "the spark command needs pyspark (pinned in requirements/base.txt; run `make install`)"
        ) from error
    from diplowatch.spark.job import run as run_job

    return run_job(args)
