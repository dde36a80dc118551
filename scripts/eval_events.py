#!/usr/bin/env python3
"""Measure the event stage: dev corpus (event P/R/F1, dates, places, negation, quotes, and
per-category precision/recall) and the PLOVER gold standard records (top-1 type accuracy).

    python scripts/eval_events.py [--shared ../shared] [--out out/events] [--skip-gsr]
                                  [--corpus DIR] [--show [FILE ...]] [--show-gsr [N]] [--reuse]

`--show` prints, per dev document (or only the named ones, e.g. `--show en013 fr004`), each gold
event with the prediction paired with it (or MISS), then every unpaired prediction (FP) with its
rule and evidence; `--show-gsr N` prints N GSR records whose top event has the wrong type.
`--reuse` scores the predictions already in --out instead of running the extractor again.
`--corpus DIR` measures another gold directory instead of dev (e.g. `--corpus samples --skip-gsr`):
every input file next to a `*.gold.json` is extracted; `--show` names are file names without their
extension (`fr_moscou_lavrov_2024`, `wires.jsonl:1`).

Runs `diplowatch extract` like a user would, then the shared scorer. Per-category figures
use the scorer's own matching (imported from shared/eval/score.py): a gold event is
recalled when the maximum matching pairs it; a prediction is correct when it is paired with
a gold event or matches an optional one. Not part of the tests.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from diplowatch.events.lexicon import CATEGORIES as PLOVER_CATEGORIES

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from folds import fold_of, gold_inputs, without_check_rows  # noqa: E402  (a sibling script, not a package)

CATEGORIES = frozenset(PLOVER_CATEGORIES)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "events")
    parser.add_argument("--skip-gsr", action="store_true")
    parser.add_argument("--show", nargs="*", metavar="FILE", help="gold vs predicted events per document")
    parser.add_argument("--show-gsr", type=int, default=0, metavar="N", help="N mistyped GSR records")
    parser.add_argument(
        "--fold",
        choices=("train", "check", "all"),
        default="train",
        help="documents --show may print (default train: the check fold is only scored)",
    )
    parser.add_argument("--reuse", action="store_true", help="score the predictions already in --out")
    parser.add_argument("--corpus", type=Path, default=None, help="gold directory to measure instead of dev")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    score = _load_scorer(args.shared / "eval" / "score.py")
    dev = args.corpus or args.shared / "corpus" / "dev"
    pred = args.out / ("dev.jsonl" if args.corpus is None else f"{dev.name}.jsonl")
    seconds = 0.0 if args.reuse else extract(gold_inputs(dev), pred)
    print(f"== {dev} ({seconds:.1f} s)")
    report = io.StringIO()
    with contextlib.redirect_stdout(report):  # its per-file rows: the check fold's are hidden
        score.score_corpus(dev, pred)
    print(without_check_rows(report.getvalue()), end="")
    per_category(score, dev, pred)
    if args.show is not None:
        show(score, dev, pred, set(args.show), args.fold)
    if not args.skip_gsr:
        gsr = args.shared / "benchmarks" / "plover-gsr"
        feed = args.out / "gsr-in.jsonl"
        feed.write_text(
            subprocess.run(
                [sys.executable, str(gsr / "to_jsonl.py")], check=True, capture_output=True, text=True
            ).stdout,
            encoding="utf-8",
        )
        gsr_pred = args.out / "gsr.jsonl"
        seconds = 0.0 if args.reuse else extract([str(feed)], gsr_pred)
        lines = sum(1 for _ in feed.open(encoding="utf-8"))
        speed = f"{lines / seconds:.1f} sentences/s" if seconds else "predictions reused"
        print(f"== PLOVER GSR ({seconds:.1f} s, {speed})")
        score.score_plover(gsr / "PLOVER_GSR_CAMEO.txt", gsr_pred)
        if args.show_gsr:
            show_gsr(score, gsr / "PLOVER_GSR_CAMEO.txt", gsr_pred, args.show_gsr)
    return 0


def _name(file: str) -> str:
    """ "fr004.txt" -> "fr004", "wires.jsonl:1" stays as it is."""
    return file if ":" in file else file.rsplit(".", 1)[0]


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
    records = {
        Path(r["source"]).name: r for r in map(json.loads, pred.read_text(encoding="utf-8").splitlines())
    }
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


def _brief(event: dict) -> str:
    date = (event.get("date") or {}).get("value")
    aux = ",".join(event.get("aux") or [])
    return (
        f"{event['type']:<9} {'+'.join(event.get('actor') or [])} -> {'+'.join(event.get('recipient') or [])}"
        f"  [{date}{' ' + aux if aux else ''}] c={event.get('confidence')}"
    )


def _why_not(score, gold: dict, pred: dict) -> str:
    """For a prediction of an acceptable type that does not match: what differs (actor, recipient, date)."""
    types = gold["type"] if isinstance(gold["type"], list) else [gold["type"]]
    if pred.get("type") not in types:
        return ""
    got = score.participants(pred)
    wrong = [
        key
        for key in ("actor", "recipient")
        if gold.get(key) and not ({score.norm(a) for a in gold[key]} & got)
    ]
    if gold.get("date") and score.date_agrees(gold["date"], pred.get("date")) is False:
        wrong.append("date")
    return "+".join(wrong) or "taken"


def show(score, dev: Path, pred: Path, only: set[str], fold: str = "train") -> None:
    """Gold events with their paired prediction (or MISS), then unpaired predictions (FP); only the
    documents of `fold` ("train" by default: the check fold is scored, never browsed)."""
    records = {
        Path(r["source"]).name: r for r in map(json.loads, pred.read_text(encoding="utf-8").splitlines())
    }
    for gold_file in sorted(dev.glob("*.gold.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        if (only and _name(gold["file"]) not in only) or (fold != "all" and fold_of(gold["file"]) != fold):
            continue
        rec = records.get(gold["file"]) or {}
        preds = score.live(rec.get("events") or [])
        golds = gold.get("events", [])
        required = [g for g in golds if not g.get("optional")]
        pairs = score.match(required, preds)
        used = set(pairs.values())
        print(f"\n##### {gold['file']}")
        for gi, g in enumerate(required):
            hit = pairs.get(gi)
            mark = "  ok " if hit is not None else " MISS"
            types = "/".join(g["type"] if isinstance(g["type"], list) else [g["type"]])
            print(
                f"{mark} {types} {'+'.join(g.get('actor') or [])} -> {'+'.join(g.get('recipient') or [])}"
                f" [{(g.get('date') or {}).get('value')}]  # {g.get('note', '')}"
            )
            if hit is None:
                for p in preds:
                    why = _why_not(score, g, p)
                    if why:
                        print(f"        ~ {why}: {_brief(p)}")
        for g in (g for g in golds if g.get("optional")):
            hit = next((i for i, p in enumerate(preds) if i not in used and score.event_matches(g, p)), None)
            if hit is not None:
                used.add(hit)
        for i, p in enumerate(preds):
            if i not in used:
                print(f"   FP {_brief(p)}  {p.get('rule', '')}\n        | {p['evidence']['text'][:220]!r}")
        for p in rec.get("events") or []:
            if p not in preds:
                print(f"  off {_brief(p)}\n        | {p['evidence']['text'][:160]!r}")


def show_gsr(score, gsr_file: Path, pred: Path, limit: int) -> None:
    records = {
        str(r.get("doc_id")): r for r in map(json.loads, pred.read_text(encoding="utf-8").splitlines())
    }
    shown = 0
    for g in score.load_gsr(gsr_file):
        want = score.PLOVER_RENAMES.get(g["event"], g["event"])
        if want not in CATEGORIES:
            continue
        events = score.live((records.get(g["id"]) or {}).get("events") or [])
        top = max(events, key=lambda e: e.get("confidence") or 0) if events else None
        if top is not None and top["type"] == want or shown >= limit:
            continue
        shown += 1
        print(f"\n{g['id']} gold {want}: {(records.get(g['id']) or {}).get('body', '')[:240]!r}")
        for e in events:
            print(f"    {_brief(e)}  {e.get('rule', '')}")


if __name__ == "__main__":
    sys.exit(main())
