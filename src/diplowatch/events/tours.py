"""Several meetings told in one sentence are one event each, with its own counterparts, day and place.

"met Bourita in Rabat on Monday, then Attaf in Algiers on Tuesday", "a rencontré lundi Bourita puis
mardi Attaf", "Outre ses entretiens avec X et Y, il s'est réuni jeudi avec le Polisario", "se reunió
con X antes de entrevistarse con Y", "met separately the delegations of A (...) and B (...)".

The counterparts of a meeting (its recipients) form units, in the order the sentence names them: each
person met, with the country they act for; each other counterpart, grouped by the state it acts for.
Territories (what talks are about) go with every unit. Persons are met one by one (one event each).
A body that is not a state goes with the person whose description names it ("the GCC
secretary-general Al-Hajraf": nothing coordinates them); listed as a member of its own ("met A, B
and members of the Security Council": a coordinating word between) it is one more meeting. States go
with every person met (the country visited, or the person's side). Other units are separate meetings
only when something tells them apart: the text says the meetings were separate ("séparément"), a word
of sequence lies between them ("puis", "then", "ثم"), or a meeting verb does ("Outre ses entretiens
avec X, il s'est réuni avec Y"; a state visited and a person met there stay one happening unless the
two are dated apart). Persons acting for the state of the meeting's actor are companions ("viajó junto
al ministro Albares"), and actors named in the partner phrase of an earlier meeting word were met
("Además de sus conversaciones con A, X se reunió..."). Meetings told apart (two stops, "séparément",
a listed body) hold different parts of the sentence (`Draft.parts`), so that events.merge never
merges them back, whatever third party they share; the persons met at one stop share its part ("met A
and B" may be one meeting with two persons, which merging with another telling can show).

Units told apart, or a person met at a day or place written after them, begin a new stop. A stop's
stretch of the sentence runs from the break before it (the last separator - punctuation, a
coordinating word, a word of sequence - before the meeting verb or the unit that follows) to the next
stop's break; it takes the date and the place written there. When some stop after the first names a
day or place of its own, the sentence is a tour: a stop that names none takes the day written before
the first counterpart ("Lundi, il a rencontré A à Rabat, puis B à Alger"), else the day only the last
stop names when no word of sequence lies between the stops ("met A in Tripoli and B in Benghazi last
week"), else the publication date's fallback, and no place. Otherwise ("met A and B in Rabat on
Monday") every meeting keeps the sentence's day and place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from diplowatch.events.dating import Dated, bounded
from diplowatch.events.draft import Draft
from diplowatch.events.places import NameOf
from diplowatch.model import EventDate, Location, PlaceMention
from diplowatch.text.mentions import ActorMention
from diplowatch.text.normalise import Token
from diplowatch.text.sentences import Sentence

KindOf = Callable[[str], str | None]  # actor key -> kind
CountryOf = Callable[[str], str | None]  # actor key -> ISO alpha-3 of the state it acts for
PUNCTUATION_BREAK = re.compile(r"[,;:()\[\]\u060c\u061b\u2013\u2014]")  # "," ";" ":" brackets, "،" "؛" dashes


@dataclass(frozen=True, slots=True)
class Telling:
    """What one sentence says around its meetings, for splitting them."""

    sentence: Sentence
    body: str
    found: Sequence[ActorMention]  # the sentence's actor mentions
    meetings: tuple[int, ...]  # body offsets of the sentence's meeting verbs (any meeting word, unparsed)
    meeting_words: tuple[int, ...]  # body offsets of all its meeting words, nouns too ("entretiens avec")
    sequence: frozenset[str]  # folded words of sequence ("puis", "then", "ثم")
    conjunctions: frozenset[str]  # coordinating words of unparsed text ("و")
    partners: frozenset[str]  # "avec", "with", "con", "مع": who follows one was met
    bounds: frozenset[str]  # "depuis", "until": a date after one is a limit, no stop's day
    separately: bool  # the sentence says its meetings were separate
    glued: frozenset[str] = frozenset()  # conjunctions glued to the next word ("و")
    lookalikes: frozenset[str] = frozenset()  # words that begin with such a letter of their own ("وزير")
    additions: frozenset[str] = frozenset()  # phrases that coordinate like "and" ("as well as", "ainsi que")


@dataclass(frozen=True, slots=True)
class Looks:
    """Look-ups over the article: actors' kinds and states, places' names, dated expressions."""

    kind_of: KindOf
    country_of: CountryOf
    dates: Sequence[Dated]
    places: Sequence[PlaceMention]
    name_of: NameOf
    fallback: EventDate | None  # the date of an event the text does not date (the publication's)


@dataclass(frozen=True, slots=True)
class _Unit:
    keys: tuple[str, ...]
    start: int  # first mention in the sentence (body offset; the sentence's end when not named there)
    end: int  # end of its last mention before the next unit
    person: bool
    state: bool = False  # only countries: a state visited, or the side of a state


def meetings(draft: Draft, telling: Telling, looks: Looks) -> list[Draft]:
    """`draft` (one meeting trigger, or several of one sentence merged) as one draft per meeting."""
    if not draft.actor:  # who met whom is unknown (its "counterparts" may hold the actor): per person
        return _per_person(draft, looks)
    hosted = _hosted_stops(draft, telling, looks)
    if hosted:
        return hosted
    draft = _with_companions(_with_partners(draft, telling), looks)
    units = _units(draft, telling, looks)
    if len(units) < 2:
        return [draft]
    breaks = [telling.sentence.start] + [
        _break(a, b, telling) for a, b in zip(units, units[1:], strict=False)
    ]
    stretches = list(zip(breaks, breaks[1:] + [telling.sentence.end], strict=True))
    stops = _stops(units, stretches, telling, looks, draft.date)
    territories = tuple(k for k in draft.recipient if looks.kind_of(k) == "territory")
    # "Lundi, il a rencontré A à Rabat, puis B à Alger": a date before the first person met sets the scene
    # "met A and B in Rabat on Monday" is one stop: only a later stop's own day or place makes a tour
    tour = any(stop.date or stop.place for stop in stops[1:])
    setting = _date_in(looks.dates, telling.sentence.start, units[0].start, telling) or _closing_day(
        stops, units, telling
    )
    out: list[Draft] = []
    for n, stop in enumerate(stops):
        # a stop's meetings with persons share its part (two of them may still be one happening told
        # with two persons); a meeting told apart from all others has a part of its own
        told = [(keys, n) for keys in stop.meetings] + [
            (keys, -1 - len(out) - i) for i, keys in enumerate(stop.apart)
        ]
        for keys, part in told:
            split = draft.replace(
                recipient=keys + tuple(t for t in territories if t not in keys),
                parts=frozenset({(telling.sentence.start, part)}),
            )
            if tour:  # each stop has its own day and place, or none the text says
                date = stop.date or setting
                split = split.replace(
                    date=date.date if date else looks.fallback,
                    date_source="clause" if date else "published",
                    location=stop.place,
                )
            out.append(split)
    return out


def _hosted_stops(draft: Draft, telling: Telling, looks: Looks) -> list[Draft]:
    """Talks held in several places and with no one named as met there ("held talks in Rabat, Algiers and
    Nouakchott", "s'est entretenu lundi à Rabat puis mardi à Alger"): each place's state hosted a meeting
    of its own, at that place, on the day written at that stop. A day written before the first place sets
    them all; one written after the last only, when no other is, dates them all ("in Rabat and Algiers
    last week"). [] when the counterparts are not only the states of the sentence's places."""
    sentence = telling.sentence
    territories = tuple(k for k in draft.recipient if looks.kind_of(k) == "territory")
    hosts = [k for k in draft.recipient if k not in territories]
    named = {m.key for m in telling.found}
    # (a state hosting only where its place is named is no actor of the article: no kind)
    if len(hosts) < 2 or any(looks.kind_of(k) not in ("country", None) or k in named for k in hosts):
        return []
    stops: dict[str, PlaceMention] = {}
    for place in sorted(looks.places, key=lambda p: p.start):
        if sentence.start <= place.start < sentence.end and not place.destination:
            if place.country_id in hosts:
                stops.setdefault(place.country_id, place)
    if len(stops) < len(hosts):
        return []
    order = sorted(stops.items(), key=lambda item: item[1].start)
    places = [place for _, place in order]
    # a stop's stretch begins at the last separator before its place ("lundi à Rabat, puis mardi à Alger")
    starts = [sentence.start] + [_separator(a.end, b.start, telling) for a, b in zip(places, places[1:])]
    own = [_date_in(looks.dates, a, b, telling) for a, b in zip(starts, [*starts[1:], sentence.end])]
    tour = any(own[1:])
    setting = _date_in(looks.dates, sentence.start, places[0].start, telling)
    closing = own[-1] if not any(own[:-1]) else None
    out = []
    for n, ((host, place), day) in enumerate(zip(order, own, strict=True)):
        split = draft.replace(
            recipient=(host, *territories),
            location=Location(
                (looks.name_of(place.id) if place.id else None) or place.text, place.id, place.country
            ),
            parts=frozenset({(sentence.start, n)}),
        )
        dated = day or closing or setting
        if tour:  # each stop its own day, or none the text says
            split = split.replace(
                date=dated.date if dated else looks.fallback, date_source="clause" if dated else "published"
            )
        out.append(split)
    return out


def _separator(start: int, end: int, telling: Telling) -> int:
    """Where a stop's stretch begins, between the previous stop's last words (`start`) and its own first
    (`end`): the last punctuation mark, coordinating word or word of sequence, else `end` itself."""
    words = [
        t.start
        for t in telling.sentence.toks
        if start <= t.start < end
        and (t.key in telling.sequence or t.key in telling.conjunctions or t.pos == "CCONJ")
    ]
    marks = [m.start() for m in PUNCTUATION_BREAK.finditer(telling.body, start, end)]
    return max(words + marks, default=end)


def _closing_day(stops: list[_Stop], units: list[_Unit], telling: Telling) -> Dated | None:
    """The day only the last stop names, when the stops are a plain list of one meeting word (no word of
    sequence, no other meeting word between them): "met A in Tripoli and B in Benghazi last week" dates
    both meetings; "Outre ses entretiens avec A, il s'est réuni jeudi avec B" dates B's only."""
    if stops[-1].date is None or any(stop.date for stop in stops[:-1]):
        return None
    first, last = units[0].start, units[-1].start
    if any(first < at < last for at in telling.meetings):
        return None
    if any(first < t.start < last and t.key in telling.sequence for t in telling.sentence.toks):
        return None
    return stops[-1].date


@dataclass(frozen=True, slots=True)
class _Stop:
    meetings: tuple[tuple[str, ...], ...]  # the recipients of each meeting held there with persons
    apart: tuple[tuple[str, ...], ...]  # meetings told apart from every other: "séparément", a listed body
    date: Dated | None
    place: Location | None


def _stops(
    units: list[_Unit],
    stretches: list[tuple[int, int]],
    telling: Telling,
    looks: Looks,
    own: EventDate | None,
) -> list[_Stop]:
    """Units told apart (module docstring), or after a unit that names its own day or place, begin a
    new stop; within a stop, each person is a meeting and the other units are one. A stop whose stretch
    holds the meeting verb's own date (`own`, which events.dating chose) takes it before any other written
    there ("Arrivé dimanche, il a été reçu lundi par A, avant de rencontrer mardi B": Monday for A)."""
    groups: list[list[int]] = [[0]]
    for n in range(1, len(units)):
        start, end = stretches[n - 1]
        told = [(stretches[groups[-1][0]][0], end), stretches[n]]  # the stop so far, and this unit's
        apart = telling.separately or _told_apart(units[n - 1], units[n], told, telling, looks)
        # "met A on Monday and B on Tuesday": a person met at a day or a place of their own (written
        # after them: "a tenu lundi des entretiens avec A et avec B" is one stop)
        after = max(start, units[n - 1].start)
        named = (units[n - 1].person and units[n].person) and (
            _date_in(looks.dates, after, end, telling) or _place_in(looks.places, after, end, looks.name_of)
        )
        if (apart or named) and units[n].end >= 0:
            groups.append([n])
        else:
            groups[-1].append(n)
    out = []
    for group in groups:
        start, end = stretches[group[0]][0], stretches[group[-1]][1]
        held: tuple[tuple[str, ...], ...]
        if telling.separately:
            held, alone = (), tuple(units[n].keys for n in group)
        else:
            held, alone = _held([units[n] for n in group], telling)
        date = _date_in(looks.dates, start, end, telling, own) or _date_in(looks.dates, start, end, telling)
        out.append(_Stop(held, alone, date, _place_in(looks.places, start, end, looks.name_of)))
    return out


def _held(
    members: list[_Unit], telling: Telling
) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    """The meetings of one stop: each person met, with the bodies named in the same member of the list
    of counterparts ("the GCC secretary-general Al-Hajraf", "Saudi Arabia's ambassador to Yemen
    Al-Jaber": nothing coordinates them), the states (where the meetings are held, or a side: "visited
    Algeria and met Ghali") and what is named in no list at all; the bodies that make a member of the
    list of their own ("met A, B and members of the Council") are one more meeting, told apart (the
    second tuple). With no person, one meeting."""
    persons = [u for u in members if u.person]
    if not persons:
        return (tuple(k for u in members for k in u.keys),), ()
    named = [u for u in members if u.end >= 0]
    links = _list_links(named, telling)
    runs: list[list[_Unit]] = [named[:1]] if named else []  # the list's members: units not linked
    for unit, linked in zip(named[1:], links, strict=True):
        if linked:
            runs.append([unit])
        else:
            runs[-1].append(unit)
    with_all = [k for u in members if not u.person and (u.end < 0 or u.state) for k in u.keys]
    held: list[tuple[str, ...]] = []
    listed: list[str] = []
    for run in runs:
        bodies = [k for u in run if not (u.person or u.state) for k in u.keys]
        if any(u.person for u in run):
            held += [u.keys + tuple(bodies) for u in run if u.person]
        elif len(runs) > 1:  # a member of the list of its own
            listed += bodies
        else:  # named in no list: told with the meeting as a whole
            with_all += bodies
    held += [u.keys for u in persons if u.end < 0]  # met, though not named in the sentence
    held = [keys + tuple(k for k in dict.fromkeys(with_all) if k not in keys) for keys in held]
    return tuple(held), ((tuple(dict.fromkeys(listed)),) if listed else ())


def _list_links(named: list[_Unit], telling: Telling) -> list[bool]:
    """For each two neighbouring units, whether they are two members of one list: named close together
    with a coordinating word or a word of sequence between them ("A and B", "A, then B", "A as well as
    B", Arabic "و" glued to the next word), or with only punctuation between them where a coordinated
    pair closes the list ("A, B and C"). Far apart, or with a verb between, they are not told as a
    list. A unit reaches to its last mention before the next one ("the ambassador ... Al-Jaber")."""
    toks = telling.sentence.toks
    gaps = []
    for a, b in zip(named, named[1:], strict=False):
        end = max([a.end] + [m.end for m in telling.found if m.key in a.keys and m.end <= b.start])
        gaps.append([t for t in toks if end <= t.start < b.start])
    coordinated = [
        len(gap) <= LIST_GAP
        and not any(t.pos in ("VERB", "AUX") for t in gap)
        and (
            any(_coordinating(t, telling) for t in gap)
            or _has_phrase(telling.additions, gap)
            or _glued(gap, telling)
        )
        for gap in gaps
    ]
    punctuation = [bool(gap) and all(PUNCTUATION_BREAK.fullmatch(t.text) for t in gap) for gap in gaps]
    return [c or (p and any(coordinated[i + 1 :])) for i, (c, p) in enumerate(zip(coordinated, punctuation))]


def _has_phrase(phrases: frozenset[str], toks: list[Token]) -> bool:
    keys = [t.key for t in toks]
    return any(
        keys[i : i + len(words)] == words for words in (p.split() for p in phrases) for i in range(len(keys))
    )


LIST_GAP = 12  # tokens between two members of a list: ", and the permanent members of the"


def _coordinating(tok: Token, telling: Telling) -> bool:
    return tok.pos == "CCONJ" or tok.key in telling.sequence or tok.key in telling.conjunctions


def _glued(gap: list[Token], telling: Telling) -> bool:
    """The next member's first word carries a glued conjunction ("بوريطة وعطاف", "وأعضاء مجلس الأمن").
    Only there: "و" begins many words of a clause."""
    first = next((t for t in gap if not PUNCTUATION_BREAK.fullmatch(t.text)), None)
    return first is not None and _glued_conjunction(first.key, telling)


def _glued_conjunction(key: str, telling: Telling) -> bool:
    """ "وأعضاء" (and members): a conjunction glued to a word, unless the word begins with that letter
    of its own ("وزير", minister)."""
    return any(key.startswith(c) and len(key) > len(c) + 1 for c in telling.glued) and not any(
        key.startswith(w) for w in telling.lookalikes
    )


def _per_person(draft: Draft, looks: Looks) -> list[Draft]:
    """One draft per person named, each with the other counterparts: merging with the events of the
    other sentences gives each its actor."""
    persons = [k for k in draft.recipient if looks.kind_of(k) == "person"]
    if len(persons) < 2:
        return [draft]
    others = tuple(k for k in draft.recipient if k not in persons)
    return [draft.replace(recipient=(person, *others)) for person in persons]


def _with_partners(draft: Draft, telling: Telling) -> Draft:
    """Actors named in the partner phrase of an earlier meeting word were met, not meeting: "Además de
    sus conversaciones con A y B, X se reunió con C" (a parse may coordinate A, B and X)."""
    met = [k for k in draft.actor if _partner_of_meeting(k, telling)]
    if not met or len(met) == len(draft.actor):
        return draft
    return draft.replace(
        actor=tuple(k for k in draft.actor if k not in met), recipient=draft.recipient + tuple(met)
    )


def _partner_of_meeting(key: str, telling: Telling) -> bool:
    """The key's first mention follows a meeting word and a partner word, with nothing but other
    mentions and coordinating words between them."""
    at = _first(key, telling)
    if at is None:
        return False
    toks = [t for t in telling.sentence.toks if t.end <= at[0]]
    for i in range(len(toks) - 1, max(-1, len(toks) - 1 - PARTNER_PHRASE), -1):
        if toks[i].pos in ("VERB", "AUX"):
            return False  # another clause
        if toks[i].key in telling.partners:
            return not PUNCTUATION_BREAK.search(telling.body, toks[i].end, at[0]) and any(
                toks[j].start in telling.meeting_words for j in range(max(0, i - PARTNER_REACH), i)
            )
    return False


PARTNER_REACH = 3  # tokens between a meeting word and its partner word ("entretiens téléphoniques avec")
PARTNER_PHRASE = 12  # tokens of a partner phrase ("con el ministro argelino Ahmed Attaf y ...")


def _with_companions(draft: Draft, looks: Looks) -> Draft:
    """Persons met who act for the actor's own state travel with it ("Sánchez, junto al ministro
    Albares"): they join the actor, when someone else is met."""
    states = {looks.country_of(k) for k in draft.actor} - {None}
    companions = tuple(
        k for k in draft.recipient if looks.kind_of(k) == "person" and looks.country_of(k) in states
    )
    others = [k for k in draft.recipient if k not in companions and looks.kind_of(k) != "territory"]
    if not companions or not others:
        return draft
    return draft.replace(
        actor=draft.actor + companions, recipient=tuple(k for k in draft.recipient if k not in companions)
    )


def _units(draft: Draft, telling: Telling, looks: Looks) -> list[_Unit]:
    """The counterparts as units in the order the sentence names them (see the module docstring)."""
    counterparts = [k for k in draft.recipient if looks.kind_of(k) != "territory"]
    persons = [k for k in counterparts if looks.kind_of(k) == "person"]
    first = {k: _first(k, telling) for k in counterparts}
    groups: dict[str, list[str]] = {}  # state (or the key itself) -> keys
    for key in counterparts:
        groups.setdefault(looks.country_of(key) or key, []).append(key)
    units: list[_Unit] = []
    for keys in groups.values():
        met = [k for k in keys if k in persons]
        if telling.separately or not met:
            units.append(_unit(tuple(keys), first, bool(met), looks.kind_of))
            continue
        rest = tuple(k for k in keys if k not in met)
        units += [_unit((person, *rest), first, True, looks.kind_of) for person in met]
    return sorted(units, key=lambda u: u.start)


def _unit(
    keys: tuple[str, ...], first: dict[str, tuple[int, int] | None], person: bool, kind_of: KindOf
) -> _Unit:
    """A unit is where its person is named (or its first named key, for a unit of no person)."""
    spans = [s for k in keys[:1] if (s := first[k]) is not None] if person else []
    spans = spans or [s for k in keys if (s := first[k]) is not None]
    state = all(kind_of(k) == "country" for k in keys)
    if not spans:
        return _Unit(keys, 1 << 62, -1, person, state)  # not named in the sentence: with the unit before
    return _Unit(keys, min(s for s, _ in spans), max(e for _, e in spans), person, state)


def _first(key: str, telling: Telling) -> tuple[int, int] | None:
    return next(((m.start, m.end) for m in telling.found if m.key == key), None)


def _told_apart(a: _Unit, b: _Unit, stretches: list[tuple[int, int]], telling: Telling, looks: Looks) -> bool:
    """A word of sequence lies between two units, or another meeting trigger does: "Outre ses
    entretiens avec X, il s'est réuni avec Y". A state visited and a person met there are one
    happening ("finished his visit to Algeria and met Ghali"), unless the two are dated apart."""
    if any(a.end <= t.start < b.start and t.key in telling.sequence for t in telling.sentence.toks):
        return True
    if not any(a.end <= at < b.start for at in telling.meetings):
        return False
    if not (a.state or b.state):
        return True
    dated = [_date_in(looks.dates, start, end, telling) for start, end in stretches]
    return all(dated) and len({d.date.value for d in dated if d}) > 1


def _break(a: _Unit, b: _Unit, telling: Telling) -> int:
    """Where b's stretch begins: the last word of sequence between a and b, else the last separator
    between them (before the meeting trigger that lies between them, if one does), else where b is
    named."""
    if b.start >= telling.sentence.end or a.end < 0:
        return b.start if b.start < telling.sentence.end else telling.sentence.end
    end = next((at for at in telling.meetings if a.end <= at < b.start), b.start)
    # "puis à Nouakchott, où X l'a accueilli": the next stop, and its place, begin at the word of sequence
    toks = telling.sentence.toks
    sequence = [t.start for t in toks if a.end <= t.start < end and t.key in telling.sequence]
    if sequence:
        return sequence[-1]
    return _separator(a.end, end, telling)


def _date_in(
    dates: Sequence[Dated], start: int, end: int, telling: Telling, only: EventDate | None = None
) -> Dated | None:
    """The first date written between `start` and `end`, not a limit nor a cited text's day (`only`: that
    date only)."""
    return next(
        (
            d
            for d in dates
            if start <= d.start < end
            and not d.reference
            and not bounded(telling.sentence, d, telling.bounds)
            and (only is None or d.date == only)
        ),
        None,
    )


def _place_in(places: Sequence[PlaceMention], start: int, end: int, name_of: NameOf) -> Location | None:
    """The first place written in a stop's stretch; a destination too ("then to Algiers, where X
    received him": the stop the traveller reached)."""
    place = next((p for p in places if start <= p.start < end), None)
    if place is None:
        return None
    return Location((name_of(place.id) if place.id else None) or place.text, place.id, place.country)
