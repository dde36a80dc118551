"""A phrase that places an act in time by another happening ("au lendemain de la visite de Lavrov", "on the
eve of the vote", "en vísperas de la visita de X", "a day after Lavrov's visit"): the happening is only the
act's time, and whom it names takes no part in the act ("Le Maroc a condamné l'attaque, au lendemain de la
visite de Lavrov" condemns no Lavrov). Lexicon `time_anchors`: the words of such a time (one word, or two
read side by side: "day after", "día siguiente")."""

from __future__ import annotations

from diplowatch.events.lexicon import Lexicon
from diplowatch.text.sentences import Sentence

PREPOSITION_PARTS = ("fixed", "case", "flat")  # "en vísperas de": the anchor is a word of a preposition
VERBS = ("VERB", "AUX")


def time_anchored(sentence: Sentence, keep: int, lexicon: Lexicon) -> set[int]:
    """The tokens of the sentence's time-anchor phrases that do not hold token `keep` (the trigger)."""
    if not lexicon.time_anchors:
        return set()
    phrases = sentence.derived_for(
        "time anchors", lambda s: _anchor_phrases(s, lexicon.time_anchors), lexicon
    )
    return {i for phrase in phrases if keep not in phrase for i in phrase}


def _anchor_phrases(sentence: Sentence, anchors: frozenset[str]) -> tuple[frozenset[int], ...]:
    """Every time-anchor phrase of the sentence (worked out once: each verb trigger asks)."""
    toks = sentence.toks
    out: list[frozenset[int]] = []
    for i, tok in enumerate(toks):
        pair = f"{tok.key} {toks[i + 1].key}" if i + 1 < len(toks) else ""
        named = tok.key in anchors or tok.lemma in anchors or pair in anchors
        if not named or tok.pos in VERBS:
            continue  # (nor a verb: "la France veille à...")
        phrase = _phrase(sentence, i)
        if pair in anchors and tok.head == i + 1:  # "a day after X's visit": "day" measures "after"
            phrase |= sentence.subtree(i + 1)
        out.append(frozenset(phrase))
    return tuple(out)


def _phrase(sentence: Sentence, anchor: int) -> set[int]:
    """The anchor's phrase: its subtree, or, when the parser read it as a word of a preposition ("en
    vísperas de la visita"), the subtree of the noun the preposition introduces."""
    tok = sentence.toks[anchor]
    if tok.dep in PREPOSITION_PARTS and tok.head >= 0:
        head = sentence.toks[tok.head]
        noun = head.head if head.dep in PREPOSITION_PARTS and head.head >= 0 else tok.head
        return sentence.subtree(noun)
    return sentence.subtree(anchor)
