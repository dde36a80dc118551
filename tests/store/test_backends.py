"""The same samples ingested into SQLite and into PostgreSQL give the same dossier events."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplowatch.model import Article
from diplowatch.store import SQLiteStore, open_store
from diplowatch.store.records import TimelineQuery
from diplowatch.store.sqlstore import SqlStore
from tests.store.conftest import PostgresServer


def _dossier(store: SqlStore) -> list[tuple[object, ...]]:
    return [
        (
            d.id,
            d.type,
            d.mode,
            d.actor,
            d.recipient,
            d.location,
            d.date,
            d.aux,
            tuple((m.event.key, m.flipped, m.event.event) for m in d.members),
        )
        for d in store.dossier(TimelineQuery())
    ]


@pytest.mark.slow
def test_samples_give_the_same_dossier_events_in_sqlite_and_postgresql(
    tmp_path: Path, postgres_server: PostgresServer, sample_articles: list[Article]
) -> None:
    articles = sample_articles
    dossiers = []
    for target in (str(tmp_path / "d.sqlite"), postgres_server.new_database()):
        with open_store(target) as store:
            for i, doc in enumerate(articles):
                store.put_article(doc, fingerprint=str(i))
            store.update_dossier()
            dossiers.append(_dossier(store))
            assert isinstance(store, SQLiteStore) == target.endswith(".sqlite")
    sqlite, postgres = dossiers
    assert sqlite == postgres
    assert len(sqlite) > 20 and any(len({m[0].split("#")[0] for m in d[-1]}) > 1 for d in sqlite)
