"""Making corrections: what an analyst asks for (`CorrectionRequest`, from the `correct` command or the
API), checked and turned into `Correction` records anchored to the event's reports, then stored.

Every value is checked before anything is written, with a one-line error naming it: a category must
be a PLOVER category, a date YYYY, YYYY-MM or YYYY-MM-DD ("~" before it: approximate; "unknown" clears
it), a participant or a place an id or name of the dossier or the knowledge base (else it is kept as
the free name typed), a merge another event, a split articles that report the event.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from diplowatch.errors import NothingFound, UsageError
from diplowatch.kb.base import KB
from diplowatch.kb.query import exact_entries
from diplowatch.model import EventDate, Location
from diplowatch.store.base import Store
from diplowatch.store.bounds import check_event_id
from diplowatch.store.corrections import anchors_of
from diplowatch.store.intervals import value_interval
from diplowatch.store.plover import CATEGORIES
from diplowatch.store.queries import event_detail
from diplowatch.store.records import ActorInfo, Correction, CorrectionKind, DossierEvent
from diplowatch.text.normalise import fold_name

MAX_NAME = 200  # a participant, a place or an author
MAX_REASON = 2000
MAX_NAMES = 20  # participants on one side
CLEAR = "unknown"  # `--date unknown`, `--place unknown`: the event has none
ISO_DATE = re.compile(r"~?\d{4}(-\d{2}(-\d{2})?)?")
GRANULARITY = {4: "year", 7: "month", 10: "day"}
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True, slots=True, kw_only=True)
class CorrectionRequest:
    """An analyst's corrections to one event, as typed. The field changes may be combined; `wrong`,
    `merge` and `split` each stand alone."""

    by: str
    why: str
    wrong: bool = False
    category: str | None = None
    actors: tuple[str, ...] | None = None
    recipients: tuple[str, ...] | None = None  # () clears them
    date: str | None = None
    place: str | None = None
    merge: str | None = None  # the other event's id
    split: tuple[str, ...] = ()  # articles (doc ids, unique prefixes or file names) moved to a new event


def request_from(values: Mapping[str, Any]) -> CorrectionRequest:
    """A request from named values (command-line arguments, an API body): lists become tuples, a
    list of participants left out (None) changes nothing, an empty one clears them."""
    listed = {k: tuple(values[k]) for k in ("actors", "recipients") if values.get(k) is not None}
    return CorrectionRequest(
        by=values["by"],
        why=values["why"],
        wrong=bool(values.get("wrong")),
        category=values.get("category"),
        date=values.get("date"),
        place=values.get("place"),
        merge=values.get("merge"),
        split=tuple(values.get("split") or ()),
        **listed,
    )


def correct(
    store: Store, event_id: str, request: CorrectionRequest, kb: KB | None = None
) -> list[Correction]:
    """Check `request` against the event and store its corrections (one transaction); as stored."""
    return store.add_corrections(plan_corrections(store, event_id, request, kb))


def plan_corrections(
    store: Store, event_id: str, request: CorrectionRequest, kb: KB | None = None
) -> list[Correction]:
    """The corrections `request` makes to the (corrected) event `event_id`; UsageError on a bad value,
    NothingFound on an unknown event."""
    author, reason = _text("--by", request.by, MAX_NAME), _text("--why", request.why, MAX_REASON)
    check_event_id(event_id)
    event = event_detail(store, event_id)
    kinds = _kinds(request)
    made = [
        Correction(
            kind=kind,
            event_id=event.id,
            anchors=anchors_of(event),
            author=author,
            reason=reason,
        )
        for kind in kinds
    ]
    return [_with_value(c, request, event, store, kb) for c in made]


def _kinds(request: CorrectionRequest) -> list[CorrectionKind]:
    given: list[tuple[CorrectionKind, object]] = [
        ("category", request.category),
        ("actors", request.actors),
        ("recipients", request.recipients),
        ("date", request.date),
        ("place", request.place),
    ]
    fields = [kind for kind, value in given if value is not None]
    flags: list[tuple[CorrectionKind, object]] = [
        ("wrong", request.wrong),
        ("merge", request.merge is not None),
        ("split", request.split),
    ]
    alone = [kind for kind, value in flags if value]
    if not fields and not alone:
        raise UsageError(
            "say what to correct: --wrong, --category, --actors, --recipients, --date, --place, "
            "--merge or --split"
        )
    if alone and (fields or len(alone) > 1):
        raise UsageError(f"--{alone[0]} stands alone: give it in a correction of its own")
    return fields or alone


def _with_value(
    correction: Correction, request: CorrectionRequest, event: DossierEvent, store: Store, kb: KB | None
) -> Correction:
    kind = correction.kind
    if kind == "category":
        return replace(correction, category=parse_category(request.category or ""))
    if kind == "actors":
        names = participant_names(store, request.actors or (), kb, flag="--actors")
        if not names:
            raise UsageError("--actors: give at least one actor (id or name)")
        return replace(correction, names=names)
    if kind == "recipients":
        return replace(
            correction, names=participant_names(store, request.recipients or (), kb, flag="--recipients")
        )
    if kind == "date":
        return replace(correction, date=parse_date(request.date or ""))
    if kind == "place":
        return replace(correction, place=parse_place(request.place or "", kb))
    if kind == "merge":
        other = _other_event(store, request.merge or "", event)
        return replace(correction, other_id=other.id, other=anchors_of(other))
    if kind == "split":
        return replace(correction, docs=split_docs(event, request.split))
    return correction


def parse_category(value: str) -> str:
    """A PLOVER category, any case; an unknown one is an error listing the valid ones."""
    name = value.strip().upper()
    if name not in CATEGORIES:
        near = difflib.get_close_matches(name, CATEGORIES, n=1)
        hint = f" (did you mean {near[0]}?)" if near else ""
        raise UsageError(
            f"--category {value.strip()[:40]!r} is not a PLOVER category{hint}; "
            f"valid: {', '.join(CATEGORIES)}"
        )
    return name


def parse_date(value: str) -> EventDate | None:
    """YYYY, YYYY-MM or YYYY-MM-DD, "~" before it for an approximate date; "unknown": no date."""
    text = value.strip()
    if text.lower() == CLEAR:
        return None
    if not ISO_DATE.fullmatch(text) or value_interval(text.lstrip("~")) is None:
        raise UsageError(f"--date {text[:40]!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (or {CLEAR})")
    plain = text.lstrip("~")
    return EventDate(plain, GRANULARITY[len(plain)], "", approximate=text.startswith("~"))  # type: ignore[arg-type]


def parse_place(value: str, kb: KB | None) -> Location | None:
    """A place by KB id or name (its id, display name and country kept), else the free name typed."""
    name = _text("--place", value, MAX_NAME)
    if name.lower() == CLEAR:
        return None
    entry = kb.get(name) if kb is not None else None
    if entry is None and kb is not None:
        found = exact_entries(kb, name)
        entry = found[0] if len(found) == 1 else None
    if entry is None:
        return Location(name)
    return Location(entry.name, entry.id, entry.country)


def participant_names(store: Store, values: Sequence[str], kb: KB | None, *, flag: str) -> tuple[str, ...]:
    """Each value as an actor id: a participant of the dossier or a KB id as typed, a name the dossier
    or the KB gives to exactly one id, else the free name typed. Comma-separated values are split."""
    names = [n.strip() for value in values for n in value.split(",") if n.strip()]
    if len(names) > MAX_NAMES:
        raise UsageError(f"{flag}: {len(names)} names; at most {MAX_NAMES}")
    known = store.participants()
    info = store.actor_info(known)
    out: list[str] = []
    for name in names:
        resolved = _resolve_participant(_text(flag, name, MAX_NAME), known, info, kb)
        if resolved not in out:
            out.append(resolved)
    return tuple(out)


def _resolve_participant(name: str, known: Sequence[str], info: dict[str, ActorInfo], kb: KB | None) -> str:
    if name in known or (kb is not None and name in kb):
        return name
    wanted = fold_name(name)
    in_dossier = {a for a in known if wanted in (fold_name(a), fold_name(info[a].name) if a in info else "")}
    if len(in_dossier) == 1:
        return in_dossier.pop()
    in_kb = {e.id for e in exact_entries(kb, name)} if kb is not None else set()
    return in_kb.pop() if len(in_kb) == 1 else name


def split_docs(event: DossierEvent, values: Sequence[str]) -> tuple[str, ...]:
    """The event's articles that `values` name (doc id, a unique beginning of one, or the file name);
    at least one article must stay."""
    sources = event.sources
    chosen: list[str] = []
    for value in (v.strip() for v in values if v.strip()):
        found = [d.doc_id for d in sources if d.doc_id == value or d.source.rsplit("/", 1)[-1] == value]
        found = found or [d.doc_id for d in sources if d.doc_id.startswith(value)]
        if len(found) != 1:
            listed = ", ".join(d.doc_id for d in sources)
            raise UsageError(
                f"--split {value[:40]!r} names {'no' if not found else 'more than one'} "
                f"article of {event.id} (its articles: {listed})"
            )
        if found[0] not in chosen:
            chosen.append(found[0])
    if not chosen:
        raise UsageError("--split: name the articles (doc ids) to move out into a new event")
    if len(chosen) == len(sources):
        raise UsageError(f"--split would move every article of {event.id}: leave at least one")
    return tuple(chosen)


def _other_event(store: Store, other_id: str, event: DossierEvent) -> DossierEvent:
    check_event_id(other_id.strip() or "-")
    try:
        other = event_detail(store, other_id)
    except NothingFound as error:
        raise UsageError(f"--merge: {error}") from error
    if other.id == event.id:
        raise UsageError(f"--merge {other_id!r} is the event itself: give another event id")
    return other


def _text(flag: str, value: str, limit: int) -> str:
    text = " ".join((value or "").split())
    if not text:
        raise UsageError(f"{flag}: give a value (it is stored with the correction)")
    if len(text) > limit:
        raise UsageError(f"{flag}: {len(text):,} characters; at most {limit:,}")
    if CONTROL.search(text):
        raise UsageError(f"{flag}: control characters are not allowed")
    return text
