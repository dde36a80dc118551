"""CODEBOOK.md describes every column the exports write."""

from __future__ import annotations

import re
from pathlib import Path

from diplowatch.store.export import FLAT_FIELDS, NUMBERED, QUOTE_COLUMNS, csv_columns

CODEBOOK = Path(__file__).resolve().parents[2] / "CODEBOOK.md"


def _documented() -> set[str]:
    return set(re.findall(r"^\| `([a-zA-Z0-9_]+)` \|", CODEBOOK.read_text(encoding="utf-8"), flags=re.M))


def test_codebook_lists_every_csv_column() -> None:
    header, _ = csv_columns([])
    generic = {re.sub(r"^(actor|recipient|source)\d+_", r"\1N_", column) for column in header}
    assert generic - _documented() == set()
    assert "actor3_name" in header and "source1_evidence" in header


def test_codebook_lists_every_quote_column_and_parquet_list_column() -> None:
    assert set(QUOTE_COLUMNS) - _documented() == set()
    text = CODEBOOK.read_text(encoding="utf-8")
    assert all(f"`{key}`" in text for key in NUMBERED)
    assert set(FLAT_FIELDS) - set(NUMBERED) - _documented() == set()
