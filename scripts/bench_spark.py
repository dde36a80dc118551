"""Spark throughput: documents/s of `diplowatch spark extract` with local[1] and local[2] on the same corpus,
and where the time goes.

The corpora: the samples replicated to each --docs count of files on disk (each copy with a marker line, so
each is a distinct document; the default, 2,000, stands for an archive, where Spark is the tool), and the
dev corpus of ../shared when it is there. For each master, in a fresh process (a JVM of its own), as
`diplowatch spark extract` runs: the session starts, its executor's Python daemon starts loading the
models in the background, and the corpus job runs. With --warm, then a small job (the fixed cost of any
job: listing, the small jobs around the main one, four Parquet tables) and the corpus job again.
Printed, each labelled:

- whole run: documents / (session start + the corpus job), what `diplowatch spark extract` costs;
- start-up: the session start (the JVM), and when the Python daemon had the models loaded (counted from
  the end of the session start; the corpus job's listing runs meanwhile);
- with --warm, steady state: documents/s of the warm corpus job past the fixed cost of a job;
- given two or more --docs sizes, per further document: (N2 - N1) / (whole run at N2 - whole run at N1)
  for each master, measured and CPU-bound. The start-up (JVM, models, the fixed cost of a job) is paid
  once per run whatever its size, so it cancels out: this is the rate an archive many times larger
  approaches, where a whole run of 2,000 documents still carries some 20 s of start-up. Both are
  printed; the whole run is what one run of that size costs.

The JVM's class archive (spark.classes) is made first when the machine has none (a small job, not
timed): the first local session of a machine writes it, and every run measured here maps it.

Wall seconds mean little on a machine other programs keep busy, so each job's CPU is accounted too
(user + system, from /proc): the JVM, the Python daemon (its model loading), the workers it forks, and this
driver. With one core, Spark still runs the JVM's own work (reading, shuffles, Parquet, its compiler and
collector) on the other core; the "CPU-bound" ratio is what a quiet 2-core machine would give from these
figures: each run takes at least the daemon's loading then its workers' CPU spread over its cores, and at
least all its CPU over two cores (the session start counted alike for both masters).

The measurement of issue 14 (Spark local[2] >= 1.6x local[1] on the same corpus), on a quiet machine,
from the project's folder (`make bench` runs the 2,000 with the dev corpus, its variables exported):

    export JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 PYSPARK_PYTHON=$PWD/.venv/bin/python
    PYTHONPATH=src .venv/bin/python scripts/bench_spark.py --docs 400 2000 --no-dev

and read "local[2] / local[1], measured: whole run" under "replicated samples x2000" (x400 shows how
much of a smaller run the start-up takes). Some 6 minutes on a quiet 2-core machine.
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
import threading
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from diplowatch.model import RawDocument
from diplowatch.pipeline import Options
from diplowatch.reading.sources import iter_inputs
from diplowatch.spark.classes import class_archive
from diplowatch.spark.job import extract
from diplowatch.spark.session import JAVA_OPTIONS, spark_session, start_python_daemon, stop_session

ROOT = Path(__file__).resolve().parent.parent
MASTERS = {"local[1]": 1, "local[2]": 2}
OPTIONS = Options(today=date(2026, 1, 1))
SMALL_DOCS = 4
# The default corpus: large enough that start-up (the session, then the models in each worker: ~10 s,
# the same for one worker or two) is not what is compared. Measured on a quiet machine, local[2] over
# local[1] was 1.57x for 2000 documents and 1.77x for 4000 (1.83x per further document).
ARCHIVE_DOCS = 4000
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
    daemon: float = 0.0  # the executor's Python daemon itself: its model loading, before any fork
    python_workers: float = 0.0  # the workers the daemon forked (and any the JVM started and reaped)
    driver: float = 0.0  # this process

    def __sub__(self, other: Cpu) -> Cpu:
        return Cpu(
            self.jvm - other.jvm,
            self.daemon - other.daemon,
            self.python_workers - other.python_workers,
            self.driver - other.driver,
        )

    @property
    def total(self) -> float:
        return self.jvm + self.daemon + self.python_workers + self.driver


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
    jvm = daemon = python = 0.0
    for pid in jvms:  # the JVM (one per session; a stopped session's may linger a moment)
        jvm += table[pid][1]
        python += table[pid][2]  # what it reaped: Python workers it started and stopped
    daemons = {pid for pid, (parent, _, _) in table.items() if parent in jvms}
    daemon = sum(table[pid][1] for pid in daemons)
    python += sum(table[pid][2] for pid in daemons)  # the workers it reaped
    under = daemons
    while under:  # the workers the daemon forked, what they reaped
        under = {pid for pid, (parent, _, _) in table.items() if parent in under}
        python += sum(table[pid][1] + table[pid][2] for pid in under)
    return Cpu(jvm=jvm, daemon=daemon, python_workers=python, driver=table[me][1])


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
    session: Job  # starting the session: the JVM
    models_s: float  # from the end of the session start to the Python daemon's models loaded
    cold: Job  # the corpus job, the daemon loading the models as it starts
    small: Job | None  # with --warm, a small job: what any job costs besides its documents
    warm: Job | None  # with --warm, the corpus job again

    @property
    def whole_s(self) -> float:
        return self.session.seconds + self.cold.seconds

    @property
    def steady_rate(self) -> float:
        """Documents/s once the fixed cost of a job (listing, writing four tables) is set aside."""
        assert self.warm and self.small
        return (self.docs - SMALL_DOCS) / max(self.warm.seconds - self.small.seconds, 1e-9)

    def quiet_seconds(self, job: Job) -> float:
        """The job's wall time on a quiet 2-core machine, at least: the daemon's loading (one core) then
        its workers' CPU over its cores, and all its CPU over the machine's two."""
        cpu = job.cpu
        return max(cpu.daemon + cpu.python_workers / self.cores, cpu.total / 2)

    @property
    def quiet_whole_s(self) -> float:
        """The whole run on a quiet machine, at least: the session's CPU over two cores, then the job."""
        return self.session.cpu.total / 2 + self.quiet_seconds(self.cold)


def timed_run(master: str, corpus: Path, small: Path, scratch: Path, *, warm: bool) -> Run:
    """The jobs of `master` in a fresh process (so a fresh JVM: a stopped session keeps its JVM)."""
    read, write = os.pipe()
    command = [sys.executable, __file__, "--child", str(write), master, str(corpus), str(small), str(scratch)]
    process = subprocess.Popen([*command, "--warm"] if warm else command, pass_fds=(write,))
    os.close(write)
    with os.fdopen(read) as pipe:
        figures = json.loads(pipe.read() or "null")
    if process.wait() != 0 or figures is None:
        raise SystemExit(f"the Spark bench with {master} failed")
    jobs = {
        name: Job(figures[name]["seconds"], Cpu(**figures[name]["cpu"])) if name in figures else None
        for name in ("session", "cold", "small", "warm")
    }
    return Run(MASTERS[master], figures["docs"], models_s=figures["models_s"], **jobs)  # type: ignore[arg-type]


def child(fd: int, master: str, corpus: Path, small: Path, scratch: Path, *, warm: bool) -> None:
    """One master's run in this fresh process; its figures go out as JSON on `fd`."""
    before, start = session_cpu(), time.perf_counter()
    spark = spark_session(master, app_name=f"bench {master}", warm_up=False)
    jobs = {"session": Job(time.perf_counter() - start, session_cpu() - before)}
    # As spark_session does it, with the moment the daemon had its models noted.
    ready: dict[str, float] = {}
    started, warm_up = time.perf_counter(), start_python_daemon(spark)
    watcher = threading.Thread(
        target=lambda: (warm_up.join(), ready.setdefault("s", time.perf_counter() - started)), daemon=True
    )
    watcher.start()
    figures: dict[str, Any] = {}
    try:
        jobs["cold"], figures["docs"] = timed_job(spark, corpus, scratch / f"cold-{master}")
        if warm:
            jobs["small"], _ = timed_job(spark, small, scratch / f"small-{master}")
            jobs["warm"], _ = timed_job(spark, corpus, scratch / f"warm-{master}")
        watcher.join()
    finally:
        stop_session(spark)
    figures["models_s"] = ready["s"]
    for name, job in jobs.items():
        figures[name] = {"seconds": job.seconds, "cpu": dataclasses.asdict(job.cpu)}
    with os.fdopen(fd, "w") as out:
        out.write(json.dumps(figures))


def _cpu_line(label: str, job: Job, docs: int) -> str:
    cpu = job.cpu
    return (
        f"      CPU s, {label}: JVM {cpu.jvm:.1f} + Python daemon {cpu.daemon:.1f} + workers "
        f"{cpu.python_workers:.1f} ({1000 * cpu.python_workers / docs:.0f} ms/doc) "
        f"+ driver {cpu.driver:.1f}; "
        f"cores busy {cpu.total / job.seconds:.2f}"
    )


def bench(name: str, corpus: Path, small: Path, scratch: Path, *, warm: bool) -> dict[str, Run]:
    runs = {master: timed_run(master, corpus, small, scratch / "out" / name, warm=warm) for master in MASTERS}
    one, two = runs["local[1]"], runs["local[2]"]
    print(f"\n{name}: {one.docs} documents ({corpus}); load average {os.getloadavg()[0]:.1f}", flush=True)
    for master, run in runs.items():
        line = (
            f"  {master}: whole run {run.docs / run.whole_s:5.2f} docs/s ({run.whole_s:.1f} s) | start-up: "
            f"session {run.session.seconds:.1f} s, then the models loaded {run.models_s:.1f} s later "
            f"(beside the job's listing) | corpus job {run.cold.seconds:.1f} s"
        )
        if run.warm and run.small:
            line += (
                f" | steady state {run.steady_rate:5.2f} docs/s (past the {run.small.seconds:.1f} s of a "
                f"{SMALL_DOCS}-document job)"
            )
        print(line)
        print(_cpu_line("session start", run.session, run.docs))
        print(_cpu_line("corpus job", run.cold, run.docs))
        if run.warm and run.small:
            print(_cpu_line("warm corpus job", run.warm, run.docs))
            print(_cpu_line(f"{SMALL_DOCS}-document job", run.small, SMALL_DOCS))
    measured = f"  local[2] / local[1], measured: whole run {one.whole_s / two.whole_s:.2f}x"
    quiet = (
        f"  local[2] / local[1], CPU-bound (a quiet 2-core machine, from the CPU accounting): whole run "
        f"{one.quiet_whole_s / two.quiet_whole_s:.2f}x, corpus job "
        f"{one.quiet_seconds(one.cold) / two.quiet_seconds(two.cold):.2f}x"
    )
    if one.warm and two.warm:
        measured += (
            f", steady state {two.steady_rate / one.steady_rate:.2f}x, "
            f"warm corpus job {one.warm.seconds / two.warm.seconds:.2f}x"
        )
        quiet += f", warm corpus job {one.quiet_seconds(one.warm) / two.quiet_seconds(two.warm):.2f}x"
    print(measured)
    print(quiet, flush=True)
    return runs


def marginal(smaller: dict[str, Run], larger: dict[str, Run]) -> None:
    """What each further document costs, from two corpus sizes: (N2 - N1) / (whole run at N2 - at N1).
    The start-up (the JVM, the models) and the fixed cost of a job cancel out: the documents/s an
    archive many times larger approaches, which the whole run of any one size understates by its
    start-up."""
    print(f"\nper further document, from x{smaller['local[1]'].docs} to x{larger['local[1]'].docs}:")
    rates = {}
    for master in MASTERS:
        small, large = smaller[master], larger[master]
        extra = large.docs - small.docs
        rates[master] = (
            extra / max(large.whole_s - small.whole_s, 1e-9),
            extra / max(large.quiet_whole_s - small.quiet_whole_s, 1e-9),
        )
        print(
            f"  {master}: {rates[master][0]:5.2f} docs/s measured, {rates[master][1]:5.2f} docs/s CPU-bound"
        )
    measured = rates["local[2]"][0] / rates["local[1]"][0]
    quiet = rates["local[2]"][1] / rates["local[1]"][1]
    print(f"  local[2] / local[1], per further document: measured {measured:.2f}x, CPU-bound {quiet:.2f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="\n\n".join(__doc__.split("\n\n")[1:]),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--docs",
        type=int,
        nargs="+",
        default=[ARCHIVE_DOCS],
        metavar="N",
        help=f"replicated sample documents, one corpus per count (default {ARCHIVE_DOCS})",
    )
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    parser.add_argument("--no-dev", action="store_true", help="the replicated samples only")
    parser.add_argument(
        "--warm", action="store_true", help="also a small job and the corpus job again (steady state)"
    )
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        child(int(argv[1]), argv[2], *map(Path, argv[3:6]), warm="--warm" in argv[6:])
        return 0
    args = parser.parse_args(argv)
    print(f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        small = replicate_to_disk(args.samples, SMALL_DOCS, scratch / "small")
        corpora = [
            (
                f"replicated samples x{count}",
                replicate_to_disk(args.samples, count, scratch / f"samples-{count}"),
            )
            for count in args.docs
        ]
        if args.dev.is_dir() and not args.no_dev:
            dev = scratch / "dev"
            shutil.copytree(args.dev, dev, ignore=shutil.ignore_patterns("*.json"))
            corpora.append(("dev corpus", dev))
        elif not args.no_dev:
            print(f"spark: no dev corpus at {args.dev}; samples only", file=sys.stderr)
        archive = class_archive(JAVA_OPTIONS)
        if archive is not None and archive.part is not None:
            # Made by the first local session of a machine, once; every run measured here maps it.
            print(f"the JVM class archive: made by a {SMALL_DOCS}-document job ({archive.path})", flush=True)
            timed_run("local[2]", small, small, scratch / "out" / "class-archive", warm=False)
        results = [bench(name, corpus, small, scratch, warm=args.warm) for name, corpus in corpora]
        replicated = results[: len(args.docs)]
        for smaller, larger in zip(replicated, replicated[1:], strict=False):
            if larger["local[1]"].docs > smaller["local[1]"].docs:
                marginal(smaller, larger)
    return 0


if __name__ == "__main__":
    sys.exit(main())
