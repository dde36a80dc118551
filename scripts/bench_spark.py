"""Spark throughput: documents/s of `diplowatch spark extract` with local[1] and local[2] on the same corpus.

The corpora: the samples replicated to --docs files on disk (each copy with a marker line, so each
is a distinct document), and the dev corpus of ../shared when it is there. For each master a fresh
session runs a small job twice (the first time the executor's Python daemon loads the models; the
second gives the fixed cost of any job), then the job over the corpus: read, pipeline, four Parquet
tables. Printed: documents/s of the corpus job, and past the fixed cost of a job.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from diplowatch.model import RawDocument
from diplowatch.pipeline import Options
from diplowatch.reading.sources import iter_inputs
from diplowatch.spark.job import extract
from diplowatch.spark.session import spark_session

ROOT = Path(__file__).resolve().parent.parent
MASTERS = ("local[1]", "local[2]")
OPTIONS = Options(today=date(2026, 1, 1))
SMALL_DOCS = 4


def replicate_to_disk(samples: Path, count: int, folder: Path) -> Path:
    """`count` distinct documents under `folder`, made from the samples' files and JSONL lines."""
    import json

    originals = [item for item in iter_inputs([str(samples)]) if isinstance(item, RawDocument)]
    folder.mkdir(parents=True)
    for i in range(count):
        raw = originals[i % len(originals)]
        marker = f"\n\nCopy {i}.\n"
        if raw.data is not None:
            (folder / f"{i:05d}{raw.given.get('suffix', '.txt')}").write_bytes(raw.data + marker.encode())
        else:
            fields = {**raw.given, "id": f"{raw.given.get('id', 'doc')}-{i}"}
            fields["text" if raw.text is not None else "html"] = (raw.text or raw.html or "") + marker
            (folder / f"{i:05d}.jsonl").write_text(json.dumps(fields, ensure_ascii=False) + "\n", "utf-8")
    return folder


@dataclass(frozen=True, slots=True)
class Run:
    cold_s: float  # the first small job: the executor's daemon loads the models
    small_s: float  # the same small job again: what any job costs besides its documents
    corpus_s: float
    docs: int

    @property
    def rate(self) -> float:
        return self.docs / self.corpus_s

    @property
    def marginal_rate(self) -> float:
        """Documents/s once the fixed cost of a job (listing, writing four tables) is set aside."""
        return (self.docs - SMALL_DOCS) / max(self.corpus_s - self.small_s, 1e-9)


def timed_run(master: str, corpus: Path, small: Path, scratch: Path) -> Run:
    """One master in a fresh session: the small job cold, then warm, then the corpus."""
    spark = spark_session(master, app_name=f"bench {master}")
    times = []
    try:
        for label, folder in (("cold", small), ("small", small), ("corpus", corpus)):
            start = time.perf_counter()
            counts, _ = extract(spark, [str(folder)], str(scratch / f"{label}-{master}"), options=OPTIONS)
            times.append(time.perf_counter() - start)
        return Run(*times, docs=counts.documents + counts.rejected)
    finally:
        spark.stop()


def bench(name: str, corpus: Path, small: Path, scratch: Path) -> None:
    runs: dict[str, Run] = {}
    for master in MASTERS:
        run = runs[master] = timed_run(master, corpus, small, scratch / "out" / name)
        print(
            f"spark {name:<8} {master}: {run.docs} docs in {run.corpus_s:6.1f} s = {run.rate:5.2f} docs/s; "
            f"{run.marginal_rate:5.2f} docs/s past the {run.small_s:4.1f} s of a {SMALL_DOCS}-document job "
            f"(first job, loading the models: {run.cold_s:5.1f} s)",
            flush=True,
        )
    single, double = runs["local[1]"], runs["local[2]"]
    print(
        f"spark {name:<8} local[2] / local[1] = {double.rate / single.rate:.2f}x "
        f"({double.marginal_rate / single.marginal_rate:.2f}x past the fixed cost of a job)",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="replicated sample documents (default 200)")
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        small = replicate_to_disk(args.samples, SMALL_DOCS, scratch / "small")
        corpora = [("samples", replicate_to_disk(args.samples, args.docs, scratch / "samples"))]
        if args.dev.is_dir():
            dev = scratch / "dev"
            shutil.copytree(args.dev, dev, ignore=shutil.ignore_patterns("*.json"))
            corpora.append(("dev", dev))
        else:
            print(f"spark: no dev corpus at {args.dev}; samples only", file=sys.stderr)
        for name, corpus in corpora:
            bench(name, corpus, small, scratch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
