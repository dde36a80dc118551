#!/usr/bin/env python3
"""Score one prediction file on slices of a gold corpus: the check fold, the rest, each language.

    python scripts/folds.py GOLD_DIR PRED.jsonl [--shared ../shared]

The check fold is every gold document whose file name (e.g. "fr001.txt") hashes into a fixed
third: `sha1(name) % 3 == 0`. Its figures are for measuring only: errors are browsed on the
other two thirds (`scripts/eval_events.py --show --fold train`), so a widening gap between the
folds shows a rule that fits the articles it was written on and not the others.

Each slice is scored by the shared scorer itself (over a temporary directory of links to the
slice's gold files). Prints one table: a row per slice, the main figures as columns.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.util
import io
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = (
    "docs",
    "event_precision",
    "event_recall",
    "event_f1",
    "date_accuracy",
    "negated_asserted",
    "published_accuracy",
    "actor_recall",
    "location_accuracy",
    "quote_speaker_accuracy",
)
HEADERS = ("docs", "P", "R", "F1", "date", "neg", "publ", "act_R", "loc", "q_spk")


def fold_of(file_name: str) -> str:
    """ "check" for the held-out third, "train" for the rest."""
    return "check" if int(hashlib.sha1(file_name.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "train"


def without_check_rows(report: str) -> str:
    """The scorer's report without the per-file rows of check-fold documents: its figures are for
    the aggregate rows only, so that nobody reads which of its documents fail."""
    kept, hidden = [], 0
    for line in report.splitlines():
        first = line.split(maxsplit=1)[0] if line.strip() else ""
        if first.endswith((".txt", ".html", ".htm", ".json", ".jsonl")) and fold_of(first) == "check":
            hidden += 1
            continue
        kept.append(line)
    note = [f"({hidden} check-fold rows hidden)"] if hidden else []
    return "\n".join(kept + note) + "\n"


def load_scorer(shared: Path):  # -> the shared scorer module
    spec = importlib.util.spec_from_file_location("shared_score", shared / "eval" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {shared}/eval/score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_inputs(corpus: Path) -> list[str]:
    """The documents of a gold directory: the files the gold annotations name (a JSONL file once),
    not whatever else lies there (an index of sources is not an article)."""
    names = {
        json.loads(g.read_text(encoding="utf-8"))["file"].split(":")[0] for g in corpus.glob("*.gold.json")
    }
    return sorted(str(corpus / n) for n in names if (corpus / n).is_file())


def golds(gold_dir: Path) -> list[tuple[Path, dict]]:
    return [(p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(gold_dir.glob("*.gold.json"))]


def score_slice(scorer, files: list[Path], pred: Path) -> dict:
    """The scorer's figures over `files` only (its own table output is swallowed)."""
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            (Path(tmp) / path.name).symlink_to(path.resolve())
        with contextlib.redirect_stdout(io.StringIO()):
            return scorer.score_corpus(Path(tmp), pred)


def slices(gold_dir: Path) -> dict[str, Callable[[Path, dict], bool]]:
    out: dict[str, Callable[[Path, dict], bool]] = {
        "all": lambda _p, _g: True,
        "train fold": lambda _p, g: fold_of(g["file"]) == "train",
        "check fold": lambda _p, g: fold_of(g["file"]) == "check",
    }
    for language in sorted({g.get("language") or "?" for _, g in golds(gold_dir)}):
        out[f"lang {language}"] = lambda _p, g, language=language: (g.get("language") or "?") == language
    return out


def table(scorer, gold_dir: Path, pred: Path) -> list[tuple[str, dict]]:
    documents = golds(gold_dir)
    rows = []
    for name, keep in slices(gold_dir).items():
        files = [p for p, g in documents if keep(p, g)]
        if files:
            rows.append((name, score_slice(scorer, files, pred)))
    return rows


def print_table(rows: list[tuple[str, dict]]) -> None:
    print(f"{'slice':<12}" + "".join(f"{h:>7}" for h in HEADERS))
    for name, figures in rows:
        cells = ["-" if figures.get(c) is None else f"{figures[c]:g}" for c in COLUMNS]
        print(f"{name:<12}" + "".join(f"{c:>7}" for c in cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("pred", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(argv)
    print_table(table(load_scorer(args.shared), args.gold_dir, args.pred))
    return 0


if __name__ == "__main__":
    sys.exit(main())
