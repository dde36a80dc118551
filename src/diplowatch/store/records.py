"""Typed records the dossier store reads and writes (what every backend speaks)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

from diplowatch.model import Event, EventDate, Location, Quote

# What storing one input did: new document, new results for a changed input, nothing, or a rejection.
Outcome = Literal["added", "replaced", "unchanged", "rejected"]


@dataclass(frozen=True, slots=True)
class SourceDoc:
    """An article as the dossier cites it."""

    doc_id: str
    source: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None  # ISO prefix of the publication date, None if unknown
    language: str | None = None


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """One per-article event as stored, with the article it comes from."""

    key: str  # "<doc_id>#<position in the article's events>", stable across re-ingests of the same input
    doc: SourceDoc
    event: Event


@dataclass(frozen=True, slots=True)
class DossierMember:
    event: StoredEvent
    flipped: bool = False  # its actor and recipient sides are the dossier event's recipient and actor


@dataclass(frozen=True, slots=True)
class DossierEvent:
    """One real happening, possibly reported by several articles (the members)."""

    id: str
    type: str
    mode: tuple[str, ...]
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    location: Location | None
    date: EventDate | None
    aux: tuple[str, ...]
    members: tuple[DossierMember, ...]
    # What analysts corrected (store.corrections); None: the event as the machine merged it.
    review: Review | None = None

    @property
    def sources(self) -> tuple[SourceDoc, ...]:
        """The distinct articles that report it, in member order."""
        seen: dict[str, SourceDoc] = {}
        for member in self.members:
            seen.setdefault(member.event.doc.doc_id, member.event.doc)
        return tuple(seen.values())

    @property
    def confidence(self) -> float:
        """The best confidence among the reports (a second source never makes an event less certain)."""
        return max((m.event.event.confidence for m in self.members), default=0.0)


@dataclass(frozen=True, slots=True)
class EventSummary:
    """A dossier event without its members: what a listing, a chart or a count needs (cheap to read
    by the ten thousand; `Store.dossier_events` loads the whole events of one page)."""

    id: str
    type: str
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    location: Location | None
    date: EventDate | None
    date_start: str | None  # ISO day: the first and last day the date may mean (None: undated)
    date_end: str | None
    aux: tuple[str, ...]
    confidence: float  # the best among the reports, as DossierEvent.confidence
    n_sources: int
    languages: tuple[str, ...] = ()  # of the source articles
    outlets: tuple[str, ...] = ()
    review: Review | None = None  # what analysts corrected, as DossierEvent.review
    mode: tuple[str, ...] = ()  # PLOVER modes, as DossierEvent.mode


@dataclass(frozen=True, slots=True)
class ActorInfo:
    """What the stored articles say about an actor id (its most frequent name, kind, country, sector)."""

    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineQuery:
    """Filters on dossier events; every filter left at its default accepts everything."""

    actors: tuple[str, ...] = ()  # actor ids; an event matches when any of them takes part
    role: str | None = None  # "actor" or "recipient": the side the actors must be on (None: either)
    type: str | None = None  # PLOVER category
    types: tuple[str, ...] = ()  # PLOVER categories; an event matches when it is any of them
    since: str | None = None  # ISO prefix; events that may have happened on or after its first day
    until: str | None = None  # ISO prefix; events that may have happened on or before its last day
    language: str | None = None  # at least one source article in this language
    exclude: tuple[str, ...] = ()  # dossier event ids left out (those corrections replace)
    limit: int | None = None


# Where an event stands in the timeline: first day, last day ("~" when undated: last), category, id.
TimelineKey = tuple[str, str, str, str]


@dataclass(frozen=True, slots=True)
class StoredQuote:
    """A direct quotation as stored, with the article it comes from."""

    key: str  # "<doc_id>#q<position in the article's quotes>"
    doc: SourceDoc
    quote: Quote


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteQuery:
    """Filters on quotes; every filter left at its default accepts everything."""

    speakers: tuple[str, ...] = ()  # actor ids; a quote matches when any of them said it
    since: str | None = None  # ISO day: articles published on or after it
    until: str | None = None  # ISO day: articles published on or before it
    language: str | None = None  # the article's language
    doc_ids: tuple[str, ...] = ()  # only quotes of these articles
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class SearchHit:
    doc: SourceDoc
    snippet: str  # matched terms between [ and ]
    rank: float  # bm25, lower is better


@dataclass(frozen=True, slots=True)
class StoreStats:
    documents: int
    rejected: int
    events: int
    dossier_events: int
    schema_version: int
    path: str = ""


@dataclass(frozen=True, slots=True)
class MergeHints:
    """Facts about actors and places the merge needs, read from the stored articles."""

    country_places: frozenset[str] = frozenset()  # location ids that name a whole country or territory
    state_codes: dict[str, str] = field(default_factory=dict)  # country/territory actor id -> ISO3
    acts_for: dict[str, str] = field(default_factory=dict)  # person/organization id -> ISO3 it acts for


# -- analyst corrections (store.corrections applies them; the stored events are never changed) ------

CorrectionKind = Literal["wrong", "category", "actors", "recipients", "date", "place", "merge", "split"]
CORRECTION_KINDS: tuple[str, ...] = get_args(CorrectionKind)


@dataclass(frozen=True, slots=True)
class Anchor:
    """A per-article event as a correction names it. Dossier ids change when a re-merge groups the
    reports differently; an article's events do not, so a correction holds on to them: the article,
    the event's position and, to recognise it if the positions shift, its category and evidence span."""

    doc_id: str
    seq: int  # position among the article's events when the correction was made
    type: str  # the machine's category
    start: int  # the evidence span in the article's body
    end: int

    @property
    def key(self) -> str:
        return f"{self.doc_id}#{self.seq}"


@dataclass(frozen=True, slots=True)
class Withdrawal:
    by: str
    why: str
    at: str  # ISO timestamp, UTC


@dataclass(frozen=True, slots=True, kw_only=True)
class Correction:
    """One analyst's change to one dossier event, with who, when and why. Exactly the value fields of
    its `kind` are set: category; names (actors, recipients); date and place (None clears them);
    other and other_id (merge: the event merged into this one); docs (split: the articles moved out)."""

    id: int = 0  # assigned by the store
    kind: CorrectionKind
    event_id: str  # the dossier event as the analyst saw it
    anchors: tuple[Anchor, ...]  # its reports at that time
    author: str
    reason: str
    created_at: str = ""  # ISO timestamp, UTC, set by the store
    category: str | None = None
    names: tuple[str, ...] = ()
    date: EventDate | None = None
    place: Location | None = None
    other_id: str | None = None
    other: tuple[Anchor, ...] = ()
    docs: tuple[str, ...] = ()
    withdrawn: Withdrawal | None = None


@dataclass(frozen=True, slots=True)
class Review:
    """A corrected dossier event's history: the corrections that shaped it and the machine's event
    (the one it keeps the id of, or was split from) to show beside it."""

    machine: DossierEvent
    corrections: tuple[Correction, ...]
    wrong: bool = False
    merged_from: tuple[str, ...] = ()  # machine events merged into this one
    split_from: str | None = None  # the machine event this one was split out of
