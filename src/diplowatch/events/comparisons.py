"""A trigger noun compared with the sentence's act tells no event: "Contrairement à ses précédentes
visites, le diplomate n'a rencontré ni le roi ni...", "Unlike his previous visits", "A diferencia de sus
visitas anteriores", "خلافاً لزياراته السابقة". The visits compared are other, earlier happenings the
sentence only alludes to; the names it gives are not their participants (coded, they made two meetings
of a sentence that says none took place). The openers are data (`comparisons` in
lang/<xx>/events.yaml)."""

from __future__ import annotations

from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match
from diplowatch.text.sentences import PHRASE_BREAK, Sentence

REACH = 3  # words between the opener and the noun: "à ses précédentes", "to his previous"
NOUN_TAGS = frozenset({"NOUN", "PROPN"})


def compared(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """Whether the trigger is a noun that a comparison opener introduces, a few words before it."""
    if not lex.comparisons:
        return False
    first = match.indices[0]
    if sentence.parsed and sentence.toks[first].pos not in NOUN_TAGS:
        return False
    keys = [t.key for t in sentence.toks]
    for opener in lex.comparisons:
        words = opener.split()
        for start in range(max(0, first - len(words) - REACH), first - len(words) + 1):
            end = start + len(words)
            if keys[start:end] == words and not any(
                PHRASE_BREAK.search(t.text) for t in sentence.toks[end:first]
            ):
                return True
    return False
