"""The HTML pages: timeline, event, actor, network, search, sources. Each route reads the dossier
through a read-only store, asks views.py (the library underneath) for its data and renders a template
(autoescaped: article text is untrusted and is never marked safe)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool

from diplowatch.errors import NothingFound, UsageError
from diplowatch.store.filters import EventFilter
from diplowatch.store.queries import actor_profile, article_events, event_detail, search
from diplowatch.web.charts import TimelineChart, activity_chart, quad_legend
from diplowatch.web.correcting import Refused, check_writer, store_correction
from diplowatch.web.csrf import FIELD, csrf_ok, csrf_token, remember
from diplowatch.web.facets import Facets, facets_from, query_pairs, url, with_page, without
from diplowatch.web.graph import ego_network, network
from diplowatch.web.highlight import snippet_pieces
from diplowatch.web.settings import Settings
from diplowatch.web.views import (
    actor_events,
    actor_url,
    event_view,
    options,
    row,
    safe_link,
    timeline_view,
)

SOURCES_PAGE = 200
SEARCH_HITS = 50

router = APIRouter(include_in_schema=False)


def settings(request: Request) -> Settings:
    found: Settings = request.app.state.settings
    return found


def params(request: Request) -> Mapping[str, list[str]]:
    return {k: request.query_params.getlist(k) for k in request.query_params}


def render(request: Request, template: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    token = csrf_token(request)
    page = settings(request).templates.TemplateResponse(
        request,
        template,
        {"csrf": token, "can_write": settings(request).token is not None, "quad_legend": quad_legend()}
        | context,
        status_code=status,
    )
    remember(page, token)
    return page


@router.get("/healthz")
def healthz() -> Response:
    return PlainTextResponse("ok")


@router.get("/", response_class=HTMLResponse)
def timeline_page(request: Request) -> HTMLResponse:
    facets = facets_from(params(request))
    found = settings(request)
    with found.dossier.reading() as store:
        try:
            view = timeline_view(found.dossier, store, facets, found.kb, partial(draw_chart, found))
            missing = ""
        except NothingFound as error:
            view, missing = {"total": 0, "rows": [], "chart": "", "pages": 1, "page": 1}, str(error)
            view["options"] = options(found.dossier, store)
    return render(request, "timeline.html", {"facets": facets, "missing": missing, **_links(facets), **view})


def draw_chart(found: Settings, chart: TimelineChart, lanes: str) -> Markup:
    """The chart's SVG, rendered by its autoescaped template (only numbers, labels and links)."""
    template = found.templates.env.get_template("chart.html")
    return Markup(template.render(chart=chart, lanes=lanes, quad_legend=quad_legend()))


def _links(facets: Facets) -> dict[str, Any]:
    chips = [
        (name, value, without(facets, name, value))
        for name, value in query_pairs(facets)
        if name not in ("page", "lanes")
    ]
    return {
        "active_filters": chips,
        "share": url(facets),
        "network_link": url(facets, "/network"),
        "page_link": lambda n: with_page(facets, n),
        "lanes_link": lambda lanes: url(Facets(facets.where, lanes, 1)),
    }


@router.get("/event/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    found = settings(request)
    with found.dossier.reading() as store:
        event = event_detail(store, event_id)
        view = event_view(event, store, found.dossier.names(store))
    return render(request, "event.html", view)


@router.post("/event/{event_id}/correct")
async def correct_event(request: Request, event_id: str) -> Response:
    """The correction form: 303 back to the event once stored; the event page with the problem else."""
    form = await request.form()
    found = settings(request)
    submitted = form.get(FIELD)
    try:
        if not csrf_ok(request, submitted if isinstance(submitted, str) else None):
            raise Refused("the form expired or came from another page: reload the event and try again")
        given = form.get("token")
        check_writer(found, given if isinstance(given, str) else "")
        shown = await run_in_threadpool(store_correction, found, event_id, form)
    except Refused as error:
        return await run_in_threadpool(_event_with_problem, request, event_id, str(error), 403)
    except (UsageError, NothingFound) as error:
        return await run_in_threadpool(_event_with_problem, request, event_id, str(error), 400)
    return RedirectResponse(f"/event/{quote(shown)}#review", status_code=303)


def _event_with_problem(request: Request, event_id: str, problem: str, status: int) -> Response:
    found = settings(request)
    with found.dossier.reading() as store:
        event = event_detail(store, event_id)
        view = event_view(event, store, found.dossier.names(store))
    return render(request, "event.html", view | {"problem": problem}, status)


@router.get("/actor", response_class=HTMLResponse)
def actor_page(request: Request, id: str = "") -> HTMLResponse:
    found = settings(request)
    actor_id = id.strip()
    with found.dossier.reading() as store:
        if not actor_id or actor_id not in store.participants():
            raise NothingFound(f"no actor {actor_id!r} takes part in a dossier event")
        name = found.dossier.names(store)
        profile = actor_profile(store, actor_id, found.kb)
        events = actor_events(store, actor_id)
        ego = ego_network(events, actor_id, name=name, link=actor_url)
        latest = [row(e, name) for e in profile.latest]
    return render(
        request,
        "actor.html",
        {
            "profile": profile,
            "name": name(actor_id),
            "actor_id": actor_id,
            "activity": activity_chart(profile.by_year),
            "ego": ego,
            "latest": latest,
            "timeline_link": url(Facets(EventFilter(actors=(actor_id,), exact=True))),
            "network_link": url(Facets(EventFilter(actors=(actor_id,), exact=True)), "/network"),
        },
    )


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request) -> HTMLResponse:
    facets = facets_from(params(request))
    found = settings(request)
    with found.dossier.reading() as store:
        name = found.dossier.names(store)
        try:
            events, missing = found.dossier.select(store, facets.where, found.kb), ""
        except NothingFound as error:
            events, missing = [], str(error)
        graph = network(events, name=name, link=actor_url)
        menus = options(found.dossier, store)
    return render(
        request,
        "network.html",
        {
            "facets": facets,
            "graph": graph,
            "total": len(events),
            "missing": missing,
            "options": menus,
            **_links(facets),
            "timeline_link": url(facets),
        },
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = "", lang: str = "") -> HTMLResponse:
    found = settings(request)
    hits: list[dict[str, Any]] = []
    if q.strip():
        with found.dossier.reading() as store:
            name = found.dossier.names(store)
            for hit in search(store, q, limit=SEARCH_HITS, kb=found.kb, language=lang or None):
                hits.append(
                    {
                        "doc": hit.doc,
                        "link": safe_link(hit.doc.url),
                        "pieces": snippet_pieces(hit.snippet),
                        "events": [row(e, name) for e in article_events(store, hit.doc.doc_id)],
                    }
                )
    return render(request, "search.html", {"q": q, "lang": lang, "hits": hits})


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request, page: int = 1) -> HTMLResponse:
    found = settings(request)
    with found.dossier.reading() as store:
        documents = found.dossier.cached(("documents",), store.documents)
        rejections = store.rejections()
    pages = max(1, -(-len(documents) // SOURCES_PAGE))
    page = min(max(page, 1), pages)
    shown = documents[(page - 1) * SOURCES_PAGE : page * SOURCES_PAGE]
    return render(
        request,
        "sources.html",
        {
            "documents": [(d, safe_link(d.url)) for d in shown],
            "total": len(documents),
            "rejections": rejections,
            "page": page,
            "pages": pages,
        },
    )
