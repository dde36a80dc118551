"""A tour told in one sentence is one meeting per stop, each with its own day and place: "met Bourita
in Rabat on Monday, then Attaf in Algiers on Tuesday", "a rencontré X lundi à Rabat, puis Y mardi à
Alger".

The rule coder splits a meeting with several persons into one draft per person; here each of those
drafts takes the date and the place written between its person and the next person met (the stretch
of the sentence that tells that stop). A stop that names neither keeps the sentence's. Nothing changes
unless some later stop names a date or a place of its own: "met A and B in Rabat on Monday" is one
stop.
"""

from __future__ import annotations

from collections.abc import Sequence

from diplowatch.events.dating import Dated
from diplowatch.events.draft import Draft
from diplowatch.events.places import NameOf
from diplowatch.model import Location, PlaceMention
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence


def tour_stops(
    split: list[Draft],
    sentence: Sentence,
    found: Sequence[ActorMention],
    dates: Sequence[Dated],
    places: Sequence[PlaceMention],
    name_of: NameOf,
) -> list[Draft]:
    """`split`: the drafts one meeting was split into (one person met each)."""
    if len(split) < 2:
        return split
    starts = _first_mentions(split, sentence, found)
    if starts is None:
        return split
    order = sorted(range(len(split)), key=lambda k: starts[k])
    ends = {k: starts[order[n + 1]] if n + 1 < len(order) else sentence.end for n, k in enumerate(order)}
    own = {
        k: (_date_in(dates, starts[k], ends[k]), _place_in(places, starts[k], ends[k], name_of))
        for k in order
    }
    if not any(own[k][0] or own[k][1] for k in order[1:]):
        return split  # one stop: every person met at the sentence's time and place
    out = []
    for k, draft in enumerate(split):
        date, place = own[k]
        if date is not None:
            draft = draft.replace(date=date.date, date_source="clause")
        if place is not None:
            draft = draft.replace(location=place)
        out.append(draft)
    return out


def _first_mentions(
    split: list[Draft], sentence: Sentence, found: Sequence[ActorMention]
) -> list[int] | None:
    """Where each draft's own person is first named in the sentence (None when one is not named there, or
    two drafts share a person)."""
    shared = set.intersection(*(set(d.recipient) for d in split))
    starts = []
    for draft in split:
        person = [k for k in draft.recipient if k not in shared]
        at = [
            m.start
            for m in found
            if person and m.key == person[0] and sentence.start <= m.start < sentence.end
        ]
        if len(person) != 1 or not at:
            return None
        starts.append(min(at))
    return starts if len(set(starts)) == len(starts) else None


def _date_in(dates: Sequence[Dated], start: int, end: int) -> Dated | None:
    return next((d for d in dates if start <= d.start < end and not d.reference), None)


def _place_in(places: Sequence[PlaceMention], start: int, end: int, name_of: NameOf) -> Location | None:
    place = next((p for p in places if start <= p.start < end), None)
    if place is None:
        return None
    return Location((name_of(place.id) if place.id else None) or place.text, place.id, place.country)
