"""The timeline's facets as URL query parameters, so that a view can be shared: parsed into the
library's `EventFilter` (store.filters) plus what only the web adds (page, lanes), and
written back into links that change one facet and keep the others."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import cast
from urllib.parse import urlencode

from diplowatch.errors import UsageError
from diplowatch.store.filters import ROLES, EventFilter, Role, parse_types

PAGE_SIZE = 50
LANES = ("category", "actor")
MAX_PAGE = 100_000


@dataclass(frozen=True, slots=True)
class Facets:
    """Everything the timeline URL can say."""

    where: EventFilter
    lanes: str = "category"
    page: int = 1


def facets_from(params: Mapping[str, Sequence[str]]) -> Facets:
    """Query parameters (each name with its values, in order) -> facets; a bad value is a UsageError
    naming the parameter, shown on the page."""

    def one(name: str) -> str:
        values = [v.strip() for v in params.get(name, ()) if v.strip()]
        return values[-1] if values else ""

    def many(name: str) -> tuple[str, ...]:
        return tuple(v.strip() for v in params.get(name, ()) if v.strip())

    role = one("role") or None
    if role is not None and role not in ROLES:
        raise UsageError(f"role {role!r}: choose actor or recipient")
    side = cast(Role | None, role)
    where = EventFilter(
        types=parse_types(many("type")),
        actors=many("actor"),
        exact=one("exact") == "1",
        role=side if many("actor") else None,  # a side without an actor says nothing: ignored
        place=one("place") or None,
        min_confidence=_number(one("min_confidence"), "min_confidence", 0.0, 1.0),
        include_future=one("future") == "1",
        include_negated=one("negated") == "1",
        since=one("since") or None,
        until=one("until") or None,
        language=one("lang") or None,
        outlet=one("outlet") or None,
    )
    lanes = one("lanes") or "category"
    if lanes not in LANES:
        raise UsageError(f"lanes {lanes!r}: choose category or actor")
    page = int(_number(one("page"), "page", 1, MAX_PAGE) or 1)
    return Facets(where=where, lanes=lanes, page=page)


def _number(text: str, name: str, low: float, high: float) -> float:
    if not text:
        return low
    try:
        value = float(text)
    except ValueError:
        raise UsageError(f"{name} {text[:40]!r} is not a number") from None
    if not low <= value <= high:
        raise UsageError(f"{name} {text[:40]!r}: give a number from {low:g} to {high:g}")
    return value


def query_pairs(facets: Facets) -> list[tuple[str, str]]:
    """The facets as (name, value) pairs, defaults left out: the canonical, shareable URL."""
    where = facets.where
    pairs: list[tuple[str, str]] = [("type", t) for t in where.types]
    pairs += [("actor", a) for a in where.actors]
    flags = (("exact", where.exact), ("future", where.include_future), ("negated", where.include_negated))
    pairs += [(name, "1") for name, on in flags if on]
    texts = (
        ("role", where.role),
        ("place", where.place),
        ("lang", where.language),
        ("outlet", where.outlet),
        ("since", where.since),
        ("until", where.until),
    )
    pairs += [(name, value) for name, value in texts if value]
    if where.min_confidence:
        pairs.append(("min_confidence", f"{where.min_confidence:g}"))
    if facets.lanes != "category":
        pairs.append(("lanes", facets.lanes))
    if facets.page != 1:
        pairs.append(("page", str(facets.page)))
    return pairs


def url(facets: Facets, path: str = "/") -> str:
    pairs = query_pairs(facets)
    return path + ("?" + urlencode(pairs) if pairs else "")


def with_page(facets: Facets, page: int) -> str:
    return url(replace(facets, page=page))


def narrowed(
    facets: Facets, *, types: Iterable[str] = (), actor: str = "", since: str = "", until: str = ""
) -> str:
    """A link to the same view narrowed to a chart cell: its category or actor lane and its period."""
    where = facets.where
    if types:
        where = replace(where, types=tuple(types))
    if actor:
        where = replace(where, actors=(*where.actors, actor) if actor not in where.actors else where.actors)
    if since:
        where = replace(where, since=since, until=until or since)
    return url(replace(facets, where=where, page=1))


def without(facets: Facets, name: str, value: str = "") -> str:
    """A link removing one facet value (a chip's ×)."""
    where = facets.where
    if name == "type":
        where = replace(where, types=tuple(t for t in where.types if t != value))
    elif name == "actor":
        where = replace(where, actors=tuple(a for a in where.actors if a != value))
        where = where if where.actors else replace(where, role=None)
    else:
        field = {"lang": "language", "future": "include_future", "negated": "include_negated"}.get(name, name)
        default = EventFilter()
        where = replace(where, **{field: getattr(default, field)})
    return url(replace(facets, where=where, page=1))
