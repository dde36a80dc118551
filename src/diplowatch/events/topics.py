"""An event noun named as a subject matter or a remit is no event.

"la question des négociations", "the issue of the talks", "la cuestión del diálogo", "ملف المفاوضات":
the negotiations are what is discussed, not a meeting held; "the envoy in charge of the talks",
"chargé des négociations", "encargado de las negociaciones", "المكلف بالمفاوضات": a role, not a
happening. The governing words are data (`topics` in lang/<xx>/events.yaml). With a parse, the
noun's head (across an English preposition) is one; without one, the word right before it.
Material conflict is kept: it is mostly told by its noun ("responsible for the attack").
"""

from __future__ import annotations

from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match, keys_of
from diplowatch.text.sentences import Sentence

TOLD_BY_NOUN = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})
COMPLEMENT_DEPS = ("nmod", "obl", "pobj")


def as_topic(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """Whether a trigger noun is the complement of a topic or remit word."""
    if not lex.topics or match.trigger.type in TOLD_BY_NOUN:
        return False
    if not sentence.parsed:
        before = match.indices[0] - 1
        return before >= 0 and bool(set(keys_of(sentence.toks[before])) & lex.topics)
    tok = sentence.toks[match.head]
    if tok.pos != "NOUN" or not tok.dep.startswith(COMPLEMENT_DEPS) or tok.head < 0:
        return False
    head = sentence.toks[tok.head]
    if head.pos == "ADP" and head.head >= 0:  # English: "question -> of -> talks"
        head = sentence.toks[head.head]
    return bool(set(keys_of(head)) & lex.topics)
