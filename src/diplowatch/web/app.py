"""`create_app`: the ASGI application behind `diplowatch serve`.

Safe by default: the pages read the dossier through read-only connections; writing (corrections)
needs the token the server was started with (none: nothing can be written); forms carry a CSRF token
(csrf.py); every response has a Content-Security-Policy that allows only the app's own script and
style files (no inline script, no other origin); the Host header must name the address served, so a
web page elsewhere cannot reach a loopback server by DNS rebinding.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from diplowatch import __version__
from diplowatch.errors import DiplowatchError, NothingFound, StoreError, UsageError
from diplowatch.kb.base import KB
from diplowatch.web import pages
from diplowatch.web.dossier import Dossier
from diplowatch.web.settings import STATIC, Settings, templates

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")
_DEFAULT_KB: Any = object()


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every HTTP response (a plain ASGI wrapper: no per-request task)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(
    db: str | Path,
    *,
    token: str | None = None,
    kb: KB | None = _DEFAULT_KB,
    hosts: Iterable[str] = (),
) -> FastAPI:
    """The app over the dossier file `db`. `token`: what writing requires (None: read-only);
    `kb`: the knowledge base for actor names and aliases (default: the packaged one, loaded now);
    `hosts`: Host header values accepted besides the loopback names."""
    if kb is _DEFAULT_KB:
        from diplowatch.kb import default_kb

        kb = default_kb()
    app = FastAPI(
        title="diplowatch",
        version=__version__,
        openapi_url=None,  # the pages have none; the API's schema is /api/v1/openapi.json
        docs_url=None,  # the interactive docs load scripts from a CDN: not served
        redoc_url=None,
    )
    dossier = Dossier(db)
    app.state.settings = Settings(dossier=dossier, token=token or None, kb=kb, templates=templates())
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(pages.router)
    _include_api(app, dossier, token or None, kb)
    _error_pages(app)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=[*LOOPBACK_NAMES, *hosts])
    app.add_middleware(SecurityHeaders)
    return app


def _include_api(app: FastAPI, dossier: Dossier, token: str | None, kb: KB | None) -> None:
    """The REST API (web.api) under /api/v1, with its own JSON errors and OpenAPI schema."""
    from diplowatch.web.api import ApiSettings, api_app

    app.mount(API_PREFIX, api_app(ApiSettings(db=dossier.path, token=token, kb=lambda: kb, dossier=dossier)))


def _error_pages(app: FastAPI) -> None:
    """One line for the reader, as the commands print it (the API answers its own errors in JSON)."""

    def answer(request: Request, status: int, message: str) -> Response:
        settings: Settings = request.app.state.settings
        return settings.templates.TemplateResponse(
            request, "error.html", {"status": status, "message": message}, status_code=status
        )

    @app.exception_handler(UsageError)
    async def usage(request: Request, error: UsageError) -> Response:
        return answer(request, 400, str(error))

    @app.exception_handler(NothingFound)
    async def nothing(request: Request, error: NothingFound) -> Response:
        return answer(request, 404, str(error))

    @app.exception_handler(StoreError)
    async def store(request: Request, error: StoreError) -> Response:
        log.error("diplowatch: %s", error)
        return answer(request, 503, str(error))

    @app.exception_handler(DiplowatchError)
    async def other(request: Request, error: DiplowatchError) -> Response:
        return answer(request, 400, str(error))
