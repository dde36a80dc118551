"""Merge time per new article against 10^3, 10^4 and 10^5 stored events (synthetic dossiers).

Each dossier spreads its events over three years, in 16 categories and among 270 actors with a
skewed popularity (a few states and envoys in most events), with a realistic mix of dates: mostly
days, some approximate days, weeks, months and years, one event in ten undated. After a full merge,
new articles are stored one at a time and merged incrementally; the figures are medians. "window"
is the number of stored events of the same category whose merge window meets one of the new
article's events: the incremental merge should cost in proportion to it, not to the dossier size.
Times are CPU seconds of this process, so other work on the machine does not distort them.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from diplowatch.model import Actor, Article, DateValue, Event, EventDate, Evidence, Location, Segment
from diplowatch.store import SQLiteStore
from diplowatch.store.codec import article_doc
from diplowatch.store.merge import merge_events, merge_window
from diplowatch.store.records import StoredEvent

FIRST_DAY = date(2022, 1, 1)
DAYS = 3 * 365
CATEGORIES = [
    "CONSULT", "SUPPORT", "ACCUSE", "REQUEST", "COOPERATE", "AGREE", "REJECT", "THREATEN",
    "PROTEST", "SANCTION", "MOBILIZE", "AID", "CONCEDE", "RETREAT", "ASSAULT", "COERCE",
]  # fmt: skip


class World:
    """The actors of the synthetic dossier: states, people acting for them, organizations."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.states = [Actor(f"State_{i}", f"State {i}", "country", f"S{i:02d}") for i in range(40)]
        self.people = [
            Actor(f"Person_{i}", f"Person {i}", "person", f"S{rng.randrange(40):02d}") for i in range(200)
        ]
        self.orgs = [Actor(f"Org_{i}", f"Org {i}", "organization") for i in range(30)]
        self.actors = self.states + self.people + self.orgs
        # Zipf-like popularity: the first actors of each list take part in most events.
        self.weights = [1 / (1 + i % 100) for i in range(len(self.actors))]
        self.places = [Location(f"City {i}", f"City_{i}", f"S{i % 40:02d}") for i in range(60)]

    def pick(self, count: int) -> list[Actor]:
        chosen: dict[str, Actor] = {}
        while len(chosen) < count:
            actor = self.rng.choices(self.actors, self.weights)[0]
            chosen[actor.id or actor.name] = actor
        return list(chosen.values())


def synthetic_article(world: World, number: int) -> Article:
    rng = world.rng
    published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    events = []
    involved: dict[str, Actor] = {}
    for seq in range(rng.randint(1, 5)):
        people = world.pick(rng.randint(2, 3))
        split = rng.randint(1, len(people) - 1) if rng.random() < 0.8 else len(people)
        involved.update({a.id or a.name: a for a in people})
        text = f"Event {seq} of article {number}."
        events.append(
            Event(
                type=rng.choices(CATEGORIES, [1 / (1 + i) for i in range(len(CATEGORIES))])[0],
                mode=(),
                actor=tuple(a.id or a.name for a in people[:split]),
                recipient=tuple(a.id or a.name for a in people[split:]),
                location=rng.choice(world.places) if rng.random() < 0.4 else None,
                date=_event_date(rng, published),
                aux=("negation",) if rng.random() < 0.03 else (),
                evidence=Evidence(0, len(text), text),
                confidence=0.8,
                rule="bench",
            )
        )
    body = " ".join(e.evidence.text for e in events)
    return Article(
        doc_id=f"doc{number}",
        source=f"doc{number}.txt",
        body=body,
        published=DateValue(published.isoformat(), "day"),
        language="en",
        segments=(Segment(0, len(body), "en"),),
        actors=tuple(involved.values()),
        events=tuple(events),
    )


def _event_date(rng: random.Random, published: date) -> EventDate | None:
    """Mostly a day in the weeks before publication, sometimes coarser, one in ten undated."""
    day = published - timedelta(days=min(int(rng.expovariate(1 / 4)), 60))
    kind = rng.choices(["day", "approx", "week", "month", "year", "none"], [60, 5, 5, 15, 5, 10])[0]
    if kind == "none":
        return None
    if kind in ("day", "approx"):
        return EventDate(day.isoformat(), "day", "", kind == "approx")
    if kind == "week":
        year, week, _ = day.isocalendar()
        return EventDate(f"{year}-W{week:02d}", "week", "")
    if kind == "month":
        return EventDate(day.isoformat()[:7], "month", "")
    return EventDate(str(day.year), "year", "")


def build(store: SQLiteStore, world: World, events: int) -> int:
    """Store articles until the dossier holds `events` per-article events (one transaction)."""
    stored = number = 0
    with store._write() as conn:
        while stored < events:
            article = synthetic_article(world, number)
            store._write_document(conn, article, "2025-01-01T00:00:00")
            conn.execute(
                "INSERT INTO sources VALUES (?, ?, ?, ?)", (article.source, "bench", article.doc_id, "-")
            )
            stored += len(article.events)
            number += 1
    return number


def in_window(store: SQLiteStore, article: Article) -> int:
    """Stored events of the same category whose merge window meets one of the article's events."""
    total = 0
    for seq, event in enumerate(article.events):
        window = merge_window(StoredEvent(f"{article.doc_id}#{seq}", article_doc(article), event))
        if window is not None:
            total += store.connection.execute(
                "SELECT COUNT(*) FROM events WHERE type = ? AND window_start <= ? AND window_end >= ? "
                "AND doc_id != ?",
                (event.type, window.end.isoformat(), window.start.isoformat(), article.doc_id),
            ).fetchone()[0]
    return total


def measure(size: int, new_articles: int, seed: int) -> dict[str, float]:
    world = World(random.Random(seed))
    with tempfile.TemporaryDirectory() as tmp, SQLiteStore(Path(tmp) / "bench.sqlite") as store:
        documents = build(store, world, size)
        start = time.process_time()
        store.rebuild_dossier(merge_events)
        full = time.process_time() - start
        puts, merges, windows = [], [], []
        for i in range(new_articles):
            article = synthetic_article(world, documents + i)
            start = time.process_time()
            store.put_article(article, fingerprint="new")
            puts.append(time.process_time() - start)
            start = time.process_time()
            store.update_dossier()
            merges.append(time.process_time() - start)
            windows.append(in_window(store, article))
        return {
            "events": store.stats().events,
            "full": full,
            "put": statistics.median(puts),
            "merge": statistics.median(merges),
            "window": statistics.median(windows),
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="stored events (comma-separated)")
    parser.add_argument("--new", type=int, default=15, help="new articles merged one by one at each size")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    print("incremental merge of one new article (medians of CPU time; SQLite)")
    print(
        f"  {'stored events':>13}  {'full re-merge':>13}  {'store article':>13}  {'merge article':>13}  "
        f"{'window':>7}  {'µs per window event':>19}"
    )
    for size in (int(s) for s in args.sizes.split(",")):
        got = measure(size, args.new, args.seed)
        per = got["merge"] / max(got["window"], 1) * 1e6
        print(
            f"  {got['events']:>13,.0f}  {got['full']:>11.2f} s  {got['put'] * 1000:>10.1f} ms  "
            f"{got['merge'] * 1000:>10.1f} ms  {got['window']:>7,.0f}  {per:>19.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
