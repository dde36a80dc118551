"""A trigger word that names an office is no event inside that office's title.

"le ministre des Affaires étrangères et de la Coopération", "el Ministro de Asuntos Exteriores y
Cooperación", "وزير الشؤون الخارجية والتعاون الدولي", "the Shanghai Cooperation Organisation": the
words flagged `title` in lang/<xx>/events.yaml ("coopération", "coordination") are part of a title
when they hang, through a chain of noun-phrase links, on an office word (`offices`: "ministre",
"ministry", "وزارة"). Without a parse, the office word must stand a few tokens before the trigger
with no punctuation, no actor's name and no reporting verb in between (they end the title:
"وزير الخارجية بوريطة يستقبل", "قال الوزير إن التعاون").
"""

from __future__ import annotations

from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match, keys_of
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import PHRASE_BREAK, Sentence

TITLE_DEPS = frozenset({"conj", "nmod", "compound", "flat", "flat:name", "pobj", "prep", "amod", "appos"})
TITLE_DEPTH = 5  # links walked up from the trigger ("Cooperation" -> "Affairs" -> "of" -> "Minister")
TITLE_WINDOW = 4  # tokens before an unparsed trigger searched for the office word


def in_title(sentence: Sentence, match: Match, lex: Lexicon, found: list[ActorMention], body: str) -> bool:
    """Whether the trigger is a word of an office's title rather than an event."""
    if "title" not in match.trigger.flags or not lex.offices:
        return False
    if sentence.parsed:
        return _office_above(sentence, match.head, lex)
    return _office_before(sentence, match.indices[0], lex, found, body)


def _office_above(sentence: Sentence, index: int, lex: Lexicon) -> bool:
    tok = sentence.toks[index]
    for _ in range(TITLE_DEPTH):
        if tok.head < 0 or tok.dep not in TITLE_DEPS:
            return False
        head = sentence.toks[tok.head]
        if head.pos in ("VERB", "AUX"):
            return False
        if set(keys_of(head)) & lex.offices:
            return True
        tok = head
    return False


def _office_before(
    sentence: Sentence, index: int, lex: Lexicon, found: list[ActorMention], body: str
) -> bool:
    toks = sentence.toks
    start = toks[index].start
    for j in range(index - 1, max(-1, index - 1 - TITLE_WINDOW), -1):
        named = any(toks[j].end <= m.start < start for m in found)  # a name between them ends the title
        if named or PHRASE_BREAK.search(body[toks[j].end : start]) or set(keys_of(toks[j])) & lex.reporting:
            return False
        if set(keys_of(toks[j])) & lex.offices:
            return True
    return False
