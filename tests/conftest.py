"""Prebuilt KB files go to a directory of the test session, never to the user's cache; `extract` and
`ingest` run in one process unless a test asks for --jobs (workers load spaCy again: seconds each)."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="session", autouse=True)
def _cache_dir(tmp_path_factory: pytest.TempPathFactory) -> None:
    os.environ["DIPLOWATCH_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    os.environ["DIPLOWATCH_JOBS"] = "1"
