"""Actor mentions of an article, indexed by position: who is named where."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from diplowatch.model import Article


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    key: str  # the actor's id, or its name when the KB does not know it
    kind: str  # person, country, organization, territory, group


def actor_key(actor_id: str | None, name: str) -> str:
    return actor_id or name


def mentions(article: Article) -> tuple[ActorMention, ...]:
    """Every mention of every actor, sorted; a mention nested in a longer one is kept (a country
    inside a role phrase is a participant too)."""
    out = [
        ActorMention(m.start, m.end, actor_key(a.id, a.name), a.kind)
        for a in article.actors
        for m in a.mentions
    ]
    return tuple(sorted(out, key=lambda m: (m.start, -m.end)))


def outermost(found: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
    """The mentions that no longer mention of another actor contains: "the UN envoy for Western
    Sahara", "l'ambassadeur du Maroc auprès de l'ONU" name one participant, not three."""
    starts = [m.start for m in found]
    if any(a > b for a, b in zip(starts, starts[1:], strict=False)):  # unsorted: every one may contain it
        return tuple(m for m in found if not _contained(m, found))
    # sorted by start: only the mentions starting no later than m may contain it, and none does when
    # every mention before m ends before it and none after it starts where it does (most mentions: the
    # pairwise test made this O(n^2))
    out = []
    reach = -1  # the furthest end of the mentions before m
    for i, m in enumerate(found):
        tied = i + 1 < len(found) and starts[i + 1] == m.start  # a longer one may start with m, after it
        if reach < m.end and not tied or not _contained(m, found[: bisect.bisect_right(starts, m.start)]):
            out.append(m)
        reach = max(reach, m.end)
    return tuple(out)


def _contained(m: ActorMention, others: tuple[ActorMention, ...]) -> bool:
    """Another actor's longer mention among `others` contains m."""
    return any(
        o.key != m.key and o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
        for o in others
    )


def within(found: tuple[ActorMention, ...], start: int, end: int) -> list[ActorMention]:
    return [m for m in found if start <= m.start and m.end <= end]
