""" "The parties": who a collective addressee of a dispute stands for.

An envoy "invited the parties to Geneva", a resolution "calls on all parties", Macron "anima a todas
las partes a reunirse", "حث الأطراف": the request or invitation is addressed to the sides of the
dispute the article is about, which the article names elsewhere. The disputes and their sides are
data (`disputes` in lang/events.yaml, knowledge-base ids); the collective phrases are per language
(`parties` in lang/<xx>/events.yaml: "the parties", "toutes les parties", "las partes", "الأطراف").

The article's dispute is the one most of whose sides it names (two at least); the phrase stands for
the sides it names. The phrase is an addressee only after the trigger, in its clause, and never its
subject ("the parties met" tells who met, not whom): "les deux parties" of a bilateral meeting is not
a listed phrase among those that may act; "both sides", "ambas partes" (`two_parties`) are
addressees only ("urged both sides to sign a truce"), the first two sides the article names.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

from diplowatch.events.argument_set import Arguments
from diplowatch.events.arguments import SUBJECTS, predicate
from diplowatch.events.categories import REQUESTS
from diplowatch.events.coder import CoderContext
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match, key_positions, token_keys
from diplowatch.text.langdata import fold_phrase, lang_data
from diplowatch.text.mentions import ActorMention
from diplowatch.text.normalise import Token
from diplowatch.text.sentences import Sentence

DISPUTES: dict[str, tuple[str, ...]] = {
    name: tuple(sides) for name, sides in (lang_data("events.yaml").get("disputes") or {}).items()
}
MIN_SIDES_NAMED = 2  # an article naming one side only is not clearly about that dispute
UNPARSED_WINDOW = 8  # tokens after an unparsed trigger in which its addressee stands (after its subject, day)
MAX_PATH = 8  # dependency steps from the phrase up to its trigger


def dispute_sides(named: Iterable[str]) -> tuple[str, ...]:
    """The sides the article names of the dispute it names most sides of (none under two; the first
    dispute of the data file on a tie)."""
    keys = set(named)
    best: tuple[str, ...] = ()
    for sides in DISPUTES.values():
        found = tuple(k for k in sides if k in keys)
        if len(found) >= MIN_SIDES_NAMED and len(found) > len(best):
            best = found
    return best


def addressed_sides(
    sentence: Sentence,
    match: Match,
    args: Arguments,
    lex: Lexicon,
    sides: tuple[str, ...],
    states: tuple[str, ...] = (),
) -> tuple[str, ...]:
    """The dispute's sides when a collective phrase ("the parties") after the trigger is one of its
    addressees; () otherwise. "Both countries", "les deux pays" (`two_states`) are the first two
    `states` the article names."""
    if not (sides or states) or not (lex.parties or lex.two_parties):
        return ()
    two = set(_phrase_nouns(sentence, lex, two=True))
    # "both countries" are two states even when the dispute named has an armed group among its first
    # sides ("a appelé les deux pays à la retenue": Congo and Rwanda, not the M23)
    of_states = set(_phrase_nouns(sentence, lex, states=True)) if len(states) >= 2 else set()
    of_three = set(_phrase_nouns(sentence, lex, three=True)) if len(states) >= 3 and not sides else set()
    for noun in sorted(two | of_states | of_three | set(_phrase_nouns(sentence, lex))):
        if noun <= match.indices[0]:  # after the trigger's first word: "a appelé les parties à"
            continue
        # "both sides": the dispute's first two named; "both countries", with no dispute: two states;
        # "the three countries": the first three
        found = (
            states[:3]
            if noun in of_three
            else states[:2]
            if noun in of_states
            # (with no dispute of the data file named, a call's two are the two states named first)
            else sides[:2] or (states[:2] if match.trigger.type in REQUESTS else ())
            if noun in two
            else sides
        )
        if not found:
            continue
        if sentence.parsed:
            subject = sentence.toks[noun].dep in SUBJECTS
            if noun in args.clause and not subject and _governed(sentence, noun, match):
                return found
        elif noun - match.indices[-1] <= UNPARSED_WINDOW:
            return found
    return ()


def agreeing_sides(subject: str, lex: Lexicon, sides: tuple[str, ...]) -> tuple[str, ...]:
    """The dispute's sides when the unlinked subject of an agreement is a collective phrase ("The
    parties agreed to a truce", "Las partes acordaron"): a joint act of all the sides; () otherwise."""
    if len(sides) < MIN_SIDES_NAMED:
        return ()
    return sides if fold_phrase(subject) in {fold_phrase(p) for p in lex.parties} else ()


def _governed(sentence: Sentence, noun: int, match: Match) -> bool:
    """The phrase depends on the trigger through no other predication: the trigger's object ("anima a
    todas las partes"), an infinitive's ("urged Rabat to engage with all parties"), a relative clause
    on its object ("a solution that is acceptable to all parties"), in the trigger noun's phrase
    ("son engagement envers toutes les parties"); not a coordinated or subordinate clause's ("ha
    llegado el momento, por lo que anima a todas las partes": not "llegar"'s)."""
    top = predicate(sentence, match.head)
    at, steps = noun, 0
    while at not in (top, match.head) and sentence.toks[at].head >= 0 and steps < MAX_PATH:
        if at != noun and _own_predication(sentence.toks[at]):
            return False
        at, steps = sentence.toks[at].head, steps + 1
    return at in (top, match.head)


OWN_CLAUSE = ("ccomp", "advcl", "conj", "parataxis", "csubj")
NON_FINITE = ("VerbForm=Inf", "VerbForm=Ger")


def _own_predication(tok: Token) -> bool:
    """A verb heading a clause of its own (not an infinitive the trigger governs)."""
    return (
        tok.pos in ("VERB", "AUX")
        and tok.dep.startswith(OWN_CLAUSE)
        and not any(form in tok.morph for form in NON_FINITE)
    )


def addresses_collective(sentence: Sentence, match: Match, args: Arguments, lex: Lexicon) -> bool:
    """A request addressed to a collective no actor id names ("urged the international community to",
    "pidió a la comunidad internacional que", "دعا المجتمع الدولي إلى"; `collective_addressees`): it has
    an addressee, though no recipient. Without a parse, within a few words after the trigger."""
    if not lex.collective_addressees:
        return False
    for noun in _phrase_nouns(sentence, lex, collective=True):
        if noun <= match.indices[0]:  # after the trigger's first word: "a appelé la communauté ... à"
            continue
        if sentence.parsed and noun in args.clause and sentence.toks[noun].dep not in SUBJECTS:
            return True
        if not sentence.parsed and noun - match.indices[-1] <= UNPARSED_WINDOW:
            return True
    return False


def names_two_sides(sentence: Sentence, lex: Lexicon) -> bool:
    """The sentence names two sides by a collective phrase ("the two sides", "les deux camps")."""
    return bool(lex.two_parties) and bool(_phrase_nouns(sentence, lex, two=True))


def _phrase_nouns(
    sentence: Sentence,
    lex: Lexicon,
    *,
    two: bool = False,
    states: bool = False,
    three: bool = False,
    collective: bool = False,
) -> list[int]:
    """The last token of every collective phrase of the sentence (`two`: of the phrases for two sides;
    `states`: for two states; `three`: for three), found once per sentence and lexicon (every trigger
    of the sentence asks; the lexicon is kept with the answer, so its id stays its own)."""
    name = f"phrase_nouns {id(lex)} {two} {states} {three} {collective}"
    cues = (
        lex.collective_addressees
        if collective
        else lex.three_states
        if three
        else lex.two_states
        if states
        else lex.two_parties
        if two
        else lex.parties
    )
    # only a count of states takes a qualifier: "the political parties" are no parties to a dispute
    qualified = states or three
    return sentence.derived(name, lambda s: (lex, _find_phrase_nouns(s, cues, qualified)))[1]


def _find_phrase_nouns(sentence: Sentence, cues: frozenset[str], qualified: bool = False) -> list[int]:
    keys = token_keys(sentence)
    starts = key_positions(sentence)  # a cue is tried only where its first word stands
    by_first = _cues_by_first_word(cues)
    out = []
    for first in starts.keys() & by_first.keys():  # the first words the sentence holds (mostly none)
        for words in by_first[first]:
            for i in starts[first]:
                if i + len(words) <= len(keys) and all(w in keys[i + j] for j, w in enumerate(words)):
                    out.append(i + len(words) - 1)
                elif qualified and len(words) > 1 and _qualified_at(sentence, keys, i, words):
                    out.append(i + len(words))
    return sorted(set(out))


@functools.cache
def _cues_by_first_word(cues: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each cue's words under its first word, split once per cue list (every sentence is searched for
    every kind of cue: a look-up per word the sentence holds, not a pass over every cue)."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for cue in cues:
        words = tuple(cue.split())
        grouped.setdefault(words[0], []).append(words)
    return {first: tuple(group) for first, group in grouped.items()}


def _qualified_at(sentence: Sentence, keys: Sequence[tuple[str, ...]], i: int, words: Sequence[str]) -> bool:
    """The cue with one qualifying word before its noun ("the three *Sahel* states", "the two *neighbouring*
    countries"): a word the parse hangs on that noun as its modifier."""
    last = i + len(words) - 1  # where the qualifier stands, the noun one further
    return (
        sentence.parsed
        and last + 1 < len(keys)
        and sentence.toks[last].head == last + 1
        and sentence.toks[last].dep in ("amod", "compound", "nmod")
        and all(w in keys[i + j] for j, w in enumerate(words[:-1]))
        and words[-1] in keys[last + 1]
    )


def first_states(found: Sequence[ActorMention], context: CoderContext) -> tuple[str, ...]:
    """The first three states the article names ("Niger and Ivory Coast" of its title), or () when it
    names fewer than two: "both countries" are the first two, "the three countries" the first three."""
    states = tuple(dict.fromkeys(m.key for m in found if context.actor_kind(m.key) == "country"))
    return states[:3] if len(states) >= 2 else ()


def subject_states(
    sentence: Sentence,
    match: Match,
    lex: Lexicon,
    found: Sequence[ActorMention],
    context: CoderContext,
    countries: dict[str, str],
    previous: Sentence | None = None,
    joint: tuple[str, ...] = (),
) -> tuple[str, ...]:
    """ "Fidan, after talks with his Egyptian counterpart, said the two countries would coordinate": a
    two-states phrase (`two_states`) as the act's subject is the two states the sentence names before it
    (its officials act for theirs), when it names exactly two; when it names none, the two the sentence
    before names ("The talks are co-hosted by Saudi Arabia and the United States. In a joint statement,
    the two countries urged..."); when neither names two, `joint`, the two states of the last joint act
    told ("Maduro and Ali pledged... The meeting, hosted by CARICOM... Both governments agreed"); ()
    otherwise. `found`: the article's mentions, looked through only when the sentence holds such a
    phrase as the act's subject."""
    if not sentence.parsed or not lex.two_states:
        return ()
    nouns = _phrase_nouns(sentence, lex, states=True)
    if not nouns:
        return ()
    verb = predicate(sentence, match.head)
    subjects = [c for c in sentence.children(verb) if sentence.toks[c].dep in SUBJECTS]
    if not subjects and sentence.toks[verb].dep == "xcomp":  # "les deux pays allaient coopérer"
        subjects = [
            c for c in sentence.children(sentence.toks[verb].head) if sentence.toks[c].dep in SUBJECTS
        ]
    phrase = next((n for n in nouns for c in subjects if n in sentence.subtree(c)), None)
    if phrase is None:
        return ()
    named = _states_within(found, sentence.start, sentence.toks[phrase].start, context, countries)
    if not named and previous is not None:
        named = _states_within(found, previous.start, previous.end, context, countries)
    if len(named) != 2:
        named = joint
    return named if len(named) == 2 else ()


def _states_within(
    found: Sequence[ActorMention], start: int, end: int, context: CoderContext, countries: dict[str, str]
) -> tuple[str, ...]:
    """The states the mentions between body offsets `start` and `end` name or act for, in order."""
    states = [state_of(m.key, context, countries) for m in found if start <= m.start and m.end <= end]
    return tuple(dict.fromkeys(k for k in states if k))


def state_of(key: str, context: CoderContext, countries: dict[str, str]) -> str | None:
    """The state an actor is or acts for (Bourita: Morocco)."""
    if context.actor_kind(key) == "country":
        return key
    iso = context.actor_country(key)
    return (countries.get(iso) or context.country_actor(iso)) if iso else None


def named_with_states(
    found: Sequence[ActorMention], context: CoderContext, countries: dict[str, str]
) -> list[str]:
    """The actors the article names, and the states its officials act for (Bourita names Morocco)."""
    states = []
    for m in found:
        iso = context.actor_country(m.key)
        state = (countries.get(iso) or context.country_actor(iso)) if iso else None
        if state:
            states.append(state)
    return [m.key for m in found] + states
