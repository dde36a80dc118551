""" "Les deux ministres", "the two leaders", "ambos cancilleres", "الجانبان": the two who met.

A bilateral report names who met, then tells what "the two" did together ("Les deux ministres ont
convenu de renforcer...", "Both sides agreed to meet again", "واتفق الجانبان على"). Such a subject
names no actor of its own: it is every participant of the last meeting the text told, all of them in
the actor of a joint act (as PLOVER codes a meeting nobody hosts). The words are data (`pairs` in
lang/<xx>/events.yaml).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from diplowatch.events.arguments import predicate
from diplowatch.events.draft import Draft
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.merge import MEETINGS
from diplowatch.events.triggers import Match
from diplowatch.model import UNREAL_AUX
from diplowatch.text.mentions import ActorMention
from diplowatch.text.normalise import fold
from diplowatch.text.sentences import Sentence


@dataclass(frozen=True, slots=True)
class Earlier:
    """What the sentences read so far leave to the next one."""

    actor: tuple[str, ...] = ()  # the last actor a parse or proximity found: an unlinked subject's
    met: tuple[str, ...] = ()  # every participant of the last meeting told: "the two"
    # the actor the sentence just read names as its subject when it told no event: the one a next
    # finite verb without a subject of its own is about ("Albares compareció. Instó a X a...")
    subject: tuple[str, ...] = ()
    # the two states of the last joint act told (an agreement of two presidents is their two states'):
    # whom "both governments" stands for when no sentence near it names two states (events.parties)
    states: tuple[str, ...] = ()
    # the two persons of the last act told that names two: whom "received the two ministers" receives
    pair: tuple[str, ...] = ()


def after_sentence(
    earlier: Earlier,
    found: Iterable[Draft],
    kind: Callable[[str], str | None],
    state: Callable[[str], str | None] = lambda key: None,
    country: Callable[[str], str | None] = lambda key: None,
) -> Earlier:
    """`earlier` once a sentence's events are known; `kind`: an actor id's kind (a territory a meeting
    was about is none of the two); `state`: the state an actor is or acts for; `country`: the ISO code of
    the state a person acts for, as the knowledge base has it."""
    drafts = list(found)
    actor = next(
        (d.actor for d in drafts if d.actor and d.arguments in ("parse", "proximity")), earlier.actor
    )
    meetings = [
        d
        for d in drafts
        if d.type in MEETINGS and d.actor and not UNREAL_AUX & set(d.aux) and d.arguments != "none"
    ]
    met = earlier.met
    if meetings:
        last = meetings[-1]
        both = tuple(k for k in dict.fromkeys(last.actor + last.recipient) if kind(k) != "territory")
        # "delegations met in Istanbul, hosted by X": the two sides are the two who met, not the host
        sides = tuple(k for k in last.actor if kind(k) != "territory")
        # (two of one kind: "Algeria, Attaf" is one side, its minister with it)
        two_sides = len(sides) == 2 and (kind(sides[0]) == "person") == (kind(sides[1]) == "person")
        met = sides if two_sides else both if len(both) > 1 else met
    pair = pair_told(drafts, kind) if drafts else ()
    return Earlier(
        actor,
        met,
        states=_joint_states(drafts, state) or earlier.states,
        pair=pair if _two_sides(pair, kind, country) else earlier.pair,
    )


def _two_sides(
    pair: tuple[str, ...], kind: Callable[[str], str | None], country: Callable[[str], str | None]
) -> bool:
    """Two persons acting for two different known states: the two of a bilateral act ("the two
    ministers"), not an envoy beside a host, nor a pair one of whom the linker does not know."""
    countries = {country(k) for k in pair}
    return (
        len(pair) == 2
        and all(kind(k) == "person" for k in pair)
        and None not in countries
        and len(countries) == 2
    )


def _joint_states(drafts: Sequence[Draft], state: Callable[[str], str | None]) -> tuple[str, ...]:
    """The two states of the last act both sides make (`BOTH_SIDES`) among `drafts` that really happened
    and has exactly two states among its participants (or the states they act for); () when none has."""
    for draft in reversed(drafts):
        if draft.type not in BOTH_SIDES or UNREAL_AUX & set(draft.aux):
            continue
        states = tuple(dict.fromkeys(s for k in draft.actor + draft.recipient if (s := state(k))))
        if len(states) == 2:
            return states
    return ()


def after_quiet_sentence(earlier: Earlier, sentence: Sentence, mentions: Iterable[ActorMention]) -> Earlier:
    """`earlier` past a sentence that told no event: the actor its main clause names as subject ("Albares
    compareció ante la prensa."), when it names one, is whom a finite verb of the next sentence without
    a subject of its own ("Instó a Venezuela a...") is about."""
    root = next((i for i, tok in enumerate(sentence.toks) if tok.head < 0), None) if sentence.parsed else None
    subjects = (
        [c for c in sentence.children(root) if sentence.toks[c].dep.startswith("nsubj")]
        if root is not None
        else []
    )
    if not subjects:
        return Earlier(earlier.actor, earlier.met, states=earlier.states, pair=earlier.pair)
    words = sentence.subtree(subjects[0])
    named = tuple(
        dict.fromkeys(
            m.key for m in mentions if m.kind != "territory" and sentence.token_at(m.start) in words
        )
    )
    return Earlier(earlier.actor, earlier.met, named, earlier.states, earlier.pair)


def names_the_pair(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """Whether the trigger's subject is "the two" ("les deux ministres", "both sides", "ambas partes");
    without a parse, whether such a word comes right after the trigger ("اتفق الجانبان")."""
    if not lex.pairs:
        return False
    pairs = _folded(lex.pairs)
    if sentence.parsed:
        subjects = _subjects(sentence, predicate(sentence, match.head))
        for subject in subjects:
            if _a_pair(tuple(sentence.toks[i].key for i in sorted(sentence.subtree(subject))), pairs):
                return True
        return False
    after = match.indices[-1] + 1
    return after < len(sentence.toks) and (sentence.toks[after].key,) in pairs


def pair_addressed(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """Whether the trigger's object is "the two" ("received the two ministers", "a félicité les deux
    dirigeants", "habló con ambos mandatarios", "urged both leaders to sign"): parsed text only."""
    if not lex.pairs or not sentence.parsed:
        return False
    pairs = _folded(lex.pairs)
    toks = sentence.toks
    for phrase in addressed_phrases(sentence, match):
        # the phrase up to its noun ("the two ministers in the Oval Office": "the two ministers")
        words = tuple(
            toks[i].key for i in sorted(sentence.subtree(phrase)) if i <= phrase and toks[i].dep != "case"
        )
        if _a_pair(words, pairs):
            return True
    return False


def addressed_phrases(sentence: Sentence, match: Match) -> Iterator[int]:
    """The heads of the phrases a trigger addresses (its objects, obliques and complements) in parsed
    text; any word of the trigger ("mantuvo conversaciones con ambos ministros" hangs them on the noun)."""
    toks = sentence.toks
    for child in (c for i in dict.fromkeys((match.head, *match.indices)) for c in sentence.children(i)):
        if toks[child].dep == "prep":  # English hangs the noun on its preposition: "with -pobj-> leaders"
            phrase = next((g for g in sentence.children(child) if toks[g].dep == "pobj"), -1)
            if phrase >= 0:
                yield phrase
        elif toks[child].dep.startswith(ADDRESSED_DEPS):
            yield child


def _a_pair(words: tuple[str, ...], pairs: Iterable[tuple[str, ...]]) -> bool:
    """The phrase is "the two" and a short noun ("les deux chefs de diplomatie"), no clause opening so."""
    return any(words[: len(pair)] == pair and len(words) <= len(pair) + MAX_NOUN_WORDS for pair in pairs)


ADDRESSED_DEPS = ("obj", "dobj", "iobj", "obl", "dative", "nmod")  # object, oblique, complement


def _subjects(sentence: Sentence, verb: int) -> list[int]:
    """The verb's subjects, or its first conjunct's ("Les deux hommes ont évoqué... et ont souligné")."""
    for _ in range(MAX_CONJUNCTS):
        found = [c for c in sentence.children(verb) if sentence.toks[c].dep.startswith("nsubj")]
        if found or sentence.toks[verb].dep != "conj" or sentence.toks[verb].head < 0:
            return found
        verb = sentence.toks[verb].head
    return []


MAX_CONJUNCTS = 3
JOINT = MEETINGS | {"AGREE", "SUPPORT", "COOPERATE"}
BOTH_SIDES = MEETINGS | {"AGREE", "COOPERATE"}  # acts both sides make, unlike a support
MAX_NOUN_WORDS = 4  # "les deux chefs de diplomatie": a short phrase, not a clause that opens with "both"


@functools.cache
def _folded(pairs: frozenset[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold(w) for w in pair.split()) for pair in pairs)


def pair_told(drafts: Sequence[Draft], kind: Callable[[str], str | None]) -> tuple[str, ...]:
    """The two persons of the last act told before in the sentence that names two (its two addressees
    first; else the two states or bodies of a joint act, `JOINT`: a meeting, a signature, an agreement):
    whom "both", "ambos", "les deux" stand for there. A call to a state joins no one to its addressee."""
    for draft in reversed(drafts):
        if UNREAL_AUX & set(draft.aux):
            continue
        keys = tuple(dict.fromkeys(draft.actor + draft.recipient))
        for named in (draft.recipient, keys):  # "urged X and Y to...": the two addressed
            persons = tuple(k for k in dict.fromkeys(named) if kind(k) == "person")
            if len(persons) == 2:
                return persons
        others = tuple(k for k in keys if kind(k) not in ("person", "territory"))
        if len(others) == 2 and draft.type in JOINT:
            return others
    return ()
