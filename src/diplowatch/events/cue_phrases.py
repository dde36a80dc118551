"""Cue phrases of a lexicon found in a sentence: where one begins, the words a list of them opens ("in the
presence of X, Y", "among them X, Y"), and the contrast marks ("while", "tandis que", "mientras", "بينما")
that end a trigger's clause or open another actor's."""

from __future__ import annotations

import functools

from diplowatch.events.lexicon import Lexicon
from diplowatch.text.normalise import variants
from diplowatch.text.sentences import Sentence

CONTRAST_DEPS = frozenset({"mark", "cc", "advmod"})  # how the parsers attach "while", "tandis", "mientras"
LIST_ENDS = frozenset({";", ":", "(", "«", '"', "“"})  # a list after a mark runs no further than these


def phrase_at(sentence: Sentence, j: int, phrases: frozenset[str]) -> bool:
    """Whether token `j` begins one of the cue phrases."""
    toks = sentence.toks
    for first in variants(toks[j].key):
        for rest in _by_first_word(phrases).get(first, ()):
            if [t.key.rstrip(ELISION) for t in toks[j + 1 : j + 1 + len(rest)]] == list(rest):
                return True
    return False


# An elided word keeps its apostrophe in the text ("tandis qu'Alger") and loses it in the cue lists, which
# are folded like phrases ("tandis qu'" is stored as "tandis qu").
ELISION = "'’"


def contrasted(sentence: Sentence, head: int, lexicon: Lexicon | None) -> bool:
    """The phrase under `head` opens with a subordinator of contrast ("while Russia abstained", "tandis
    que la Russie s'est abstenue", "mientras China votó en contra"): another actor's act."""
    if lexicon is None or not lexicon.contrast_marks:
        return False
    marks = [c for c in sentence.children(head) if sentence.toks[c].dep in CONTRAST_DEPS and c < head]
    return any(phrase_at(sentence, c, lexicon.contrast_marks) for c in marks)


def contrast_after(sentence: Sentence, start: int, lexicon: Lexicon) -> int:
    """The first token from `start` that begins a contrast mark (the end of the trigger's clause)."""
    following = range(start, len(sentence.toks))
    return next((j for j in following if phrase_at(sentence, j, lexicon.contrast_marks)), len(sentence.toks))


@functools.cache
def _by_first_word(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each cue phrase's words after the first, under its first word (one dictionary lookup per
    token instead of a pass over every phrase)."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for cue in sorted(phrases):
        first, *rest = cue.split()
        grouped.setdefault(first, []).append(tuple(rest))
    return {first: tuple(rests) for first, rests in grouped.items()}


def tokens_after_marks(sentence: Sentence, marks: frozenset[str]) -> set[int]:
    """The tokens after each of the marks, up to the next verb or the end of the phrase."""
    toks = sentence.toks
    out: set[int] = set()
    for j in range(len(toks)):
        if not phrase_at(sentence, j, marks):
            continue
        k = j + 1
        while (
            k < len(toks)
            and toks[k].text not in LIST_ENDS
            and not (sentence.parsed and toks[k].pos == "VERB")
        ):
            out.add(k)
            k += 1
    return out
