"""schemathesis against the API's OpenAPI schema: every operation, generated requests (valid and
invalid), no server error, every response as the schema says. Bounded and deterministic: few examples
per operation, derandomized, over a copy of the test dossier (writes are refused without the token)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from tests.web.conftest import TOKEN, api_test_app

MAX_EXAMPLES = 12  # per operation: each parameter's edges are tried first; a few seconds in all
# The schema is read when the module is collected; the dossier it serves is put in place before the
# tests run (`_dossier_copy`).
_FOLDER = tempfile.TemporaryDirectory(prefix="diplowatch-schema-")
DB = Path(_FOLDER.name) / "dossier.sqlite"
# A request the schema allows may still be refused with a 400 and a message: values that the schema
# cannot relate (`role` without `actor`), a cursor this API did not give, a date that is not one.
CONFIG = SchemathesisConfig.from_dict(
    {"checks": {"positive_data_acceptance": {"expected-statuses": ["2xx", "400", "401", "403", "404"]}}}
)
schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", api_test_app(DB), config=CONFIG)


@pytest.fixture(scope="module", autouse=True)
def _dossier_copy(dossier: Path) -> None:
    shutil.copy(dossier, DB)


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
def test_api_conforms_to_its_schema(case: schemathesis.Case) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"})  # writes go as deep as they can
