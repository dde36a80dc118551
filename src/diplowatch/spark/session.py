"""The SparkSession of a job: the cluster's when `spark-submit` started us, else a local one that
never touches the network (no web UI, every socket on 127.0.0.1) and runs its Python workers with
this very interpreter, so the executors import the same diplowatch and models as the driver.
"""

from __future__ import annotations

import os
import sys
import warnings

from pyspark.sql import SparkSession

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


def started_by_spark_submit() -> bool:
    """True when the JVM launched this Python process (spark-submit), not the other way round."""
    return "PYSPARK_GATEWAY_PORT" in os.environ


def spark_session(
    master: str | None = None, *, app_name: str = "diplowatch", preload: bool = True
) -> SparkSession:
    """The session to run in: `master` if given, else spark-submit's, else all local cores. With
    `preload`, a local session's Python daemon loads the models before it forks workers (daemon)."""
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
        if preload:
            builder = builder.config("spark.python.daemon.module", DAEMON_MODULE)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session
