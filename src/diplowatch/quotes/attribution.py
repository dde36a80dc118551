"""Who said a quotation: the actor named next to an attribution cue in the quotation's sentence.

The sentence is the text between the sentence breaks around the quotation (breaks inside
quotations do not count). Cues are the language's reporting verbs ("a déclaré", "said",
"afirmó", "قال") and "selon / according to / según". The speaker is the mention nearest a
cue (before it: "X a déclaré : «...»"; after it: "«...», a déploré l'ambassadeur X"),
else the nearest mention before the quotation, else the one after it. A quotation with
nobody in its sentence continues the previous quotation's speaker when it follows closely
(a speech quoted in several pieces).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from diplowatch.actors.normalise import tokens
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.mentions import ActorMention
from diplowatch.quotes.spans import QuoteSpan

_BREAK = re.compile(r"[.!?؟](?=\s)|\n")
CONTINUATION = 400  # characters between two quotations of the same speaker
_KIND_ORDER = {"person": 0, "organization": 1, "group": 1, "country": 2, "territory": 3}


def sentence_around(body: str, quote: QuoteSpan, quotes: Sequence[QuoteSpan]) -> tuple[int, int]:
    def inside(i: int) -> bool:
        return any(q.outer_start <= i < q.outer_end for q in quotes)

    left = max((m.end() for m in _BREAK.finditer(body, 0, quote.outer_start) if not inside(m.start())), default=0)
    right = next((m.start() + 1 for m in _BREAK.finditer(body, quote.outer_end) if not inside(m.start())), len(body))
    return left, right


def cues(body: str, start: int, end: int, lexicon: Lexicon, quotes: Sequence[QuoteSpan]) -> list[int]:
    """Offsets of attribution cues in body[start:end], outside quotations."""
    out = []
    for tok in tokens(body[start:end], start):
        if any(q.outer_start <= tok.start < q.outer_end for q in quotes):
            continue
        if any(_cue_matches(word, tok.key) for word in lexicon.reporting):
            out.append(tok.start)
    return out


def _cue_matches(word: str, key: str) -> bool:
    if " " in word:
        return False
    stem = word[:-2] if len(word) > 5 else word  # "declarer" -> "declar" matches "declare", "declara"
    return key == word or (len(stem) >= 4 and key.startswith(stem))


def speaker(quote: QuoteSpan, window: tuple[int, int], cue_at: list[int], found: Sequence[ActorMention],
            quotes: Sequence[QuoteSpan]) -> ActorMention | None:
    start, end = window
    candidates = [m for m in found if start <= m.start and m.end <= end
                  and not any(q.outer_start <= m.start < q.outer_end for q in quotes)]
    if not candidates:
        return None
    if cue_at:
        return min(candidates, key=lambda m: (min(_distance(m, c) for c in cue_at), _KIND_ORDER.get(m.kind, 4)))
    before = [m for m in candidates if m.end <= quote.outer_start]
    if before:
        return max(before, key=lambda m: m.end)
    return min(candidates, key=lambda m: m.start)


def _distance(m: ActorMention, at: int) -> int:
    return at - m.end if m.end <= at else m.start - at
