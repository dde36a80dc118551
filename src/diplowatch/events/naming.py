"""Calling someone something is no call: "Petro called Milei a fascist", "Algeria called the decision a
provocation" name what the speaker holds them to be, an appraisal (lexicon `naming_verbs`: the verbs whose
object predicate says it). A name of blame makes it a criticism (ACCUSE: `naming_blame`, "a fascist",
"a provocation"), a name of praise a support ("called the agreement a success": `naming_praise`); another
name leaves the verb as it was."""

from __future__ import annotations

import dataclasses

from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match, keys_of
from diplowatch.text.sentences import Sentence

PREDICATES = frozenset({"oprd", "xcomp"})  # "called X *a fascist*": the object's predicate


def as_naming(sentence: Sentence, match: Match, lex: Lexicon) -> Match:
    """The trigger re-coded as an appraisal when its naming verb has an object predicate."""
    tok = sentence.toks[match.head]
    if not sentence.parsed or tok.pos != "VERB" or not set(keys_of(tok)) & lex.naming_verbs:
        return match
    name = next(
        (
            c
            for c in sentence.children(match.head)
            if sentence.toks[c].dep in PREDICATES and sentence.toks[c].pos == "NOUN"
        ),
        None,
    )
    if name is None:
        return match
    keys = set(keys_of(sentence.toks[name]))
    if keys & lex.naming_blame:
        kind, mode = "ACCUSE", "disapprove"
    elif keys & lex.naming_praise:
        kind, mode = "SUPPORT", ""
    else:
        return match
    trigger = dataclasses.replace(
        match.trigger, type=kind, mode=mode, flags=match.trigger.flags - {"weak", "ask"}
    )
    return dataclasses.replace(match, trigger=trigger)
