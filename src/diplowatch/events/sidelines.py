"""A body named as the occasion of an act takes no part in it: "On the sidelines of the General Assembly,
X met Y", "en marge du sommet de l'Union africaine", "al margen de la Asamblea General", "على هامش القمة":
the assembly or the summit is where the act happened, not a partner of it (nor a meeting of its own with
the actor). The occasion runs from a sidelines word (lexicon `sidelines`) to the next punctuation or
verb, OCCASION_REACH words at most."""

from __future__ import annotations

from diplowatch.events.lexicon import Lexicon
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import PHRASE_BREAK, Sentence

OCCASION_REACH = 8  # words: "on the sidelines of the UN General Assembly's high-level week"
_CLAUSE_WORDS = frozenset({"VERB", "AUX", "PUNCT"})


def without_occasions(
    sentence: Sentence, found: list[ActorMention], lexicon: Lexicon, body: str
) -> list[ActorMention]:
    """The sentence's mentions minus those naming the occasion a sidelines word opens."""
    if not lexicon.sidelines:
        return found
    spans = _occasions(sentence, lexicon, body)
    return [m for m in found if not any(start <= m.start < end for start, end in spans)] if spans else found


def _occasions(sentence: Sentence, lexicon: Lexicon, body: str) -> list[tuple[int, int]]:
    """Body spans of the phrases that follow a sidelines word."""
    toks, out = sentence.toks, []
    for i, tok in enumerate(toks):
        if tok.key not in lexicon.sidelines:
            continue
        last = i
        for j in range(i + 1, min(len(toks), i + 1 + OCCASION_REACH)):
            if toks[j].pos in _CLAUSE_WORDS or PHRASE_BREAK.search(body[toks[j - 1].end : toks[j].start]):
                break
            last = j
        if last > i:
            out.append((toks[i].end, toks[last].end))
    return out
