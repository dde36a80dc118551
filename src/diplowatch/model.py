"""Typed records that travel through the pipeline.

One `Article` flows through the stages (read -> clean -> metadata -> language ->
parse -> actors -> quotes -> events); each stage returns a new Article with the
fields it assigns (`dataclasses.replace`), and the Article is the only channel
between stages: what a stage needs from another is a field here (the spaCy
parse and the places included, as a spaCy `Doc` carries its annotations). Offsets are Python string indices
into `Article.body`, end-exclusive. `diplowatch.record` turns an Article into the
JSON record of spec section 1.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, get_args

Granularity = Literal["day", "week", "month", "season", "year"]
ActorKind = Literal["person", "country", "organization", "territory", "group"]
# PLOVER aux values an event may carry (spec section 2).
Aux = Literal["negation", "future", "hypothetical", "historical"]
AUX_VALUES: tuple[Aux, ...] = get_args(Aux)
# Events that did not happen, or are not known to: never merged with real ones, never dossier events.
UNREAL_AUX: frozenset[Aux] = frozenset({"negation", "hypothetical"})


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input document before decoding: bytes from a file, or a JSONL object's fields."""

    source: str  # path, "path:line" for JSONL, or "-" for stdin
    data: bytes | None = None  # raw bytes of a file (text or HTML)
    text: str | None = None  # already-decoded text (JSONL "text")
    html: str | None = None  # already-decoded HTML (JSONL "html")
    given: dict[str, str] = field(default_factory=dict)  # JSONL id/url/published/language/outlet/title


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that could not become an Article: counted, reported, stored; never raised."""

    source: str
    stage: str  # "read", "decode", "clean", ...
    reason: str  # short machine-friendly reason, e.g. "binary", "empty", "no-body"
    detail: str = ""  # one human sentence

    def message(self) -> str:
        tail = f": {self.detail}" if self.detail else ""
        return f"{self.source}: rejected ({self.reason}){tail}"


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    language: str  # ISO 639-1


@dataclass(frozen=True, slots=True)
class ParsedSegment:
    """A segment with its spaCy parse; `doc` is None where no pipeline exists (Arabic) or none ran."""

    segment: Segment
    doc: Any | None = None  # spacy.tokens.Doc of body[segment.start:segment.end]


@dataclass(frozen=True, slots=True)
class DateValue:
    """A calendar value with its precision; `value` is an ISO 8601 prefix (2024, 2024-03,
    2024-03-11, 2024-W10)."""

    value: str
    granularity: Granularity
    approximate: bool = False
    text: str = ""
    source: str = ""  # what produced it: "dateline", "html-meta", "jsonl", "timex", ...


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Actor:
    id: str | None  # English Wikipedia title with "_"; None when unknown
    name: str
    kind: ActorKind
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # PLOVER sector code(s)
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named as a place ("à Washington", "in Rabat"): where events happen, never an actor."""

    start: int
    end: int
    text: str
    id: str | None  # KB place (or country) id
    country: str | None  # ISO 3166-1 alpha-3 of the state it lies in
    name: str | None = None  # the KB's display name
    country_id: str | None = None  # the KB id of that state
    # "visit to Riyadh", "viajó hasta Rabat": where someone goes, the place of a visit only (the
    # capital is also its government's mention: "a letter to Rabat" is not written in Rabat)
    destination: bool = False


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    id: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class EventDate:
    value: str
    granularity: Granularity
    text: str
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class Event:
    type: str
    mode: tuple[str, ...]
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    location: Location | None
    date: EventDate | None
    aux: tuple[Aux, ...]
    evidence: Evidence
    confidence: float
    rule: str = ""  # provenance: which rule or model coded it
    more_evidence: tuple[Evidence, ...] = ()  # other spans stating the same happening (repeats merged)

    @property
    def evidence_spans(self) -> tuple[Evidence, ...]:
        return (self.evidence, *self.more_evidence)


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str | None
    speaker_text: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    doc_id: str
    source: str
    body: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: DateValue | None = None
    language: str | None = None
    segments: tuple[Segment, ...] = ()
    parses: tuple[ParsedSegment, ...] = field(default=(), compare=False, repr=False)  # () until parsed
    actors: tuple[Actor, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    html: str | None = None  # the decoded HTML when the input was HTML
    given: dict[str, str] = field(default_factory=dict)

    @property
    def anchor(self) -> date | None:
        """The publication day, the anchor for relative dates (None if unknown or not a full day)."""
        if self.published is None or len(self.published.value) < 10:
            return None
        return date.fromisoformat(self.published.value[:10])
