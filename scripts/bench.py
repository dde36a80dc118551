"""`make bench`: throughput (documents/s) and peak memory of each stage on the bundled samples.

First, process start-up: the time a fresh interpreter needs to load the spaCy
pipelines, then the knowledge base and its alias index, with and without the
prebuilt files (kb.cache) in place.

The samples are replicated (in memory) to --docs documents. Each stage is timed
alone on the output of the stage before it; memory is the peak of Python
allocations during the stage (tracemalloc, on a subset) and the process's
maximum resident size after it (native memory of lingua and spaCy included).
Last, linking with the whole KB beside linking with its hand-written entries only
(the generated office holders left out), in alternating rounds.

Last, `extract` in one process against the bare spaCy parse of the same texts, timed in
alternating rounds (medians and their ratio: never a difference of two noisy timings).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from diplowatch.model import Article, RawDocument, Rejected
from diplowatch.pipeline import Options, Pipeline
from diplowatch.reading.boilerplate import clean_text
from diplowatch.reading.decode import decode
from diplowatch.reading.language import main_language, segments
from diplowatch.reading.metadata import read_metadata
from diplowatch.reading.read import read
from diplowatch.reading.sources import iter_inputs
from diplowatch.stage import Stage

ROOT = Path(__file__).resolve().parent.parent
TODAY = date.today()


STARTUP = """
import sys, time
from diplowatch.text.nlp import has_pipeline, pipeline
start = time.perf_counter()
for language in ("fr", "en", "es", "ar"):
    if has_pipeline(language):
        pipeline(language)
models = time.perf_counter() - start
start, cpu = time.perf_counter(), time.process_time()
from diplowatch.actors.matcher import AliasIndex
from diplowatch.kb import load_kb
kb = load_kb()
AliasIndex.for_kb(kb)
print(models, time.perf_counter() - start, time.process_time() - cpu, len(kb))
"""


def bench_startup(runs: int = 3) -> None:
    """KB start-up in fresh processes: once building the prebuilt files, then the best of `runs` reloads."""
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, DIPLOWATCH_CACHE=cache)

        def run() -> tuple[float, float, float, int]:
            out = subprocess.run(
                [sys.executable, "-c", STARTUP], env=env, check=True, capture_output=True, text=True
            )
            models, kb_seconds, kb_cpu, size = out.stdout.split()
            return float(models), float(kb_seconds), float(kb_cpu), int(size)

        models, cold, _, size = run()
        warm, warm_cpu = min(run()[1:3] for _ in range(runs))
    print(
        f"start-up: spaCy pipelines {models:.2f} s; KB ({size:,} entries) + alias index "
        f"{warm:.2f} s ({warm_cpu:.2f} s of CPU: the figure a busy machine does not inflate) "
        f"from the prebuilt files, {cold:.2f} s building them\n"
    )


def replicate(paths: list[str], count: int) -> list[RawDocument]:
    originals = [item for item in iter_inputs(paths) if isinstance(item, RawDocument)]
    return [dataclasses.replace(originals[i % len(originals)], source=f"copy{i}") for i in range(count)]


def timed(name: str, work: Callable[[Any], Any], items: Sequence[Any], memory_sample: int) -> list[Any]:
    start = time.perf_counter()
    out = [work(item) for item in items]
    seconds = time.perf_counter() - start
    tracemalloc.start()
    for item in items[:memory_sample]:
        work(item)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{name:<22}{len(items) / seconds:>12,.0f} docs/s{seconds:>9.2f} s"
        f"{peak / 2**20:>12.1f} MiB{rss:>14.0f} MiB"
    )
    return out


def bench_reading(raws: list[RawDocument], sample: int) -> list[Article]:
    texts = timed(
        "decode", lambda r: decode(r.data).text if r.data else (r.text or r.html or ""), raws, sample
    )
    cleaned = timed("clean", clean_text, texts, sample)
    timed("language segments", lambda c: segments(c.body), cleaned, sample)
    timed("metadata", lambda c: read_metadata(c.header, c.tail, c.body, "fr", TODAY), cleaned, sample)
    articles = timed("read (all of the above)", lambda r: read(r, today=TODAY), raws, sample)
    return [a for a in articles if isinstance(a, Article)]


def bench_later_stages(articles: list[Article]) -> None:
    """The spaCy-based stages one by one, article by article, each timed directly (never a difference).

    Each replica gets a body of its own (a numbered closing line) so that no cache
    serves a repeated body: the first spaCy-based stage pays for the parse, the next
    ones reuse it (as in a real run): the parse stage makes it, the others read it."""
    if not articles:
        return
    from diplowatch.pipeline import default_stages

    articles = [_distinct(article, i) for i, article in enumerate(articles)]
    _load_pipelines(articles)
    stages = default_stages(Options())
    warm = _distinct(articles[0], -1)
    for stage in stages:  # lazy tables (alias index, lexicons) are built once, outside the timing
        warm = stage(warm)
    seconds = dict.fromkeys((stage.name for stage in stages), 0.0)
    for article in articles:
        for stage in stages:
            start = time.perf_counter()
            article = stage(article)
            seconds[stage.name] += time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n{len(articles)} distinct documents through the spaCy-based stages (max RSS {rss:.0f} MiB)")
    for name, spent in seconds.items():
        _rate(name, len(articles), spent)
    if "actors" in seconds:
        _rate("linking alone", len(articles), bench_linking(stages, articles))
        bench_linking_kbs(stages, articles)


def bench_extract_vs_parse(paths: list[str], count: int, rounds: int) -> None:
    """`extract` in one process (reading, every stage, the JSON records) beside the bare spaCy parse of the
    same segments with the same models, in alternating rounds (the order flips each round, so a machine
    that gets busier or quieter favours neither). Each round has copies of its own, no cache serves it.
    The bare parse is timed both ways spaCy offers: one `nlp(text)` call per segment, and `nlp.pipe` in
    batches of PIPE_BATCH, as the parse stage runs it. Wall and CPU time are both taken: on a machine other
    processes load, the CPU time (time.process_time) is the figure they do not inflate."""
    import json

    from diplowatch.record import to_record
    from diplowatch.text.parse import PIPE_BATCH

    pipeline = _StepTimedPipeline(Options())
    _warm(pipeline, paths)
    names = ("parse", "parse (nlp.pipe)", "extract")
    wall: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    steps: list[dict[str, float]] = []  # each round's CPU time of extract's steps
    for round_number in range(rounds):
        raws = distinct_raws(paths, count, round_number)
        texts = _segment_texts([a for a in (read(r, today=TODAY) for r in raws) if isinstance(a, Article)])

        def extract(raws: list[RawDocument] = raws) -> None:
            pipeline.cpu.clear()
            for _, result in pipeline.each_input(raws):
                if isinstance(result, Article):
                    start = time.process_time()
                    json.dumps(to_record(result), ensure_ascii=False)
                    pipeline.cpu["records"] += time.process_time() - start
            steps.append(dict(pipeline.cpu))

        measures: list[tuple[str, Callable[[], None]]] = [
            ("parse", lambda texts=texts: _parse_each(texts)),
            ("parse (nlp.pipe)", lambda texts=texts: _parse_piped(texts)),
            ("extract", extract),
        ]
        for name, work in measures if round_number % 2 == 0 else measures[::-1]:
            start, start_cpu = time.perf_counter(), time.process_time()
            work()
            wall[name].append(time.perf_counter() - start)
            cpu[name].append(time.process_time() - start_cpu)
    print(
        f"\nextract in one process vs the bare spaCy parse: {count} documents, {rounds} alternating rounds; "
        f"the same spaCy pipelines ({_pipeline_summary()}), nlp.pipe batches of {PIPE_BATCH}"
    )
    for name in names:
        middle, middle_cpu = statistics.median(wall[name]), statistics.median(cpu[name])
        listed = ", ".join(f"{s:.1f}" for s in wall[name])
        print(
            f"{name:<22}{count / middle:>12,.1f} docs/s  median {middle:6.2f} s wall, {middle_cpu:6.2f} s CPU"
            f"  (rounds: {listed} s wall)"
        )
    for parse in ("parse", "parse (nlp.pipe)"):
        for kind, spent in (("wall", wall), ("CPU", cpu)):
            ratios = [e / p for e, p in zip(spent["extract"], spent[parse], strict=True)]
            overall = statistics.median(spent["extract"]) / statistics.median(spent[parse])
            listed = ", ".join(f"{r:.2f}" for r in ratios)
            print(f"extract / {parse}, {kind} time: {overall:.2f} (per round: {listed})")
    _print_steps(steps, cpu["parse (nlp.pipe)"])


class _StepTimedPipeline(Pipeline):
    """The pipeline adding up the CPU time of each of its steps (reading, then each stage), so that the
    comparison shows where extract's time beyond the parse goes. One clock read per document or batch."""

    def __init__(self, options: Options) -> None:
        super().__init__(options)
        self.cpu: defaultdict[str, float] = defaultdict(float)

    def read_one(self, raw: RawDocument) -> Article | Rejected:
        start = time.process_time()
        try:
            return super().read_one(raw)
        finally:
            self.cpu["read"] += time.process_time() - start

    def _stage_over(self, stage: Stage, articles: list[Article]) -> list[Article | Rejected]:
        start = time.process_time()
        try:
            return super()._stage_over(stage, articles)
        finally:
            self.cpu[stage.name] += time.process_time() - start


def _print_steps(steps: list[dict[str, float]], bare_parse: list[float]) -> None:
    """Each step's CPU time inside extract (median of the rounds), each measured directly; the parse
    stage beside the bare parse of the same round, and the steps other than the parse beside it too."""
    names = list(dict.fromkeys(name for round_steps in steps for name in round_steps))
    medians = {name: statistics.median(s.get(name, 0.0) for s in steps) for name in names}
    print("extract's steps, CPU (median round): " + ", ".join(f"{n} {medians[n]:.2f} s" for n in names))
    if "parse" in medians:
        rounds = list(zip(steps, bare_parse, strict=True))
        inside = [s.get("parse", 0.0) / bare for s, bare in rounds]
        rest = [sum(v for n, v in s.items() if n != "parse") / bare for s, bare in rounds]
        print(
            f"per bare parse (nlp.pipe) CPU second of the same round: the parse stage "
            f"{statistics.median(inside):.2f}, every other step {statistics.median(rest):.2f} "
            f"(per round: {', '.join(f'{r:.2f}' for r in rest)})"
        )


def _pipeline_summary() -> str:
    """Each loaded pipeline with its active components: what both sides of the comparison run."""
    from diplowatch.text.nlp import PIPELINES, pipeline

    return "; ".join(
        f"{language} {PIPELINES[language]}: {'+'.join(pipeline(language).pipe_names)}"
        for language in sorted(PIPELINES)
    )


def distinct_raws(paths: list[str], count: int, round_number: int) -> list[RawDocument]:
    """`count` copies of the inputs, each with a marker of its own in its text (no cache serves a copy)."""
    from bench_ingest import replicate as replicate_distinct  # a sibling script

    return replicate_distinct(paths, count, tag=f"{round_number}-")


def _warm(pipeline: Any, paths: list[str]) -> None:
    """Models, KB, alias index and lexicons loaded before any timing: not a per-document cost."""
    for _ in pipeline.each_input(distinct_raws(paths, 20, -1)):
        pass


def _segment_texts(articles: list[Article]) -> list[tuple[str, str]]:
    from diplowatch.text.nlp import has_pipeline

    return [
        (s.language, a.body[s.start : s.end])
        for a in articles
        for s in a.segments
        if has_pipeline(s.language)
    ]


def _parse_each(texts: list[tuple[str, str]]) -> None:
    from diplowatch.text.nlp import pipeline

    for language, text in texts:
        pipeline(language)(text)


def _parse_piped(texts: list[tuple[str, str]]) -> None:
    from diplowatch.text.nlp import pipeline
    from diplowatch.text.parse import PIPE_BATCH

    for language in sorted({language for language, _ in texts}):
        chunk = [text for lang, text in texts if lang == language]
        for _ in pipeline(language).pipe(chunk, batch_size=PIPE_BATCH):
            pass


def _load_pipelines(articles: list[Article]) -> None:
    from diplowatch.text.nlp import has_pipeline, pipeline

    for language in {s.language for a in articles for s in a.segments if has_pipeline(s.language)}:
        pipeline(language)  # model loading is not a per-document cost


def bench_linking(stages: list[Any], articles: list[Article]) -> float:
    """Seconds the actor linker spends on `articles` once they are parsed: linking alone, measured
    directly rather than as a difference of two noisy figures."""
    parser = next(stage for stage in stages if stage.name == "parse")
    linker = next(stage for stage in stages if stage.name == "actors")
    spent = 0.0
    for i, article in enumerate(articles):
        article = parser(_distinct(article, 100_000 + i))  # a body no cache has seen
        start = time.perf_counter()
        linker.link(article)
        spent += time.perf_counter() - start
    return spent


def bench_linking_kbs(stages: list[Any], articles: list[Article], rounds: int = 5) -> None:
    """Linking with the whole KB (generated office holders included) beside linking with the hand-written
    entries only (the KB before the generated file): the same parsed articles, the two linkers taking
    turns round after round so that both see the same machine load; the median round of each."""
    from diplowatch.actors import ActorLinker
    from diplowatch.kb import KB

    parser = next(stage for stage in stages if stage.name == "parse")
    world = next(stage for stage in stages if stage.name == "actors")
    hand = ActorLinker(KB((e for e in world.kb if not e.generated), world.kb.roles.values()))
    parsed = [parser(_distinct(article, 200_000 + i)) for i, article in enumerate(articles)]
    linkers = {"hand-written KB": hand, "world KB": world}
    times: dict[str, list[float]] = {name: [] for name in linkers}
    for linker in linkers.values():
        linker.link(parsed[0])  # lazy tables built outside the timing
    for turn in range(rounds):
        for name in list(linkers)[:: 1 if turn % 2 == 0 else -1]:
            start = time.perf_counter()
            for article in parsed:
                linkers[name].link(article)
            times[name].append(time.perf_counter() - start)
    medians = {name: statistics.median(spent) for name, spent in times.items()}
    for name, spent in medians.items():
        _rate(f"linking, {name}", len(parsed), spent)
    ratio = medians["world KB"] / medians["hand-written KB"]
    print(f"world KB / hand-written KB time: {ratio:.2f} ({len(hand.kb):,} vs {len(world.kb):,} entries)")


def _distinct(article: Article, number: int) -> Article:
    body = f"{article.body}\n\n({number})"
    last = article.segments[-1]
    segments = article.segments[:-1] + (dataclasses.replace(last, end=len(body)),)
    return dataclasses.replace(article, body=body, segments=segments, doc_id=f"{article.doc_id}-{number}")


def _rate(name: str, count: int, seconds: float) -> None:
    print(f"{name:<22}{count / seconds:>12,.1f} docs/s{seconds:>9.2f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents after replication (default 2000)")
    parser.add_argument(
        "--later-docs",
        type=int,
        default=300,
        help="documents for the spaCy-based stages, which are far slower (default 300)",
    )
    parser.add_argument("--memory-sample", type=int, default=200, help="documents traced for peak memory")
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "samples")])
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up measure")
    parser.add_argument(
        "--rounds", type=int, default=3, help="alternating rounds of extract vs the bare parse (default 3)"
    )
    args = parser.parse_args(argv)
    if not args.no_startup:
        bench_startup()
    raws = replicate(args.paths, args.docs)
    print(f"{len(raws)} documents replicated from {', '.join(args.paths)}")
    print(f"{'stage':<22}{'throughput':>19}{'time':>11}{'py peak/doc':>16}{'max RSS':>14}")
    articles = bench_reading(raws, args.memory_sample)
    print(f"languages: {sorted({main_language(a.segments) for a in articles})}")
    bench_later_stages(articles[: args.later_docs])
    bench_extract_vs_parse(args.paths, args.later_docs, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
