"""`make bench`: the reading stage on one text just under the length limit, dense with dates.

Publication-date guessing scans every date of the text and keeps the longest of overlapping ones;
this was quadratic (250,000 characters with a date every 30: 264 s), and is n log n now. The reading
stage gives the guesser at most the first 100,000 characters (reading.metadata.date_window).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date

from diplowatch.model import RawDocument
from diplowatch.reading.limits import MAX_TEXT_CHARS
from diplowatch.reading.published import published_date
from diplowatch.reading.read import read

WORDS = "envoyé ministre Rabat Alger réunion conseil sécurité Sahara accord dialogue visite Genève".split()
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()


def long_text(chars: int, words_between_dates: int) -> str:
    """Made-up lines, each opening with a full date, until `chars` characters."""
    rng = random.Random(1)
    lines: list[str] = []
    size = 0
    while size < chars:
        line = (
            f"Le {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1990, 2024)}, "
            + " ".join(rng.choice(WORDS) for _ in range(words_between_dates))
            + f" {len(lines)}.\n\n"
        )
        lines.append(line)
        size += len(line)
    return "".join(lines)[:chars]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--chars", type=int, default=MAX_TEXT_CHARS - 1, help="text length (default: the limit)"
    )
    parser.add_argument("--words", type=int, default=2, help="words between two dates (default 2: dense)")
    args = parser.parse_args(argv)
    text = long_text(args.chars, args.words)
    today = date(2025, 1, 1)
    published_date((), (), long_text(1_000, 2), "fr", today)  # compile the date grammars first
    for size in (args.chars // 8, args.chars // 4):
        start = time.perf_counter()
        published_date((), (), text[:size].rsplit("\n\n", 1)[0], "fr", today)  # whole lines
        print(f"publication date guessed on {size:,} characters in {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    article = read(RawDocument("long.txt", text=text), today=today)
    print(
        f"reading stage on {len(text):,} characters: "
        f"{time.perf_counter() - start:.1f} s ({type(article).__name__})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
