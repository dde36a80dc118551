"""The SparkSession of a job: the cluster's when `spark-submit` started us, else a local one that
never touches the network (no web UI, every socket on 127.0.0.1) and runs its Python workers with
this very interpreter, so the executors import the same diplowatch and models as the driver.
"""

from __future__ import annotations

import os
import sys
import threading
import warnings
from collections.abc import Iterator
from typing import TYPE_CHECKING

from pyspark.sql import SparkSession

if TYPE_CHECKING:
    import pyarrow as pa

from diplowatch.spark.classes import ClassArchive, class_archive
from diplowatch.spark.daemon import DAEMON_MODULE

DEFAULT_LOCAL_MASTER = "local[*]"
# Settings of a local session: nothing listens beyond this machine, nothing is drawn on the terminal.
LOCAL_SETTINGS = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.driver.host": "127.0.0.1",
    "spark.python.worker.reuse": "true",  # the models are loaded once per worker (spark.worker)
    "spark.sql.session.timeZone": "UTC",
}
# The JVM's quick compiler only: a job's rows are few and fat (documents, whose time is Python's),
# and the optimising compiler cost more CPU than it saved (a 1-document job: 33 s of JVM CPU, 18 s
# with this), CPU that local[2]'s Python workers need. The class archive's options are added (classes).
JAVA_OPTIONS = "-XX:TieredStopAtLevel=1"

_writing_archive: ClassArchive | None = None  # the archive this process's JVM writes as it exits


def started_by_spark_submit() -> bool:
    """True when the JVM launched this Python process (spark-submit), not the other way round."""
    return "PYSPARK_GATEWAY_PORT" in os.environ


def spark_session(
    master: str | None = None,
    *,
    app_name: str = "diplowatch",
    preload: bool = True,
    warm_up: bool = True,
    share_classes: bool = True,
) -> SparkSession:
    """The session to run in: `master` if given, else spark-submit's, else all local cores. With
    `preload`, a local session's Python daemon loads the models before it forks workers (daemon),
    and with `warm_up` it starts doing so at once (start_python_daemon). With `share_classes`, a
    local JVM maps the class archive, or writes it at its exit when there is none yet (classes)."""
    # pandas is not used with Spark here: pyspark's warning about its version would only be noise.
    warnings.filterwarnings("ignore", "PySpark does not yet fully support pandas", FutureWarning)
    builder = SparkSession.builder.appName(app_name)
    if not started_by_spark_submit():
        master = master or DEFAULT_LOCAL_MASTER
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    if master is not None:
        builder = builder.master(master)
    if master is not None and master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # no look-up of the host's public address
        for key, value in LOCAL_SETTINGS.items():
            builder = builder.config(key, value)
        builder = builder.config("spark.driver.extraJavaOptions", _java_options(share_classes))
        if preload:
            builder = builder.config("spark.python.daemon.module", DAEMON_MODULE)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    if preload and warm_up and master is not None and master.startswith("local"):
        start_python_daemon(session)
    return session


def stop_session(session: SparkSession) -> None:
    """Stop the session; if its JVM writes the class archive, end the JVM and keep the archive (classes)."""
    global _writing_archive
    session.stop()
    archive, _writing_archive = _writing_archive, None
    if archive is None:
        return
    from pyspark import SparkContext

    gateway = SparkContext._gateway
    # A later session of this process starts a JVM of its own.
    SparkContext._gateway = SparkContext._jvm = None
    if gateway is not None:
        gateway.close()
    archive.finish(getattr(gateway, "proc", None))


def _java_options(share_classes: bool) -> str:
    """The local JVM's options, with the class archive's when the session starts a JVM."""
    global _writing_archive
    from pyspark import SparkContext

    if not share_classes or SparkContext._gateway is not None:  # a running JVM has its options
        return JAVA_OPTIONS
    archive = class_archive(JAVA_OPTIONS)
    if archive is None:
        return JAVA_OPTIONS
    _writing_archive = archive if archive.part is not None else None
    return f"{JAVA_OPTIONS} {archive.java_options()}"


def start_python_daemon(session: SparkSession) -> threading.Thread:
    """Have the executor start its Python daemon (which loads the models, seconds of one core) now, in
    the background, rather than when the first task of the job needs it: the loading then overlaps the
    driver's listing of the inputs and the jobs before the main one. The warm-up is a mapInArrow task,
    like the job's: Spark keeps a daemon for each kind of Python task (RDD or SQL), and an RDD task
    would start (and load the models in) a daemon the job never uses."""

    def warm_up() -> None:
        try:
            session.range(1, numPartitions=1).mapInArrow(_no_batches, "id long").collect()
        except Exception:  # the session stopped first (a refused --out, say): nothing waited for it
            return

    thread = threading.Thread(target=warm_up, name="diplowatch-python-daemon", daemon=True)
    thread.start()
    return thread


def _no_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """The warm-up task: a Python worker, so the daemon it is forked from, and nothing else."""
    yield from ()
