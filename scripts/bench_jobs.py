"""`extract` and `ingest` with --jobs 1 and --jobs 2: documents/s, and where the time of each run goes.

Each run is a fresh process, as a user runs it (start-up and model loading included), on the samples
replicated to --docs distinct documents (each copy with a marker of its own in its text) and on the dev corpus
(../shared/corpus/dev, skipped when absent). Three figures per run, each labelled in the output:

- whole run: documents / wall seconds, from the start of the process to its end;
- steady state: documents/s between the first 20% and the last 10% of the results (their time stamps),
  what a long run tends to;
- start-up: the time to the first result (model loading, the fork server's preload, the first chunk).

Wall seconds mean little on a machine other programs keep busy, so each run also accounts for its CPU
(user + system, from getrusage and /proc): the run's own process, the fork server's preload, the workers,
the CPU spent before the first result and per document after it. From these, "CPU-bound" figures: the
2-job whole-run and steady-state ratios a quiet 2-core machine would give, (start-up + documents x CPU
per document on one core) over (start-up critical path + documents x CPU per document spread over two
cores). The ingest figures leave out the final merge into dossier events (it does not depend on the
jobs). With --rounds R the runs alternate (1, 2, then 2, 1, ...) and the median run of each is shown;
first the ceiling of any speed-up right now: how much faster two processes doing pure arithmetic
finish than one (2.0x on an idle 2-core machine).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"
JOBS = (1, 2)
COMMANDS = ("extract", "ingest")
STEADY_FROM, STEADY_TO = 0.2, 0.9  # the share of results between which the steady rate is read
TICK = os.sysconf("SC_CLK_TCK")
CACHE_ENV = "DIPLOWATCH_CACHE"  # diplowatch.kb.cache.ENV_VAR


# ---- the child: one run, timed and accounted from inside -------------------------------------------


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _stat_cpu(pid: int | str) -> tuple[int, float, float]:
    """(parent pid, own CPU, CPU of the children it reaped) of a process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    utime, stime, cutime, cstime = (int(v) / TICK for v in fields[11:15])
    return int(fields[1]), utime + stime, cutime + cstime


def _forkserver_cpu() -> tuple[float, float]:
    """(the fork server's own CPU, that of the workers it forked, live or reaped); zeros without one."""
    from multiprocessing import forkserver

    server = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if server is None:
        return 0.0, 0.0
    try:
        _, own, workers = _stat_cpu(server)
    except OSError:
        return 0.0, 0.0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent, cpu, _ = _stat_cpu(entry.name)
            except (OSError, IndexError, ValueError):  # gone meanwhile
                continue
            workers += cpu if parent == server else 0.0
    return own, workers


def _snapshot(start: float) -> list[float]:
    """[seconds since start, CPU of this process, of the fork server, of the workers]."""
    return [time.perf_counter() - start, _cpu(), *_forkserver_cpu()]


def child(fd: int, command: str, jobs: int, documents: int, db: str, paths: list[str]) -> None:
    """One run of `command` in this fresh process; its figures go out as one JSON line on `fd`: the time
    stamp of each result, and snapshots of the CPU at the first result and where the steady state is read."""
    start = time.perf_counter()
    stamps: list[float] = []
    marks = {1, int(documents * STEADY_FROM), int(documents * STEADY_TO)}
    snapshots: dict[int, list[float]] = {}

    def stamp() -> None:
        stamps.append(time.perf_counter() - start)
        if len(stamps) in marks:
            snapshots[len(stamps)] = _snapshot(start)

    if command == "ingest":
        from diplowatch.store import SQLiteStore
        from diplowatch.store.ingest import IngestOptions, ingest

        with SQLiteStore(db) as store:
            ingest(
                paths, store, options=IngestOptions(merge=False, jobs=jobs), on_progress=lambda *_: stamp()
            )
    else:
        from diplowatch.cli import main

        class Records:  # stdout of `extract --format jsonl`: one write per record
            def write(self, text: str) -> int:
                if text.endswith("\n"):
                    stamp()
                return len(text)

            def flush(self) -> None:
                pass

        sys.stdout = Records()  # type: ignore[assignment]
        main(["extract", *paths, "--format", "jsonl", "--jobs", str(jobs), "-q"])
        sys.stdout = sys.__stdout__
    figures = {"stamps": stamps, "snapshots": snapshots, "end": _snapshot(start)}
    with os.fdopen(fd, "w") as out:
        out.write(json.dumps(figures))


# ---- the parent: runs, and what they show ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Run:
    documents: int
    wall: float  # seconds, the whole process (as measured from here: interpreter start-up included)
    stamps: list[float]  # seconds from the child's start to each result
    snapshots: dict[str, list[float]]  # result number -> _snapshot() when it came
    end: list[float]  # _snapshot() at the end

    @property
    def rate(self) -> float:
        return self.documents / self.wall

    @property
    def startup(self) -> float:
        """Seconds to the first result."""
        return self.stamps[0] if self.stamps else self.wall

    def _steady(self) -> tuple[list[float], list[float], int]:
        low, high = int(self.documents * STEADY_FROM), int(self.documents * STEADY_TO)
        return self.snapshots[str(low)], self.snapshots[str(high)], high - low

    @property
    def steady_rate(self) -> float:
        low, high, results = self._steady()
        return results / max(high[0] - low[0], 1e-9)

    def steady_cpu(self) -> tuple[float, float]:
        """(this process, the workers) CPU seconds per document in the steady state."""
        low, high, results = self._steady()
        return (high[1] - low[1]) / results, (high[3] - low[3]) / results

    @property
    def cpu(self) -> tuple[float, float, float]:
        """(this process, the fork server, the workers): CPU seconds of the whole run."""
        return self.end[1], self.end[2], self.end[3]

    @property
    def serial_cpu(self) -> float:
        """CPU no second core can share: one job's whole run; with workers, the fork server's preload, or
        what this process spent until the first result if more (reading ahead: the two run side by side)."""
        parent, server, workers = self.cpu
        if not workers:
            return parent
        return max(self.snapshots["1"][1], server)

    def quiet_seconds(self) -> float:
        """The wall time this run would take alone on two cores: its serial CPU, then the rest spread
        over two cores (never less than this process's own share, which runs on one)."""
        parent, server, workers = self.cpu
        if not workers:
            return parent
        rest = parent - self.snapshots["1"][1]
        return self.serial_cpu + max((rest + workers) / 2, rest, workers / 2)


def quiet_steady_ratio(one: Run, two: Run) -> float:
    alone = sum(one.steady_cpu())
    parent, workers = two.steady_cpu()
    return alone / max((parent + workers) / 2, parent, workers / 2)


def report(command: str, runs: dict[int, list[Run]]) -> None:
    median = {jobs: sorted(rs, key=lambda r: r.wall)[len(rs) // 2] for jobs, rs in runs.items()}
    one, two = median[1], median[2]
    print(f"  {command}:")
    for jobs, run in median.items():
        walls = ", ".join(f"{r.wall:.1f}" for r in runs[jobs])
        print(
            f"    --jobs {jobs}  whole run {run.rate:5.1f} docs/s ({walls} s) | start-up (to the first "
            f"result) {run.startup:5.1f} s | steady state {run.steady_rate:5.1f} docs/s"
        )
        parent, server, workers = run.cpu
        steady_parent, steady_workers = run.steady_cpu()
        where = f"this process {parent:.1f}" + (
            f" + fork server {server:.1f} + workers {workers:.1f} = {sum(run.cpu):.1f}" if jobs > 1 else ""
        )
        per_document = f"this process {steady_parent * 1000:.0f}" + (
            f" + workers {steady_workers * 1000:.0f}" if jobs > 1 else ""
        )
        print(
            f"              CPU s: {where}; serial {run.serial_cpu:.1f}; steady state ms/doc: "
            f"{per_document}; cores busy {sum(run.cpu) / run.wall:.2f}"
        )
    print(
        f"    2 jobs / 1 job, measured: whole run {two.rate / one.rate:.2f}x, steady state "
        f"{two.steady_rate / one.steady_rate:.2f}x, start-up {two.startup:.1f} s vs {one.startup:.1f} s"
    )
    print(
        f"    2 jobs / 1 job, from the CPU accounting (what a quiet 2-core machine would give): whole run "
        f"{one.quiet_seconds() / two.quiet_seconds():.2f}x, steady state {quiet_steady_ratio(one, two):.2f}x"
    )


def run_once(command: str, paths: list[str], documents: int, jobs: int, db: Path) -> Run:
    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    read, write = os.pipe()
    start = time.perf_counter()
    process = subprocess.Popen(
        [
            sys.executable,
            __file__,
            "--child",
            str(write),
            command,
            str(jobs),
            str(documents),
            str(db),
            *paths,
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        figures = json.loads(pipe.read())
    if process.wait() != 0:
        raise SystemExit(f"{command} --jobs {jobs} failed")
    return Run(documents=documents, wall=time.perf_counter() - start, **figures)


def bench(name: str, paths: list[str], documents: int, rounds: int, tmp: Path) -> None:
    runs: dict[str, dict[int, list[Run]]] = {c: {jobs: [] for jobs in JOBS} for c in COMMANDS}
    loads = [os.getloadavg()[0]]
    for round_number in range(rounds):
        for jobs in JOBS if round_number % 2 == 0 else JOBS[::-1]:
            for command in COMMANDS:
                runs[command][jobs].append(
                    run_once(command, paths, documents, jobs, tmp / "bench-jobs.sqlite")
                )
                loads.append(os.getloadavg()[0])
    print(
        f"\n{name}: {documents} documents, {rounds} round(s); load average {min(loads):.1f}-{max(loads):.1f}"
    )
    for command in COMMANDS:
        report(command, runs[command])


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


def prebuild_kb_files(folder: Path) -> None:
    """The runs' prebuilt KB files (kb.cache) in a folder of their own, built before any run (as after a
    user's first run): no other diplowatch on the machine replaces them between two runs."""
    os.environ[CACHE_ENV] = str(folder)
    subprocess.run([sys.executable, "-c", "from diplowatch.pipeline import Pipeline; Pipeline()"], check=True)
    print(f"prebuilt KB files in {folder}, built once before the runs")


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
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        child(int(argv[1]), argv[2], int(argv[3]), int(argv[4]), argv[5], argv[6:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="replicated sample documents (default 1000)")
    parser.add_argument("--rounds", type=int, default=1, help="alternating rounds per figure (default 1)")
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--dev", type=Path, default=DEV, help="the dev corpus (skipped when absent)")
    parser.add_argument("--no-dev", action="store_true", help="the replicated samples only")
    args = parser.parse_args(argv)
    print(f"{os.cpu_count()} cores; each run is a fresh process (start-up and model loading included)")
    print(f"two processes of pure arithmetic do {machine_ceiling():.2f}x the work of one right now")
    with tempfile.TemporaryDirectory() as tmp:
        prebuild_kb_files(Path(tmp) / "cache")
        copies = Path(tmp) / "copies"
        copies.mkdir()
        paths = write_copies(args.samples, args.docs, copies)
        bench(f"replicated samples ({args.samples})", paths, args.docs, args.rounds, Path(tmp))
        if args.no_dev:
            return 0
        if args.dev.is_dir():
            texts = [str(p) for p in sorted(args.dev.iterdir()) if p.suffix == ".txt"]
            bench(f"dev corpus ({args.dev})", texts, _documents(texts), args.rounds, Path(tmp))
        else:
            print(f"\ndev corpus: {args.dev} not found, skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
