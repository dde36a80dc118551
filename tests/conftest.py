"""Prebuilt KB files go to a directory of the test session, never to the user's cache; `extract` and
`ingest` run in one process unless a test asks for --jobs (workers load spaCy again: seconds each)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from diplowatch.model import Article
from diplowatch.pipeline import Options, Pipeline

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.fixture(scope="session", autouse=True)
def _cache_dir(tmp_path_factory: pytest.TempPathFactory) -> None:
    os.environ["DIPLOWATCH_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    os.environ["DIPLOWATCH_JOBS"] = "1"


@pytest.fixture(scope="session")
def sample_articles() -> list[Article]:
    """The bundled samples through the whole pipeline, once per session (loads spaCy: `slow` tests)."""
    return [a for a in Pipeline(Options()).run([str(SAMPLES)]) if isinstance(a, Article)]
