"""Who may do what over HTTP: reading needs nothing; writing (corrections) needs the server's token.

The token comes from `--token` or $DIPLOWATCH_TOKEN (`resolve_token`); a client sends it as
`Authorization: Bearer TOKEN` (or `X-Diplowatch-Token: TOKEN`), compared in constant time. A server
with no token refuses every write, and one listening beyond the loopback interface must have one
(`check_host`).
"""

from __future__ import annotations

import ipaddress
import os
import secrets
from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from diplowatch.errors import UsageError

TOKEN_ENV = "DIPLOWATCH_TOKEN"
TOKEN_HEADER = "X-Diplowatch-Token"
MIN_TOKEN_CHARS = 16  # a token short enough to guess protects nothing
LOOPBACK_NAMES = frozenset({"localhost", "ip6-localhost"})


def resolve_token(given: str | None) -> str | None:
    """The token from `--token`, else $DIPLOWATCH_TOKEN, else None; a short one is a usage error."""
    token = given if given is not None else os.environ.get(TOKEN_ENV)
    if token is None or token == "":
        return None
    if len(token) < MIN_TOKEN_CHARS:
        raise UsageError(
            f"the token has {len(token)} characters; give at least {MIN_TOKEN_CHARS} "
            "(`python -c 'import secrets; print(secrets.token_urlsafe())'` makes one)"
        )
    return token


def is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_host(host: str, token: str | None) -> None:
    """Listening beyond this machine needs a token (anyone on the network could write otherwise)."""
    if token is None and not is_loopback(host):
        raise UsageError(
            f"--host {host} listens beyond this machine: give --token (or ${TOKEN_ENV}) to protect writes"
        )


def presented_token(request: Request) -> str | None:
    """The token a request carries: `Authorization: Bearer X`, else the X-Diplowatch-Token header."""
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.headers.get(TOKEN_HEADER) or None


def token_matches(expected: str, given: str | None) -> bool:
    return given is not None and secrets.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))


# Declared so that the OpenAPI schema says how writes authenticate (either header); checked below.
BEARER = HTTPBearer(auto_error=False, description="the server's token (--token or $DIPLOWATCH_TOKEN)")
TOKEN_KEY = APIKeyHeader(name=TOKEN_HEADER, auto_error=False, description="the server's token, as a header")


def writer_dependency(token: str | None) -> Callable[..., None]:
    """A FastAPI dependency for routes that write: 401 without a token, 403 with a wrong one, 403 when
    the server has none (writing is then off)."""

    def require_writer(
        request: Request,
        _bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)],
        _key: Annotated[str | None, Depends(TOKEN_KEY)],
    ) -> None:
        if token is None:
            raise HTTPException(
                403, f"writing is disabled: start the server with --token (or ${TOKEN_ENV}) to allow it"
            )
        given = presented_token(request)
        if given is None:
            raise HTTPException(401, "writing needs the server's token: send `Authorization: Bearer TOKEN`")
        if not token_matches(token, given):
            raise HTTPException(403, "the token does not match the server's")

    return require_writer
