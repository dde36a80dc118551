"""Unparsed text: a trigger right after a word of aim or effort names a goal, not a happening.

"سبل تجديد الهدنة" (ways of renewing the truce), "الجهود الأممية لتجديد الهدنة" (the UN's efforts
to renew the truce), "مساعي الوساطة" (mediation efforts): the truce was not renewed, nobody
mediated in that sentence. A parse tells this from the trigger's dependency; without one, the
`purposes` words of lang/<xx>/events.yaml within a few tokens before the trigger, with no
punctuation in between, do.
"""

from __future__ import annotations

from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match, keys_of
from diplowatch.text.sentences import PHRASE_BREAK, Sentence

PURPOSE_WINDOW = 4  # tokens: "الجهود الأممية السابقة لتجديد الهدنة"


def for_purpose(sentence: Sentence, match: Match, lex: Lexicon, body: str) -> bool:
    """Whether an unparsed trigger follows a word of aim or effort in the same stretch of text."""
    if sentence.parsed or not lex.purposes:
        return False
    first = match.indices[0]
    start = sentence.toks[first].start
    for j in range(first - 1, max(-1, first - 1 - PURPOSE_WINDOW), -1):
        if PHRASE_BREAK.search(body[sentence.toks[j].end : start]):
            return False
        if set(keys_of(sentence.toks[j])) & lex.purposes:
            return True
    return False
