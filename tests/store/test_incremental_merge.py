"""The incremental merge gives the dossier a full re-merge gives, whatever the order of the changes."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace

from diplowatch.model import Article, Event, Location, Rejected
from diplowatch.store import open_store
from diplowatch.store.merge import hints_from_counts, merge_events
from diplowatch.store.postgres import is_postgres_url
from diplowatch.store.records import MergeHints, TimelineQuery
from diplowatch.store.sqlstore import SqlStore
from tests.store.factories import ACTORS, MOSCOW, article, event

PEOPLE = ["Staffan_de_Mistura", "Sergey_Lavrov", "Sergey_Vershinin", "Naledi_Pandor", "Polisario_Front"]
STATES = ["Russia", "South_Africa", "Morocco"]
UNKNOWN = ["Envoy of Nowhere", "envoy_of_nowhere"]  # free names, folded alike
PLACES = [None, None, MOSCOW, Location("Russia", "Russia", "RUS"), Location("Geneva", "Geneva", "CHE")]
DATES = [
    ("2024-03-11", "day", False),
    ("2024-03-12", "day", False),
    ("2024-03-11", "day", True),
    ("2024-03-20", "day", False),
    ("2024-02-28", "day", False),
    ("2024-W11", "week", False),
    ("2024-03", "month", False),
    ("2024-03", "month", True),
    ("2024-02", "month", False),
    ("2024", "year", False),
    (None, "day", False),
    (None, "day", False),
]


def _random_event(rng: random.Random) -> Event:
    pool = PEOPLE + STATES + UNKNOWN
    actor = tuple(rng.sample(pool, rng.choice([1, 1, 2])))
    recipient = tuple(rng.sample([p for p in pool if p not in actor], rng.choice([0, 1, 1, 2])))
    when, granularity, approximate = rng.choice(DATES)
    return event(
        rng.choice(["CONSULT", "CONSULT", "ACCUSE"]),
        actor,
        recipient,
        when,
        granularity,
        place=rng.choice(PLACES),
        approximate=approximate,
        aux=("negation",) if rng.random() < 0.05 else (),
    )


def _random_article(rng: random.Random, doc: str) -> Article:
    events = tuple(_random_event(rng) for _ in range(rng.randint(1, 4)))
    published = rng.choice(["2024-03-12", "2024-03-13", "2024-03-25", "2024-04-20", "2024-01-30"])
    made = article(f"d{doc}", events, published=published, source=f"s{doc}.txt")
    # Some articles see an actor as acting for another country, which changes the merge hints.
    actors = tuple(
        replace(a, country=rng.choice(["RUS", "ZAF", "MAR"])) if rng.random() < 0.2 else a
        for a in made.actors
    )
    return replace(made, actors=actors)


def _snapshot(store: SqlStore) -> list[tuple[object, ...]]:
    return sorted(
        (
            d.id,
            d.type,
            d.actor,
            d.recipient,
            d.date,
            d.location,
            d.aux,
            tuple((m.event.key, m.flipped) for m in d.members),
        )
        for d in store.dossier(TimelineQuery())
    )


def _counted_hints(store: SqlStore) -> MergeHints:
    return hints_from_counts(
        store.connection.execute("SELECT actor_key, actor_id, kind, country, n FROM actor_counts")
    )


def _hints_of_every_actor(store: SqlStore) -> MergeHints:
    rows = store.connection.execute(
        "SELECT actor_key, actor_id, kind, country, COUNT(*) FROM actors "
        "WHERE actor_key IS NOT NULL AND country IS NOT NULL GROUP BY 1, 2, 3, 4"
    )
    return hints_from_counts(rows)


def _change(store: SqlStore, rng: random.Random, step: int, batch: int) -> None:
    doc = f"{batch}-{rng.randrange(12)}"
    if rng.random() < 0.15:
        store.put_rejected(Rejected(f"s{doc}.txt", "read", "empty", "nothing"), fingerprint=f"r{step}")
    else:
        store.put_article(_random_article(rng, doc), fingerprint=f"f{step}")


def test_incremental_merge_equals_a_full_merge_after_every_batch(dossier_target: str) -> None:
    """Four runs of 40 random changes into one dossier (two on PostgreSQL, where each statement is a round
    trip), each run its own articles; after every batch of changes the incremental merge must give the
    full merge's dossier events."""
    merges = hints_changed = 0
    with open_store(dossier_target) as store:
        runs = 2 if is_postgres_url(dossier_target) else 4
        for seed, step in itertools.product(range(runs), range(40)):
            rng = random.Random(seed * 1000 + step)
            _change(store, rng, step, seed)
            if rng.random() < 0.6:
                continue
            assert not store._stale_flag() or merges == 0  # only the first merge is a full one
            merges += 1
            hints_changed += bool(
                store.connection.execute("SELECT COUNT(*) FROM merge_pending_keys").fetchone()[0]
            )
            store.update_dossier()
            assert _counted_hints(store) == _hints_of_every_actor(store)
            got = _snapshot(store)
            store.rebuild_dossier(merge_events)
            assert got == _snapshot(store), f"run {seed}, step {step}"
    assert merges >= 10 and hints_changed >= 2


def test_incremental_merge_of_one_article_touches_only_its_date_window(dossier_target: str) -> None:
    """A meeting in March 2024 leaves a December 2023 dossier event untouched: a mark put on its row
    survives the merge (a full re-merge would rewrite it)."""
    old = event("CONSULT", ("Staffan_de_Mistura",), ("Sergey_Lavrov",), "2023-12-05")
    march = event("CONSULT", ("Staffan_de_Mistura",), ("Sergey_Lavrov",), "2024-03-11")
    with open_store(dossier_target) as store:
        store.put_article(article("a", (old, march)), fingerprint="a")
        store.update_dossier()
        december = next(
            d.id for d in store.dossier(TimelineQuery()) if d.date and d.date.value == "2023-12-05"
        )
        store.connection.execute("UPDATE dossier_events SET n_sources = 99 WHERE id = ?", (december,))
        store.put_article(article("b", (march,), published="2024-03-12"), fingerprint="b")
        assert store.dossier_stale()
        assert store.update_dossier() == 2
        assert not store.dossier_stale()
        marks = dict(store.connection.execute("SELECT id, n_sources FROM dossier_events").fetchall())
        assert sorted(marks.values()) == [2, 99]
        store.rebuild_dossier(merge_events)
        marks = dict(store.connection.execute("SELECT id, n_sources FROM dossier_events").fetchall())
        assert sorted(marks.values()) == [1, 2]


def test_incremental_merge_after_removing_the_founder_of_a_dossier_event(dossier_target: str) -> None:
    meeting = event("CONSULT", ("Staffan_de_Mistura",), ("Sergey_Lavrov",), "2024-03-11")
    with open_store(dossier_target) as store:
        for doc in ("a", "b", "c"):
            store.put_article(article(doc, (meeting,), source=f"{doc}.txt"), fingerprint=doc)
        store.update_dossier()
        (merged,) = store.dossier(TimelineQuery())
        assert len(merged.sources) == 3
        store.put_rejected(Rejected("a.txt", "read", "empty", "gone"), fingerprint=None)
        store.update_dossier()
        (merged,) = store.dossier(TimelineQuery())
        assert [s.doc_id for s in merged.sources] == ["b", "c"]
        assert ACTORS["Sergey_Lavrov"].id in merged.recipient
