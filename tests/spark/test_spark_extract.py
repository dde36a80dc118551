"""`diplowatch spark extract` in local mode, then `ingest` of its Parquet: the same dossier as ingesting
the same articles directly; rejections kept with their reasons. One Spark job for the whole module."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from diplowatch.errors import UsageError
from diplowatch.pipeline import Options
from diplowatch.spark import layout
from diplowatch.spark.daemon import DAEMON_MODULE
from diplowatch.spark.job import ExtractCounts, extract
from diplowatch.store import SQLiteStore
from diplowatch.store.ingest import IngestOptions, ingest
from diplowatch.store.records import TimelineQuery

pytestmark = pytest.mark.slow

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
TODAY = date(2026, 1, 15)
OPTIONS = Options(today=TODAY)
# Articles given as fields: a JSONL file for the direct ingest, a Parquet table for Spark.
ARTICLES = [
    {
        "id": "rabat-visit",
        "published": "2024-03-12",
        "language": "en",
        "text": "Rabat, 12 March 2024 - Moroccan Foreign Minister Nasser Bourita received the UN "
        "envoy Staffan de Mistura on Tuesday in Rabat to discuss the political process.",
    },
    {"id": "no-text", "title": "A title and nothing else"},
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Sample articles (one under a name with a space), an empty file and a JSONL file with a bad line."""
    root = tmp_path_factory.mktemp("articles")
    for name in ("en_blinken_demistura_2022.html", "fr_moscou_lavrov_2024.txt"):
        shutil.copy(SAMPLES / name, root / name)
    shutil.copy(SAMPLES / "en_pretoria_pandor_2024.txt", root / "pretoria pandor.txt")
    (root / "empty.txt").write_bytes(b"")
    lines = [json.dumps(ARTICLES[0]), "not json"]
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def table(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("table")
    columns = {
        key: [a.get(key) for a in ARTICLES] for key in ("id", "published", "language", "title", "text")
    }
    pq.write_table(pa.table(columns), root / "articles.parquet")
    return root


@pytest.fixture(scope="module")
def extracted(spark: Any, folder: Path, table: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    out = tmp_path_factory.mktemp("spark") / "out"
    counts, shown = extract(
        spark, [str(folder), str(table), str(folder / "missing")], str(out), options=OPTIONS
    )
    return out, counts, shown


def dossier_view(store: SQLiteStore) -> list[tuple[Any, ...]]:
    """Every dossier event with what it says and which article events it gathers."""
    return sorted(
        (
            e.id,
            e.type,
            e.mode,
            e.actor,
            e.recipient,
            e.location,
            e.date,
            e.aux,
            sorted(m.event.key for m in e.members),
        )
        for e in store.dossier(TimelineQuery())
    )


def test_spark_extract_writes_the_four_tables(extracted: Any) -> None:
    out, counts, shown = extracted
    assert isinstance(counts, ExtractCounts)
    # 3 files, 1 JSONL article, 1 Parquet article; rejected: empty, bad JSON, no text, missing path.
    assert (counts.documents, counts.rejected) == (5, 4)
    tables = {name: pq.read_table(out / name).to_pylist() for name in layout.TABLES}
    assert len(tables[layout.DOCUMENTS]) == 5 and len(tables[layout.EVENTS]) == counts.events > 0
    assert sum(d["n_events"] for d in tables[layout.DOCUMENTS]) == counts.events
    assert any(m["actor_id"] == "Staffan_de_Mistura" for m in tables[layout.MENTIONS])
    reasons = {Path(r["source"]).name: r["reason"] for r in tables[layout.REJECTIONS]}
    assert reasons == {
        "empty.txt": "empty",
        "feed.jsonl:2": "bad-json",
        "articles.parquet:2": "no-text",
        "missing": "not-found",
    }
    assert len(shown) == 4 and all("rejected (" in line for line in shown)


def test_spark_then_ingest_gives_the_dossier_of_a_direct_ingest(
    extracted: Any, folder: Path, table: Path, tmp_path: Path
) -> None:
    out, counts, _ = extracted
    (tmp_path / "feed").mkdir()
    as_jsonl = "\n".join(json.dumps({k: v for k, v in a.items() if v is not None}) for a in ARTICLES)
    (tmp_path / "feed" / "articles.jsonl").write_text(as_jsonl + "\n", encoding="utf-8")
    with SQLiteStore(tmp_path / "direct.sqlite") as direct, SQLiteStore(tmp_path / "spark.sqlite") as through:
        ingest([str(folder), str(tmp_path / "feed")], direct, options=IngestOptions(pipeline=OPTIONS))
        stored = ingest([str(out)], through)
        assert (stored.added, stored.rejected, stored.events) == (5, 4, counts.events)
        assert dossier_view(through) == dossier_view(direct) != []
        assert {d.doc_id for d in through.documents()} == {d.doc_id for d in direct.documents()}
        files = {d.source for d in direct.documents() if not d.source.endswith(".jsonl:1")}
        assert files <= {d.source for d in through.documents()}
        assert {r.reason for r in through.rejections()} == {r.reason for r in direct.rejections()} | {
            "not-found"
        }


def test_ingest_of_spark_output_again_changes_nothing(extracted: Any, tmp_path: Path) -> None:
    out, _, _ = extracted
    with SQLiteStore(tmp_path / "d.sqlite") as store:
        ingest([str(out)], store)
        dump = list(store.connection.iterdump())
        again = ingest([str(out)], store)
        # Unchanged: the 5 articles and the empty file; inputs with no content to fingerprint (a bad
        # JSONL line, a Parquet row without text, a missing path) are recorded again, identically.
        assert (again.added, again.replaced, again.unchanged, again.rejected) == (0, 0, 6, 3)
        assert list(store.connection.iterdump()) == dump


def test_spark_extract_refuses_an_output_folder_that_exists(spark: Any, extracted: Any, folder: Path) -> None:
    out, _, _ = extracted
    with pytest.raises(UsageError, match="already exists"):
        extract(spark, [str(folder)], str(out), options=OPTIONS)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="counts processes through /proc (Linux)")
def test_one_python_daemon_loads_the_models_for_every_kind_of_input(spark: Any, extracted: Any) -> None:
    # The job read files, a JSONL line, a Parquet row, an empty file and a missing path. Spark keeps a
    # daemon per kind of Python task: one daemon means the models were loaded once, not once per kind.
    jvm = spark.sparkContext._gateway.proc.pid
    daemons = [
        entry
        for entry in Path("/proc").iterdir()
        if entry.name.isdigit() and _parent(entry) == jvm and DAEMON_MODULE in _command(entry)
    ]
    assert len(daemons) == 1


def _parent(process: Path) -> int | None:
    try:
        return int((process / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):  # gone meanwhile
        return None


def _command(process: Path) -> str:
    try:
        return (process / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""
