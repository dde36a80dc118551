"""Whom a speaker speaks for: "speaking on behalf of the European Union, Germany condemned...", "au nom
des membres africains du Conseil", "en nombre de la UE", "متحدثة باسم الأعضاء الأفارقة". Those the phrase
names are never what the act is addressed to; the one it names first acts with the speaker."""

from __future__ import annotations

from diplowatch.events.lexicon import Lexicon
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence

PHRASE_LIMIT = (
    10  # tokens after the mark the phrase may run to ("of the three African members of the Council")
)
PHRASE_ENDS = frozenset({",", ";", ":", ".", "،", "؛", "(", ")", "«", "»", '"'})
LEADING = 1  # words before the name the phrase speaks for ("the", "l'", "la")


def spoken_for(
    sentence: Sentence, lex: Lexicon, mentions: list[ActorMention], body: str
) -> tuple[tuple[str, ...], frozenset[str]]:
    """(the actors speakers in the sentence speak for, every actor named in a phrase of speaking for)."""
    principals: list[str] = []
    inside: set[str] = set()
    for first, end in _kept_phrases(sentence, lex, body):
        for mention in mentions:
            at = sentence.token_at(mention.start)
            if at is not None and first <= at < end:
                inside.add(mention.key)
                if at <= first + LEADING and mention.key not in principals:
                    principals.append(mention.key)
    return tuple(principals), frozenset(inside)


def _kept_phrases(sentence: Sentence, lex: Lexicon, body: str) -> list[tuple[int, int]]:
    """`_phrases`, worked out once per sentence, lexicon and body: every trigger of the sentence asks
    (the lexicon and body are kept with the answer, so that an id is never taken for another's)."""
    return sentence.derived_for("behalf", lambda s: _phrases(s, lex, body), lex, body)


def _phrases(sentence: Sentence, lex: Lexicon, body: str) -> list[tuple[int, int]]:
    """Token ranges [first, end) of what each mark of speaking for is followed by, up to a punctuation
    mark or a verb."""
    keys = [t.key for t in sentence.toks]
    present = set(keys)
    out = []
    for mark in (tuple(m.split()) for m in lex.behalf_marks):
        if mark and not present.issuperset(mark):
            continue  # a word of the mark is nowhere in the sentence (most sentences, every mark)
        for i in range(len(keys) - len(mark) + 1):
            if tuple(keys[i : i + len(mark)]) != mark:
                continue
            first = end = i + len(mark)
            while (
                end < len(keys) and end - first < PHRASE_LIMIT and not _phrase_end(sentence, end, first, body)
            ):
                end += 1
            out.append((first, end))
    return out


def _phrase_end(sentence: Sentence, i: int, first: int, body: str) -> bool:
    """Token i is past the phrase: a punctuation mark or a verb, or after one the tokens leave out
    (the Arabic tokens carry no commas: "الأوروبي، روسيا")."""
    tok = sentence.toks[i]
    gap = body[sentence.toks[i - 1].end : tok.start] if i > first else ""
    return tok.text in PHRASE_ENDS or tok.pos in ("VERB", "AUX") or any(c in PHRASE_ENDS for c in gap)
