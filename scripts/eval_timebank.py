#!/usr/bin/env python3
"""Measure the date stage on French TimeBank, beside a dateparser baseline.

    python scripts/eval_timebank.py --shared ../shared

Builds the benchmark's input and gold with its own to_jsonl.py into a temporary directory,
runs diplowatch.dates.find_dates and a small dateparser adapter (search_dates with the
publication date as RELATIVE_BASE), scores both with shared/eval/score.py and prints the two
tables side by side. French TimeBank measures; it never teaches (see tests/dates for cases).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path

from diplowatch.dates import find_dates

METRICS = (
    "gold_timex",
    "predicted_timex",
    "value_f1",
    "relaxed_extent_f1",
    "strict_extent_f1",
    "value_accuracy_on_matched",
)
Tagger = Callable[[str, str, date | None], list[dict[str, object]]]


def ours(text: str, language: str, anchor: date | None) -> list[dict[str, object]]:
    return [e.as_dict() for e in find_dates(text, language, anchor)]


def dateparser_baseline(text: str, language: str, anchor: date | None) -> list[dict[str, object]]:
    """dateparser's search_dates, offsets recovered by finding each match after the previous one."""
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime.combine(anchor, datetime.min.time())} if anchor else {}
    found = search_dates(text, languages=[language], settings=settings) or []
    out, cursor = [], 0
    for surface, moment in found:
        start = text.find(surface, cursor)
        if start < 0:
            continue
        cursor = start + len(surface)
        out.append(
            {
                "start": start,
                "end": cursor,
                "text": surface,
                "value": moment.date().isoformat(),
                "granularity": "day",
            }
        )
    return out


def documents(path: Path) -> Iterable[dict[str, str]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def predict(tagger: Tagger, input_path: Path, out_path: Path) -> float:
    """Write predictions; return documents per second."""
    started, count = time.perf_counter(), 0
    with out_path.open("w", encoding="utf-8") as out:
        for doc in documents(input_path):
            anchor = date.fromisoformat(doc["published"][:10]) if doc.get("published") else None
            timex = tagger(doc["text"], doc.get("language") or "fr", anchor)
            out.write(json.dumps({"id": doc["id"], "timex": timex}, ensure_ascii=False) + "\n")
            count += 1
    return count / (time.perf_counter() - started)


def score(shared: Path, gold: Path, pred: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), "timex", str(gold), str(pred)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def build(shared: Path, workdir: Path) -> tuple[Path, Path]:
    script = shared / "benchmarks" / "fr-timebank" / "to_jsonl.py"
    paths = (workdir / "ftb-input.jsonl", workdir / "ftb-gold.jsonl")
    for mode, path in zip(("input", "gold"), paths):
        with path.open("w", encoding="utf-8") as out:
            subprocess.run([sys.executable, str(script), mode], stdout=out, check=True)
    return paths


def table(rows: dict[str, dict[str, float]]) -> str:
    names = list(rows)
    lines = [f"{'French TimeBank':<28}" + "".join(f"{n:>14}" for n in names)]
    for metric in METRICS + ("docs_per_second",):
        lines.append(f"{metric:<28}" + "".join(f"{rows[n].get(metric, ''):>14}" for n in names))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared checkout")
    parser.add_argument("--keep", type=Path, help="also write the predictions into this directory")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        input_path, gold_path = build(args.shared, workdir)
        rows = {}
        for name, tagger in (("diplowatch", ours), ("dateparser", dateparser_baseline)):
            pred = (args.keep or workdir) / f"pred-{name}.jsonl"
            pred.parent.mkdir(parents=True, exist_ok=True)
            speed = predict(tagger, input_path, pred)
            rows[name] = {**score(args.shared, gold_path, pred), "docs_per_second": round(speed, 1)}
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
