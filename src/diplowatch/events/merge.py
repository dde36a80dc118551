"""One event per real happening: the same meeting told in the title, the lead and the body
becomes one event that keeps every evidence span.

Two drafts are the same happening when they have the same type and the same reality (aux
negation/hypothetical), their dates do not contradict each other, and their principal
participants agree: equal sets, one inside the other, or two participants in common.
Principal participants are the persons and organisations when there are any (so meetings with
two different ministers of one country stay two events), else the countries.
"""

from __future__ import annotations

from collections.abc import Callable

from diplowatch.events import confidence
from diplowatch.events.draft import Draft
from diplowatch.model import EventDate

KindOf = Callable[[str], str | None]  # actor key -> kind
UNREAL = frozenset({"negation", "hypothetical"})
_DATE_RANK = {"clause": 0, "sentence": 1, "previous": 2, "published": 3, "none": 4}


def merge(drafts: list[Draft], kind_of: KindOf) -> list[Draft]:
    out: list[Draft] = []
    for draft in drafts:
        twin = next((i for i, kept in enumerate(out) if same_happening(kept, draft, kind_of)), None)
        if twin is None:
            out.append(draft)
        else:
            out[twin] = combine(out[twin], draft)
    return out


def principal(keys: set[str], kind_of: KindOf) -> set[str]:
    named = {k for k in keys if kind_of(k) not in ("country", "territory")}
    return named or keys


def same_happening(a: Draft, b: Draft, kind_of: KindOf) -> bool:
    if a.type != b.type or (set(a.aux) & UNREAL) != (set(b.aux) & UNREAL):
        return False
    if not dates_agree(a, b):
        return False
    pa, pb = principal(a.participants(), kind_of), principal(b.participants(), kind_of)
    return bool(pa and pb) and (pa <= pb or pb <= pa or len(pa & pb) >= 2)


def dates_agree(a: Draft, b: Draft) -> bool:
    """Dates found in the text must agree at the coarser granularity; a publication-date
    fallback agrees with anything."""
    if a.date is None or b.date is None or "published" in (a.date_source, b.date_source):
        return True
    width = min(len(a.date.value), len(b.date.value))
    return a.date.value[:width] == b.date.value[:width]


def combine(a: Draft, b: Draft) -> Draft:
    first, second = (a, b) if a.confidence >= b.confidence else (b, a)
    actor = tuple(dict.fromkeys(first.actor + tuple(k for k in second.actor if k not in first.recipient)))
    recipient = tuple(dict.fromkeys(first.recipient + tuple(k for k in second.recipient if k not in actor)))
    date, source = _better_date(a, b)
    evidence = tuple(sorted({*a.evidence, *b.evidence}, key=lambda e: e.start))
    return first.replace(
        actor=actor, recipient=recipient, date=date, date_source=source,
        location=first.location or second.location, mode=first.mode or second.mode,
        aux=tuple(dict.fromkeys(first.aux + tuple(x for x in second.aux if x not in UNREAL))),
        evidence=evidence, confidence=confidence.merged([a.confidence, b.confidence] + [0.0] * (len(evidence) - 2)),
    )


def _better_date(a: Draft, b: Draft) -> tuple[EventDate | None, str]:
    """The more precise date taken from the text (clause before sentence before fallback)."""
    def rank(d: Draft) -> tuple[int, int]:
        return (_DATE_RANK.get(d.date_source, 4), -len(d.date.value) if d.date else 0)

    best = min((a, b), key=rank)
    return best.date, best.date_source
