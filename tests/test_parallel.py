"""The pipeline in worker processes: input order kept, the same results as in one process, and a
document on which a worker dies rejected without stopping the batch."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplowatch import parallel
from diplowatch.cli import main
from diplowatch.model import Article, RawDocument, Rejected
from diplowatch.parallel import each_parallel
from diplowatch.pipeline import Options, Pipeline
from diplowatch.store import SQLiteStore
from diplowatch.store.ingest import IngestOptions, ingest
from tests.cli_process import diplowatch, stderr_lines, stdout_text

# Short articles written for these tests (French only: each worker loads one spaCy pipeline).
TEXTS = {
    "rabat.txt": "Rabat, 4 mars 2024 – Le ministre marocain des Affaires étrangères Nasser Bourita a reçu "
    "lundi à Rabat l'envoyé personnel Staffan de Mistura. Les deux hommes ont évoqué la reprise du "
    "processus politique, selon un communiqué du ministère.\n",
    "alger.txt": "Alger, 6 mars 2024 – Le ministre algérien des Affaires étrangères Ahmed Attaf a critiqué "
    "mercredi la position de l'Espagne sur le Sahara occidental, lors d'une conférence de presse.\n",
    "tunis.txt": "Tunis, 9 mars 2024 – Le président tunisien a appelé samedi le Maroc et l'Algérie à "
    "renouer le dialogue, lors d'un entretien téléphonique avec le secrétaire général de l'ONU.\n",
    "empty.txt": "",
}
_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00")


class Probe:
    """A stage that stamps each article with the id of the process that ran it, and kills that process
    on a document that says so (as a crash in native code would)."""

    name = "probe"
    requires: tuple[str, ...] = ("body",)
    assigns: tuple[str, ...] = ("title",)

    def __call__(self, article: Article) -> Article:
        if "KILL THE WORKER" in article.body:
            os._exit(3)
        return dataclasses.replace(article, title=str(os.getpid()))


def probing_pipeline() -> Pipeline:
    """Built in each worker (a module-level function: workers are spawned, it travels by name)."""
    return Pipeline(Options(link_actors=False), stages=[Probe()])


def slow_probing_pipeline() -> Pipeline:
    """A pipeline that takes a second to build, as loading the models does."""
    time.sleep(1.5)
    return probing_pipeline()


def _raw(i: int, text: str = "") -> RawDocument:
    # Under 25 letters: too short for language detection, so workers start without loading its model.
    return RawDocument(f"doc{i}.txt", text=text or f"Note {i}: a visit.\n")


def test_parallel_worker_death_rejects_that_document_only() -> None:
    raws = [_raw(i) for i in range(7)] + [_raw(7, "KILL THE WORKER now.\n")] + [_raw(8)]
    outcomes = list(each_parallel(raws, jobs=2, factory=probing_pipeline, chunk=2))
    assert [item for item, _ in outcomes] == raws
    results = [result for _, result in outcomes]
    articles = [r for r in results[:7] + results[8:] if isinstance(r, Article)]
    assert len(articles) == 8 and str(os.getpid()) not in {a.title for a in articles}
    killed = results[7]
    assert isinstance(killed, Rejected)
    assert (killed.source, killed.reason) == ("doc7.txt", "internal-error")
    assert "worker process died" in killed.detail


def test_parallel_reads_ahead_while_the_workers_load() -> None:
    """The reading stage runs here, far beyond the chunks the workers hold, while their pipeline loads:
    every input has been read when the first answer comes."""
    pulled: list[int] = []

    def inputs() -> Iterator[RawDocument]:
        for i in range(40):
            pulled.append(i)
            yield _raw(i)

    outcomes = each_parallel(inputs(), jobs=2, factory=slow_probing_pipeline, chunk=2)
    first = next(outcomes)
    assert len(pulled) == 40  # twenty chunks: the workers hold four at most
    assert [item.source for item, _ in [first, *outcomes]] == [f"doc{i}.txt" for i in range(40)]


def test_parallel_small_input_runs_in_this_process() -> None:
    outcomes = list(each_parallel([_raw(0), _raw(1)], jobs=2, factory=probing_pipeline))
    assert [r.title for _, r in outcomes if isinstance(r, Article)] == [str(os.getpid())] * 2


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    root.mkdir()
    for name, text in TEXTS.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def _dump(path: Path) -> list[str]:
    with SQLiteStore(path) as store:
        return [_TIMESTAMP.sub("T", line) for line in store.connection.iterdump()]


@pytest.mark.slow
def test_parallel_ingest_with_two_jobs_stores_what_one_job_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path)
    monkeypatch.setattr(parallel, "CHUNK_DOCUMENTS", 1)  # so that four files make several tasks
    for jobs in (1, 2):
        with SQLiteStore(tmp_path / f"jobs{jobs}.sqlite") as store:
            counts = ingest([str(folder)], store, options=IngestOptions(jobs=jobs))
            assert (counts.added, counts.rejected, counts.dossier_events > 0) == (3, 1, True)
    assert _dump(tmp_path / "jobs2.sqlite") == _dump(tmp_path / "jobs1.sqlite")


def test_parallel_extract_command_keeps_the_input_order(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"n{i}", "text": f"Note {i}: a visit." if i % 7 else ""}) for i in range(20)]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one, two = (diplowatch("extract", feed, "--format", "jsonl", "--no-actors", "--jobs", j) for j in "12")
    assert stdout_text(two) == stdout_text(one)
    assert [json.loads(line)["doc_id"] for line in stdout_text(two).splitlines()] == [
        f"n{i}" for i in range(20) if i % 7
    ]
    assert (
        stderr_lines(two)
        == stderr_lines(one)
        == [f"diplowatch: {feed}:{n}: rejected (empty): the document's text is empty" for n in (1, 8, 15)]
    )


@pytest.mark.parametrize(("value", "expected"), [("3", 3), ("0", None), ("many", None), ("", None)])
def test_parallel_default_jobs_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: int | None
) -> None:
    monkeypatch.setenv("DIPLOWATCH_JOBS", value)
    assert parallel.default_jobs() == (expected or len(os.sched_getaffinity(0)))


def test_parallel_jobs_option_refuses_zero(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["extract", "some.txt", "--jobs", "0"])
    assert stopped.value.code == 2 and "'0' is not a number of processes" in capsys.readouterr().err
