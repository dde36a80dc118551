"""`make bench`: throughput (documents/s) and peak memory of each stage on the bundled samples.

The samples are replicated (in memory) to --docs documents. Each stage is timed
alone on the output of the stage before it; memory is the peak of Python
allocations during the stage (tracemalloc, on a subset) and the process's
maximum resident size after it (native memory of lingua and spaCy included).
"""

from __future__ import annotations

import argparse
import dataclasses
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from diplowatch.model import Article, RawDocument
from diplowatch.reading.boilerplate import clean_text
from diplowatch.reading.decode import decode
from diplowatch.reading.language import main_language, segments
from diplowatch.reading.metadata import read_metadata
from diplowatch.reading.read import read
from diplowatch.reading.sources import iter_inputs

ROOT = Path(__file__).resolve().parent.parent
TODAY = date.today()


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
    print(f"{name:<22}{len(items) / seconds:>12,.0f} docs/s{seconds:>9.2f} s"
          f"{peak / 2**20:>12.1f} MiB{rss:>14.0f} MiB")
    return out


def bench_reading(raws: list[RawDocument], sample: int) -> list[Article]:
    texts = timed("decode", lambda r: decode(r.data).text if r.data else (r.text or r.html or ""), raws, sample)
    cleaned = timed("clean", clean_text, texts, sample)
    timed("language segments", lambda c: segments(c.body), cleaned, sample)
    timed("metadata", lambda c: read_metadata(c.header, c.tail, c.body, "fr", TODAY), cleaned, sample)
    articles = timed("read (all of the above)", lambda r: read(r, today=TODAY), raws, sample)
    return [a for a in articles if isinstance(a, Article)]


def bench_later_stages(articles: list[Article], sample: int) -> None:
    """Stages after reading, when they are installed; each on the same articles."""
    try:
        from diplowatch.pipeline import Options, default_stages
    except ImportError:
        return
    for stage in default_stages(Options()):
        if hasattr(stage, "warm_up"):
            stage.warm_up()
        timed(stage.name, stage, articles, min(sample, 50))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents after replication (default 2000)")
    parser.add_argument("--later-docs", type=int, default=300,
                        help="documents for the spaCy-based stages, which are far slower (default 300)")
    parser.add_argument("--memory-sample", type=int, default=200, help="documents traced for peak memory")
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "samples")])
    args = parser.parse_args(argv)
    raws = replicate(args.paths, args.docs)
    print(f"{len(raws)} documents replicated from {', '.join(args.paths)}")
    print(f"{'stage':<22}{'throughput':>19}{'time':>11}{'peak (py)':>16}{'max RSS':>14}")
    articles = bench_reading(raws, args.memory_sample)
    print(f"languages: {sorted({main_language(a.segments) for a in articles})}")
    bench_later_stages(articles[: args.later_docs], args.memory_sample)
    return 0


if __name__ == "__main__":
    sys.exit(main())
