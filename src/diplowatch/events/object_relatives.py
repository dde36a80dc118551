"""An act told in a relative clause whose pronoun is its object is done to the noun the clause modifies.

"Guyana turned to the Court against Venezuela, *which it accused of* planning an invasion", "Rabat a
reçu la Mauritanie, *que l'Espagne a soutenue*", "la Cedeao, *a la que acusa de* servir a Francia":
the relative pronoun stands for the noun before it, the one accused or backed; that noun's names are
the act's recipients, the names elsewhere in the sentence are not (the host of the main clause, the
country in the reason given).
"""

from __future__ import annotations

import dataclasses

from diplowatch.events.argument_set import Arguments
from diplowatch.events.relatives import RELATIVE_CLAUSES, object_relative, relative_pronoun
from diplowatch.events.triggers import Match
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence

# (the Spanish parser labels "a la que", "a quien" an indirect object)
OBJECTS = frozenset({"obj", "dobj", "iobj"})
WH_OBJECTS = frozenset({"which", "whom", "who", "that"})  # English relatives the tagger leaves unmarked


def relative_object(sentence: Sentence, k: int) -> bool:
    """Token k is the object relative pronoun of the clause it opens ("which" in "which it accused",
    "que" in "que l'Espagne a soutenue", "la que" in "a la que acusa")."""
    tok = sentence.toks[k]
    verb = tok.head
    if tok.dep not in OBJECTS or verb < 0 or k > verb:
        return False
    if sentence.toks[verb].dep not in RELATIVE_CLAUSES:
        return False
    english = tok.key in WH_OBJECTS and not tok.morph
    return (relative_pronoun(tok) or english) and object_relative(sentence, verb, k)


def with_relative_object(
    sentence: Sentence, match: Match, args: Arguments, at: dict[ActorMention, int | None]
) -> Arguments:
    """`args` whose recipients are the names of the noun the trigger's object relative clause modifies,
    when the trigger is the clause's verb and that noun names someone; `args` otherwise."""
    verb = match.head
    if not sentence.parsed or not any(relative_object(sentence, c) for c in sentence.children(verb)):
        return args
    noun = sentence.toks[verb].head
    phrase = sentence.subtree(noun) - sentence.subtree(verb)
    named = tuple(dict.fromkeys(m.key for m, i in at.items() if i in phrase and m.key not in args.actor))
    return dataclasses.replace(args, recipient=named) if named else args
