"""The web tests' dossier (tests/web/dossier.py), built once per session, and a TestClient over it."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.web.dossier import build, small_kb

TOKEN = "test-token-0123456789abcdef"

with warnings.catch_warnings():  # starlette's notice that its client will move to httpx2
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("web") / "dossier.sqlite")


@pytest.fixture(scope="session")
def client(web_db: Path) -> Iterator[TestClient]:
    from diplowatch.web.app import create_app

    with TestClient(create_app(web_db, token=TOKEN, kb=small_kb()), base_url="http://127.0.0.1") as found:
        yield found


@pytest.fixture()
def fresh_client(tmp_path: Path) -> Iterator[TestClient]:
    """A client over a dossier of its own, for the tests that write to it."""
    from diplowatch.web.app import create_app

    app = create_app(build(tmp_path / "dossier.sqlite"), token=TOKEN, kb=small_kb())
    with TestClient(app, base_url="http://127.0.0.1") as found:
        yield found
