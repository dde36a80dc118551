"""One filter object for dossier events, shared by `timeline`, `export`, `report`, `actor` and any
later API: what the user typed (`EventFilter`), checked and resolved against the dossier and the
knowledge base (`resolve_filter`), then applied (`select_events`).

What the filters do, so they can say it:
- types: PLOVER categories, any of them; an unknown one is an error listing the valid ones.
- actors: ids, names or aliases; a state also stands for its officials (people and government
  bodies of that country: "Russia" brings Lavrov's events) unless `exact`; a KB alias that the
  articles left unlinked ("Front Polisario") counts as the entry it names.
- role: "actor" (the actors acted) or "recipient" (they were addressed); None for either.
- place: a place name or id, an ISO3 code, or a country by any KB alias (a city in it matches).
- min_confidence: the best confidence among an event's reports.
- outlet: at least one reporting article comes from it (its name, case and accents aside).
- future/hypothetical and negated events are left out unless asked for: they are not facts; so are
  the events an analyst marked wrong.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from diplowatch.errors import NothingFound, UsageError
from diplowatch.kb.base import KB
from diplowatch.kb.query import exact_entries
from diplowatch.store.base import Store
from diplowatch.store.intervals import value_interval
from diplowatch.store.plover import CATEGORIES
from diplowatch.store.records import (
    ActorInfo,
    DossierEvent,
    EventSummary,
    QuoteQuery,
    StoredQuote,
    TimelineQuery,
)
from diplowatch.text.normalise import fold_name

Role = Literal["actor", "recipient"]
ROLES: tuple[str, ...] = ("actor", "recipient")
STATE_KINDS = frozenset({"country", "territory"})
# Who acts for a state in roll-up: its government, armed forces, legislature and courts
# (a rebel movement or a company of the country does not speak for it).
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD"})
FUTURE_AUX = frozenset({"future", "hypothetical"})
NEGATED_AUX = frozenset({"negation"})


@dataclass(frozen=True, slots=True, kw_only=True)
class EventFilter:
    """Filters as a user gives them; every default accepts everything but unreal events."""

    types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()  # ids, names or aliases, as typed
    exact: bool = False  # no roll-up from a state to its officials
    role: Role | None = None
    place: str | None = None
    min_confidence: float = 0.0
    include_future: bool = False  # future and hypothetical events
    include_negated: bool = False
    include_wrong: bool = False  # events an analyst marked wrong (store.corrections)
    since: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    until: str | None = None
    language: str | None = None  # at least one source article in this language
    outlet: str | None = None  # at least one source article from this outlet (case and accents aside)
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class ResolvedFilter:
    """A checked filter: actor names turned into the ids (and unlinked names) they stand for."""

    wanted: EventFilter
    actor_ids: tuple[str, ...] = ()
    place_codes: frozenset[str] = frozenset()  # folded names, ids and ISO3 codes the place matches


def parse_types(values: Iterable[str] | None) -> tuple[str, ...]:
    """`--type ACCUSE,REJECT --type consult` -> ("ACCUSE", "REJECT", "CONSULT"); unknown ones rejected."""
    found: list[str] = []
    for value in values or ():
        for part in value.split(","):
            name = part.strip().upper()
            if not name:
                continue
            if name not in CATEGORIES:
                near = difflib.get_close_matches(name, CATEGORIES, n=1)
                hint = f" (did you mean {near[0]}?)" if near else ""
                raise UsageError(
                    f"--type {part.strip()!r} is not a PLOVER category{hint}; valid: {', '.join(CATEGORIES)}"
                )
            if name not in found:
                found.append(name)
    return tuple(found)


def resolve_filter(store: Store, wanted: EventFilter, kb: KB | None = None) -> ResolvedFilter:
    """Check every value and resolve names; NothingFound when an actor matches nobody."""
    parse_types(wanted.types)
    for bound in (wanted.since, wanted.until):
        if bound and value_interval(bound) is None:
            raise UsageError(f"{bound!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    if wanted.role not in (None, *ROLES):
        raise UsageError(f"--as {wanted.role!r}: choose actor or recipient")
    if wanted.role and not wanted.actors:
        raise UsageError(f"--as {wanted.role} says which side the --actor is on: give --actor too")
    if not 0.0 <= wanted.min_confidence <= 1.0:
        raise UsageError(f"--min-confidence {wanted.min_confidence}: give a number from 0 to 1")
    if wanted.limit is not None and wanted.limit < 1:
        raise UsageError(f"--limit {wanted.limit}: give a positive number")
    ids: list[str] = []
    for name in wanted.actors:
        found = actor_ids(store, name, kb, exact=wanted.exact)
        if not found:
            raise NothingFound(f"no actor in the dossier matches {name!r}")
        ids += [i for i in found if i not in ids]
    places = _place_codes(wanted.place, kb) if wanted.place else frozenset()
    return ResolvedFilter(wanted, tuple(ids), places)


def select_events(
    store: Store, wanted: EventFilter | ResolvedFilter, kb: KB | None = None
) -> list[DossierEvent]:
    """The dossier events the filter keeps, in date order (undated last)."""
    from diplowatch.store.queries import timeline

    resolved = wanted if isinstance(wanted, ResolvedFilter) else resolve_filter(store, wanted, kb)
    if resolved.wanted.actors and not resolved.actor_ids:
        return []
    kept = [e for e in timeline(store, timeline_query(resolved)) if keeps(resolved, e)]
    return kept[: resolved.wanted.limit] if resolved.wanted.limit else kept


def select_summaries(
    store: Store,
    wanted: EventFilter | ResolvedFilter,
    kb: KB | None = None,
    *,
    pool: Sequence[EventSummary] | None = None,
) -> list[EventSummary]:
    """What `select_events` keeps, as summaries without members: cheap enough to count, chart and
    page through a dossier of ten thousand events (`Store.dossier_events` loads one page whole).
    `pool`: every summary of the dossier (`queries.timeline_summaries` without a query), kept by a
    caller that asks many filters of one dossier (the web app): the store's part of the filter is
    then applied to it in Python (`corrections.matches`) instead of read again."""
    from diplowatch.store.corrections import matches
    from diplowatch.store.queries import timeline_summaries

    resolved = wanted if isinstance(wanted, ResolvedFilter) else resolve_filter(store, wanted, kb)
    if resolved.wanted.actors and not resolved.actor_ids:
        return []
    query = timeline_query(resolved)
    found = timeline_summaries(store, query) if pool is None else [e for e in pool if matches(query, e)]
    kept = [e for e in found if keeps(resolved, e)]
    return kept[: resolved.wanted.limit] if resolved.wanted.limit else kept


def timeline_query(resolved: ResolvedFilter) -> TimelineQuery:
    """The part of a filter the store applies itself."""
    spec = resolved.wanted
    return TimelineQuery(
        actors=resolved.actor_ids,
        role=spec.role,
        types=parse_types(spec.types),
        since=spec.since,
        until=spec.until,
        language=spec.language,
    )


def keeps(resolved: ResolvedFilter, event: DossierEvent | EventSummary) -> bool:
    """The filters that the store does not apply itself: modality, confidence, place."""
    spec = resolved.wanted
    aux = set(event.aux)
    if aux & FUTURE_AUX and not spec.include_future:
        return False
    if aux & NEGATED_AUX and not spec.include_negated:
        return False
    if event.review is not None and event.review.wrong and not spec.include_wrong:
        return False
    if event.confidence < spec.min_confidence:
        return False
    if spec.outlet and fold_name(spec.outlet) not in {fold_name(o) for o in _outlets(event)}:
        return False
    return not resolved.place_codes or _place_matches(event, resolved.place_codes)


def _outlets(event: DossierEvent | EventSummary) -> list[str]:
    if isinstance(event, EventSummary):
        return list(event.outlets)
    return [d.outlet for d in event.sources if d.outlet]


def actor_ids(store: Store, name: str, kb: KB | None, *, exact: bool = False) -> tuple[str, ...]:
    """The participants `name` designates, its unlinked aliases and, unless `exact`, the officials
    of a state it names."""
    from diplowatch.store.queries import resolve_actor

    found = list(resolve_actor(store, name, kb))
    if not found:
        return ()
    known = store.participants()
    info = store.actor_info(known)
    found += [a for a in _unlinked_aliases(found, known, info, kb) if a not in found]
    if not exact:
        found += [a for a in officials_of(found, known, info) if a not in found]
    return tuple(found)


def officials_of(ids: Sequence[str], known: Sequence[str], info: dict[str, ActorInfo]) -> list[str]:
    """People and bodies of the states among `ids` whose sector speaks for the state."""
    codes = {info[i].country for i in ids if i in info and info[i].kind in STATE_KINDS and info[i].country}
    return [
        a
        for a in known
        if a in info
        and info[a].kind not in STATE_KINDS
        and info[a].country in codes
        and info[a].sector in OFFICIAL_SECTORS
    ]


def _unlinked_aliases(
    ids: Sequence[str], known: Sequence[str], info: dict[str, ActorInfo], kb: KB | None
) -> list[str]:
    """Participants stored as plain names ("Front Polisario") that are a KB alias of one of `ids`."""
    if kb is None:
        return []
    aliases = {fold_name(alias) for i in ids if (entry := kb.get(i)) for _, alias in entry.aliases()}
    return [a for a in known if a not in info and a not in kb and fold_name(a) in aliases]


def _place_codes(place: str, kb: KB | None) -> frozenset[str]:
    wanted = fold_name(place)
    codes = {wanted, place.strip().upper()}
    for entry in exact_entries(kb, place) if kb is not None else ():
        codes.add(fold_name(entry.id))
        if entry.kind in STATE_KINDS and kb is not None and kb.iso3(entry.id):
            codes.add(str(kb.iso3(entry.id)).upper())
    return frozenset(codes)


def _place_matches(event: DossierEvent | EventSummary, codes: frozenset[str]) -> bool:
    place = event.location
    if place is None:
        return False
    return bool({fold_name(place.name), fold_name(place.id or ""), (place.country or "").upper()} & codes)


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteFilter:
    """Filters on quotes as a user gives them: speakers (ids, names, aliases; a state stands for its
    officials unless `exact`), the article's publication dates and language."""

    speakers: tuple[str, ...] = ()
    exact: bool = False
    since: str | None = None
    until: str | None = None
    language: str | None = None
    limit: int | None = None


def select_quotes(store: Store, wanted: QuoteFilter, kb: KB | None = None) -> list[StoredQuote]:
    ids: list[str] = []
    for name in wanted.speakers:
        found = speaker_ids(store, name, kb, exact=wanted.exact)
        if not found:
            raise NothingFound(f"no quote in the dossier is attributed to {name!r}")
        ids += [i for i in found if i not in ids]
    since, until = day_bounds(wanted.since, wanted.until)
    if wanted.limit is not None and wanted.limit < 1:
        raise UsageError(f"--limit {wanted.limit}: give a positive number")
    return store.quotes(
        QuoteQuery(
            speakers=tuple(ids), since=since, until=until, language=wanted.language, limit=wanted.limit
        )
    )


def speaker_ids(store: Store, name: str, kb: KB | None, *, exact: bool = False) -> tuple[str, ...]:
    """The quote speakers `name` designates (id, name, KB alias), with a state's officials unless `exact`."""
    speakers = store.quote_speakers()
    info = store.actor_info(speakers)
    wanted = fold_name(name)
    found = [s for s in speakers if wanted in (fold_name(s), fold_name(info[s].name) if s in info else "")]
    if not found and kb is not None:
        from diplowatch.kb.query import search as kb_search

        in_kb = {e.id for e in kb_search(kb, name)}
        found = [s for s in speakers if s in in_kb]
    if not found:
        found = [
            s for s in speakers if wanted in fold_name(s) or (s in info and wanted in fold_name(info[s].name))
        ]
    if not exact and kb is not None:  # a state speaks through its officials
        codes = {kb.iso3(e.id) for e in exact_entries(kb, name) if e.kind in STATE_KINDS}
        found += [
            s
            for s in speakers
            if s in info
            and info[s].country in codes
            and info[s].sector in OFFICIAL_SECTORS
            and s not in found
        ]
    return tuple(found)


def day_bounds(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """`--since 2024-03 --until 2024` -> ("2024-03-01", "2024-12-31"); a malformed date is an error."""
    out: list[str | None] = []
    for bound, pick in ((since, "start"), (until, "end")):
        if not bound:
            out.append(None)
            continue
        interval = value_interval(bound)
        if interval is None:
            raise UsageError(f"{bound!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
        out.append(getattr(interval, pick).isoformat())
    return out[0], out[1]
