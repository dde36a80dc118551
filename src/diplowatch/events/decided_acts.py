"""The act a decision noun introduces is its holder's, and it was decided: "Moscow welcomed Niamey's
decision to end its military agreements with France", "la décision de Niamey de rompre ses accords
militaires avec la France", "la decisión de Niamey de romper sus acuerdos militares con Francia". Niger
ended them, as "Niger decided to end them" tells: not Moscow, whose act is the welcome, and not a
hypothetical act, whatever stance the sentence takes on the decision. The welcome is addressed to Niger;
France, named only inside the decided act, is that act's counterpart, not the welcome's.

Read from the words, as a commitment is (events.commitments): the parser hangs the infinitive on the
noun, on the main verb or on the name. The holders are the names between the noun and the mark ("the
decision of Niger to", "la décision de Niamey de"), or the English possessive before the noun
("Niamey's decision to"); nouns of a decision are `decisions` in lang/<xx>/events.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass

from diplowatch.events.arguments import mention_span
from diplowatch.events.commitments import holders_before, marks_before, plan_words
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match, find, keys_of
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence

POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})  # "Niamey's decision", "the juntas' decision"


@dataclass(frozen=True, slots=True)
class Decision:
    holders: tuple[str, ...]  # who decided (actor keys, in text order)
    noun: int  # the decision noun's token
    act: frozenset[int]  # the decided act's words


def decision(sentence: Sentence, match: Match, mentions: list[ActorMention], lex: Lexicon) -> Decision | None:
    """The decision whose decided act `match` is, an infinitive, when its holders are named."""
    if not lex.decisions or not sentence.parsed or "VerbForm=Inf" not in sentence.toks[match.head].morph:
        return None
    for mark in marks_before(sentence, match.indices[0], lex):
        found = holders_before(sentence, mark, mentions, lex, lex.decisions) or _possessor(
            sentence, mark, mentions, lex
        )
        if found is not None:
            noun, holders = found
            return Decision(holders, noun, plan_words(sentence, match, mark))
    return None


def decided_elsewhere(
    sentence: Sentence, match: Match, mentions: list[ActorMention], lex: Lexicon, recipient: tuple[str, ...]
) -> tuple[str, ...]:
    """The recipients of a stance on a decision that only its decided act names ("welcomed Niamey's
    decision to end its agreements with France": France), when the decision's holders are named."""
    if not sentence.parsed:
        return ()
    out: list[str] = []
    places = _places(sentence, mentions)
    for other in find(sentence, lex):
        if other.head <= match.head:
            continue
        decided = decision(sentence, other, mentions, lex)
        if decided is not None and decided.noun > match.head:
            out += [k for k in recipient if places.get(k) and all(p <= decided.act for p in places[k])]
    return tuple(dict.fromkeys(out))


def decided_names(sentence: Sentence, decided: Decision, mentions: list[ActorMention]) -> tuple[str, ...]:
    """The actors the decided act names, not its holders: its counterparts."""
    return tuple(
        k
        for k, places in _places(sentence, mentions).items()
        if k not in decided.holders and any(p <= decided.act for p in places)
    )


def _places(sentence: Sentence, mentions: list[ActorMention]) -> dict[str, list[set[int]]]:
    """The tokens of each mention of each actor in the sentence."""
    out: dict[str, list[set[int]]] = {}
    for m in mentions:
        if tokens := set(mention_span(sentence, m)):
            out.setdefault(m.key, []).append(tokens)
    return out


def _possessor(
    sentence: Sentence, mark: int, mentions: list[ActorMention], lex: Lexicon
) -> tuple[int, tuple[str, ...]] | None:
    """ "Niamey's decision to": the decision noun right before the mark, a name and a possessive before
    it."""
    toks = sentence.toks
    noun = mark - 1
    if noun < 2 or not set(keys_of(toks[noun])) & lex.decisions:
        return None
    mark_at = noun - 1
    while mark_at > 0 and toks[mark_at].pos == "ADJ":  # "Niamey's sudden decision"
        mark_at -= 1
    if mark_at < 1 or toks[mark_at].text not in POSSESSIVE_MARKS:
        return None
    owner = toks[mark_at - 1]
    holders = tuple(m.key for m in mentions if m.start < owner.end and owner.start < m.end)
    return (noun, holders) if holders else None
