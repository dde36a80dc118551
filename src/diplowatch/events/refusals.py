"""Refusing to criticise is no rejection of the one spared: "Egypt refused to condemn Israel", "L'Algérie
a refusé de condamner la Russie", "Venezuela se negó a condenar a Rusia" tell a criticism that did not
happen (the annotation guide's "negated"), not a REJECT addressed to Israel or Russia. A refusal (REJECT
trigger) whose infinitive complement is a criticism (an ACCUSE trigger of the same sentence) is no event
of its own; the criticism stays unreal. Refusing to meet someone ("refused to meet Israel") still rejects
the meeting."""

from __future__ import annotations

from diplowatch.events.arguments import predicate
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match, find
from diplowatch.text.sentences import Sentence

COMPLEMENTS = ("xcomp", "ccomp", "advcl")  # the infinitive a refusal governs ("refused *to condemn*")
INFINITIVE = "VerbForm=Inf"


def refuses_to_criticise(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    if match.trigger.type != "REJECT" or not sentence.parsed:
        return False
    criticisms = {m.head for m in find(sentence, lex) if m.trigger.type == "ACCUSE"}
    if not criticisms:
        return False
    verb = predicate(sentence, match.head)
    return any(
        c in criticisms and sentence.toks[c].dep in COMPLEMENTS and INFINITIVE in sentence.toks[c].morph
        for c in sentence.children(verb)
    )
