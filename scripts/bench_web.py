"""Page and API response times of `diplowatch serve` on a synthetic dossier of 10,000 events.

The dossier is made here (no pipeline: typed Articles with events written straight into the store),
served by uvicorn in a subprocess on a free loopback port, and each page is requested a bounded number
of times; the median and p95 are printed beside their targets (timeline page p95 <= 150 ms, an API
page of 100 events p95 <= 50 ms, from the start, after a cursor or with a filter). Last, what the
first reader waits after a write (a correction made, then withdrawn): the dossier's summaries read again.

    python scripts/bench_web.py [--events 10000] [--requests 60] [--db FILE]
"""

from __future__ import annotations

import argparse
import random
import secrets
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
ACTORS_REQUESTS = 10  # the actor list read every event before it was cached: seconds a request
WRITES = 3  # corrections made and withdrawn, each followed by a timed request
CURSOR_PAGES = 20  # the cursor page timed is this far into the timeline
API_PAGE = "/api/v1/events?limit=100"
TARGETS_MS = {
    "timeline page": 150.0,
    "API page of 100 events": 50.0,
    "API page after a cursor": 50.0,
    "API page, one category": 50.0,
}


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
    return [timed(client, url) for _ in range(requests)]


def uncached(client: httpx.Client, requests: int) -> list[float]:
    """The timeline with a filter not asked for before at each request (a new start day): what the
    first reader of a view waits, before the listing is cached until the dossier changes."""
    return [timed(client, f"/?since=2021-01-{day + 1:02d}") for day in range(requests)]


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
        token = secrets.token_urlsafe(24)
        with served(db, token=token) as base, httpx.Client(base_url=base, timeout=60.0) as client:
            cold = uncached(client, min(args.requests, UNCACHED_REQUESTS))
            report("timeline, a new filter", cold, "(each filter's first request: listing read and cached)")
            pages = {
                "timeline page": "/",
                "timeline, one category": "/?type=CONSULT",
                "API page of 100 events": API_PAGE,
                "API page after a cursor": cursor_page(client, CURSOR_PAGES),
                "API page, one category": f"{API_PAGE}&category=CONSULT",
                "API actors": "/api/v1/actors",
            }
            for name, url in pages.items():
                requests = min(args.requests, ACTORS_REQUESTS) if "actors" in url else args.requests
                spent = timings(client, url, requests)
                target = TARGETS_MS.get(name)
                report(name, spent, "" if target is None else f"(target p95 <= {target:.0f} ms)")
            report("first page after a write", after_writes(client, token), "(summaries read again)")
    return 0


def report(name: str, spent: list[float], note: str) -> None:
    if not spent:
        print(f"{name:<26} not served by this build")
        return
    print(f"{name:<26} median {statistics.median(spent):7.1f} ms   p95 {p95(spent):7.1f} ms  {note}")


def cursor_page(client: httpx.Client, pages: int) -> str:
    """The URL of the API page `pages` pages into the timeline (its cursor included)."""
    url = API_PAGE
    for _ in range(pages):
        following = client.get(url).raise_for_status().json()["next"]
        if not following:
            break
        parts = httpx.URL(following)
        url = f"{parts.path}?{parts.query.decode()}"
    return url


def after_writes(client: httpx.Client, token: str) -> list[float]:
    """The timeline page's time when it is the first request after a write: WRITES corrections each
    made, then withdrawn (the dossier is left as it was)."""
    auth = {"Authorization": f"Bearer {token}"}
    events = client.get(API_PAGE).raise_for_status().json()["items"][:WRITES]
    spent = []
    for event in events:
        made = client.post(
            "/api/v1/corrections",
            json={"event_id": event["id"], "by": "bench", "why": "timing", "category": "AGREE"},
            headers=auth,
        ).raise_for_status()
        spent.append(timed(client, "/"))
        for correction in made.json():
            withdrawal = {"by": "bench", "why": "timed"}
            url = f"/api/v1/corrections/{correction['id']}"
            client.delete(url, params=withdrawal, headers=auth).raise_for_status()
        spent.append(timed(client, "/"))
    return spent


def timed(client: httpx.Client, url: str) -> float:
    began = time.perf_counter()
    client.get(url).raise_for_status()
    return (time.perf_counter() - began) * 1000

    return 0


if __name__ == "__main__":
    raise SystemExit(main())
