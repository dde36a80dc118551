"""A meeting that completes a commitment told with its holders: "the commitment of A, B and C to meet
again", "l'engagement du Soudan et du Tchad à se retrouver", "el compromiso de A y B de volver a
reunirse", "التزام A و B بالاجتماع". It is a plan (AGREE, PLOVER), everyone who committed is its actor,
and it dates from when they committed, not from when they plan to meet. Read from the words, not the
parse, which often hangs the infinitive on the main verb ("ended with the commitment of ... to meet").
"""

from __future__ import annotations

from dataclasses import dataclass

from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match, keys_of
from diplowatch.text.mentions import ActorMention
from diplowatch.text.normalise import hangs_on, unelided
from diplowatch.text.sentences import Sentence

MARK_REACH = 3  # words from the commitment's mark to the act ("de volver a reunirse", "to meet")
HOLDERS_REACH = 24  # words from the commitment noun to its mark: the holders named between
_BETWEEN_MARK_AND_ACT = frozenset({"NOUN", "PROPN", "PUNCT", "NUM"})
_JOINING = frozenset({"DET", "CCONJ", "PROPN"})
_VERBS = frozenset({"AUX", "VERB"})  # "the", "and", "y", a word of a name its mention left out


@dataclass(frozen=True, slots=True)
class Commitment:
    holders: tuple[str, ...]  # who committed (actor keys, in text order)
    noun: int  # the commitment noun's token
    plan: frozenset[int]  # the tokens of the planned act's phrase: its dates are the plan's, not the pledge's


def commitment(
    sentence: Sentence, match: Match, mentions: list[ActorMention], lex: Lexicon
) -> Commitment | None:
    """The commitment whose planned act `match` is, with the holders its genitive names, if any."""
    first = match.indices[0]
    glued = any(sentence.toks[first].key.startswith(m) for m in lex.glued_pledge_marks)
    marks = [first] if glued else marks_before(sentence, first, lex)
    for mark in marks:
        found = holders_before(sentence, mark, mentions, lex, lex.commitment_nouns)
        if found is not None:
            noun, holders = found
            return Commitment(holders, noun, plan_words(sentence, match, mark))
    return None


def marks_before(sentence: Sentence, first: int, lex: Lexicon) -> list[int]:
    """The pledge marks ("to", "à", "de") a few words before the act, with no name, noun or
    punctuation between ("à se retrouver", "de volver a reunirse"), nearest first."""
    out = []
    for i in range(first - 1, max(-1, first - 1 - MARK_REACH), -1):
        tok = sentence.toks[i]
        if unelided(tok.key) in lex.pledge_marks and tok.pos not in _VERBS:  # "a" (avoir) is no "à"
            out.append(i)
        if tok.pos in _BETWEEN_MARK_AND_ACT:
            break
    return out


def holders_before(
    sentence: Sentence, mark: int, mentions: list[ActorMention], lex: Lexicon, nouns: frozenset[str]
) -> tuple[int, tuple[str, ...]] | None:
    """Going back from the mark over names, conjunctions, genitive words, determiners and commas, the
    noun (one of `nouns`: a commitment's, a decision's) and the actors named between it and the mark."""
    toks = sentence.toks
    named = {i: m.key for m in mentions for i, t in enumerate(toks) if t.start < m.end and m.start < t.end}
    joints = lex.pledge_holders | lex.conjunctions | {","}
    i = mark - 1
    while (
        i >= 0
        and mark - i <= HOLDERS_REACH
        and (i in named or unelided(toks[i].key) in joints or toks[i].pos in _JOINING)
    ):
        i -= 1
    if i < 0 or i == mark - 1 or not set(keys_of(toks[i])) & nouns:
        return None
    holders = tuple(dict.fromkeys(named[j] for j in range(i + 1, mark) if j in named))
    return (i, holders) if holders else None


def pledged_plan(sentence: Sentence, match: Match, lex: Lexicon) -> frozenset[int]:
    """The words of the act a commitment noun commits to ("a promise by A and B *to hold talks in
    May*", "التزامهما *بالاجتماع في مايو*"): their dates are the plan's, not the pledge's. Empty when the
    noun commits to no act."""
    toks = sentence.toks
    if not set(keys_of(toks[match.head])) & lex.commitment_nouns:
        return frozenset()
    for i in range(match.indices[-1] + 1, min(len(toks), match.indices[-1] + 1 + HOLDERS_REACH)):
        tok = toks[i]
        if any(tok.key.startswith(m) and len(tok.key) > len(m) + 2 for m in lex.glued_pledge_marks):
            return frozenset(range(i, len(toks)))
        if unelided(tok.key) in lex.pledge_marks:
            act = next(
                (j for j in range(i + 1, min(i + 1 + MARK_REACH, len(toks))) if toks[j].pos == "VERB"), None
            )
            if act is not None:
                return plan_words(sentence, Match(match.trigger, (act,), act), i)
        if tok.pos in ("VERB", "AUX") or tok.text in (".", ";", ":"):
            break
    return frozenset()


def plan_words(sentence: Sentence, match: Match, mark: int) -> frozenset[int]:
    """The planned act's words, whose dates are the plan's: from the mark (or the act itself), the act
    and what the parse hangs on it ("to meet again in the first quarter of 2019, probably in March");
    unparsed, the rest of the sentence."""
    toks = sentence.toks
    if not sentence.parsed:
        return frozenset(range(mark, len(toks)))
    # up to the next mark, whatever the parse says ("de volver a reunirse en mayo")
    end = next((i for i in range(match.indices[-1] + 1, len(toks)) if toks[i].pos == "PUNCT"), len(toks))
    inside = {i for i in range(len(toks)) if hangs_on(sentence.toks, i, match.head)}
    return frozenset(inside | set(range(mark, end)))
