"""Page and API response times of `diplowatch serve` on a synthetic dossier of 10,000 events.

The dossier is made here (no pipeline: typed Articles with events written straight into the store),
served by uvicorn in a subprocess on a free loopback port, and each page is requested a bounded number
of times; the median and p95 are printed beside their targets (timeline page p95 <= 150 ms, an API
page of 100 events p95 <= 50 ms).

    python scripts/bench_web.py [--events 10000] [--requests 60] [--db FILE]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

from diplowatch.model import Actor, Article, DateValue, Event, EventDate, Evidence, Location, Mention, Segment
from diplowatch.store import open_store
from diplowatch.store.ingest import refresh_dossier
from diplowatch.store.plover import CATEGORIES
from diplowatch.web.process import served

STATES = (
    ("Morocco", "MAR"),
    ("Algeria", "DZA"),
    ("France", "FRA"),
    ("Spain", "ESP"),
    ("Russia", "RUS"),
    ("United_States", "USA"),
    ("Mauritania", "MRT"),
    ("Germany", "DEU"),
    ("Tunisia", "TUN"),
    ("Egypt", "EGY"),
    ("Italy", "ITA"),
    ("China", "CHN"),
    ("Nigeria", "NGA"),
    ("Kenya", "KEN"),
    ("Brazil", "BRA"),
    ("India", "IND"),
    ("Japan", "JPN"),
    ("Turkey", "TUR"),
    ("Qatar", "QAT"),
    ("Senegal", "SEN"),
)
CITIES = (("Rabat", "MAR"), ("Algiers", "DZA"), ("Paris", "FRA"), ("Madrid", "ESP"), ("Cairo", "EGY"))
EVENTS_PER_ARTICLE = 5
FIRST_DAY = date(2021, 1, 1)
DAYS = 5 * 365
UNCACHED_REQUESTS = 10
TARGETS_MS = {"timeline page": 150.0, "API page of 100 events": 50.0}


def synthetic_article(number: int, rng: random.Random) -> Article:
    """One English article of EVENTS_PER_ARTICLE sentences, each stating one event between two states."""
    published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    body, actors, events = "", [], []
    mentions: dict[str, list[Mention]] = {}
    for _ in range(EVENTS_PER_ARTICLE):
        (one, one_code), (other, other_code) = rng.sample(STATES, 2)
        city, city_code = rng.choice(CITIES)
        day = published - timedelta(days=rng.randrange(3))
        kind = rng.choice(CATEGORIES)
        start = len(body)
        head = f"On {day:%d %B %Y}, "
        sentence = f"{head}{one.replace('_', ' ')} and {other.replace('_', ' ')} were reported in {city}. "
        for name, offset in ((one, len(head)), (other, len(head) + len(one) + 5)):
            shown = name.replace("_", " ")
            mentions.setdefault(name, []).append(Mention(start + offset, start + offset + len(shown), shown))
        body += sentence
        events.append(
            Event(
                type=kind,
                mode=(),
                actor=(one,),
                recipient=(other,),
                location=Location(city, city, city_code),
                date=EventDate(day.isoformat(), "day", head[3:-2]),
                aux=(),
                evidence=Evidence(start, start + len(sentence) - 1, sentence.strip()),
                confidence=round(rng.uniform(0.7, 0.98), 2),
                rule="rules:en:SYNTHETIC:reported:bench",
            )
        )
    codes = dict(STATES)
    for name, found in mentions.items():
        actors.append(Actor(name, name.replace("_", " "), "country", codes[name], None, tuple(found)))
    return Article(
        doc_id=f"bench-{number:06d}",
        source=f"/bench/article-{number:06d}.txt",
        body=body,
        url=f"https://news.example/{number}",
        outlet=rng.choice(("Example Wire", "Daily Example", "Example Times")),
        title=f"Synthetic report {number}",
        published=DateValue(published.isoformat(), "day"),
        language="en",
        segments=(Segment(0, len(body), "en"),),
        actors=tuple(actors),
        events=tuple(events),
    )


def build_dossier(path: Path, events: int, seed: int = 13) -> int:
    """A dossier of about `events` dossier events at `path`; the number of dossier events made."""
    rng = random.Random(seed)
    with open_store(path) as store:
        for number in range(-(-events // EVENTS_PER_ARTICLE)):
            store.put_article(synthetic_article(number, rng), fingerprint=f"bench-{number}")
        return refresh_dossier(store)


def timings(client: httpx.Client, url: str, requests: int) -> list[float]:
    """Response times in ms, after one warm-up request (first imports, the dossier's listing cache);
    none when this build does not serve `url`."""
    if client.get(url).status_code == 404:
        return []
    spent = []
    for _ in range(requests):
        began = time.perf_counter()
        client.get(url).raise_for_status()
        spent.append((time.perf_counter() - began) * 1000)
    return spent


def uncached(client: httpx.Client, requests: int) -> list[float]:
    """The timeline with a filter not asked for before at each request (a new start day): what the
    first reader of a view waits, before the listing is cached until the dossier changes."""
    spent = []
    for day in range(requests):
        began = time.perf_counter()
        client.get(f"/?since=2021-01-{day + 1:02d}").raise_for_status()
        spent.append((time.perf_counter() - began) * 1000)
    return spent


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=60, help="timed requests per page")
    parser.add_argument("--db", type=Path, help="keep the synthetic dossier here (default: a temporary file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "bench.sqlite"
        if not db.exists():
            began = time.perf_counter()
            made = build_dossier(db, args.events)
            print(f"dossier: {made:,} dossier events built in {time.perf_counter() - began:.1f} s")
        with served(db) as base:
            pages = {
                "timeline page": "/",
                "timeline, one category": "/?type=CONSULT",
                "API page of 100 events": "/api/v1/events?limit=100",
            }
            with httpx.Client(base_url=base, timeout=30.0) as client:
                cold = uncached(client, min(args.requests, UNCACHED_REQUESTS))
                print(
                    f"{'timeline, a new filter':<26} median {statistics.median(cold):7.1f} ms   "
                    f"p95 {p95(cold):7.1f} ms  (each filter's first request: listing read and cached)"
                )
                for name, url in pages.items():
                    spent = timings(client, url, args.requests)
                    if not spent:
                        print(f"{name:<26} not served by this build")
                        continue
                    target = TARGETS_MS.get(name)
                    verdict = "" if target is None else f"  (target p95 <= {target:.0f} ms)"
                    print(
                        f"{name:<26} median {statistics.median(spent):7.1f} ms   "
                        f"p95 {p95(spent):7.1f} ms{verdict}"
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
