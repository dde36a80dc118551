"""Export formats and the HTML report."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pyarrow.parquet as pq
import pytest

from diplowatch.model import Article
from diplowatch.store import SQLiteStore
from diplowatch.store.export import export
from diplowatch.store.report import render_report
from tests.store.factories import article, event, lavrov_es, lavrov_fr


@pytest.fixture()
def store() -> Iterator[SQLiteStore]:
    with SQLiteStore(":memory:") as db:
        db.put_article(lavrov_fr(), fingerprint="1")
        db.put_article(lavrov_es(), fingerprint="2")
        yield db


def _export(store: SQLiteStore, fmt: str) -> bytes:
    out = io.BytesIO()
    export(store, fmt, out)
    return out.getvalue()


def test_export_jsonl_has_sources_and_evidence(store: SQLiteStore) -> None:
    records = [json.loads(line) for line in _export(store, "jsonl").decode().splitlines()]
    assert len(records) == 3
    lavrov = next(r for r in records if "Sergey_Lavrov" in r["recipient"])
    assert {s["doc_id"] for s in lavrov["sources"]} == {"fr-moscou", "es-moscu"}
    assert len(lavrov["evidence"]) == 2 and lavrov["date"]["value"] == "2024-03-11"


def test_export_plover_uses_the_plover_field_names(store: SQLiteStore) -> None:
    records = [json.loads(line) for line in _export(store, "plover").decode().splitlines()]
    pretoria = next(r for r in records if r["event_loc"]["name"] == "Pretoria")
    assert pretoria["event"] == ["CONSULT"] and pretoria["quad_code"] == 1
    assert (pretoria["date"], pretoria["enddate"], pretoria["date_precision"]) == (
        "2024-01-01",
        "2024-01-31",
        "month",
    )
    assert pretoria["source"] == [
        {
            "sector": "IGO",
            "code": "IGO",
            "actor_text": "Staffan de Mistura",
            "identifier_text": "Staffan_de_Mistura",
        }
    ]
    assert {
        "code": "ZAF",
        "sector": "GOV",
        "actor_text": "South Africa",
        "identifier_text": "South_Africa",
    } in pretoria["recipient"]
    assert pretoria["event_loc"]["cc3"] == "ZAF"
    assert len(pretoria["event_text"]) == 2 and len(pretoria["cite_info"]) == 2
    assert {"mode", "context", "id", "cite_info"} <= set(pretoria)


def test_export_csv_and_parquet_have_one_row_per_event(store: SQLiteStore) -> None:
    rows = list(csv.DictReader(io.StringIO(_export(store, "csv").decode())))
    assert len(rows) == 3 and {r["n_sources"] for r in rows} == {"2"}
    table = pq.read_table(io.BytesIO(_export(store, "parquet")))
    assert table.num_rows == 3
    assert sorted(len(d) for d in table.column("source_docs").to_pylist()) == [2, 2, 2]


def test_report_is_self_contained_and_escapes_everything() -> None:
    hostile = "<script>alert('x')</script>"
    doc: Article = article(
        "evil",
        (
            event(
                "ACCUSE",
                ("Morocco",),
                ("Staffan_de_Mistura",),
                "2024-02-03",
                evidence=f"Rabat {hostile} protested.",
            ),
        ),
        title=f"Title {hostile}",
    )
    doc = doc.__class__(
        **{**{f: getattr(doc, f) for f in doc.__dataclass_fields__}, "url": "javascript:alert(1)"}
    )
    with SQLiteStore(":memory:") as db:
        db.put_article(doc, fingerprint="1")
        db.put_article(lavrov_es(), fingerprint="2")
        page = render_report(db)
    assert "<script" not in page and "&lt;script&gt;" in page
    assert "javascript:" not in page
    assert 'href="https://news.example/es-moscu"' in page
    assert "http" not in page.replace("https://news.example/", "")  # no external assets
    assert "mantuvo el pasado lunes" in page and "2024-03-11" in page
