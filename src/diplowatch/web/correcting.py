"""The event page's correction form: checked (CSRF token, write token), turned into the library's
`CorrectionRequest` and stored by `store.correcting.correct`, as the `correct` command does."""

from __future__ import annotations

import hmac
from collections.abc import Sequence

from starlette.datastructures import FormData

from diplowatch.errors import UsageError
from diplowatch.store.correcting import CorrectionRequest, correct
from diplowatch.web.settings import Settings

NONE = "none"  # typed in the recipients field: the event has no recipient


class Refused(Exception):
    """A form that may not write: its message says why, in one line."""


def check_writer(found: Settings, token: str) -> None:
    if found.token is None:
        raise Refused(
            "this server is read-only: start it with --token (or $DIPLOWATCH_TOKEN) to allow corrections"
        )
    if not hmac.compare_digest(token.encode(), found.token.encode()):
        raise Refused("the write token is not the one this server was started with")


def _names(text: str) -> tuple[str, ...] | None:
    """A comma-separated field: None when left empty (unchanged), () for "none"."""
    if not text.strip():
        return None
    if text.strip().lower() == NONE:
        return ()
    return tuple(n.strip() for n in text.split(",") if n.strip())


def request_from(form: FormData) -> CorrectionRequest:
    def text(name: str) -> str:
        value = form.get(name)
        return value if isinstance(value, str) else ""

    split: Sequence[str] = [v for v in form.getlist("split") if isinstance(v, str)]
    return CorrectionRequest(
        by=text("by"),
        why=text("why"),
        wrong=text("wrong") == "1",
        category=text("category").strip() or None,
        actors=_names(text("actors")),
        recipients=_names(text("recipients")),
        date=text("date").strip() or None,
        place=text("place").strip() or None,
        merge=text("merge").strip() or None,
        split=tuple(split),
    )


def store_correction(found: Settings, event_id: str, form: FormData) -> str:
    """Store the form's corrections; the id of the event to show next."""
    wanted = request_from(form)
    if wanted.actors == ():
        raise UsageError("actors: give at least one actor (id or name)")
    with found.dossier.writing() as store:
        made = correct(store, event_id, wanted, found.kb)
    return made[0].event_id if made else event_id
