"""Spark throughput: documents/s of `diplowatch spark extract` with local[1] and local[2] on the same corpus,
and where the time goes.

The corpora: the samples replicated to --docs files on disk (each copy with a marker line, so each is a
distinct document), and the dev corpus of ../shared when it is there. For each master, in a fresh
process (a JVM of its own): the corpus job cold (the executor's Python daemon loads the models during
it), a small job (the fixed cost of any job: listing, the small jobs around the main one, four Parquet
tables), the corpus job again.
Printed, each labelled:

- whole run: documents / (session start + the cold corpus job), what `diplowatch spark extract` costs;
- start-up: the session start (the JVM) and the model loading (the cold corpus job less the warm one);
- steady state: documents/s of the warm corpus job past the fixed cost of a job.

Wall seconds mean little on a machine other programs keep busy, so each job's CPU is accounted too
(user + system, from /proc): the JVM, the Python daemon and workers it runs, and this driver. With one
core, Spark still runs the JVM's own work (reading, shuffles, Parquet, its compiler and collector) on the
other core; the "CPU-bound" ratio is what a quiet 2-core machine would give from these figures: each run
takes at least its Python workers' CPU spread over its cores, and at least all its CPU over two cores.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from diplowatch.model import RawDocument
from diplowatch.pipeline import Options
from diplowatch.reading.sources import iter_inputs
from diplowatch.spark.job import extract
from diplowatch.spark.session import spark_session

ROOT = Path(__file__).resolve().parent.parent
MASTERS = {"local[1]": 1, "local[2]": 2}
OPTIONS = Options(today=date(2026, 1, 1))
SMALL_DOCS = 4
TICK = os.sysconf("SC_CLK_TCK")


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
class Cpu:
    """CPU seconds (user + system) of the processes of a session, live or reaped."""

    jvm: float = 0.0
    python_workers: float = 0.0  # the executor's Python daemon and the workers it forked
    driver: float = 0.0  # this process

    def __sub__(self, other: Cpu) -> Cpu:
        return Cpu(
            self.jvm - other.jvm, self.python_workers - other.python_workers, self.driver - other.driver
        )

    @property
    def total(self) -> float:
        return self.jvm + self.python_workers + self.driver


def _stat(pid: int | str) -> tuple[int, float, float]:
    """(parent pid, own CPU, CPU of the children it reaped) of a process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    utime, stime, cutime, cstime = (int(v) / TICK for v in fields[11:15])
    return int(fields[1]), utime + stime, cutime + cstime


def session_cpu() -> Cpu:
    """The CPU so far of this process, the JVM it started and every process under the JVM."""
    table: dict[int, tuple[int, float, float]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                table[int(entry.name)] = _stat(entry.name)
            except (OSError, IndexError, ValueError):  # gone meanwhile
                continue
    me = os.getpid()
    jvms = [pid for pid, (parent, _, _) in table.items() if parent == me]
    jvm = python = 0.0
    for pid in jvms:  # the JVM (one per session; a stopped session's may linger a moment)
        jvm += table[pid][1]
        python += table[pid][2]  # what it reaped: Python workers it started and stopped
    under = set(jvms)
    while under:  # the Python daemon, the workers it forked, what they reaped
        under = {pid for pid, (parent, _, _) in table.items() if parent in under}
        python += sum(table[pid][1] + table[pid][2] for pid in under)
    return Cpu(jvm=jvm, python_workers=python, driver=table[me][1])


@dataclass(frozen=True, slots=True)
class Job:
    seconds: float
    cpu: Cpu


def timed_job(spark: object, folder: Path, out: Path) -> tuple[Job, int]:
    before, start = session_cpu(), time.perf_counter()
    counts, _ = extract(spark, [str(folder)], str(out), options=OPTIONS)  # type: ignore[arg-type]
    return Job(time.perf_counter() - start, session_cpu() - before), counts.documents + counts.rejected


@dataclass(frozen=True, slots=True)
class Run:
    cores: int
    docs: int
    session_s: float  # starting the session: the JVM
    cold: Job  # the corpus job, the daemon loading the models during it
    small: Job  # a small job: what any job costs besides its documents
    warm: Job  # the corpus job again

    @property
    def whole_s(self) -> float:
        return self.session_s + self.cold.seconds

    @property
    def startup_s(self) -> float:
        return self.session_s + max(self.cold.seconds - self.warm.seconds, 0.0)

    @property
    def steady_rate(self) -> float:
        """Documents/s once the fixed cost of a job (listing, writing four tables) is set aside."""
        return (self.docs - SMALL_DOCS) / max(self.warm.seconds - self.small.seconds, 1e-9)

    def quiet_seconds(self, job: Job) -> float:
        """The job's wall time on a quiet 2-core machine, at least: its Python workers' CPU over its
        cores, and all its CPU over the machine's two."""
        return max(job.cpu.python_workers / self.cores, job.cpu.total / 2)


def timed_run(master: str, corpus: Path, small: Path, scratch: Path) -> Run:
    """The three jobs of `master` in a fresh process (so a fresh JVM: a stopped session keeps its JVM)."""
    read, write = os.pipe()
    command = [sys.executable, __file__, "--child", str(write), master, str(corpus), str(small), str(scratch)]
    process = subprocess.Popen(command, pass_fds=(write,))
    os.close(write)
    with os.fdopen(read) as pipe:
        figures = json.loads(pipe.read() or "null")
    if process.wait() != 0 or figures is None:
        raise SystemExit(f"the Spark bench with {master} failed")
    jobs = {
        name: Job(figures[name]["seconds"], Cpu(**figures[name]["cpu"])) for name in ("cold", "small", "warm")
    }
    return Run(MASTERS[master], figures["docs"], figures["session_s"], **jobs)


def child(fd: int, master: str, corpus: Path, small: Path, scratch: Path) -> None:
    """One master's run in this fresh process; its figures go out as JSON on `fd`."""
    start = time.perf_counter()
    spark = spark_session(master, app_name=f"bench {master}")
    figures: dict[str, Any] = {"session_s": time.perf_counter() - start}
    try:
        cold, figures["docs"] = timed_job(spark, corpus, scratch / f"cold-{master}")
        small_job, _ = timed_job(spark, small, scratch / f"small-{master}")
        warm, _ = timed_job(spark, corpus, scratch / f"warm-{master}")
    finally:
        spark.stop()
    for name, job in (("cold", cold), ("small", small_job), ("warm", warm)):
        figures[name] = {"seconds": job.seconds, "cpu": dataclasses.asdict(job.cpu)}
    with os.fdopen(fd, "w") as out:
        out.write(json.dumps(figures))


def _cpu_line(label: str, job: Job, docs: int) -> str:
    cpu = job.cpu
    return (
        f"      CPU s, {label}: JVM {cpu.jvm:.1f} + Python workers {cpu.python_workers:.1f} "
        f"({1000 * cpu.python_workers / docs:.0f} ms/doc) + driver {cpu.driver:.1f}; "
        f"cores busy {cpu.total / job.seconds:.2f}"
    )


def bench(name: str, corpus: Path, small: Path, scratch: Path) -> None:
    runs = {master: timed_run(master, corpus, small, scratch / "out" / name) for master in MASTERS}
    one, two = runs["local[1]"], runs["local[2]"]
    print(f"\n{name}: {one.docs} documents ({corpus})", flush=True)
    for master, run in runs.items():
        print(
            f"  {master}: whole run {run.docs / run.whole_s:5.2f} docs/s ({run.whole_s:.1f} s) | start-up "
            f"{run.startup_s:5.1f} s (session {run.session_s:.1f} s, "
            f"models {run.startup_s - run.session_s:.1f} s) "
            f"| steady state {run.steady_rate:5.2f} docs/s (past the {run.small.seconds:.1f} s of a "
            f"{SMALL_DOCS}-document job)"
        )
        print(_cpu_line("cold corpus job", run.cold, run.docs))
        print(_cpu_line("warm corpus job", run.warm, run.docs))
        print(_cpu_line(f"{SMALL_DOCS}-document job", run.small, SMALL_DOCS))
    print(
        f"  local[2] / local[1], measured: whole run {one.whole_s / two.whole_s:.2f}x, steady state "
        f"{two.steady_rate / one.steady_rate:.2f}x, "
        f"warm corpus job {one.warm.seconds / two.warm.seconds:.2f}x"
    )
    print(
        f"  local[2] / local[1], from the CPU accounting (a quiet 2-core machine): warm corpus job "
        f"{one.quiet_seconds(one.warm) / two.quiet_seconds(two.warm):.2f}x, cold corpus job "
        f"{one.quiet_seconds(one.cold) / two.quiet_seconds(two.cold):.2f}x",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=400, help="replicated sample documents (default 400)")
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    parser.add_argument("--no-dev", action="store_true", help="the replicated samples only")
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        child(int(argv[1]), argv[2], *map(Path, argv[3:6]))
        return 0
    args = parser.parse_args(argv)
    print(f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        small = replicate_to_disk(args.samples, SMALL_DOCS, scratch / "small")
        corpora = [("replicated samples", replicate_to_disk(args.samples, args.docs, scratch / "samples"))]
        if args.dev.is_dir() and not args.no_dev:
            dev = scratch / "dev"
            shutil.copytree(args.dev, dev, ignore=shutil.ignore_patterns("*.json"))
            corpora.append(("dev corpus", dev))
        elif not args.no_dev:
            print(f"spark: no dev corpus at {args.dev}; samples only", file=sys.stderr)
        for name, corpus in corpora:
            bench(name, corpus, small, scratch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
