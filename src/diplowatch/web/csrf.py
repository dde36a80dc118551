"""Cross-site request forgery protection for the HTML forms: a double-submit token.

A page with a form sets a random token in a cookie (SameSite=Strict, HttpOnly) and puts the same
token in a hidden field; a POST is accepted only when the two are present and equal. Another site can
make a browser send the cookie with a forged POST (not with SameSite=Strict in a current browser,
but older ones do) yet cannot read it to fill in the field.
"""

from __future__ import annotations

import hmac
import secrets

from starlette.requests import Request
from starlette.responses import Response

COOKIE = "diplowatch_csrf"
FIELD = "csrf"


def csrf_token(request: Request) -> str:
    """The token of this browser, or a new one (set on the response with `remember`)."""
    known = request.cookies.get(COOKIE, "")
    return known if len(known) == 43 else secrets.token_urlsafe(32)


def remember(response: Response, token: str) -> Response:
    response.set_cookie(COOKIE, token, httponly=True, samesite="strict", path="/")
    return response


def csrf_ok(request: Request, submitted: str | None) -> bool:
    cookie = request.cookies.get(COOKIE, "")
    return bool(cookie) and submitted is not None and hmac.compare_digest(cookie, submitted)
