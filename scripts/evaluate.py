"""`make eval`: measure diplowatch against ../shared (never part of the tests).

Runs `diplowatch extract` on the dev corpus (Western Sahara), dev-other (other
dossiers) and the samples and scores them with ../shared/eval/score.py, each also
per fold (scripts/folds.py: the check fold is only ever scored) and per language,
with the news outlets found among event participants (scripts/eval_outlets.py),
then the date benchmark (French TimeBank, ours
beside the dateparser baseline), then the event figures per category and on the
PLOVER gold-standard records.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "scripts"))
from folds import gold_inputs, without_check_rows  # noqa: E402  (a sibling script, not a package)


def extract(sources: list[str], out: Path) -> None:
    with out.open("w", encoding="utf-8") as handle:
        subprocess.run(
            [str(BIN / "diplowatch"), "extract", *sources, "--format", "jsonl"], stdout=handle, check=False
        )


def score_corpus(shared: Path, name: str, gold_dir: Path, out: Path) -> None:
    pred = out / f"{name}.jsonl"
    extract(gold_inputs(gold_dir), pred)
    print(f"\n== {name}: {gold_dir} ==", flush=True)
    scored = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), "corpus", str(gold_dir), str(pred)],
        check=False,
        capture_output=True,
        text=True,
    )
    print(without_check_rows(scored.stdout), end="", flush=True)  # per-file rows of the train fold only
    print(scored.stderr, end="", file=sys.stderr)
    print(
        f"\n-- {name}: check fold (sha1(file) % 3 == 0, never browsed), the rest, each language --",
        flush=True,
    )
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "folds.py"),
            str(gold_dir),
            str(pred),
            "--shared",
            str(shared),
        ],
        check=False,
    )
    print(f"\n-- {name}: news outlets among event participants (must be 0) --", flush=True)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "eval_outlets.py"), str(pred)], check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "out")
    args = parser.parse_args(argv)
    if not (args.shared / "eval" / "score.py").exists():
        print(f"no scorer at {args.shared}/eval/score.py: pass --shared", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    score_corpus(args.shared, "dev", args.shared / "corpus" / "dev", args.out)
    score_corpus(args.shared, "dev-other", args.shared / "corpus" / "dev-other", args.out)
    score_corpus(args.shared, "samples", ROOT / "samples", args.out)
    print("\n== French TimeBank (dates) ==", flush=True)
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "eval_timebank.py"), "--shared", str(args.shared)],
        check=False,
    )
    print("\n== Events: per category on dev, and the PLOVER gold-standard records ==", flush=True)
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "eval_events.py"),
            "--shared",
            str(args.shared),
            "--out",
            str(args.out / "events"),
        ],
        check=False,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
