"""What each page shows, computed from the library (store.filters, store.queries): plain data for the
templates, no HTML. The route functions (pages.py) open the store and pick the template."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from math import ceil
from typing import Any
from urllib.parse import quote_plus, urlencode, urlparse

from diplowatch.kb.base import KB
from diplowatch.model import Article, Event
from diplowatch.store.filters import EventFilter, ResolvedFilter, select_summaries
from diplowatch.store.intervals import event_interval
from diplowatch.store.plover import CATEGORIES, QUAD, QUAD_NAMES
from diplowatch.store.queries import NOTES, format_date, format_place
from diplowatch.store.records import DossierEvent, EventSummary, SourceDoc
from diplowatch.store.review import changes, correction_text, review_notes, value_text
from diplowatch.store.sqlite import SQLiteStore
from diplowatch.web.charts import QUAD_COLOURS, TimelineChart, timeline_chart
from diplowatch.web.dossier import Dossier
from diplowatch.web.facets import PAGE_SIZE, Facets, narrowed
from diplowatch.web.highlight import Paragraph, paragraphs

AUX_EXPLAINED = {
    "negation": "negated: the text says it did not happen; never counted as a fact",
    "future": "future: announced or planned, not yet done when the article was written",
    "hypothetical": "hypothetical: a condition, a wish or a possibility; never counted as a fact",
    "historical": "historical: dated two or more years before the article (background it recalls)",
}
Namer = Callable[[str], str]  # an actor id -> its display name (Dossier.names)
CONFIDENCE_EXPLAINED = (
    "Confidence estimates the chance that the event is real, correctly typed and what its sentence "
    "reports: the trigger's strength (a phrase beats a single or ambiguous word) times how its actor "
    "was found (the parsed subject beats proximity or the previous sentence), with bonuses for a "
    "recipient and for a trigger in the sentence's main clause, and lowered for negated, hypothetical, "
    "historical or one-sided events. The event's confidence is the best among its reports."
)


def actor_url(actor_id: str) -> str:
    return "/actor?" + urlencode({"id": actor_id})


def safe_link(url: str | None) -> str | None:
    """Only http(s) URLs become links (never javascript:, data: or a local path)."""
    return url if url and urlparse(url).scheme in ("http", "https") else None


def quad_of(category: str) -> dict[str, Any]:
    quad = QUAD.get(category, 0)
    return {"colour": QUAD_COLOURS.get(quad, "#888888"), "name": QUAD_NAMES.get(quad, "")}


@dataclass(frozen=True, slots=True)
class Row:
    """One event as a listing line."""

    id: str
    date: str
    category: str
    colour: str
    actors: tuple[tuple[str, str], ...]  # (name, link)
    recipients: tuple[tuple[str, str], ...]
    where: str
    notes: tuple[str, ...]
    confidence: float
    sources: int


def row(event: DossierEvent | EventSummary, name: Namer) -> Row:
    notes = [NOTES[a] for a in event.aux if a in NOTES]
    if event.date and event.date.approximate:
        notes.append("approximate")
    notes += review_notes(event)
    return Row(
        id=event.id,
        date=format_date(event.date),
        category=event.type,
        colour=quad_of(event.type)["colour"],
        actors=tuple((name(a), actor_url(a)) for a in event.actor),
        recipients=tuple((name(a), actor_url(a)) for a in event.recipient),
        where=format_place(event.location),
        notes=tuple(notes),
        confidence=round(event.confidence, 2),
        sources=event.n_sources if isinstance(event, EventSummary) else len(event.sources),
    )


def timeline_view(
    dossier: Dossier,
    store: SQLiteStore,
    facets: Facets,
    kb: KB | None,
    draw: Callable[[TimelineChart, str], str],
) -> dict[str, Any]:
    """`draw(chart, lanes)` renders the chart (chart.html): a thousand circles cost a page's time
    budget to render, so the drawing is kept with the listing until the dossier changes."""
    events = dossier.select(store, facets.where, kb)
    name = dossier.names(store)
    chart = dossier.cached(
        ("chart", facets.where, facets.lanes),
        lambda: draw(_chart(events, facets, name), facets.lanes),
    )
    pages = max(1, ceil(len(events) / PAGE_SIZE))
    page = min(facets.page, pages)
    shown = events[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    return {
        "total": len(events),
        "chart": chart,
        "rows": [row(e, name) for e in shown],
        "page": page,
        "pages": pages,
        "first_shown": (page - 1) * PAGE_SIZE + 1 if shown else 0,
        "last_shown": (page - 1) * PAGE_SIZE + len(shown),
        "options": options(dossier, store),
        "actor_names": [(a, name(a)) for a in facets.where.actors],
    }


def _chart(events: Sequence[EventSummary], facets: Facets, name: Namer) -> TimelineChart:
    """The chart with a link per cell: one URL made by `narrowed` with placeholders, then filled in
    (a thousand cells each building its URL cost more than the rest of the page)."""
    key, period = "\x00K", "\x00P"
    if facets.lanes == "category":
        pattern = narrowed(facets, types=(key,), since=period, until=period)
        whole = narrowed(facets, types=(key,))
    else:
        pattern = narrowed(facets, actor=key, since=period, until=period)
        whole = narrowed(facets, actor=key)
    marks = (quote_plus(key), quote_plus(period))

    def link(lane: str, when: str) -> str:
        chosen = pattern if when else whole
        return chosen.replace(marks[0], quote_plus(lane)).replace(marks[1], quote_plus(when))

    return timeline_chart(events, lanes=facets.lanes, name=name, link=link)


def options(dossier: Dossier, store: SQLiteStore) -> dict[str, list[str]]:
    """The values the facet menus offer."""
    return dossier.cached(("options",), lambda: _options(store))


def _options(store: SQLiteStore) -> dict[str, list[str]]:
    docs = store.documents()
    return {
        "categories": list(CATEGORIES),
        "languages": sorted({d.language for d in docs if d.language}),
        "outlets": sorted({d.outlet for d in docs if d.outlet}),
    }


@dataclass(frozen=True, slots=True)
class Report:
    """One per-article event of a dossier event, as its article states it."""

    category: str
    actors: str
    recipients: str
    date_text: str
    date_value: str
    aux: tuple[str, ...]
    confidence: float
    rule: str
    evidence: str
    flipped: bool


@dataclass(frozen=True, slots=True)
class SourceView:
    doc: SourceDoc
    link: str | None
    reports: tuple[Report, ...]
    paragraphs: tuple[Paragraph, ...]
    direction: str


def event_view(event: DossierEvent, store: SQLiteStore, name: Namer) -> dict[str, Any]:
    by_doc: dict[str, list[tuple[Event, bool]]] = defaultdict(list)
    for member in event.members:
        by_doc[member.event.doc.doc_id].append((member.event.event, member.flipped))
    sources = []
    for doc in event.sources:
        article = store.article(doc.doc_id)
        said = by_doc[doc.doc_id]
        sources.append(_source_view(doc, article, said, name))
    interval = event_interval(event.date, widen=False)
    return {
        "event": event,
        "review": _review(event),
        "changed": [(field, _shown(old, name), _shown(new, name)) for field, old, new in changes(event)],
        "categories": CATEGORIES,
        "problem": "",
        "row": row(event, name),
        "quad": quad_of(event.type),
        "period": f"{interval.start} to {interval.end}"
        if interval and interval.start != interval.end
        else "",
        "aux": [(a, AUX_EXPLAINED.get(a, a)) for a in event.aux],
        "confidence_explained": CONFIDENCE_EXPLAINED,
        "sources": sources,
    }


def _shown(value: Any, name: Namer) -> str:
    """A machine or corrected value as a reader says it: participants by their names."""
    if isinstance(value, list):
        return ", ".join(name(str(v)) for v in value) or "none"
    return value_text(value)


def _review(event: DossierEvent) -> dict[str, Any] | None:
    review = event.review
    if review is None:
        return None
    return {
        "wrong": review.wrong,
        "merged_from": review.merged_from,
        "split_from": review.split_from,
        "corrections": [
            {
                "id": c.id,
                "kind": c.kind,
                "text": correction_text(c),
                "author": c.author,
                "created_at": c.created_at,
                "reason": c.reason,
            }
            for c in review.corrections
        ],
    }


def _source_view(
    doc: SourceDoc, article: Article | None, said: list[tuple[Event, bool]], name: Namer
) -> SourceView:
    reports = tuple(
        Report(
            category=e.type,
            actors=", ".join(name(a) for a in e.actor),
            recipients=", ".join(name(a) for a in e.recipient),
            date_text=e.date.text if e.date else "",
            date_value=format_date(e.date),
            aux=tuple(e.aux),
            confidence=round(e.confidence, 2),
            rule=e.rule,
            evidence=e.evidence.text,
            flipped=flipped,
        )
        for e, flipped in said
    )
    paras = tuple(paragraphs(article, [e for e, _ in said])) if article else ()
    return SourceView(doc, safe_link(doc.url), reports, paras, "rtl" if doc.language == "ar" else "auto")


def actor_events(store: SQLiteStore, actor_id: str) -> list[EventSummary]:
    """The actor's own events (no roll-up: a state's page is what the state itself did), facts only,
    as actor_profile counts them."""
    wanted = EventFilter(actors=(actor_id,))
    return select_summaries(store, ResolvedFilter(replace(wanted, exact=True), (actor_id,)))
