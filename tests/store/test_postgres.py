"""What only the PostgreSQL backend does: its migrations, read-only connections, its text search in
four languages, and --db / DIPLOWATCH_DB with a postgresql:// URL. (Every other store test runs on
both backends through the `dossier_target` fixture.)"""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from diplowatch.cli import main
from diplowatch.store import PostgresStore, StoreError, open_store
from diplowatch.store.migrations import LATEST
from diplowatch.store.postgres import shown_url, websearch_terms
from diplowatch.store.records import TimelineQuery
from diplowatch.store.searchterms import expand
from tests.store.conftest import PostgresServer
from tests.store.factories import article, event, lavrov_es, lavrov_fr


@pytest.fixture()
def url(postgres_server: PostgresServer) -> str:
    return postgres_server.new_database()


def test_postgres_migrations_are_recorded_once(url: str) -> None:
    PostgresStore(url).close()
    with PostgresStore(url) as store:
        rows = store.connection.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()
        assert [r[0] for r in rows] == list(range(1, LATEST + 1))
        assert store.stats().schema_version == LATEST


def test_postgres_refuses_another_programs_database_and_leaves_it_alone(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StoreError, match="not a diplowatch dossier.*invoices"):
        PostgresStore(url)
    with psycopg.connect(url) as conn:
        tables = conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        )
        assert [r[0] for r in tables] == ["invoices"]


def test_postgres_read_only_store_reads_and_cannot_write(url: str) -> None:
    with pytest.raises(StoreError, match="no dossier here"):
        PostgresStore(url, read_only=True)
    with PostgresStore(url) as store:
        store.put_article(lavrov_fr(), fingerprint="1")
        store.update_dossier()
    with PostgresStore(url, read_only=True) as reader:
        assert reader.stats().documents == 1
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            reader.put_article(lavrov_es(), fingerprint="2")


def test_postgres_unreachable_server_is_one_line_without_the_password() -> None:
    with pytest.raises(StoreError) as caught:
        PostgresStore("postgresql://someone:secret@127.0.0.1:1/nowhere?connect_timeout=2")
    message = str(caught.value)
    assert "cannot connect" in message and "secret" not in message and "\n" not in message
    assert shown_url("postgresql://a:b@h:5/d") == "postgresql://a@h:5/d"


@pytest.mark.parametrize(
    ("language", "body", "query"),
    [
        ("fr", "Les ministres se sont réunis longuement à Genève.", "reunie"),  # French stems, accents
        ("en", "The envoys were meeting the ministers in Geneva.", "meetings"),
        ("es", "Los ministros celebraron reuniones en Ginebra.", "reunión"),
        ("ar", "وَاجْتَمَعَ المبعوث بالمينورسو في العيون.", "المينورسو"),  # vowels dropped, clitics expanded
    ],
)
def test_postgres_search_in_four_languages(url: str, language: str, body: str, query: str) -> None:
    with PostgresStore(url) as store:
        store.put_article(article("d", (), body=body, language=language), fingerprint="1")
        store.put_article(article("other", (), body="Rien à voir.", language="fr"), fingerprint="2")
        hits = store.search(expand(query))
        assert [h.doc.doc_id for h in hits] == ["d"]
        assert "[" in hits[0].snippet


def test_postgres_search_reads_the_fts5_syntax_of_the_query_layer() -> None:
    assert websearch_terms('"a b" OR c AND NOT d*') == '"a b" OR c -d'
    assert websearch_terms("NEAR(x y) title:z") == "x y z"


def test_postgres_stores_a_nul_character_as_a_replacement(url: str) -> None:
    with PostgresStore(url) as store:
        store.put_article(article("d", (event("CONSULT", ("A\x00",), (), None),)), fingerprint="1")
        (stored,) = store.events()
        assert stored.event.actor == ("A\ufffd",)


def test_cli_ingests_and_reads_a_postgres_dossier_by_url_and_by_environment(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(
        "Genève, 3 mai 2024 – Staffan de Mistura a reçu mardi à Genève une délégation du Front Polisario.\n",
        encoding="utf-8",
    )
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", url, "--no-actors"]) == 0
    assert "1 added" in capsys.readouterr().out
    monkeypatch.setenv("DIPLOWATCH_DB", url)
    assert main(["search", "Polisario"]) == 0
    assert "[Polisario]" in capsys.readouterr().out
    with open_store(url, read_only=True) as store:
        assert store.stats().documents == 1


def test_postgres_event_summaries_equal_sqlite_ones(url: str, tmp_path: Path) -> None:
    """What the web lists (summaries read in three queries) comes out the same from both backends."""
    found = []
    for target in (url, str(tmp_path / "d.sqlite")):
        with open_store(target) as store:
            for i, doc in enumerate((lavrov_fr(), lavrov_es())):
                store.put_article(doc, fingerprint=str(i))
            store.update_dossier()
            found.append(store.dossier_summaries(TimelineQuery()))
    assert found[0] == found[1] and len(found[0]) == 4
    assert {frozenset(s.languages) for s in found[0] if s.n_sources == 2} == {frozenset({"fr", "es"})}
