"""An agreement that a verb of keeping or carrying out governs was made before: no event of its own.

"efforts to consolidate the ceasefire between Israel and Hezbollah", "respecter la trêve", "aplicar el
acuerdo", "تثبيت وقف إطلاق النار": the ceasefire or the accord is one already agreed, and the sentence
tells what is done with it, not that anyone agrees to it now. The verbs and their nouns ("le respect du
cessez-le-feu", "the implementation of the deal") are `sustaining` in lang/<xx>/events.yaml.
"""

from __future__ import annotations

from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match, keys_of
from diplowatch.text.sentences import Sentence

AGREEMENT = "AGREE"
NOMINALS = ("NOUN", "PROPN")
GOVERNED = ("obj", "dobj", "nmod", "pobj", "obl", "obl:arg")
ADPOSITIONS = ("ADP",)
UNPARSED_REACH = 2  # words before the agreement noun: "تثبيت وقف", "الحفاظ على وقف"


def sustained(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """Whether the trigger is an agreement noun that a `sustaining` verb or noun governs."""
    if match.trigger.type != AGREEMENT or not lex.sustaining:
        return False
    if not sentence.parsed:
        first = match.indices[0]
        before = sentence.toks[max(0, first - UNPARSED_REACH) : first]
        return any(set(keys_of(tok)) & lex.sustaining for tok in before)
    tok = sentence.toks[match.head]
    if tok.pos not in NOMINALS or tok.dep not in GOVERNED or tok.head < 0:
        return False
    governor = tok.head
    if sentence.toks[governor].pos in ADPOSITIONS and sentence.toks[governor].head >= 0:
        governor = sentence.toks[governor].head  # "respect *for* the ceasefire" (spaCy English)
    return bool(set(keys_of(sentence.toks[governor])) & lex.sustaining)
