"""Where an event happened: the place governed by the trigger's clause, else the one nearest
the trigger in its sentence. Places are the actor stage's (`Article.places`): names after a
place preposition ("à Moscou", "in Rabat", "في الجزائر"), linked to KB place ids, and the
destinations of visits ("visit to Riyadh", "viajó hasta Rabat", "زيارته إلى الرياض"). An event whose
sentence names no place takes the place of the story's last placed event it shares a participant with
(`in_scene`)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence

from diplowatch.events.draft import Draft
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.merge import dates_agree
from diplowatch.events.triggers import is_word_of_mode
from diplowatch.model import UNREAL_AUX, Location, PlaceMention
from diplowatch.text.sentences import Sentence

NameOf = Callable[[str], str | None]  # place id -> display name (from the KB)


def event_place(
    sentence: Sentence,
    clause: frozenset[int],
    head: int,
    places: Sequence[PlaceMention],
    name_of: NameOf,
    *,
    visit: bool = False,
    lexicon: Lexicon | None = None,
) -> Location | None:
    """A destination ("to Riyadh", "vers Pretoria") places a visit only: the event's own trigger, or a
    visit word right before it ("during his visit to Riyadh, he met...")."""
    inside = [
        p
        for p in places
        if sentence.start <= p.start < sentence.end
        and (not p.destination or visit or _visited(sentence, p, lexicon))
    ]
    if not inside:
        return None
    # "met X in March, during a tour which ended in Moscow": the relative clause tells where the tour
    # went, not where the meeting was held
    inside = [p for p in inside if not _in_other_relative(sentence, p, head)]
    if not inside:
        return None
    where = sentence.toks[head].start
    governed = [p for p in inside if (i := sentence.token_at(p.start)) is not None and i in clause]
    best = min(governed or inside, key=lambda p: abs(p.start - where))
    name = (name_of(best.id) if best.id else None) or best.text
    return Location(name, best.id, best.country)


RELATIVE_DEPS = ("acl:relcl", "relcl")


def _in_other_relative(sentence: Sentence, place: PlaceMention, head: int) -> bool:
    """The place lies in a relative clause that does not hold the trigger."""
    i = sentence.token_at(place.start)
    if i is None or not sentence.parsed:
        return False
    for t in sentence.ancestors(i, MAX_STEPS):
        if sentence.toks[t].dep.startswith(RELATIVE_DEPS):
            return head not in sentence.subtree(t)
    return False


MAX_STEPS = 12  # dependency steps climbed from a place to the clause it lies in
VISIT_REACH = 3  # tokens before a destination's preposition where the visit word may stand


def _visited(sentence: Sentence, place: PlaceMention, lexicon: Lexicon | None) -> bool:
    i = sentence.token_at(place.start)
    if i is None or lexicon is None:
        return False
    before = sentence.toks[max(0, i - 1 - VISIT_REACH) : max(0, i - 1)]
    return any(is_word_of_mode(tok, lexicon, "visit") for tok in before)


def clause_place(
    sentence: Sentence, clause: frozenset[int], head: int, places: Sequence[PlaceMention], name_of: NameOf
) -> Location | None:
    """The place governed by the trigger's clause only (None when every place of the sentence belongs
    to another clause): the place that may stand for the event's host."""
    governed = governed_places(sentence, clause, head, places, name_of)
    if not governed:
        return None
    where = sentence.toks[head].start
    return min(governed, key=lambda p: abs(p[0] - where))[1]


def governed_places(
    sentence: Sentence,
    clause: frozenset[int],
    head: int,
    places: Sequence[PlaceMention],
    name_of: NameOf,
    others: Collection[int] = (),
) -> list[tuple[int, Location]]:
    """Every place the trigger's clause governs and no clause of its own holds, in the sentence's order:
    the stops of talks held in several places ("talks in Rabat, Algiers and Nouakchott"). Not one that
    hangs on another trigger (`others`, their heads): "Après une visite à Alger, il s'est rendu à Rabat"."""
    return [
        (start, loc)
        for start, loc in clause_places(sentence, clause, places, name_of)
        if not _in_a_clause_of_its_own(sentence, sentence.token_at(start), head)
        and not _under_another(sentence, sentence.token_at(start), head, others)
    ]


def _under_another(sentence: Sentence, at: int | None, head: int, others: Collection[int]) -> bool:
    """The place's way up to the trigger passes another trigger's head (that event's place)."""
    return bool(others) and any(i in others for i in _way_up(sentence, at, head))


def _in_a_clause_of_its_own(sentence: Sentence, at: int | None, head: int) -> bool:
    """The place hangs on a participle that qualifies a word of the trigger's clause ("ont rejeté les
    sanctions décidées à Abuja": where the sanctions were decided, no host of the rejection). Not a relative:
    "salué un accord qui ouvre à Skopje les portes de l'Alliance" names whom it opens them to."""
    return any(
        tok.pos == "VERB" and tok.dep == "acl" and "VerbForm=Part" in tok.morph
        for tok in (sentence.toks[i] for i in _way_up(sentence, at, head))
    )


MAX_CLIMB = 8  # dependency steps climbed from a place toward the trigger


def _way_up(sentence: Sentence, at: int | None, head: int) -> Iterator[int]:
    """The tokens above the place's token on its way up to the trigger's head (that head excluded, at
    most MAX_CLIMB of them); none without a parse."""
    if at is None or not sentence.parsed:
        return
    i, steps = sentence.toks[at].head, 0
    while 0 <= i != head and steps < MAX_CLIMB:
        yield i
        i, steps = sentence.toks[i].head, steps + 1


def clause_places(
    sentence: Sentence, clause: frozenset[int], places: Sequence[PlaceMention], name_of: NameOf
) -> list[tuple[int, Location]]:
    """Every place governed by the trigger's clause, with where it starts: the stops of a planned tour
    ("se rendra à Riyad et à Mascate") are each a host."""
    out = []
    for p in places:
        i = sentence.token_at(p.start) if sentence.start <= p.start < sentence.end else None
        # "a visit to Riyadh": the Saudi government, already a mention
        if i is not None and i in clause and not p.destination:
            out.append((p.start, Location((name_of(p.id) if p.id else None) or p.text, p.id, p.country)))
    return out


SCENE_SENTENCES = 3  # an event this many sentences after the last placed one may share its place


def in_scene(draft: Draft, scene: Draft | None, sentences_since: int) -> Draft:
    """An event whose sentence names no place happened where the story's last placed event did, when
    it shares a participant with it and its date does not contradict it ("De Mistura met Bourita in
    Rabat. He also defended the autonomy plan."). Never a background or unreal event."""
    if (
        draft.location is not None
        or scene is None
        or scene.location is None
        or sentences_since > SCENE_SENTENCES
        or not draft.participants() & scene.participants()
        or UNREAL_AUX & set(draft.aux)
        or "historical" in draft.aux
        or not dates_agree(draft, scene)
    ):
        return draft
    return draft.replace(location=scene.location)
