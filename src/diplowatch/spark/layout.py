"""The Parquet tables `diplowatch spark extract` writes, and how `ingest` recognises them.

DIR/documents   one row per article: its record columns and `results`, the JSON of every stored
                part (store.articlejson), from which `ingest` stores it without the pipeline
DIR/events      one row per per-article event
DIR/mentions    one row per mention of an actor
DIR/rejections  one row per input that could not be read or processed, with the reason
"""

from __future__ import annotations

from pathlib import Path

DOCUMENTS, EVENTS, MENTIONS, REJECTIONS = "documents", "events", "mentions", "rejections"
TABLES = (DOCUMENTS, EVENTS, MENTIONS, REJECTIONS)
# What ingest needs to store the articles again; the other two tables are for analysts.
STORED_TABLES = (DOCUMENTS, REJECTIONS)


def is_extract_output(path: str | Path) -> bool:
    """True for a local folder written by `diplowatch spark extract` (both tables ingest reads,
    each a folder of Parquet files)."""
    folder = Path(path)
    return all((folder / table).is_dir() and _has_parquet(folder / table) for table in STORED_TABLES)


def _has_parquet(folder: Path) -> bool:
    """A Spark table folder: Parquet part files, or none at all when the table is empty (Spark then
    still writes its _SUCCESS marker)."""
    return (folder / "_SUCCESS").exists() or any(folder.glob("*.parquet"))
