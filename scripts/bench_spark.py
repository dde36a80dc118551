"""Spark throughput: documents/s of `diplowatch spark extract` with local[1] and local[2] on the same corpus.

The corpora: the samples replicated to --docs files on disk (each copy with a marker line, so each
is a distinct document), and the dev corpus of ../shared when it is there. For each master a fresh
session runs a small warm-up job first (the executor's Python daemon loads the models once: its
cost is printed apart), then the timed job over the corpus: read, pipeline, four Parquet tables.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
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


def timed_run(master: str, corpus: Path, warm_up: Path, scratch: Path) -> tuple[float, float, int]:
    """(warm-up seconds, corpus seconds, documents) for one master, in a fresh session."""
    spark = spark_session(master, app_name=f"bench {master}")
    try:
        start = time.perf_counter()
        extract(spark, [str(warm_up)], str(scratch / f"warm-{master}"), options=OPTIONS)
        warm_s = time.perf_counter() - start
        start = time.perf_counter()
        counts, _ = extract(spark, [str(corpus)], str(scratch / f"out-{master}"), options=OPTIONS)
        return warm_s, time.perf_counter() - start, counts.documents + counts.rejected
    finally:
        spark.stop()


def bench(name: str, corpus: Path, warm_up: Path, scratch: Path) -> None:
    rates: dict[str, float] = {}
    for master in MASTERS:
        warm_s, run_s, docs = timed_run(master, corpus, warm_up, scratch)
        rates[master] = docs / run_s
        print(
            f"spark {name:<9} {master}: {docs} docs in {run_s:6.1f} s = {rates[master]:5.2f} docs/s "
            f"(warm-up job with the model load: {warm_s:5.1f} s)",
            flush=True,
        )
    print(f"spark {name:<9} local[2] / local[1] = {rates['local[2]'] / rates['local[1]']:.2f}x", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="replicated sample documents (default 200)")
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        warm_up = replicate_to_disk(args.samples, 4, scratch / "warm-up")
        corpora = [("samples", replicate_to_disk(args.samples, args.docs, scratch / "samples"))]
        if args.dev.is_dir():
            dev = scratch / "dev"
            shutil.copytree(args.dev, dev, ignore=shutil.ignore_patterns("*.json"))
            corpora.append(("dev", dev))
        else:
            print(f"spark: no dev corpus at {args.dev}; samples only", file=sys.stderr)
        for name, corpus in corpora:
            bench(name, corpus, warm_up, scratch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
