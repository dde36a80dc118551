#!/usr/bin/env python3
"""Quote recall and speaker accuracy on a gold corpus, one line per gold quote (default ../shared/corpus/dev).

Runs the reading stages, the actor linker and `QuoteFinder` on each NAME.txt (the events stage
is skipped: quotes do not depend on it) and prints, for every gold quote of NAME.gold.json,

    OK | SPEAKER | MISS   file  gold speaker  <- predicted speaker [speaker_text]
        the sentence around the quotation

so errors can be grouped by cause. Figures follow shared/eval/score.py (a predicted quote
matches when its text contains the gold quote's opening words). Not part of the tests.

    python scripts/eval_quotes.py [--corpus DIR] [--only NAME] [--errors] [--extra]

--errors prints only the wrong or missed quotes; --extra also lists predicted quotes that
match no gold quote (over-generation: scare quotes, titles, quotes the gold leaves out).
Lines are printed for train-fold documents only (scripts/folds.py: the check fold is only
scored); the totals cover both folds, each also on its own.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from folds import fold_of  # scripts/ is on sys.path when a script runs
from scorer_text import norm

from diplowatch.actors import ActorLinker
from diplowatch.model import Article, Quote, RawDocument
from diplowatch.quotes import QuoteFinder
from diplowatch.quotes.attribution import sentence_around
from diplowatch.quotes.spans import quote_spans
from diplowatch.reading.read import read

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def context(article: Article, quote: Quote) -> str:
    """The sentence the attribution looks at, on one line."""
    spans = quote_spans(article.body)
    span = next((s for s in spans if s.start == quote.start), None)
    if span is None:
        return article.body[max(0, quote.start - 150) : quote.end + 150].replace("\n", " ¶ ")
    left, right = sentence_around(article.body, span, spans)
    return article.body[left:right].strip().replace("\n", " ¶ ")


def report(
    name: str, article: Article, gold: dict, show_ok: bool, extra: bool, shown_at_all: bool = True
) -> tuple[int, int, int, int]:
    golds = gold.get("quotes", [])
    found = speaker_ok = 0
    matched: set[int] = set()
    for gq in golds:
        start = norm(gq.get("text_start"))
        hits = [q for q in article.quotes if start and start in norm(q.text)]
        matched |= {id(q) for q in hits}
        good = [q for q in hits if norm(q.speaker) == norm(gq.get("speaker"))]
        found += bool(hits)
        speaker_ok += bool(good)
        status = "OK" if good else "SPEAKER" if hits else "MISS"
        if not shown_at_all or status == "OK" and not show_ok:
            continue
        shown = (good or hits or [None])[0]
        said = f"{shown.speaker} [{shown.speaker_text}]" if shown else "-"
        print(f"{status:8}{name:7}{gq.get('speaker')!s:32} <- {said}")
        print(f"        «{gq.get('text_start')}…»")
        if shown:
            print(f"        {context(article, shown)[:600]}")
    if extra and shown_at_all:
        for q in article.quotes:
            if id(q) not in matched:
                print(f"EXTRA   {name:7}{q.speaker!s:32} «{q.text[:80]}»")
    return len(golds), found, speaker_ok, len(article.quotes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--only", help="one document name, e.g. fr022")
    parser.add_argument("--errors", action="store_true", help="print only wrong or missed quotes")
    parser.add_argument(
        "--extra", action="store_true", help="also list predicted quotes matching no gold quote"
    )
    args = parser.parse_args()
    linker, finder = ActorLinker.default(), QuoteFinder()
    totals = {"train": [0, 0, 0, 0], "check": [0, 0, 0, 0]}
    for path in sorted(args.corpus.glob(f"{args.only or '*'}.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        txt = path.with_name(gold["file"])
        article = read(RawDocument(str(txt), data=txt.read_bytes()), today=date.today())
        fold = fold_of(txt.name)
        if not isinstance(article, Article):
            shown = txt.name if fold == "train" else "(a check-fold document)"
            print(f"REJECTED {shown}: {article.message()}")
            continue
        counts = report(txt.stem, finder(linker(article)), gold, not args.errors, args.extra, fold == "train")
        totals[fold] = [a + b for a, b in zip(totals[fold], counts)]
    both = [a + b for a, b in zip(totals["train"], totals["check"])]
    for label, (n_gold, found, speaker_ok, predicted) in (("all", both), *totals.items()):
        print(
            f"\n{label:6} quote_recall {found / max(n_gold, 1):.3f}  "
            f"quote_speaker_accuracy {speaker_ok / max(found, 1):.3f}  "
            f"quotes_predicted_per_gold {predicted / max(n_gold, 1):.2f}  ({n_gold} gold, {found} found, "
            f"{speaker_ok} right speaker, {predicted} predicted)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
