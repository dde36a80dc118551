"""One local Spark session for the whole test session (starting one costs seconds), stopped at the end."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest


def java_found() -> bool:
    home = os.environ.get("JAVA_HOME")
    return bool(home and os.access(os.path.join(home, "bin", "java"), os.X_OK)) or bool(shutil.which("java"))


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    """local[2]: two executor cores, so partitions really run side by side (and share the daemon's models)."""
    if not java_found():
        pytest.skip("no Java runtime: Spark needs Java 17 (apt-get install openjdk-17-jre-headless)")
    from diplowatch.spark.session import spark_session, stop_session

    # The test session's cache folder is new each time: a class archive written there would never be
    # used, and writing it costs the JVM's exit seconds and 190 MB (test_spark_classes tests it).
    session = spark_session("local[2]", share_classes=False)
    yield session
    stop_session(session)
