"""One event per real happening: the same meeting told in the title, the lead and the body
becomes one event that keeps every evidence span; two meetings, or two statements, stay two.

The policy (shared with events.tours, which splits one sentence's meetings before this merges
across sentences). Two tellings are the same happening when all of these hold:
- the same category and the same reality (aux negation/hypothetical), and for material acts the same
  mode (`MODED_ACTS`: a release and a withdrawal are two acts);
- not two of the meetings one sentence tells apart (`Draft.parts`: "met A on Monday, then B",
  "met A and members of the Council", "met A and B separately"): such a split is never undone;
- dates that do not contradict each other (a sentence that only restates an event may have
  borrowed the day of the sentence before: see `same_happening`), and places not in two states;
- not two stances in opposite directions, or one about the other's speaker (one actor's whole side among
  the other's recipients, no side in common: an answer or a judgement);
- participants that agree beyond the actor they share. Principal participants are the persons and
  organisations, plus the countries that none of them represents (so meetings with two different
  ministers of one country stay two events, and "visited Morocco and Mauritania" is not the envoy's
  meeting with an Algerian minister); a country counts as inside the other set when one of its
  persons or organisations is there ("met Bourita" tells the same meeting as "visited Morocco").
  One set inside the other is a restatement with more or less detail; otherwise two participants
  in common are needed (the actor and a counterpart).
Tried and left out (each lowered the check fold and changed nothing on the rest): keeping apart two
tellings that each name a person the other does not, and two stances of two known speakers with
no actor or state in common.
A draft's participants only grow by merging with drafts that pass this test, so a repeated event
never swallows its neighbours, and recipients are only ever the union of tellings of one happening.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from diplowatch.events import confidence
from diplowatch.events.draft import Draft
from diplowatch.model import UNREAL_AUX, EventDate

KindOf = Callable[[str], str | None]  # actor key -> kind
CountryOf = Callable[[str], str | None]  # actor key -> ISO alpha-3 of the state it acts for
UNREAL = UNREAL_AUX
MEETINGS = frozenset({"CONSULT"})  # the categories whose events are meetings (split by events.tours)
# Material acts whose mode says what was done: two modes are two acts, even by one actor in one sentence
# (prisoners freed and troops pulled out; a journalist expelled and activists arrested).
MODED_ACTS = frozenset({"RETREAT", "COERCE"})
_DATE_RANK = {
    "clause": 0,
    "sentence": 1,
    "scene": 2,  # the day of the meeting or vote the sentence points back to ("after the vote")
    "reference": 3,
    "previous": 3,
    "narrative": 4,
    "published": 5,
    "none": 6,
}
GUESSED = frozenset({"narrative", "published"})  # date sources that are guesses, not read in the text
BORROWED = "previous"  # the date of the sentence before: often the event's, sometimes another's


def merge(drafts: list[Draft], kind_of: KindOf, country_of: CountryOf = lambda _key: None) -> list[Draft]:
    out: list[Draft] = []
    # Where the kept drafts of each type stand: a twin has the draft's type (`same_happening`), and
    # combining keeps it, so only those are compared, in the same order as before.
    of_type: dict[str, list[int]] = {}
    for draft in drafts:
        kept = of_type.setdefault(draft.type, [])
        twin = next((i for i in kept if same_happening(out[i], draft, kind_of, country_of)), None)
        if twin is None:
            kept.append(len(out))
            out.append(draft)
        else:
            out[twin] = combine(out[twin], draft)
    return out


def principal(keys: set[str], kind_of: KindOf, country_of: CountryOf = lambda _key: None) -> set[str]:
    named = {k for k in keys if kind_of(k) not in ("country", "territory")}
    represented = {country_of(k) for k in named} - {None}
    # Territories are what events are about more often than who takes part: never principal with a name.
    states = {
        k for k in keys - named if kind_of(k) == "country" and country_of(k) not in represented | {None}
    }
    return named | states if named else keys


def same_happening(a: Draft, b: Draft, kind_of: KindOf, country_of: CountryOf = lambda _key: None) -> bool:
    if a.type != b.type or (set(a.aux) & UNREAL) != (set(b.aux) & UNREAL) or different_acts(a, b):
        return False
    if told_apart(a, b) or _answers(a, b, country_of):
        return False
    if places_differ(a, b):
        return False
    pa, pb = (
        principal(a.participants(), kind_of, country_of),
        principal(b.participants(), kind_of, country_of),
    )
    if not (pa and pb):
        return False
    if not dates_agree(a, b):
        # A sentence that only restates an event borrows the date of the sentence before, another
        # happening's ("Pour cette deuxième table ronde, il a adressé des invitations..."): it is the
        # same happening when it names no one the dated event (whose actor is known) does not. Not a plan
        # beside an act done ("relations restored" and "will travel to Havana on 14 August"): no restating.
        if ("future" in a.aux) != ("future" in b.aux):
            return False
        if a.date_source == BORROWED and b.date_source != BORROWED and b.actor:
            return _inside(pa, pb, kind_of, country_of)
        if b.date_source == BORROWED and a.date_source != BORROWED and a.actor:
            return _inside(pb, pa, kind_of, country_of)
        return False
    if _inside(pa, pb, kind_of, country_of) or _inside(pb, pa, kind_of, country_of):
        return True
    return len(pa & pb) >= 2


def different_acts(a: Draft, b: Draft) -> bool:
    """Two material acts of different modes ("freed 60 soldiers" and "pulled out of the town")."""
    return a.type in MODED_ACTS and b.type == a.type and set(a.mode) != set(b.mode)


def told_apart(a: Draft, b: Draft) -> bool:
    """Meetings that one sentence tells apart ("met A on Monday, then B", "met A and B"; events.tours),
    or drafts that hold them since merging."""
    return any(s == t and i != j for s, i in a.parts for t, j in b.parts)


# Stances a reaction in the other direction answers, and acts a state pays back in kind ("Mali recalled
# its ambassador to Algeria", then "Algeria recalled its ambassadors to Mali and Niger").
ANSWERED = frozenset(
    {"SUPPORT", "ACCUSE", "REJECT", "REQUEST", "THREATEN", "SANCTION", "COERCE", "ASSAULT", "PROTEST"}
)


def _answers(a: Draft, b: Draft, country_of: CountryOf) -> bool:
    """Two stances or acts in opposite directions ("Macron backed Morocco's plan" and "Rabat welcomed
    France's position"; a recall of ambassadors and the one that retaliates), or one about the other's
    speaker ("the Polisario accused Spain", "Russia condemned the Polisario and Spain"): one answers or
    judges the other, two acts. The speakers have no side in common and one speaker's whole side is
    among the other's recipients. Not meetings ("X met Y" and "Y received X" are one) nor agreements,
    which bind both sides."""
    if a.type not in ANSWERED or not (a.actor and b.actor):
        return False

    def sides(keys: tuple[str, ...]) -> set[str]:
        return {country_of(k) or k for k in keys}

    acting_a, acting_b = sides(a.actor), sides(b.actor)
    to_a, to_b = sides(b.recipient), sides(a.recipient)
    if acting_a & acting_b:
        return False
    return acting_a <= to_a or acting_b <= to_b


def _inside(small: set[str], big: set[str], kind_of: KindOf, country_of: CountryOf) -> bool:
    """Every participant of `small` is in `big`, or is a country one of `big`'s members acts for."""
    states = {country_of(k) for k in big} - {None}
    return all(k in big or (kind_of(k) == "country" and country_of(k) in states) for k in small)


def places_differ(a: Draft, b: Draft) -> bool:
    """Two places in different states: two meetings ("received X in Berlin", "met Y in Geneva"),
    whatever their dates. A city and its country, or an unknown place, do not differ."""
    la, lb = a.location, b.location
    if la is None or lb is None or la.id == lb.id:
        return False
    return bool(la.country and lb.country and la.country != lb.country)


def dates_agree(a: Draft, b: Draft) -> bool:
    """Dates found in the text must agree at the coarser granularity; a publication-date
    fallback agrees with anything."""
    if a.date is None or b.date is None or GUESSED & {a.date_source, b.date_source}:
        return True
    if a.week or b.week:  # "last week" is a week, though written as its month: not every day of it
        return _same_week(a, b)
    width = min(len(a.date.value), len(b.date.value))
    return a.date.value[:width] == b.date.value[:width]


def _same_week(a: Draft, b: Draft) -> bool:
    """Two weeks are the same one; a week holds a day; a week meets a month or year it overlaps."""
    weeks = {d.week for d in (a, b) if d.week}
    if len(weeks) > 1:
        return False
    other = b if a.week else a
    if other.week or other.date is None or len(other.date.value) < 10:
        return True
    try:
        day = date.fromisoformat(other.date.value[:10])
    except ValueError:
        return True
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}" in weeks


def combine(a: Draft, b: Draft) -> Draft:
    first, second = (a, b) if a.confidence >= b.confidence else (b, a)
    actor = tuple(dict.fromkeys(first.actor + tuple(k for k in second.actor if k not in first.recipient)))
    recipient = tuple(dict.fromkeys(first.recipient + tuple(k for k in second.recipient if k not in actor)))
    when, source = _better_date(a, b)
    evidence = tuple(sorted({*a.evidence, *b.evidence}, key=lambda e: e.start))
    return first.replace(
        actor=actor,
        recipient=recipient,
        date=when,
        date_source=source,
        week=(a if a.date is when else b).week,
        location=first.location or second.location,
        mode=first.mode or second.mode,
        aux=_combined_aux(first.aux, second.aux, announced=first.type in ANNOUNCED),
        evidence=evidence,
        parts=a.parts | b.parts,
        confidence=confidence.merged([a.confidence, b.confidence] + [0.0] * (len(evidence) - 2)),
    )


# aux a happening keeps only when every telling has it: told once as done, it is no longer to come
ALL_TELLINGS = frozenset({"future"})
# ... but for an agreement, where it tells the act announced ("invited X, who will visit Moscow"): kept
ANNOUNCED = frozenset({"AGREE"})


def _combined_aux(
    first: tuple[str, ...], second: tuple[str, ...], *, announced: bool = False
) -> tuple[str, ...]:
    """The stronger telling's aux and the other's (its reality aside: the two share it), but "future"
    only when both tell the act as to come ("the support will be clear" then "backed": it was given),
    unless the act is an announcement (`announced`)."""
    merged = dict.fromkeys(first + tuple(x for x in second if x not in UNREAL))
    if announced:
        return tuple(merged)
    return tuple(x for x in merged if x not in ALL_TELLINGS or (x in first and x in second))


def _better_date(a: Draft, b: Draft) -> tuple[EventDate | None, str]:
    """The more precise date taken from the text (clause before sentence before fallback)."""

    def rank(d: Draft) -> tuple[int, int]:
        return (_DATE_RANK.get(d.date_source, 6), -len(d.date.value) if d.date else 0)

    best = min((a, b), key=rank)
    return best.date, best.date_source
