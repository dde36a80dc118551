"""`extract` and `ingest` with --jobs 1 and --jobs 2: documents/s, each run in a fresh process.

On the samples replicated to --docs files (each copy with a closing line of its own, so that every copy
is a distinct document) and on the dev corpus (../shared/corpus/dev, skipped when absent). Each figure is
a whole run as a user sees it (start-up and model loading included, done once in the fork server with
--jobs 2: a small corpus pays it in full). The ingest figures leave out the final merge into dossier
events, timed on its own (it does not depend on the jobs). With --rounds R the runs alternate (1, 2,
then 2, 1, ...) and the median is shown; the machine's load average is printed beside, and first the
ceiling of any speed-up at that moment: how much faster two processes doing pure arithmetic finish
than one (2.0x on an idle 2-core machine; near 1.0x when other programs keep both cores busy).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"
JOBS = (1, 2)

# The ingest run in a child process: pipeline and store timed apart from the merge.
INGEST_CHILD = """
import json, sys, time
from diplowatch.pipeline import Options
from diplowatch.store import SQLiteStore
from diplowatch.store.ingest import IngestOptions, ingest, refresh_dossier
start = time.perf_counter()
with SQLiteStore(sys.argv[1]) as store:
    ingest(sys.argv[3:], store, options=IngestOptions(merge=False, jobs=int(sys.argv[2])))
    ingested = time.perf_counter() - start
    start = time.perf_counter()
    refresh_dossier(store, force=True)
    merged = time.perf_counter() - start
print(json.dumps({"seconds": ingested, "merge": merged}))
"""


def write_copies(samples: Path, count: int, folder: Path) -> list[str]:
    """`count` distinct copies of the samples as files (JSONL lines go to one JSONL file)."""
    from bench_ingest import replicate  # a sibling script

    lines = []
    for i, raw in enumerate(replicate([str(samples)], count)):
        if raw.data is not None:
            (folder / f"{i:05d}{Path(raw.source).suffix}").write_bytes(raw.data)
        else:
            fields = {**raw.given, **({"text": raw.text} if raw.text is not None else {"html": raw.html})}
            lines.append(json.dumps(fields, ensure_ascii=False))
    if lines:
        (folder / "copies.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(folder)]


def run_extract(paths: list[str], jobs: int) -> float:
    command = [sys.executable, "-m", "diplowatch", "extract", *paths, "--format", "jsonl"]
    start = time.perf_counter()
    subprocess.run([*command, "--jobs", str(jobs), "-q"], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def run_ingest(paths: list[str], jobs: int, db: Path) -> dict[str, Any]:
    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    out = subprocess.run(
        [sys.executable, "-c", INGEST_CHILD, str(db), str(jobs), *paths],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.splitlines()[-1])


def bench(name: str, paths: list[str], documents: int, rounds: int, tmp: Path) -> None:
    whole: dict[str, dict[int, list[float]]] = {c: {jobs: [] for jobs in JOBS} for c in ("extract", "ingest")}
    merges: list[float] = []
    loads = [os.getloadavg()[0]]
    for round_number in range(rounds):
        for jobs in JOBS if round_number % 2 == 0 else JOBS[::-1]:
            whole["extract"][jobs].append(run_extract(paths, jobs))
            figures = run_ingest(paths, jobs, tmp / "bench-jobs.sqlite")
            whole["ingest"][jobs].append(figures["seconds"])
            merges.append(figures["merge"])
            loads.append(os.getloadavg()[0])
    load = f"load average {min(loads):.1f}-{max(loads):.1f}"
    print(f"\n{name}: {documents} documents, {rounds} round(s); {load}")
    for command, seconds in whole.items():
        rates = {jobs: documents / statistics.median(spent) for jobs, spent in seconds.items()}
        for jobs in JOBS:
            listed = ", ".join(f"{s:.1f}" for s in seconds[jobs])
            print(f"  {command} --jobs {jobs}   {rates[jobs]:>6.1f} docs/s  ({listed} s)")
        print(f"  {command} with 2 jobs / 1 job: {rates[2] / rates[1]:.2f}x")
    merge = statistics.median(merges)
    print(f"  merge into dossier events (not in the ingest figures): median {merge:.2f} s")


def _documents(paths: list[str]) -> int:
    from diplowatch.model import RawDocument
    from diplowatch.reading.sources import iter_inputs

    return sum(isinstance(item, RawDocument) for item in iter_inputs(paths))


def _spin(count: int) -> float:
    start = time.perf_counter()
    total = 0
    for i in range(count):
        total += i * i
    return time.perf_counter() - start


def machine_ceiling(count: int = 10_000_000) -> float:
    """Work done per second by two processes at once over one process alone (alternated, medians)."""
    import multiprocessing

    alone, together = [], []
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        for _ in range(3):
            alone.append(pool.apply(_spin, (count,)))
            together.append(max(pool.map(_spin, [count, count])))
    return 2 * statistics.median(alone) / statistics.median(together)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300, help="replicated sample documents (default 300)")
    parser.add_argument("--rounds", type=int, default=1, help="alternating rounds per figure (default 1)")
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--dev", type=Path, default=DEV, help="the dev corpus (skipped when absent)")
    args = parser.parse_args(argv)
    print(f"{os.cpu_count()} cores; each run is a fresh process (start-up and model loading included)")
    print(f"two processes of pure arithmetic do {machine_ceiling():.2f}x the work of one right now")
    with tempfile.TemporaryDirectory() as tmp:
        copies = Path(tmp) / "copies"
        copies.mkdir()
        bench(
            "replicated samples",
            write_copies(args.samples, args.docs, copies),
            args.docs,
            args.rounds,
            Path(tmp),
        )
        if args.dev.is_dir():
            texts = [str(p) for p in sorted(args.dev.iterdir()) if p.suffix == ".txt"]
            bench(f"dev corpus {args.dev}", texts, _documents(texts), args.rounds, Path(tmp))
        else:
            print(f"\ndev corpus: {args.dev} not found, skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
