"""Print a readable summary of `diplowatch extract --format jsonl` output (used by `make run`)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def shorten(text: str | None, width: int) -> str:
    text = (text or "-").replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def main(path: str) -> int:
    records = [
        json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    print(
        f"{'source':<34}{'lang':<6}{'published':<12}{'outlet':<22}"
        f"{'words':>6}{'seg':>5}{'actors':>8}{'events':>8}  title"
    )
    for r in records:
        languages = "+".join(sorted({s["language"] for s in r["segments"]}))
        print(
            f"{shorten(Path(r['source']).name, 33):<34}{languages:<6}{r['published'] or '-':<12}"
            f"{shorten(r['outlet'], 21):<22}{len(r['body'].split()):>6}{len(r['segments']):>5}"
            f"{len(r['actors']):>8}{len(r['events']):>8}  {shorten(r['title'], 60)}"
        )
    actors = Counter(a["id"] or a["name"] for r in records for a in r["actors"])
    print(
        f"\n{len(records)} documents; most mentioned actors: "
        + ", ".join(f"{name} ({n})" for name, n in actors.most_common(8))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
