"""Actor graphs as SVG geometry: who deals with whom in a set of events, on a circle (a layout that is
the same every time for the same events, and readable at the few dozen actors a window shows).

An edge joins each actor of an event to each recipient (to the other actors when nobody is
addressed); its colour is the quad class most of its events belong to, its width grows with them.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from diplowatch.store.records import EventSummary
from diplowatch.web.charts import dominant_colour

MAX_NODES = 30
SIZE = 720
LABEL_ROOM = 170  # between the ring and the left and right edges of the drawing
VERTICAL_ROOM = 45  # above and below it


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    label: str
    x: float
    y: float
    r: float
    count: int
    href: str
    label_x: float  # the label sits outside the ring, on the node's radius
    label_y: float
    anchor: str  # its text-anchor: away from the centre


@dataclass(frozen=True, slots=True)
class Edge:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    colour: str
    title: str


@dataclass(frozen=True, slots=True)
class Graph:
    size: int  # the width; the drawing is the band `top` to `top + height` of a size x size square
    top: float
    height: float
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    left_out: int  # actors beyond the ones drawn


def pairs_of(event: EventSummary) -> list[tuple[str, str]]:
    """The actor pairs an event joins, each pair in sorted order."""
    if event.recipient:
        found = [(a, r) for a in event.actor for r in event.recipient if a != r]
    else:
        found = list(combinations(event.actor, 2))
    return [tuple(sorted(p)) for p in found]  # type: ignore[misc]


def edge_types(events: Iterable[EventSummary]) -> dict[tuple[str, str], Counter[str]]:
    types: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for event in events:
        for pair in set(pairs_of(event)):
            types[pair][event.type] += 1
    return types


def network(
    events: Sequence[EventSummary], *, name: Callable[[str], str], link: Callable[[str], str]
) -> Graph:
    """The most connected actors (up to MAX_NODES) on a circle, most active first clockwise from the top."""
    types = edge_types(events)
    degree: Counter[str] = Counter()
    for (one, other), counts in types.items():
        degree[one] += sum(counts.values())
        degree[other] += sum(counts.values())
    chosen = [a for a, _ in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_NODES]]
    return _draw(chosen, degree, types, name=name, link=link, centre=None, left_out=len(degree) - len(chosen))


def ego_network(
    events: Sequence[EventSummary],
    actor_id: str,
    *,
    name: Callable[[str], str],
    link: Callable[[str], str],
    limit: int = 12,
) -> Graph:
    """The actor in the middle and its counterparts around it."""
    types = {pair: c for pair, c in edge_types(events).items() if actor_id in pair}
    weight: Counter[str] = Counter()
    for pair, counts in types.items():
        other = pair[1] if pair[0] == actor_id else pair[0]
        weight[other] += sum(counts.values())
    chosen = [a for a, _ in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]
    weight[actor_id] = sum(weight.values())
    return _draw(
        chosen, weight, types, name=name, link=link, centre=actor_id, left_out=len(types) - len(chosen)
    )


def _draw(
    ring: list[str],
    weight: Counter[str],
    types: dict[tuple[str, str], Counter[str]],
    *,
    name: Callable[[str], str],
    link: Callable[[str], str],
    centre: str | None,
    left_out: int,
) -> Graph:
    middle = SIZE / 2
    radius = SIZE / 2 - LABEL_ROOM
    heaviest = max([weight[a] for a in ring] + ([weight[centre]] if centre else []), default=1) or 1
    place: dict[str, tuple[float, float]] = {}
    nodes: list[Node] = []
    for i, actor in enumerate([*ring, *([centre] if centre else [])]):
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(ring), 1)
        cos, sin = math.cos(angle), math.sin(angle)
        at = 0.0 if actor == centre else radius
        x, y = round(middle + at * cos, 1), round(middle + at * sin, 1)
        size = round(5 + 13 * (weight[actor] / heaviest) ** 0.5, 1)
        if actor == centre:
            label_x, label_y, anchor = x, y + size + 14, "middle"
        else:
            label_x, label_y = x + (size + 6) * cos, y + (size + 6) * sin + 4
            anchor = "middle" if abs(cos) < 0.05 else "start" if cos > 0 else "end"
        place[actor] = (x, y)
        nodes.append(
            Node(
                actor,
                name(actor),
                x,
                y,
                size,
                weight[actor],
                link(actor),
                round(label_x, 1),
                round(label_y, 1),
                anchor,
            )
        )
    thickest = max((sum(c.values()) for p, c in types.items() if p[0] in place and p[1] in place), default=1)
    edges = tuple(
        Edge(
            place[one][0],
            place[one][1],
            place[other][0],
            place[other][1],
            round(1 + 7 * sum(counts.values()) / thickest, 1),
            dominant_colour(counts),
            f"{name(one)} – {name(other)}: " + ", ".join(f"{k} {n}" for k, n in counts.most_common()),
        )
        for (one, other), counts in sorted(types.items())
        if one in place and other in place
    )
    band = radius + VERTICAL_ROOM  # labels sit beside the ring on its sides, above and below it at the poles
    return Graph(SIZE, round(middle - band, 1), round(2 * band, 1), tuple(nodes), edges, max(left_out, 0))
