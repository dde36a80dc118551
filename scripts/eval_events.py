#!/usr/bin/env python3
"""Measure the event stage: dev corpus (event P/R/F1, dates, places, negation, quotes, and
per-category precision/recall) and the PLOVER gold standard records (top-1 type accuracy).

    python scripts/eval_events.py [--shared ../shared] [--out out/events] [--skip-gsr]

Runs `diplowatch extract` like a user would, then the shared scorer. Per-category figures
use the scorer's own matching (imported from shared/eval/score.py): a gold event is
recalled when the maximum matching pairs it; a prediction is correct when it is paired with
a gold event or matches an optional one. Not part of the tests.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "events")
    parser.add_argument("--skip-gsr", action="store_true")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    score = _load_scorer(args.shared / "eval" / "score.py")
    dev = args.shared / "corpus" / "dev"
    pred = args.out / "dev.jsonl"
    seconds = extract(sorted(str(p) for p in dev.glob("*.txt")), pred)
    print(f"== dev corpus ({seconds:.1f} s)")
    score.score_corpus(dev, pred)
    per_category(score, dev, pred)
    if not args.skip_gsr:
        gsr = args.shared / "benchmarks" / "plover-gsr"
        feed = args.out / "gsr-in.jsonl"
        feed.write_text(subprocess.run([sys.executable, str(gsr / "to_jsonl.py")], check=True,
                                       capture_output=True, text=True).stdout, encoding="utf-8")
        gsr_pred = args.out / "gsr.jsonl"
        seconds = extract([str(feed)], gsr_pred)
        lines = sum(1 for _ in feed.open(encoding="utf-8"))
        print(f"== PLOVER GSR ({seconds:.1f} s, {lines / seconds:.1f} sentences/s)")
        score.score_plover(gsr / "PLOVER_GSR_CAMEO.txt", gsr_pred)
    return 0


def extract(paths: list[str], out: Path) -> float:
    started = time.perf_counter()
    exe = Path(sys.executable).with_name("diplowatch")
    with out.open("w", encoding="utf-8") as sink:
        subprocess.run([str(exe), "extract", *paths, "--format", "jsonl"], check=True, stdout=sink)
    return time.perf_counter() - started


def _load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def per_category(score, dev: Path, pred: Path) -> None:
    records = {Path(r["source"]).name: r for r in map(json.loads, pred.read_text(encoding="utf-8").splitlines())}
    gold_n, pred_n, recalled, correct = Counter(), Counter(), Counter(), Counter()
    for gold_file in sorted(dev.glob("*.gold.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        preds = score.live((records.get(gold["file"]) or {}).get("events") or [])
        required = [g for g in gold.get("events", []) if not g.get("optional")]
        pairs = score.match(required, preds)
        used = set(pairs.values())
        for g in (g for g in gold.get("events", []) if g.get("optional")):
            hit = next((i for i, p in enumerate(preds) if i not in used and score.event_matches(g, p)), None)
            if hit is not None:
                used.add(hit)
        for gi, g in enumerate(required):
            first = g["type"][0] if isinstance(g["type"], list) else g["type"]
            gold_n[first] += 1
            recalled[first] += gi in pairs
        for pi, p in enumerate(preds):
            pred_n[p["type"]] += 1
            correct[p["type"]] += pi in used
    print(f"{'category':<11}{'gold':>5}{'recall':>8}{'pred':>6}{'precision':>11}")
    for cat in sorted(set(gold_n) | set(pred_n)):
        r = f"{recalled[cat] / gold_n[cat]:.2f}" if gold_n[cat] else "-"
        p = f"{correct[cat] / pred_n[cat]:.2f}" if pred_n[cat] else "-"
        print(f"{cat:<11}{gold_n[cat]:>5}{r:>8}{pred_n[cat]:>6}{p:>11}")


if __name__ == "__main__":
    sys.exit(main())
