"""`ingest DIR` of a Spark job's Parquet tables: the articles stored as the pipeline gave them, without
running it; fingerprints skip what is already stored; rejections recorded. The tables are written
here with pyarrow, from the job's own row builder (the Spark run itself is in tests/spark)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from diplowatch.model import Article, Rejected
from diplowatch.spark import layout
from diplowatch.spark.rows import DOCUMENT_FIELDS, REJECTION_FIELDS, RESULT_FIELDS, result_row
from diplowatch.store import SQLiteStore
from diplowatch.store.ingest import ingest
from tests.store.factories import lavrov_es, lavrov_fr

EMPTY = Rejected("/archive/empty.txt", "decode", "empty", "the file is empty")


def write_tables(folder: Path, results: list[tuple[Article | Rejected, str | None]]) -> Path:
    """The two tables ingest reads, as the Spark job writes them (one part file each)."""
    rows = [dict(zip((n for n, _ in RESULT_FIELDS), result_row(r, f))) for r, f in results]
    for table, fields, rejected in (
        (layout.DOCUMENTS, DOCUMENT_FIELDS, False),
        (layout.REJECTIONS, REJECTION_FIELDS, True),
    ):
        (folder / table).mkdir(parents=True)
        chosen = [r for r in rows if r["rejected"] is rejected]
        columns = {name: [r[name] for r in chosen] for name, _ in fields}
        pq.write_table(pa.table(columns), folder / table / "part-00000.parquet")
        (folder / table / "_SUCCESS").write_bytes(b"")
    return folder


def test_ingest_extract_output_stores_articles_whole(tmp_path: Path) -> None:
    french, spanish = lavrov_fr(), lavrov_es()
    out = write_tables(tmp_path / "out", [(french, "f1"), (spanish, "f2"), (EMPTY, "f3")])
    assert layout.is_extract_output(out) and not layout.is_extract_output(tmp_path)
    with SQLiteStore(tmp_path / "d.sqlite") as store:
        counts = ingest([str(out)], store)
        assert (counts.read, counts.added, counts.rejected) == (3, 2, 1)
        assert counts.events == len(french.events) + len(spanish.events) and counts.dossier_events
        for article in (french, spanish):
            assert store.article(article.doc_id) == article
        assert store.rejections() == [EMPTY]


def test_ingest_extract_output_again_skips_every_input(tmp_path: Path) -> None:
    out = write_tables(tmp_path / "out", [(lavrov_fr(), "f1"), (EMPTY, "f3")])
    with SQLiteStore(tmp_path / "d.sqlite") as store:
        ingest([str(out)], store)
        dump = list(store.connection.iterdump())
        counts = ingest([str(out)], store)
        assert (counts.unchanged, counts.added, counts.rejected) == (2, 0, 0)
        assert list(store.connection.iterdump()) == dump


def test_ingest_extract_output_replaces_a_changed_input(tmp_path: Path) -> None:
    french = lavrov_fr()
    first = write_tables(tmp_path / "first", [(french, "f1")])
    changed = replace_source(lavrov_es(), french.source)
    second = write_tables(tmp_path / "second", [(changed, "f2")])
    with SQLiteStore(tmp_path / "d.sqlite") as store:
        ingest([str(first)], store)
        counts = ingest([str(second)], store)
        assert counts.replaced == 1
        assert store.article(french.doc_id) is None and store.article(changed.doc_id) == changed


def test_ingest_extract_output_rejects_rows_it_cannot_read(tmp_path: Path) -> None:
    out = write_tables(tmp_path / "out", [(lavrov_fr(), "f1")])
    table = pq.read_table(out / layout.DOCUMENTS / "part-00000.parquet")
    broken = table.set_column(
        table.schema.get_field_index("results"), "results", pa.array(['{"format": 99}'])
    )
    pq.write_table(broken, out / layout.DOCUMENTS / "part-00000.parquet")
    with SQLiteStore(tmp_path / "d.sqlite") as store:
        counts = ingest([str(out)], store)
        (rejection,) = store.rejections()
        assert counts.rejected == 1 and rejection.reason == "bad-extract" and "99" in rejection.detail


def replace_source(article: Article, source: str) -> Article:
    return replace(article, source=source)
