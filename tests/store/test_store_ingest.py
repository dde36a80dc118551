"""Ingesting files into the dossier (each backend): idempotence, replacement, rejections, one transaction
per document."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplowatch.model import Rejected
from diplowatch.pipeline import Options
from diplowatch.store import SQLiteStore, open_store
from diplowatch.store.ingest import IngestOptions, ingest
from diplowatch.store.sqlstore import SqlStore
from tests.store.factories import event, lavrov_es, lavrov_fr

READ_ONLY = IngestOptions(pipeline=Options(link_actors=False))  # reading stage only: no spaCy
TEXT = (
    "Rabat, 6 juillet 2022 – L'envoyé personnel Staffan de Mistura a été reçu mardi à Rabat par le "
    "ministre des Affaires étrangères Nasser Bourita. Les deux hommes ont évoqué la relance du "
    "processus politique sous l'égide des Nations unies, a indiqué un communiqué du ministère.\n\n"
    "Selon un diplomate, la visite s'inscrit dans une tournée régionale qui doit le conduire ensuite "
    "à Alger et à Nouakchott, avant un retour à New York.\n"
)


TABLES = (
    "documents", "sources", "rejections", "segments", "actors", "mentions", "events", "event_actors",
    "event_evidence", "quotes", "bodies", "dossier_events", "dossier_members", "dossier_actors", "meta",
    "merge_pending_docs", "merge_pending_events",
)  # fmt: skip


def _dump(store: SqlStore) -> list[str]:
    """Every row of every table (ingest time stamps included), in a fixed order."""
    conn = store.connection
    return [
        f"{t}: {row!r}"
        for t in TABLES
        for row in sorted(repr(tuple(r)) for r in conn.execute(f"SELECT * FROM {t}"))
    ]


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    root.mkdir()
    (root / "a.txt").write_text(TEXT, encoding="utf-8")
    (root / "b.txt").write_text(
        TEXT.replace("mardi", "mercredi").replace("Rabat par", "Rabat, par"), encoding="utf-8"
    )
    (root / "empty.txt").write_bytes(b"")
    return root


def test_ingest_stores_documents_and_rejections(folder: Path, dossier_target: str) -> None:
    with open_store(dossier_target) as store:
        counts = ingest([str(folder)], store, options=READ_ONLY)
        assert (counts.read, counts.added, counts.rejected) == (3, 2, 1)
        stats = store.stats()
        assert (stats.documents, stats.rejected) == (2, 1)
        (rejection,) = store.rejections()
        assert rejection.source.endswith("empty.txt") and rejection.reason
        assert store.search("Bourita")


def test_ingest_same_files_again_changes_nothing(folder: Path, dossier_target: str) -> None:
    with open_store(dossier_target) as store:
        ingest([str(folder)], store, options=READ_ONLY)
        before = _dump(store)
        counts = ingest([str(folder)], store, options=READ_ONLY)
        assert (counts.added, counts.replaced, counts.unchanged, counts.rejected) == (0, 0, 3, 0)
        assert _dump(store) == before


def test_ingest_changed_file_replaces_its_old_results(folder: Path, dossier_target: str) -> None:
    with open_store(dossier_target) as store:
        ingest([str(folder)], store, options=READ_ONLY)
        (folder / "a.txt").write_text(
            TEXT.replace("Nasser Bourita", "Nasser Bourita et Omar Hilale"), encoding="utf-8"
        )
        counts = ingest([str(folder)], store, options=READ_ONLY)
        assert (counts.replaced, counts.unchanged) == (1, 2)
        assert store.stats().documents == 2
        hits = store.search("Hilale")
        assert [h.doc.source for h in hits] == [str(folder / "a.txt")]
        rows = store.connection.execute("SELECT COUNT(*) FROM bodies").fetchone()[0]
        assert rows == 2  # the old text left the full-text index too


def test_ingest_fixed_file_replaces_its_rejection_and_broken_file_its_document(
    folder: Path, dossier_target: str
) -> None:
    with open_store(dossier_target) as store:
        ingest([str(folder)], store, options=READ_ONLY)
        (folder / "empty.txt").write_text(TEXT.replace("Rabat", "Alger"), encoding="utf-8")
        (folder / "b.txt").write_bytes(b"")
        counts = ingest([str(folder)], store, options=READ_ONLY)
        assert (counts.replaced, counts.rejected, counts.unchanged) == (1, 1, 1)
        assert [r.source for r in store.rejections()] == [str(folder / "b.txt")]
        assert store.stats().documents == 2


def test_put_article_same_content_is_unchanged_and_new_content_replaces(dossier_target: str) -> None:
    with open_store(dossier_target) as store:
        first = lavrov_fr()
        assert store.put_article(first, fingerprint="f1") == "added"
        assert store.put_article(first, fingerprint="f1") == "unchanged"
        shorter = first.__class__(
            **{**{f: getattr(first, f) for f in first.__dataclass_fields__}, "events": first.events[:1]}
        )
        assert store.put_article(shorter, fingerprint="f2") == "replaced"
        assert store.article(first.doc_id).events == first.events[:1]
        assert store.stats().events == 1


def test_crash_mid_document_leaves_no_partial_document(
    dossier_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure while writing the second event rolls the whole document back, and a replaced
    document keeps its previous results."""
    with open_store(dossier_target) as store:
        store.put_article(lavrov_es(), fingerprint="old")
        before = _dump(store)
        real = SqlStore.write_event
        calls = {"n": 0}

        def failing(self, conn, doc_id, seq, ev):  # type: ignore[no-untyped-def]
            calls["n"] += 1
            if calls["n"] == 2:
                raise KeyboardInterrupt  # Ctrl-C, or the process killed, half-way through a document
            return real(self, conn, doc_id, seq, ev)

        monkeypatch.setattr(SqlStore, "write_event", failing)
        with pytest.raises(KeyboardInterrupt):
            store.put_article(lavrov_fr(), fingerprint="new")
        calls["n"] = 0
        changed = lavrov_es().__class__(
            **{
                **{f: getattr(lavrov_es(), f) for f in lavrov_es().__dataclass_fields__},
                "events": (
                    event("ACCUSE", ("Morocco",), ("Staffan_de_Mistura",), "2024-02"),
                    *lavrov_es().events,
                ),
            }
        )
        with pytest.raises(KeyboardInterrupt):
            store.put_article(changed, fingerprint="newer")
        assert _dump(store) == before
        assert store.article("fr-moscou") is None
        assert store.article("es-moscu") == lavrov_es()
    with open_store(dossier_target) as reopened:
        assert reopened.article("es-moscu") == lavrov_es()
        if isinstance(reopened, SQLiteStore):
            assert reopened.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert reopened.connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_rejected_source_keeps_a_document_another_source_shares(dossier_target: str) -> None:
    with open_store(dossier_target) as store:
        doc = lavrov_fr()
        store.put_article(doc, fingerprint="x")
        copy = doc.__class__(
            **{**{f: getattr(doc, f) for f in doc.__dataclass_fields__}, "source": "copy.txt"}
        )
        store.put_article(copy, fingerprint="x")
        store.put_rejected(Rejected(doc.source, "decode", "empty", "no text"), fingerprint="y")
        assert store.article(doc.doc_id) is not None
        store.put_rejected(Rejected("copy.txt", "decode", "empty", "no text"), fingerprint="y")
        assert store.article(doc.doc_id) is None
        assert store.stats().events == 0
