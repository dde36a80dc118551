"""Who travels with the actor is of the actor's party, not a counterpart.

"Lavrov flew to Pyongyang, accompanied by his deputy Andrei Rudenko", "Macron s'est rendu à Alger,
accompagné de sa ministre Catherine Colonna", "Sánchez viajó a Rabat acompañado del ministro José
Manuel Albares", "وصل الوزير إلى الرباط برفقة وزير الخارجية": the companion is no one the visit or
the talks are with. The words are data (`companions` in lang/<xx>/events.yaml). With a parse the
companions are the names in the phrase a companion word heads; without one, the name right after it.
An act told inside that phrase ("accompanied by X, who met Y") is the companion's own and keeps its
participants.
"""

from __future__ import annotations

import dataclasses

from diplowatch.events.argument_set import Arguments
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match, token_keys
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence

UNPARSED_REACH = 4  # tokens after a companion word searched for the companion's name (no parse)


def without_companions(
    sentence: Sentence, match: Match, args: Arguments, in_sentence: list[ActorMention], lex: Lexicon
) -> Arguments:
    """`args` without the recipients who travel with the actor."""
    if not args.recipient or not lex.companions:
        return args
    phrases = _companion_phrases(sentence, lex)
    if not phrases or any(match.head in phrase for phrase in phrases):
        return args
    companions = set()
    for mention in in_sentence:
        first = sentence.token_at(mention.start)
        if first is not None and any(first in phrase for phrase in phrases):
            companions.add(mention.key)
    if not companions & set(args.recipient):
        return args
    return dataclasses.replace(args, recipient=tuple(k for k in args.recipient if k not in companions))


def _companion_phrases(sentence: Sentence, lex: Lexicon) -> list[frozenset[int]]:
    """The token spans that name companions: each companion word's phrase (parsed), or the few tokens
    after it (unparsed). Worked out once per sentence."""
    return sentence.derived_for("companions", lambda s: _phrases(s, lex), lex)


def _phrases(sentence: Sentence, lex: Lexicon) -> list[frozenset[int]]:
    keys = token_keys(sentence)
    words = [i for i, k in enumerate(keys) if lex.companions.intersection(k)]
    if sentence.parsed:
        return [frozenset(j for j in sentence.subtree(i) if j != i) for i in words]
    return [frozenset(range(i + 1, min(len(sentence.toks), i + 1 + UNPARSED_REACH))) for i in words]
