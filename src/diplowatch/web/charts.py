"""Server-side SVG charts as geometry: the templates draw what these compute (no JavaScript library).

The timeline chart has one lane per category or per actor and one column per period (days, months or
years, whichever keeps the columns readable); a cell's circle grows with its count, is coloured by
PLOVER quad class, and links to the view narrowed to it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from diplowatch.store.plover import CATEGORIES, QUAD, QUAD_NAMES
from diplowatch.store.records import EventSummary

# Colour-blind-safe (Okabe-Ito) colours for PLOVER's quad classes.
QUAD_COLOURS = {1: "#0072b2", 2: "#009e73", 3: "#e69f00", 4: "#d55e00"}
NEUTRAL = "#888888"
MAX_ACTOR_LANES = 12
LANE_HEIGHT = 24
LABEL_WIDTH = 170
PLOT_WIDTH = 760
TOP, BOTTOM = 8, 26
LABEL_CHARS = 24  # what LABEL_WIDTH holds at 12 px


@dataclass(frozen=True, slots=True)
class Cell:
    x: float
    y: float
    r: float
    count: int
    colour: str
    title: str
    href: str


@dataclass(frozen=True, slots=True)
class Lane:
    label: str  # cut to fit beside the chart
    title: str  # whole
    y: float
    href: str


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True, slots=True)
class TimelineChart:
    width: int
    height: int
    lanes: tuple[Lane, ...]
    cells: tuple[Cell, ...]
    ticks: tuple[Tick, ...]
    period: str  # "day", "month" or "year"
    undated: int
    left_out: int  # events of actors beyond the lanes shown


def period_of(first: date, last: date) -> str:
    days = (last - first).days
    return "day" if days <= 62 else "month" if days <= 6 * 366 else "year"


def period_key(day: str, period: str) -> str:
    """The period an ISO day falls in, in the form the facets take (2024-03-11, 2024-03, 2024)."""
    return day[: {"day": 10, "month": 7, "year": 4}[period]]


def periods(first: date, last: date, period: str) -> list[str]:
    """Every period from `first` to `last`, in order."""
    if period == "year":
        return [str(y) for y in range(first.year, last.year + 1)]
    if period == "month":
        months = (last.year - first.year) * 12 + last.month - first.month
        return [
            f"{first.year + (first.month - 1 + i) // 12:04d}-{(first.month - 1 + i) % 12 + 1:02d}"
            for i in range(months + 1)
        ]
    return [date.fromordinal(first.toordinal() + i).isoformat() for i in range((last - first).days + 1)]


def dominant_colour(types: Counter[str]) -> str:
    """The colour of the quad class most of these categories belong to."""
    quads: Counter[int] = Counter()
    for kind, count in types.items():
        if kind in QUAD:
            quads[QUAD[kind]] += count
    return QUAD_COLOURS[quads.most_common(1)[0][0]] if quads else NEUTRAL


def timeline_chart(
    events: Sequence[EventSummary],
    *,
    lanes: str,
    name: Callable[[str], str],
    link: Callable[[str, str], str],
) -> TimelineChart:
    """`link(lane_key, period)` is the URL of one cell ("" period: the whole lane)."""
    dated = [e for e in events if e.date_start]
    keys, left_out = _lane_keys(dated, lanes)
    if not dated or not keys:
        return TimelineChart(PLOT_WIDTH + LABEL_WIDTH, 0, (), (), (), "month", len(events) - len(dated), 0)
    first = date.fromisoformat(min(e.date_start for e in dated if e.date_start))
    last = date.fromisoformat(max(e.date_start for e in dated if e.date_start))
    period = period_of(first, last)
    columns = periods(first, last, period)
    step = PLOT_WIDTH / max(len(columns), 1)
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for event in dated:
        when = period_key(event.date_start or "", period)
        for key in _lanes_of(event, lanes):
            if key in keys:
                counts[key, when][event.type] += 1
    largest = max((sum(c.values()) for c in counts.values()), default=1)
    row = {key: TOP + (i + 0.5) * LANE_HEIGHT for i, key in enumerate(keys)}
    column = {p: LABEL_WIDTH + (i + 0.5) * step for i, p in enumerate(columns)}
    cells = tuple(
        Cell(
            x=round(column[when], 1),
            y=row[key],
            r=round(2.5 + (min(step, LANE_HEIGHT) / 2 - 3) * (sum(types.values()) / largest) ** 0.5, 1),
            count=sum(types.values()),
            colour=dominant_colour(types),
            title=f"{name(key) if lanes == 'actor' else key}, {when}: {sum(types.values())} event(s)",
            href=link(key, when),
        )
        for (key, when), types in sorted(counts.items())
    )
    every = max(1, round(len(columns) / 10))
    ticks = tuple(Tick(round(column[p], 1), p) for i, p in enumerate(columns) if i % every == 0)
    titles = {key: name(key) if lanes == "actor" else key for key in keys}
    lane_rows = tuple(Lane(_cut(titles[k], LABEL_CHARS), titles[k], row[k], link(k, "")) for k in keys)
    height = TOP + LANE_HEIGHT * len(keys) + BOTTOM
    return TimelineChart(
        LABEL_WIDTH + PLOT_WIDTH, height, lane_rows, cells, ticks, period, len(events) - len(dated), left_out
    )


def _cut(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def _lane_keys(events: Sequence[EventSummary], lanes: str) -> tuple[list[str], int]:
    if lanes == "category":
        present = {e.type for e in events}
        return [c for c in CATEGORIES if c in present], 0
    activity: Counter[str] = Counter()
    for event in events:
        activity.update(set(_lanes_of(event, lanes)))
    shown = [a for a, _ in activity.most_common(MAX_ACTOR_LANES)]
    return shown, len(activity) - len(shown)


def _lanes_of(event: EventSummary, lanes: str) -> tuple[str, ...]:
    return (event.type,) if lanes == "category" else (*event.actor, *event.recipient)


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str
    title: str


@dataclass(frozen=True, slots=True)
class ActivityChart:
    width: int
    height: int
    bars: tuple[Bar, ...]
    labels: tuple[Tick, ...]
    top: int  # the largest yearly total (the scale)


ACTIVITY_HEIGHT = 160


def activity_chart(by_year: Sequence[tuple[str, dict[str, int]]]) -> ActivityChart:
    """One stacked bar per year, a segment per category coloured by its quad class."""
    if not by_year:
        return ActivityChart(0, 0, (), (), 0)
    top = max(sum(c.values()) for _, c in by_year)
    slot = min(80.0, PLOT_WIDTH / len(by_year))
    bars: list[Bar] = []
    labels: list[Tick] = []
    for i, (year, categories) in enumerate(by_year):
        x = 40 + i * slot
        base = float(ACTIVITY_HEIGHT)
        for kind in [c for c in CATEGORIES if c in categories] + [c for c in categories if c not in QUAD]:
            height = ACTIVITY_HEIGHT * categories[kind] / top
            base -= height
            colour = QUAD_COLOURS.get(QUAD.get(kind, 0), NEUTRAL)
            bars.append(
                Bar(
                    round(x, 1),
                    round(base, 1),
                    round(slot * 0.7, 1),
                    round(height, 1),
                    colour,
                    f"{year}: {kind} {categories[kind]}",
                )
            )
        labels.append(Tick(round(x + slot * 0.35, 1), year))
    return ActivityChart(int(40 + slot * len(by_year)), ACTIVITY_HEIGHT + 22, tuple(bars), tuple(labels), top)


def quad_legend() -> list[tuple[str, str]]:
    return [(QUAD_COLOURS[q], QUAD_NAMES[q]) for q in sorted(QUAD_NAMES)]
