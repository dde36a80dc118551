#!/usr/bin/env python3
"""Actor recall and precision of the linker on a gold corpus (default ../shared/corpus/dev).

Reads each NAME.txt with its NAME.gold.json (language, first acceptable
`published`), runs `ActorLinker` on the text as it is (no cleaning: menus and
footers stay in, so boilerplate-only actors show up as extra predictions), and
prints per document of the train fold the recall, the extra ids and the misses
(check-fold documents, scripts/folds.py, are only counted), then the totals for
all documents and each fold (also counting a predicted "X_(qualifier)" as the gold
"X": gold files sometimes drop the Wikipedia disambiguator, the shared scorer
does not), and the linker's throughput next to the spaCy
parse's. Not part of the tests.

    python scripts/eval_actors.py [--corpus DIR] [--only NAME] [--show] [--read]

With --read the text goes through the reading stages first (diplowatch.reading:
cleaning, metadata, language segments), as in `diplowatch extract`; the report
then also lists, per document, the actors found only in the text the cleaning
removed (menus, footers, other headlines), which must not reach the output.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

from folds import fold_of  # scripts/ is on sys.path when a script runs
from scorer_text import norm, unqualified

from diplowatch.actors import ActorLinker
from diplowatch.model import Article, DateValue, RawDocument, Segment
from diplowatch.text.parse import Parser

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def article(txt: Path, gold: dict) -> Article:
    body = txt.read_text(encoding="utf-8")
    published = gold.get("published")
    if isinstance(published, list):
        published = published[0] if published else None
    lang = gold.get("language") or "fr"
    return Article(
        doc_id=txt.stem,
        source=str(txt),
        body=body,
        language=lang,
        published=DateValue(published, "day") if published else None,
        segments=(Segment(0, len(body), lang),),
    )


def read_article(txt: Path, gold: dict) -> Article:
    """The Article the pipeline's reading stages make of the file (fallback: the raw text)."""
    from diplowatch.reading.read import read

    result = read(RawDocument(str(txt), data=txt.read_bytes()), today=date.today())
    return result if isinstance(result, Article) else article(txt, gold)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--only", help="one document name, e.g. fr001")
    parser.add_argument("--show", action="store_true", help="print every mention with how it was linked")
    parser.add_argument("--read", action="store_true", help="clean the text with the reading stages first")
    args = parser.parse_args()
    golds = sorted(args.corpus.glob(f"{args.only or '*'}.gold.json"))
    docs = [(g, json.loads(g.read_text(encoding="utf-8"))) for g in golds]
    raw = [article(g.with_name(gold["file"]), gold) for g, gold in docs]
    articles = [read_article(g.with_name(gold["file"]), gold) for g, gold in docs] if args.read else raw
    linker = ActorLinker.default()
    t0 = time.perf_counter()
    articles = [Parser()(a) for a in articles]
    t_parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    linkings = [linker.link(a) for a in articles]
    t_link = time.perf_counter() - t0
    counts = {fold: [0, 0, 0, 0] for fold in ("train", "check")}  # found, missed, predicted, found loosely
    for (_, gold), a, linking in zip(docs, articles, linkings):
        pred = {norm(x.id or x.name) for x in linking.actors}
        loose = pred | {norm(unqualified(x.id)) for x in linking.actors if x.id}
        want = {norm(x) for x in gold.get("actors", [])}
        fold = fold_of(gold["file"])
        for i, n in enumerate((len(want & pred), len(want - pred), len(pred), len(want & loose))):
            counts[fold][i] += n
        if fold == "check":
            continue  # scored only, its misses never listed (README: "Measuring without fooling ourselves")
        missed = sorted(want - pred)
        extra = sorted(norm(x.id) for x in linking.actors if x.id and norm(x.id) not in want)
        unknown = sorted({x.name for x in linking.actors if not x.id})
        print(
            f"{Path(gold['file']).stem:6} {a.language} recall {len(want & pred)}/{len(want)}  "
            f"miss {missed}  extra {extra}  unknown {unknown}"
        )
        if args.read:
            in_raw = {x.id for x in linker.link(raw[articles.index(a)]).actors if x.id}
            only_boilerplate = sorted(in_raw - {x.id for x in linking.actors})
            if only_boilerplate:
                print(f"       only in removed text: {only_boilerplate}")
        if args.show:
            for f in linking.found:
                print(f"    {f.start:6} {f.how:12} {f.key:30} {f.text!r}")
    print()
    totals = [sum(c) for c in zip(*counts.values())]
    for name, (tp, fn, npred, tp_loose) in (("all", totals), *counts.items()):
        print(
            f"{name:5} actor_recall {tp / max(tp + fn, 1):.3f} (ids without disambiguator: "
            f"{tp_loose / max(tp + fn, 1):.3f})  actor_precision_bound {tp / max(npred, 1):.3f}  "
            f"({tp} found, {fn} missed, {npred} predicted)"
        )
    chars = sum(len(a.body) for a in articles)
    print(f"{len(articles)} documents")
    print(
        f"spaCy parse {t_parse:.2f}s ({chars / max(t_parse, 1e-9):,.0f} chars/s); "
        f"linking {t_link:.2f}s ({chars / max(t_link, 1e-9):,.0f} chars/s); "
        f"linking/parse = {t_link / max(t_parse, 1e-9):.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
