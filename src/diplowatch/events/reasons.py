"""The reason an appraisal gives is not whom it addresses.

"Moscow criticised the West for supplying missiles to Kyiv", "a salué le Qatar pour sa médiation entre
le Hamas et Israël", "acusó a Estados Unidos de armar a Taiwán": the verb's object is the one criticised,
praised or accused; the phrase after it ("for...", "pour...", "de...": `Lexicon.reasons`) tells what that
one did, and to whom. Names only inside that phrase are no recipients of the appraisal, even when the
object itself names no known actor ("the West"): the appraisal then has no named recipient. Nor is
the phrase the appraisal's clause: a place or a date in it is the reasoned act's.
"""

from __future__ import annotations

import dataclasses

from diplowatch.events.argument_set import Arguments
from diplowatch.events.case_marks import case_marked
from diplowatch.events.categories import REACTIONS
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.object_relatives import relative_object
from diplowatch.events.triggers import Match
from diplowatch.text.mentions import ActorMention
from diplowatch.text.normalise import unelided
from diplowatch.text.sentences import Sentence

OBJECTS = frozenset({"dobj", "obj", "iobj"})
MARKS = frozenset({"case", "mark"})  # how French and Spanish hang "pour", "por", "de" on the phrase


def without_reasons(
    sentence: Sentence, match: Match, args: Arguments, at: dict[ActorMention, int | None], lexicon: Lexicon
) -> Arguments:
    """`args` without the reason phrase of an appraising verb that has an object of its own before that
    phrase: neither the recipients named only there nor its words in the clause."""
    if match.trigger.type not in REACTIONS or not sentence.parsed:
        return args
    verb = match.head
    if sentence.toks[verb].pos not in ("VERB", "AUX"):
        return args
    named = {i for m in at for i in sentence.starting_within(m.start, m.end)}
    objects = [k for k in sentence.children(verb) if k > verb and _is_object(sentence, k, lexicon, named)]
    if not objects:
        return args
    phrases = [k for k in sentence.children(verb) if k > min(objects) and _opens_reason(sentence, k, lexicon)]
    # the small English parser hangs "of serving France" on an object it tags a noun ("accused ECOWAS of
    # serving France"): a reason phrase still when it tells an act, a verb inside (not "the government of
    # Algeria", a name's own complement)
    phrases += [
        k
        for o in objects
        for k in sentence.children(o)
        if k > o and k not in named and _opens_reason(sentence, k, lexicon) and _tells_an_act(sentence, k)
    ]
    if not phrases:
        return args
    inside = set().union(*(sentence.subtree(k) for k in phrases))
    outside = {m.key for m, i in at.items() if i is not None and i not in inside}
    kept = tuple(k for k in args.recipient if k in outside)
    # its places and dates are the reasoned act's too: "for supplying missiles to Kyiv" is not where
    return dataclasses.replace(args, recipient=kept, clause=args.clause - inside)


def _is_object(sentence: Sentence, k: int, lexicon: Lexicon, named: set[int]) -> bool:
    """A direct or indirect object that is a name (an actor's, whatever its tag: "accusé l'Algérie", the
    French tagger's noun), or a Spanish one the parser took for a complement ("elogió a Catar": "a" marks
    a person or a state as object), or the relative pronoun standing for one. A common noun is what is
    appraised ("welcomed the decision for..."), and its phrase may name whose it is."""
    tok = sentence.toks[k]
    if relative_object(sentence, k):  # "Venezuela, which it accused of...": the noun before is the object
        return True
    if tok.pos != "PROPN" and k not in named:
        return False
    return tok.dep in OBJECTS or case_marked(sentence, k, lexicon.dative_marks)


def _opens_reason(sentence: Sentence, k: int, lexicon: Lexicon) -> bool:
    """Token k heads a phrase that a reason word opens: the English preposition itself ("for", "of"),
    or a French or Spanish phrase whose first word is one ("pour avoir livré", "por su mediación")."""
    tok = sentence.toks[k]
    if unelided(tok.key) in lexicon.reasons and tok.dep == "prep":
        return True
    first = min(sentence.subtree(k))
    return (
        first < k
        and unelided(sentence.toks[first].key) in lexicon.reasons
        and sentence.toks[first].dep in MARKS
        and sentence.toks[first].head == k
    )


def _tells_an_act(sentence: Sentence, k: int) -> bool:
    return any(sentence.toks[j].pos == "VERB" for j in sentence.subtree(k))
