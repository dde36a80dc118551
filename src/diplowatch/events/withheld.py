"""Declining to comment is no rejection: "The Kremlin refused to say whether...", "declined to comment",
"a refusé de commenter", "s'est refusé à tout commentaire", "se negó a comentar", "رفض التعليق" refuse no
proposal, demand or party; nothing diplomatic was turned down. A REJECT trigger whose complement is a
word of comment (lexicon `withheld_comments`) after it tells no event ("En declaraciones a la prensa, X
rechazó la propuesta" is a rejection told to the press)."""

from __future__ import annotations

from diplowatch.events.arguments import OBJECTS
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match, keys_of
from diplowatch.text.sentences import Sentence

COMPLEMENTS = ("xcomp", "obj", "dobj", "obl", "nmod", "pobj", "prep")  # not "saying...": an adverbial clause
REACH = 2  # dependency steps below the trigger ("rechazó hacer comentarios": the light verb, then the noun)
UNPARSED_REACH = 6  # words after an unparsed trigger, its subject between ("رفضت الوزارة الروسية التعليق")
CLAUSE_ENDS = frozenset({",", "،", ".", ";", "؛", ":"})


def withholds_comment(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """The REJECT trigger refuses a comment, not a proposal."""
    if match.trigger.type != "REJECT" or not lex.withheld_comments:
        return False
    if not sentence.parsed:  # the subject may stand between ("رفضت وزارة الخارجية الروسية التعليق")
        last = match.indices[-1]
        for i in range(last + 1, min(len(sentence.toks), last + 1 + UNPARSED_REACH)):
            if set(keys_of(sentence.toks[i])) & lex.withheld_comments:
                return True
            if sentence.toks[i].text in CLAUSE_ENDS:
                return False
        return False
    level = [match.head]
    for step in range(REACH):
        level = [
            c
            for i in level
            for c in sentence.children(i)
            if sentence.toks[c].dep.startswith(COMPLEMENTS)
            # the refusal's own object is what it turns down: "rejected the comments of X" is a rejection;
            # a phrase before the refusal sets its scene ("In comments to reporters, X rejected the plan")
            and not (step == 0 and (sentence.toks[c].dep in OBJECTS or c < match.head))
        ]
        if any(set(keys_of(sentence.toks[c])) & lex.withheld_comments for c in level):
            return True
    return False
