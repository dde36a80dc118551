"""Two small dossiers built once per test session from text written for the tests (no spaCy): for the
API, the analyst dossier of tests.store plus the Lavrov meeting reported in French and Spanish; for
the pages, tests/web/dossier.py (English, French, Arabic and a hostile article)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from diplowatch.model import Rejected
from diplowatch.store import SQLiteStore
from diplowatch.store.ingest import refresh_dossier
from diplowatch.web.api import ApiSettings, api_app, install_error_handlers
from tests.store.analyst_dossier import laayoune_ar, moscow_fr, rabat_en
from tests.store.factories import lavrov_es, lavrov_fr
from tests.web.dossier import build, small_kb

TOKEN = "test-token-0123456789abcdef"


def api_test_app(db: Path, token: str | None = TOKEN) -> FastAPI:
    """The API alone, mounted where the web app mounts it. The outer app answers in JSON too: a path
    the mount cannot match (a newline in an event id) is answered by it."""
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    app.mount("/api/v1", api_app(ApiSettings(db=db, token=token, kb=lambda: None)))
    install_error_handlers(app)
    return app


@pytest.fixture(scope="session")
def dossier(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("api") / "dossier.sqlite"
    with SQLiteStore(path) as store:
        for number, doc in enumerate((moscow_fr(), rabat_en(), laayoune_ar(), lavrov_fr(), lavrov_es())):
            store.put_article(doc, fingerprint=str(number))
        store.put_rejected(
            Rejected("/home/analyst/feeds/empty.txt", "read", "empty", "nothing"), fingerprint="e"
        )
        refresh_dossier(store, force=True)
    return path


@pytest.fixture(scope="session")
def client(dossier: Path) -> TestClient:
    """Reads only: the session's dossier is shared."""
    return TestClient(api_test_app(dossier))


@pytest.fixture()
def writable(dossier: Path, tmp_path: Path) -> tuple[TestClient, Path]:
    """A client over a copy of the dossier, for tests that write."""
    copy = tmp_path / "dossier.sqlite"
    shutil.copy(dossier, copy)
    return TestClient(api_test_app(copy)), copy


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("web") / "dossier.sqlite")


@pytest.fixture(scope="session")
def site(web_db: Path) -> Iterator[TestClient]:
    """The whole web app (pages and API) over the pages' dossier; reads only."""
    from diplowatch.web.app import create_app

    with TestClient(create_app(web_db, token=TOKEN, kb=small_kb()), base_url="http://127.0.0.1") as found:
        yield found


@pytest.fixture()
def fresh_site(tmp_path: Path) -> Iterator[TestClient]:
    """The web app over a dossier of its own, for the tests that write to it."""
    from diplowatch.web.app import create_app

    app = create_app(build(tmp_path / "dossier.sqlite"), token=TOKEN, kb=small_kb())
    with TestClient(app, base_url="http://127.0.0.1") as found:
        yield found
