#!/usr/bin/env python3
"""Score predictions on a corpus split in two folds: the browse fold (errors may be read) and
the check fold (scored only, never read), so a rule tuned on one is tested on the other.

    scripts/score_folds.py GOLD_DIR PRED.jsonl [--scorer ../shared/eval/score.py]

A file is in the check fold when int(sha1(name), 16) % 3 == 0. Prints the scorer's summary
for all documents and for each fold.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

KEYS = ("docs", "published_accuracy", "event_precision", "event_recall", "event_f1", "date_accuracy")


def check_fold(name: str) -> bool:
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 3 == 0


def _score(scorer: Path, gold_dir: Path, pred: Path) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, str(scorer), "corpus", str(gold_dir), str(pred)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    last = out.strip().splitlines()[-1]
    return json.loads(last) if last.startswith("{") else _table(out)


def _table(out: str) -> dict[str, object]:
    figures: dict[str, object] = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in KEYS:
            figures[parts[0]] = parts[1]
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("pred", type=Path)
    parser.add_argument(
        "--scorer", type=Path, default=Path(__file__).resolve().parents[1] / "../shared/eval/score.py"
    )
    args = parser.parse_args()
    records = [line for line in args.pred.read_text(encoding="utf-8").splitlines() if line.strip()]
    golds = sorted(args.gold_dir.glob("*.gold.json"))
    rows = {"all": _score(args.scorer, args.gold_dir, args.pred)}
    with tempfile.TemporaryDirectory() as tmp:
        for fold, wanted in (("browse", False), ("check", True)):
            folder = Path(tmp) / fold
            folder.mkdir()
            names = set()
            for gold in golds:
                name = json.loads(gold.read_text(encoding="utf-8"))["file"]
                if check_fold(name) == wanted:
                    (folder / gold.name).write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
                    names.add(name)
            pred = folder / "pred.jsonl"
            kept = [r for r in records if Path(str(json.loads(r).get("source", ""))).name in names]
            pred.write_text("\n".join(kept) + "\n", encoding="utf-8")
            rows[fold] = _score(args.scorer, folder, pred)
    print(f"{'fold':<8}" + "".join(f"{k:>20}" for k in KEYS))
    for fold, figures in rows.items():
        print(f"{fold:<8}" + "".join(f"{str(figures.get(k)):>20}" for k in KEYS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
