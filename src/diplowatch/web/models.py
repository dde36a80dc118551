"""The REST API's request and response bodies (pydantic), so that its OpenAPI schema is exact.

They mirror what the library returns (store.queries, store.export, store.review): the routes fill
them from those records and dicts, never from SQL of their own.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from diplowatch.store.bounds import MAX_EVENT_ID_CHARS

Kind = Literal["wrong", "category", "actors", "recipients", "date", "place", "merge", "split"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# -- errors --------------------------------------------------------------------------------------


class ErrorDetail(Strict):
    code: str = Field(
        description="stable machine-readable code: invalid-value, not-found, token-required, ..."
    )
    message: str = Field(description="one line saying what was wrong and what to do")


class ErrorBody(Strict):
    error: ErrorDetail


# -- events --------------------------------------------------------------------------------------


class DateValueOut(Strict):
    value: str = Field(description="ISO 8601 prefix: 2024, 2024-03, 2024-03-11")
    granularity: str
    approximate: bool


class EventDateOut(DateValueOut):
    text: str = Field(description="the date expression as written")


class PlaceOut(Strict):
    name: str
    id: str | None
    country: str | None = Field(description="ISO 3166-1 alpha-3")


class ActorRef(Strict):
    id: str | None = Field(description="knowledge-base id; null for a name the knowledge base does not know")
    name: str
    country: str | None
    sector: str | None


class WithdrawalOut(Strict):
    by: str
    why: str
    at: str


class CorrectionOut(Strict):
    id: int
    kind: Kind
    event_id: str = Field(description="the dossier event as the analyst saw it")
    value: str | list[str] | DateValueOut | PlaceOut | None = Field(
        description="what it sets: a category, participants, a date, a place, the merged event's id, "
        "the articles split out; null for `wrong` and for a cleared date or place"
    )
    author: str
    reason: str
    created_at: str
    anchors: list[str] = Field(description="the per-article events (<doc_id>#<n>) it names")
    withdrawn: WithdrawalOut | None


class CorrectionStatus(CorrectionOut):
    status: str = Field(description="the id of the event it applies to now, `orphaned` or `withdrawn`")


class Change(Strict):
    machine: Any = Field(description="the machine's value")
    corrected: Any = Field(description="the analysts' value")


class ReviewOut(Strict):
    wrong: bool
    changed: dict[str, Change] = Field(description="field (type, actor, recipient, date, location) -> values")
    machine_id: str
    merged_from: list[str]
    split_from: str | None
    corrections: list[CorrectionOut]


class EventSummary(Strict):
    """One dossier event as a listing row (what `timeline --format json` prints)."""

    id: str
    date: str = Field(description='display form: 2024-03-11, 2024-03, "~2024-02" approximate, "?" unknown')
    date_start: str | None
    date_end: str | None
    date_precision: str | None
    category: str
    mode: list[str]
    who: str
    whom: str
    actor_ids: list[str]
    recipient_ids: list[str]
    where: str
    place_country: str | None
    notes: list[str]
    confidence: float
    sources: int
    review: ReviewOut | None


class EventPage(Strict):
    items: list[EventSummary]
    next: str | None = Field(description="the URL of the next page; null on the last one")


class SourceOut(Strict):
    doc_id: str
    source: str = Field(description="the file name or URL it was read from (never a local folder)")
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    language: str | None


class EvidenceOut(Strict):
    doc_id: str
    start: int
    end: int
    text: str


class EventDetail(Strict):
    """One dossier event whole (what `event ID --format json` prints)."""

    id: str
    type: str
    quad_code: int | None
    mode: list[str]
    actor: list[str]
    recipient: list[str]
    actors: list[ActorRef]
    recipients: list[ActorRef]
    location: PlaceOut | None
    date: EventDateOut | None
    date_start: str | None
    date_end: str | None
    aux: list[str]
    confidence: float
    sources: list[SourceOut]
    evidence: list[EvidenceOut]
    review: ReviewOut | None


# -- actors, quotes, search, documents ------------------------------------------------------------


class ActivityOut(Strict):
    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    events: int
    as_actor: int
    as_recipient: int
    names: list[str] = Field(description="unlinked names counted as this actor")


class ActorPage(Strict):
    items: list[ActivityOut]
    next: str | None


class RoleOut(Strict):
    role: str
    label: str
    of: str | None
    of_name: str
    start: str | None
    end: str | None


class Counterpart(Strict):
    id: str
    name: str
    events: int


class QuoteOut(Strict):
    quote_id: str
    speaker_id: str | None
    speaker_name: str | None
    speaker_text: str
    quote: str
    doc: str
    published: str | None
    outlet: str | None
    language: str | None
    url: str
    title: str | None
    start: int
    end: int


class QuotePage(Strict):
    items: list[QuoteOut]
    next: str | None


class ActorProfileOut(Strict):
    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    roles: list[RoleOut]
    events: int = Field(description="events counted (facts: no future, hypothetical, negated or wrong ones)")
    by_category: dict[str, int]
    by_year: dict[str, dict[str, int]]
    counterparts: list[Counterpart]
    latest: list[EventSummary]
    quotes: list[QuoteOut]


class SearchHitOut(Strict):
    doc_id: str
    published: str | None
    language: str | None
    outlet: str | None
    title: str
    url: str
    snippet: str = Field(description="matched terms between [ and ]")
    events: list[EventSummary]


class SearchPage(Strict):
    items: list[SearchHitOut]
    next: str | None


class DocumentPage(Strict):
    items: list[SourceOut]
    next: str | None


class RejectionOut(Strict):
    source: str = Field(description="the file name (never a local folder)")
    stage: str
    reason: str
    detail: str


class RejectionPage(Strict):
    items: list[RejectionOut]
    next: str | None


class CorrectionPage(Strict):
    items: list[CorrectionStatus]
    next: str | None


class StatsOut(Strict):
    documents: int
    rejected: int
    events: int
    dossier_events: int
    corrections: int
    orphaned_corrections: int
    schema_version: int


# -- writing ---------------------------------------------------------------------------------------


class CorrectionIn(Strict):
    """An analyst's corrections to one event. The field changes may be combined; `wrong`, `merge` and
    `split` each stand alone."""

    event_id: str = Field(min_length=1, max_length=MAX_EVENT_ID_CHARS)
    by: str = Field(min_length=1, max_length=200, description="who makes the correction")
    why: str = Field(min_length=1, max_length=2000, description="the reason, kept with it")
    wrong: bool = False
    category: str | None = Field(None, max_length=40, description="a PLOVER category")
    actors: list[str] | None = Field(None, max_length=20, description="ids or names")
    recipients: list[str] | None = Field(None, max_length=20, description="ids or names; [] for nobody")
    date: str | None = Field(
        None, max_length=40, description="YYYY, YYYY-MM or YYYY-MM-DD, ~ before it if approximate, or unknown"
    )
    place: str | None = Field(None, max_length=200, description="a place id or name, or unknown")
    merge: str | None = Field(
        None, max_length=MAX_EVENT_ID_CHARS, description="another event: the same happening"
    )
    split: list[str] = Field(
        default_factory=list, max_length=50, description="articles (doc ids) to move out"
    )
