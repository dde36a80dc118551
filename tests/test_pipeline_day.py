"""A pipeline loaded ahead (the fork server's, the Spark daemon's) serves runs that fix another day:
`today` only decides the reading stage, so the stages are shared, never loaded again."""

from __future__ import annotations

from datetime import date

from diplowatch.model import Article, RawDocument
from diplowatch.pipeline import Options, Pipeline
from diplowatch.spark.worker import shared_pipeline

TEXT = "Rabat, le 4 mars. Le ministre a reçu hier l'envoyé des Nations unies pour un long entretien.\n"


def test_pipeline_on_another_day_shares_its_stages_and_reads_with_that_day() -> None:
    base = Pipeline(Options(link_actors=False, today=date(2026, 1, 1)))
    later = base.on_day(date(2027, 1, 1))
    assert later.stages is base.stages and later.options.today == date(2027, 1, 1)
    assert base.on_day(date(2026, 1, 1)) is base
    raw = RawDocument("note.txt", text=TEXT)
    assert later.process(raw) == Pipeline(Options(link_actors=False, today=date(2027, 1, 1))).process(raw)


def test_spark_worker_builds_one_pipeline_for_runs_of_different_days() -> None:
    first = shared_pipeline(Options(link_actors=False, today=date(2026, 1, 1)))
    second = shared_pipeline(Options(link_actors=False, today=date(2026, 6, 1)))
    assert second.stages is first.stages and second.options.today == date(2026, 6, 1)
    assert isinstance(second.process(RawDocument("note.txt", text=TEXT)), Article)
