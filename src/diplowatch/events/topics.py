"""An event noun named as a subject matter or a remit is no event.

"la question des négociations", "the issue of the talks", "la cuestión del diálogo", "ملف المفاوضات":
the negotiations are what is discussed, not a meeting held; "a vote on the ceasefire deal", "le débat
sur le retrait": what is voted on or debated, not agreed or done; "the envoy in charge of the talks",
"chargé des négociations", "encargado de las negociaciones", "المكلف بالمفاوضات": a role, not a
happening. The governing words are data (`topics` in lang/<xx>/events.yaml, and `debates` for the
nouns of a vote or a debate, nouns only). With a parse, a head up the trigger noun's phrase (across an
English preposition) is one; without one, the word right before it, or one a short chain of nouns
before it ("جولته الخاصة بدعم توسيع وتجديد الهدنة": the tour is about
extending the truce, nobody renewed it there).
Material conflict is kept: it is mostly told by its noun ("responsible for the attack").
"""

from __future__ import annotations

from diplowatch.events.lexicon import Lexicon
from diplowatch.events.shapes import nominal_shape
from diplowatch.events.triggers import Match, keys_of
from diplowatch.text.sentences import Sentence, Token

TOLD_BY_NOUN = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})
COMPLEMENT_DEPS = ("nmod", "obl", "pobj")
NOUN_LINKS = (*COMPLEMENT_DEPS, "compound", "conj", "appos")  # how a noun hangs in a noun phrase
NOUN_CHAIN = 4  # steps from a trigger noun up its noun phrase to the topic word
TOPIC_CHAIN = 4  # unparsed: tokens from a topic word to the trigger noun ("الخاصة بدعم توسيع وتجديد")


def as_topic(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """Whether a trigger noun is the complement of a topic or remit word."""
    if not lex.topics or match.trigger.type in TOLD_BY_NOUN:
        return False
    if not sentence.parsed:
        return _unparsed(sentence, match, lex)
    tok = sentence.toks[match.head]
    if tok.pos != "NOUN":
        return False
    # up the noun phrase, for a trigger noun deep in the one a topic word governs ("a vote on the
    # ceasefire and hostage release deal", "le vote sur l'accord de cessez-le-feu et de libération")
    for _ in range(NOUN_CHAIN):
        if tok.head < 0 or not tok.dep.startswith(NOUN_LINKS):
            return False
        head = sentence.toks[tok.head]
        if head.pos == "ADP" and head.head >= 0:  # English: "question -> of -> talks"
            head = sentence.toks[head.head]
        if tok.dep.startswith(COMPLEMENT_DEPS) and _governs_topics(head, lex):
            return True
        if head.pos != "NOUN":
            return False
        tok = head
    return False


def _governs_topics(tok: Token, lex: Lexicon) -> bool:
    """A topic or remit word, or the noun of a vote or a debate ("le vote sur l'accord"; the verb "a voté"
    folds to the same key)."""
    keys = set(keys_of(tok))
    return bool(keys & lex.topics or (tok.pos == "NOUN" and keys & lex.debates))


def _unparsed(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """The word right before the trigger is a topic word, or, for a trigger noun, one stands at the head
    of an unbroken chain of nouns (or words with a glued preposition) that ends with it."""
    first = match.indices[0]
    toks = sentence.toks
    if first > 0 and set(keys_of(toks[first - 1])) & lex.topics:
        return True
    if not nominal_shape(match.trigger.words[0], toks[first].text):
        return False
    for i in range(first - 1, max(-1, first - 1 - TOPIC_CHAIN), -1):
        if toks[i + 1].start - toks[i].end > 1:  # a mark between the two words (or a wide gap)
            return False
        if set(keys_of(toks[i])) & lex.topics:
            return True
        tok = toks[i]
        if not (nominal_shape(tok.key, tok.text) or (tok.key[:1] in ("ب", "ل") and len(tok.key) > 3)):
            return False
    return False
