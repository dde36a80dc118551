"""The REST API under /api/v1: events, event, actors, actor, quotes, search, documents, rejections,
corrections, stats. Every route calls the library functions the commands call (store.filters,
store.queries, store.correcting, ...) and shapes their records into the models of `web.models`.

- Reading opens the dossier read-only, once per request; writing (corrections) needs the server's
  token (web.security) and opens it for writing.
- Lists are pages: `limit` (1 to 500, default 100) and an opaque `cursor`; each page gives the URL
  of the `next` one (null on the last).
- Errors are JSON, `{"error": {"code": ..., "message": ...}}`: 400 a bad value, 401 no token, 403 a
  wrong token (or writing disabled), 404 nothing found, 422 a malformed request.

`api_app(settings)` is the API as an ASGI app with its error handlers and its OpenAPI schema at
/openapi.json; the web app mounts it at /api/v1 (its schema is then /api/v1/openapi.json).
`api_router(settings)` holds the routes alone.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.routing import Match, Route

from diplowatch import __version__
from diplowatch.errors import NothingFound, StoreError, UsageError
from diplowatch.kb.base import KB
from diplowatch.store import SQLiteStore, open_store
from diplowatch.store.correcting import correct, request_from
from diplowatch.store.corrections import correction_status
from diplowatch.store.export import event_record, file_name, quote_row, source_name, source_record
from diplowatch.store.filters import EventFilter, QuoteFilter, parse_types, select_quotes
from diplowatch.store.queries import (
    Names,
    actor_activity,
    actor_profile,
    article_events,
    event_detail,
    event_row,
    resolve_actor,
    search,
)
from diplowatch.store.records import Correction, TimelineKey
from diplowatch.store.review import correction_record
from diplowatch.web import models
from diplowatch.web.dossier import Dossier
from diplowatch.web.security import writer_dependency

MAX_PAGE = 500
DEFAULT_PAGE = 100
MAX_SEARCH_HITS = 1000  # a search ranks this many hits at most (pages walk through them)
READ_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": models.ErrorBody, "description": "a bad value"},
    404: {"model": models.ErrorBody, "description": "nothing found"},
    422: {"model": models.ErrorBody, "description": "a malformed request"},
}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **READ_ERRORS,
    401: {"model": models.ErrorBody, "description": "no token"},
    403: {"model": models.ErrorBody, "description": "a wrong token, or writing disabled"},
}
STATUS_CODES = {
    400: "invalid-value",
    401: "token-required",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    422: "invalid-request",
}
T = TypeVar("T")


@cache
def _default_kb() -> KB | None:
    from diplowatch.kb import default_kb

    return default_kb()


@dataclass(frozen=True)
class ApiSettings:
    db: Path  # the dossier
    token: str | None = None  # writing needs it (web.security.resolve_token); None: writing disabled
    kb: Callable[[], KB | None] = field(default=lambda: _default_kb())  # names and aliases of actors
    dossier: Dossier | None = None  # the web app's, to share its cached listings (None: the API's own)


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


# -- the app -----------------------------------------------------------------------------------------


def api_app(settings: ApiSettings) -> FastAPI:
    """The API with its JSON errors and its OpenAPI schema (/openapi.json); mount it at /api/v1."""
    app = FastAPI(
        title="diplowatch API",
        version=__version__,
        description="Sourced diplomatic events: the dossier over HTTP. Reading needs nothing; writing "
        "(corrections) needs `Authorization: Bearer TOKEN`.",
        openapi_url="/openapi.json",
        docs_url=None,  # Swagger UI and ReDoc load their scripts from a CDN: nothing is served that way
        redoc_url=None,
    )
    app.include_router(api_router(settings))
    install_error_handlers(app)
    return app


def install_error_handlers(app: FastAPI) -> None:
    """Every error as `{"error": {"code", "message"}}` with its status."""

    def body(status: int, code: str, message: str, headers: Mapping[str, str] | None = None) -> JSONResponse:
        return JSONResponse(
            {"error": {"code": code, "message": message}}, status_code=status, headers=headers
        )

    async def api_error(_: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, ApiError)
        return body(error.status, error.code, error.message)

    async def nothing(_: Request, error: Exception) -> JSONResponse:
        return body(404, "not-found", str(error))

    async def bad_value(_: Request, error: Exception) -> JSONResponse:
        return body(400, "invalid-value", str(error))

    async def malformed(_: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, RequestValidationError)
        return body(422, "invalid-request", _validation_message(error))

    async def http(request: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, HTTPException)
        code = STATUS_CODES.get(error.status_code, "http-error")
        headers = dict(error.headers or {})
        if error.status_code == 405:  # every method of the path, not only those of the first route matched
            headers["Allow"] = ", ".join(_allowed_methods(request))
        return body(error.status_code, code, str(error.detail), headers)

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(NothingFound, nothing)
    app.add_exception_handler(UsageError, bad_value)
    app.add_exception_handler(StoreError, bad_value)
    app.add_exception_handler(RequestValidationError, malformed)
    app.add_exception_handler(HTTPException, http)


def _allowed_methods(request: Request) -> list[str]:
    methods: set[str] = set()
    for route in request.app.router.routes:
        if isinstance(route, Route) and route.methods and route.matches(request.scope)[0] != Match.NONE:
            methods |= route.methods
    return sorted(methods)


def _validation_message(error: RequestValidationError) -> str:
    first = error.errors()[0] if error.errors() else {}
    where = ".".join(str(p) for p in first.get("loc", ()))
    return f"{where}: {first.get('msg', 'invalid')}" if where else str(first.get("msg", "invalid request"))


# -- the routes ----------------------------------------------------------------------------------


def api_router(settings: ApiSettings) -> APIRouter:
    router = APIRouter(responses=READ_ERRORS)
    writer = writer_dependency(settings.token)
    listings = settings.dossier or Dossier(settings.db)  # event summaries and names, kept until it changes

    @contextmanager
    def reading() -> Iterator[SQLiteStore]:
        with open_store(settings.db, read_only=True) as store:
            yield store

    @router.get("/events", response_model=models.EventPage, tags=["events"])
    def events(
        request: Request,
        page: Annotated[Paging, Depends()],
        category: Annotated[
            list[str], Query(description="PLOVER categories, repeatable or comma-separated")
        ] = [],  # noqa: B006
        actor: Annotated[
            list[str], Query(max_length=200, description="id, name or alias; a state brings its officials")
        ] = [],  # noqa: B006
        exact: bool = False,
        role: Literal["actor", "recipient"] | None = None,
        place: Annotated[str | None, Query(max_length=200)] = None,
        language: Annotated[str | None, Query(max_length=10)] = None,
        outlet: Annotated[str | None, Query(max_length=200)] = None,
        since: Annotated[str | None, Query(max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
        until: Annotated[str | None, Query(max_length=10)] = None,
        min_confidence: Annotated[float, Query(ge=0.0, le=1.0)] = 0.0,
        include_future: bool = False,
        include_negated: bool = False,
        include_wrong: bool = False,
    ) -> models.EventPage:
        """Dossier events in date order (undated last), filtered like `diplowatch timeline`."""
        wanted = EventFilter(
            types=parse_types(category),
            actors=tuple(actor),
            exact=exact,
            role=role,
            place=place,
            min_confidence=min_confidence,
            include_future=include_future,
            include_negated=include_negated,
            include_wrong=include_wrong,
            since=since,
            until=until,
            language=language,
            outlet=outlet,
        )
        with reading() as store:
            shown, after = listings.page(
                store, wanted, settings.kb(), after=page.timeline_after(), limit=page.limit
            )
            names = Names(info=listings.actor_info(store))
            items = [models.EventSummary.model_validate(event_row(e, names)) for e in shown]
        return models.EventPage(items=items, next=page.next_url(request, after))

    @router.get("/events/{event_id}", response_model=models.EventDetail, tags=["events"])
    def event(event_id: Annotated[str, _event_id()]) -> models.EventDetail:
        """One dossier event with its sources and every evidence span (a unique id prefix is enough)."""
        with reading() as store:
            found = event_detail(store, event_id)
            record = event_record(found, store.actor_info())
        return models.EventDetail.model_validate(record)

    @router.get("/actors", response_model=models.ActorPage, tags=["actors"])
    def actors(
        request: Request,
        page: Annotated[Paging, Depends()],
        q: Annotated[str | None, Query(max_length=200, description="ids or names containing it")] = None,
    ) -> models.ActorPage:
        """The dossier's actors, most active first (facts only)."""
        kb = settings.kb()
        with reading() as store:
            rows = listings.cached(
                ("activity", q),
                lambda: actor_activity(store, kb, q, facts=listings.select(store, EventFilter(), kb)),
            )
        shown, after = page.cut(rows, key=lambda r: r.actor.id)
        items = [
            models.ActivityOut(
                id=r.actor.id,
                name=r.actor.name,
                kind=r.actor.kind,
                country=r.actor.country,
                sector=r.actor.sector,
                events=r.events,
                as_actor=r.as_actor,
                as_recipient=r.as_recipient,
                names=list(r.names),
            )
            for r in shown
        ]
        return models.ActorPage(items=items, next=page.next_url(request, after))

    @router.get("/actors/{name}", response_model=models.ActorProfileOut, tags=["actors"])
    def actor(name: Annotated[str, _name()]) -> models.ActorProfileOut:
        """An actor's profile: roles, events by category and year, counterparts, latest events, quotes."""
        kb = settings.kb()
        with reading() as store:
            found = resolve_actor(store, name, kb)
            if not found:
                raise NothingFound(f"no actor in the dossier matches {name!r}")
            if len(found) > 1:
                raise NothingFound(f"{name!r} matches several actors; give one of: {', '.join(found[:20])}")
            return _profile(store, found[0], kb)

    @router.get("/quotes", response_model=models.QuotePage, tags=["quotes"])
    def quotes(
        request: Request,
        page: Annotated[Paging, Depends()],
        speaker: Annotated[list[str], Query(max_length=200)] = [],  # noqa: B006
        exact: bool = False,
        since: Annotated[str | None, Query(max_length=10)] = None,
        until: Annotated[str | None, Query(max_length=10)] = None,
        language: Annotated[str | None, Query(max_length=10)] = None,
    ) -> models.QuotePage:
        """Direct quotations in publication order."""
        wanted = QuoteFilter(
            speakers=tuple(speaker), exact=exact, since=since, until=until, language=language
        )
        with reading() as store:
            found = select_quotes(store, wanted, settings.kb())
            shown, after = page.cut(found, key=lambda q: q.key)
            speakers = store.actor_info([q.quote.speaker for q in shown if q.quote.speaker])
        items = [models.QuoteOut.model_validate(quote_row(q, speakers)) for q in shown]
        return models.QuotePage(items=items, next=page.next_url(request, after))

    @router.get("/search", response_model=models.SearchPage, tags=["search"])
    def search_articles(
        request: Request,
        page: Annotated[Paging, Depends()],
        q: Annotated[
            str, Query(min_length=1, max_length=1000, description="FTS5 syntax; names find aliases")
        ],
        language: Annotated[str | None, Query(max_length=10)] = None,
        since: Annotated[str | None, Query(max_length=10)] = None,
        until: Annotated[str | None, Query(max_length=10)] = None,
    ) -> models.SearchPage:
        """Articles matching the query, best first, each with the dossier events it reports."""
        with reading() as store:
            hits = search(
                store,
                q,
                limit=min(page.reach(), MAX_SEARCH_HITS),
                kb=settings.kb(),
                language=language,
                since=since,
                until=until,
            )
            shown, after = page.cut(hits, key=lambda h: h.doc.doc_id)
            names = Names(store)
            items = [
                models.SearchHitOut(
                    doc_id=h.doc.doc_id,
                    published=h.doc.published,
                    language=h.doc.language,
                    outlet=h.doc.outlet,
                    title=h.doc.title or source_name(h.doc),
                    url=h.doc.url or source_name(h.doc),
                    snippet=" ".join(h.snippet.split()),
                    events=[
                        models.EventSummary.model_validate(event_row(e, names))
                        for e in article_events(store, h.doc.doc_id)
                    ],
                )
                for h in shown
            ]
        return models.SearchPage(items=items, next=page.next_url(request, after))

    @router.get("/documents", response_model=models.DocumentPage, tags=["documents"])
    def documents(request: Request, page: Annotated[Paging, Depends()]) -> models.DocumentPage:
        """The stored articles, oldest first."""
        with reading() as store:
            docs = store.documents()
        shown, after = page.cut(docs, key=lambda d: d.doc_id)
        items = [models.SourceOut.model_validate(source_record(d)) for d in shown]
        return models.DocumentPage(items=items, next=page.next_url(request, after))

    @router.get("/rejections", response_model=models.RejectionPage, tags=["documents"])
    def rejections(request: Request, page: Annotated[Paging, Depends()]) -> models.RejectionPage:
        """The inputs that could not be read, with the reason."""
        with reading() as store:
            rejected = store.rejections()
        shown, after = page.cut(rejected, key=lambda r: r.source)
        items = [
            models.RejectionOut(source=file_name(r.source), stage=r.stage, reason=r.reason, detail=r.detail)
            for r in shown
        ]
        return models.RejectionPage(items=items, next=page.next_url(request, after))

    @router.get("/corrections", response_model=models.CorrectionPage, tags=["corrections"])
    def corrections(
        request: Request, page: Annotated[Paging, Depends()], withdrawn: bool = False
    ) -> models.CorrectionPage:
        """The analysts' corrections, oldest first, with the event each applies to now (or orphaned)."""
        with reading() as store:
            rows = correction_status(store, withdrawn=withdrawn)
        shown, after = page.cut(rows, key=lambda r: str(r[0].id))
        items = [_status(c, placed) for c, placed in shown]
        return models.CorrectionPage(items=items, next=page.next_url(request, after))

    @router.post(
        "/corrections",
        response_model=list[models.CorrectionOut],
        status_code=201,
        tags=["corrections"],
        responses=WRITE_ERRORS,
        dependencies=[Depends(writer)],
    )
    def create_corrections(body: models.CorrectionIn) -> list[models.CorrectionOut]:
        """Correct an event (needs the token); one correction per field changed, as stored."""
        with open_store(settings.db) as store:
            made = correct(store, body.event_id, request_from(body.model_dump()), settings.kb())
        return [models.CorrectionOut.model_validate(correction_record(c)) for c in made]

    @router.delete(
        "/corrections/{correction_id}",
        response_model=models.CorrectionOut,
        tags=["corrections"],
        responses=WRITE_ERRORS,
        dependencies=[Depends(writer)],
    )
    def withdraw_correction(
        correction_id: Annotated[int, PathParam(ge=1, le=2**63 - 1)],
        by: Annotated[str, Query(min_length=1, max_length=200, description="who withdraws it")],
        why: Annotated[str, Query(min_length=1, max_length=2000, description="why")],
    ) -> models.CorrectionOut:
        """Withdraw a correction (needs the token); it is kept, marked with who, when and why."""
        by, why = " ".join(by.split()), " ".join(why.split())
        if not by or not why:
            raise UsageError("give `by` and `why`: they are kept with the withdrawal")
        with open_store(settings.db) as store:
            done = store.withdraw_correction(correction_id, by=by, why=why)
        if done is None:
            raise NothingFound(f"no correction {correction_id} in force")
        return models.CorrectionOut.model_validate(correction_record(done))

    @router.get("/stats", response_model=models.StatsOut, tags=["stats"])
    def stats() -> models.StatsOut:
        """Counts: documents, rejections, events, dossier events, corrections (and orphaned ones)."""
        with reading() as store:
            counts = store.stats()
            status = correction_status(store)
        return models.StatsOut(
            documents=counts.documents,
            rejected=counts.rejected,
            events=counts.events,
            dossier_events=counts.dossier_events,
            corrections=len(status),
            orphaned_corrections=sum(1 for _, placed in status if placed is None),
            schema_version=counts.schema_version,
        )

    return router


# -- paging ----------------------------------------------------------------------------------------


class Paging:
    """`limit` and `cursor` of a list route. The cursor is opaque to clients; inside, where the last
    item given stands: its position and key in a list (`cut`), or its timeline key (`timeline_after`),
    so that a page stays right when items were added before it."""

    def __init__(
        self,
        limit: Annotated[
            int, Query(ge=1, le=MAX_PAGE, description=f"items per page (at most {MAX_PAGE})")
        ] = DEFAULT_PAGE,
        cursor: Annotated[
            str | None, Query(max_length=400, description="from the previous page's `next`")
        ] = None,
    ) -> None:
        self.limit = limit
        self.position: list[Any] | None = _decode_cursor(cursor) if cursor else None

    def reach(self) -> int:
        """How many items the page needs from the start of the list."""
        offset, _ = self._list_position()
        return offset + self.limit + 1

    def cut(self, items: Sequence[T], *, key: Callable[[T], str]) -> tuple[list[T], list[Any] | None]:
        """This page's items and the position of its last one when more follow."""
        start, after = self._list_position()
        if after is not None and not (0 < start <= len(items) and key(items[start - 1]) == after):
            keys = [key(item) for item in items]
            start = keys.index(after) + 1 if after in keys else min(start, len(items))
        shown = list(items[start : start + self.limit])
        more = start + self.limit < len(items)
        return shown, ([start + len(shown), key(shown[-1])] if more and shown else None)

    def timeline_after(self) -> TimelineKey | None:
        if self.position is None:
            return None
        if len(self.position) == 4 and all(isinstance(p, str) for p in self.position):
            first, last, kind, event_id = self.position
            return first, last, kind, event_id
        raise _bad_cursor()

    def next_url(self, request: Request, position: Sequence[Any] | None) -> str | None:
        if position is None:
            return None
        return str(request.url.include_query_params(cursor=_encode_cursor(position), limit=self.limit))

    def _list_position(self) -> tuple[int, str | None]:
        if self.position is None:
            return 0, None
        if len(self.position) == 2:
            offset, key = self.position
            if (
                isinstance(offset, int)
                and not isinstance(offset, bool)
                and offset >= 0
                and isinstance(key, str)
            ):
                return offset, key
        raise _bad_cursor()


def _encode_cursor(position: Sequence[Any]) -> str:
    raw = json.dumps(list(position), ensure_ascii=False).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _decode_cursor(cursor: str) -> list[Any]:
    try:
        position = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("utf-8"))
    except (binascii.Error, ValueError):
        raise _bad_cursor() from None
    if not isinstance(position, list):
        raise _bad_cursor()
    return position


def _bad_cursor() -> ApiError:
    return ApiError(400, "bad-cursor", "the cursor is not one this API gave: start again from the first page")


# -- shaping -----------------------------------------------------------------------------------------


def _event_id() -> Any:
    return PathParam(
        min_length=1, max_length=64, description="a dossier event id (ev-...) or a unique prefix"
    )


def _name() -> Any:
    return PathParam(min_length=1, max_length=200, description="an actor id, name or alias")


def _profile(store: SQLiteStore, actor_id: str, kb: KB | None) -> models.ActorProfileOut:
    profile = actor_profile(store, actor_id, kb)
    names = Names(store)
    speakers = store.actor_info([actor_id])
    info = profile.actor
    return models.ActorProfileOut(
        id=info.id,
        name=info.name,
        kind=info.kind,
        country=info.country,
        sector=info.sector,
        roles=[
            models.RoleOut(role=r.role, label=r.label, of=r.of, of_name=r.of_name, start=r.start, end=r.end)
            for r in profile.roles
        ],
        events=profile.total,
        by_category=dict(profile.by_category),
        by_year={year: dict(counts) for year, counts in profile.by_year},
        counterparts=[models.Counterpart(id=a.id, name=a.name, events=n) for a, n in profile.counterparts],
        latest=[models.EventSummary.model_validate(event_row(e, names)) for e in profile.latest],
        quotes=[models.QuoteOut.model_validate(quote_row(q, speakers)) for q in profile.quotes],
    )


def _status(correction: Correction, placed: str | None) -> models.CorrectionStatus:
    status = "withdrawn" if correction.withdrawn else placed or "orphaned"
    return models.CorrectionStatus.model_validate({**correction_record(correction), "status": status})
