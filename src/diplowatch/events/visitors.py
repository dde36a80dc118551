"""A visit noun names its visitor ("après la visite de Nasser Bourita à Washington", "after Nasser Bourita's
visit to Washington", "tras la visita de X a Y"): the name its genitive word introduces, or its possessor, is
the one who visits, not the subject of the verb the noun hangs on ("Le geste britannique intervient après la
visite de X": no British visit). Parsed text only; a visit noun that is its clause's subject already has its
genitive in its subject."""

from __future__ import annotations

from collections.abc import Sequence

from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence

VISIT = "visit"
POSSESSORS = ("poss", "nmod:poss")
GENITIVE_REACH = 3  # tokens after the genitive word where the visitor's name starts ("du ministre X")
VISITORS = ("person", "country", "organization")


def visitor(sentence: Sentence, match: Match, found: Sequence[ActorMention], lex: Lexicon) -> str | None:
    """The actor the visit noun's genitive or possessor names, if any."""
    if match.trigger.type != "CONSULT" or match.trigger.mode != VISIT or not sentence.parsed:
        return None
    head = sentence.toks[match.head]
    if head.pos != "NOUN" or head.dep.startswith("nsubj"):
        return None
    owners = [c for c in sentence.children(match.head) if sentence.toks[c].dep in POSSESSORS]
    after = max(match.indices) + 1
    if after < len(sentence.toks) and sentence.toks[after].key in lex.genitive:
        # the genitive's noun phrase up to its first name ("du ministre Nasser Bourita", "de l'émissaire")
        owners += list(range(after + 1, min(after + 1 + GENITIVE_REACH, len(sentence.toks))))
    for at in owners:  # the first name of the genitive's phrase
        for mention in found:
            if mention.kind in VISITORS and at in sentence.tokens_within(mention.start, mention.end):
                return mention.key
    return None


def act_arrives(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """An arrival verb whose subject is an act, not an actor ("La decisión británica llega tras...", "the move
    comes after..."): nobody arrives (lexicon `acts`)."""
    if match.trigger.type != "CONSULT" or match.trigger.mode != VISIT or not sentence.parsed:
        return False
    if sentence.toks[match.head].pos != "VERB":
        return False
    return any(
        sentence.toks[c].dep.startswith("nsubj") and sentence.toks[c].key in lex.acts
        for c in sentence.children(match.head)
    )
