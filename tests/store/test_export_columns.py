"""The CSV and Parquet exports as analysts' tools read them: pandas, DuckDB, pyarrow."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from diplowatch.cli import main
from tests.store.analyst_dossier import build


@pytest.fixture()
def exported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = build(tmp_path / "dossier.sqlite")
    out = tmp_path / "events.csv"
    assert main(["export", "--format", "csv", "--db", db, "--out", str(out), "--include-future"]) == 0
    capsys.readouterr()
    return out


def test_csv_reads_in_pandas_with_parsed_dates_and_no_warning(exported: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a single warning fails the test
        frame = pd.read_csv(exported, parse_dates=["date_start", "date_end"])
    assert len(frame) == 6
    assert str(frame["date_start"].dtype).startswith("datetime64") and frame["date_start"].notna().all()
    april = frame[frame["date_precision"] == "month"].iloc[0]
    assert (april["date_start"].isoformat()[:10], april["date_end"].isoformat()[:10]) == (
        "2024-04-01",
        "2024-04-30",
    )
    assert frame["future"].dtype == bool and frame["future"].sum() == 1
    assert frame["confidence"].dtype == float and frame["quad_code"].dtype.kind == "i"


def test_csv_reads_in_duckdb_with_typed_columns_and_no_rejected_row(exported: Path) -> None:
    con = duckdb.connect()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        con.execute(f"CREATE TABLE events AS SELECT * FROM read_csv('{exported}', store_rejects = true)")
    assert con.execute("SELECT COUNT(*) FROM reject_errors").fetchone() == (0,)
    types = dict(
        con.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'events'"
        ).fetchall()
    )
    assert (types["date_start"], types["date_end"], types["future"], types["confidence"]) == (
        "DATE",
        "DATE",
        "BOOLEAN",
        "DOUBLE",
    )
    assert con.execute("SELECT COUNT(*) FROM events WHERE actor1_name IS NULL").fetchone() == (0,)


def test_csv_has_one_value_per_cell_codes_and_no_local_paths(exported: Path) -> None:
    frame = pd.read_csv(exported, dtype=str, keep_default_na=False)
    assert {
        "actor1_name",
        "actor1_id",
        "actor1_country",
        "actor1_sector",
        "actor3_name",
        "recipient1_country",
        "place_country",
        "first_published",
        "source1_outlet",
        "source1_language",
        "source1_url",
        "source1_evidence",
        "n_sources",
    } <= set(frame.columns)
    assert not frame.apply(lambda column: column.str.contains(" | ", regex=False)).any().any()
    lavrov = frame[frame["recipient1_id"] == "Sergey_Lavrov"].iloc[0]
    assert (lavrov["recipient1_country"], lavrov["recipient1_sector"], lavrov["place_country"]) == (
        "RUS",
        "GOV",
        "RUS",
    )
    assert "/home/analyst" not in exported.read_text(encoding="utf-8")
    assert lavrov["source1_url"] == "https://news.example/fr-moscow"


def test_export_filters_and_an_empty_export_keeps_its_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = build(tmp_path / "dossier.sqlite")
    assert main(["export", "--format", "csv", "--db", db, "--type", "ACCUSE", "--actor", "Polisario"]) == 0
    frame = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert list(frame["category"]) == ["ACCUSE", "ACCUSE"]
    assert main(["export", "--format", "csv", "--db", db, "--since", "2030"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("event_id,date_start,date_end,") and out.count("\n") == 1


def test_parquet_has_dates_and_list_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = build(tmp_path / "dossier.sqlite")
    out = tmp_path / "events.parquet"
    assert main(["export", "--format", "parquet", "--db", db, "--out", str(out)]) == 0
    table = pq.read_table(out)
    assert table.schema.field("date_start").type == pa.date32()
    assert table.schema.field("actor_names").type == pa.list_(pa.string())
    rows = table.to_pylist()
    consult = next(r for r in rows if r["recipient_ids"] == ["Sergey_Lavrov"])
    assert consult["actor_names"] == ["Staffan de Mistura"] and consult["source_languages"] == ["fr"]
