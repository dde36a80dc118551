"""The period a document is about, read from the office holders it names, for resolving roles by date
when the publication day is unknown or was only guessed from the text.

"Horst Köhler ... son entrevue avec David Hale" names two officials whose terms overlap from August
2018 to May 2019: "les chefs des diplomaties du Maroc, de la Mauritanie et de l'Algérie" in that text
are the ministers of that period, whatever year a stray "mars 2012" suggests. The period is the span
that the terms of the most named holders share; it is used only when it has ended (someone named has
left that office since), and a guessed day inside it is kept. A text naming only serving officials
keeps today's holders. The linker also lets a named person who held an office outrank the holder of
that day (actors.stage, "role-named"), so the period only decides for offices nobody named held.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import date

from diplowatch.kb.schema import RoleSpell

Terms = Sequence[tuple[date, date | None]]  # one person's (start, end) spells; end None = still holding


def terms_of(spells: Iterable[RoleSpell]) -> list[tuple[date, date | None]]:
    return [(s.start, s.end) for s in spells if s.start is not None]


def holders_covering(people: Sequence[Terms], day: date) -> int:
    """How many of the named persons held an office on `day`."""
    return sum(any(start <= day and (end is None or day <= end) for start, end in terms) for terms in people)


def shared_period(people: Sequence[Terms]) -> tuple[date, date, int] | None:
    """The latest span covered by the most persons' terms: (first day, last day, how many), or None
    when no person has a term or that span is still open (every covering term runs on)."""
    starts = sorted({start for terms in people for start, _ in terms})
    best: tuple[int, date] | None = None
    for day in starts:
        count = holders_covering(people, day)
        if count and (best is None or count >= best[0]):
            best = (count, day)
    if best is None:
        return None
    count, first = best
    ends = [
        end
        for terms in people
        for start, end in terms
        if start <= first and (end is None or first <= end) and end is not None
    ]
    if not ends:
        return None
    return first, min(ends), count


def era_day(people: Sequence[Terms], guess: date | None) -> date | None:
    """A day inside the period the named holders share (its middle), when there is no day or the guessed
    day is outside it (fewer of them in office then); None keeps the guess (or today's holders)."""
    period = shared_period(people)
    if period is None:
        return None
    first, last, count = period
    if guess is not None and holders_covering(people, guess) >= count:
        return None
    return date.fromordinal((first.toordinal() + last.toordinal()) // 2)


def weekday_year_by_holders(
    guess: date, people: Sequence[Terms], today: date, weekdays: Collection[int] = ()
) -> date | None:
    """A day whose year only its weekday chose ("Argel, 17 oct (EFE).- ... este jueves": the first
    Thursday 17 October after a background "desde 2007") moved to the year, up to today, in which more
    of the named office holders were in office than on the guess, on a weekday it may fall on (the
    most of them, then the nearest year); None keeps the guess (no year has more of them in office).
    `weekdays`: those the moved day may fall on (the guess's own by default; a lead's weekday or the
    day after it for a wire's dateline)."""
    if not any(people):
        return None
    allowed = weekdays or {guess.weekday()}
    best, best_count = None, holders_covering(people, guess)
    first_year = min(start.year for terms in people for start, _ in terms)
    for year in sorted(range(first_year, today.year + 1), key=lambda y: abs(y - guess.year)):
        try:
            day = guess.replace(year=year)
        except ValueError:  # 29 February
            continue
        if day > today or day.weekday() not in allowed:
            continue
        if (count := holders_covering(people, day)) > best_count:
            best, best_count = day, count
    return best
