"""A call to someone that asks for nothing is a telephone call: "Biden called Macron on Tuesday", "Macron a
appelé Biden mardi pour évoquer Gaza", "Sánchez llamó a Macron el martes" tell a talk by phone (PLOVER
CONSULT, mode phone), not a request. A call that asks for an act or a conduct stays one: "called on X to",
"a appelé X à la retenue", "llamó a las partes a negociar" (events.asks). The verbs are data
(`phone_verbs` in lang/<xx>/events.yaml); the one called is a named actor: the verb's direct object, or
the first name after it ("a appelé mercredi son homologue X")."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence, Set

from diplowatch.events.asks import asks_conduct, asks_to
from diplowatch.events.coordination import covered
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence

OBJECTS = frozenset({"obj", "dobj"})
PHONE = "phone"


def as_phone_call(
    sentence: Sentence, match: Match, lex: Lexicon, in_sentence: Sequence[ActorMention]
) -> Match:
    """The call re-coded as a telephone call when it asks for nothing of the named actor it reaches;
    unchanged otherwise. `in_sentence`: the sentence's actor mentions."""
    if (
        match.trigger.type != "REQUEST"
        or not sentence.parsed
        or " ".join(match.trigger.words) not in lex.phone_verbs
        or sentence.toks[match.head].pos != "VERB"
    ):
        return match
    named = covered(sentence, in_sentence)  # (only for a call verb: most sentences hold none)
    called = _called(sentence, match, lex, named)
    if called is None or asks_to(sentence, match, lex) is not None or asks_conduct(sentence, match, lex):
        return match
    if _to_something(sentence, called, lex, named):
        return match  # "a appelé le Maroc au dialogue", "called X to the table": asked to something
    trigger = dataclasses.replace(
        match.trigger, type="CONSULT", mode=PHONE, flags=match.trigger.flags - {"weak", "ask"}
    )
    return dataclasses.replace(match, trigger=trigger)


def _called(sentence: Sentence, match: Match, lex: Lexicon, named: Set[int]) -> int | None:
    """The named actor the call reaches: the verb's object, or one that follows it through no other
    preposition than a dative mark ("llamó el martes a Macron"); the parser may hang the object elsewhere
    ("a appelé mercredi son homologue X": on the day). None when it reaches no one named."""
    toks = sentence.toks
    objects = [c for c in sentence.children(match.head) if toks[c].dep in OBJECTS and c in named]
    if objects:
        return objects[0]
    for i in range(match.indices[-1] + 1, min(len(toks), match.indices[-1] + 1 + REACH)):
        if i in named:
            return i
        if toks[i].pos in STOPS and toks[i].key not in lex.dative_marks:
            return None
    return None


def _to_something(sentence: Sentence, called: int, lex: Lexicon, named: Set[int]) -> bool:
    """A dative mark after the one called, then (past an article) a word no actor's name holds: what the
    call asks them to ("au dialogue", "à la table des négociations", "a la moderación")."""
    toks = sentence.toks
    after = [i for i in range(called + 1, min(len(toks), called + 1 + 2 * REACH)) if i not in named]
    for i in after:
        if toks[i].key in lex.dative_marks:
            rest = [j for j in range(i + 1, min(len(toks), i + 3)) if toks[j].pos != "DET"][:1]
            return bool(rest) and rest[0] not in named and toks[rest[0]].pos in ("NOUN", "VERB")
        if toks[i].pos in STOPS and toks[i].pos != "CCONJ":  # (past the others called: "X et Y au dialogue")
            return False
    return False


REACH = 6  # tokens from the verb to the one called ("a appelé mercredi son homologue russe X")
STOPS = frozenset({"ADP", "VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"})  # what ends the verb's object
