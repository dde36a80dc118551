"""Whether a word is introduced by one of a list of case words ("*à* l'Algérie", "*por* Argelia"): how
the rules read a dative addressee or a passive's agent the parser left as a plain complement."""

from __future__ import annotations

from diplowatch.text.sentences import Sentence

NOMINAL = ("PROPN", "NOUN")


def case_marked(sentence: Sentence, i: int, marks: frozenset[str]) -> bool:
    """Token i has a "case" dependent among `marks` (folded words)."""
    return any(sentence.toks[c].dep == "case" and sentence.toks[c].key in marks for c in sentence.children(i))


def marked_nominal(sentence: Sentence, i: int, marks: frozenset[str]) -> bool:
    """Token i is a name or a noun a case word among `marks` introduces."""
    return sentence.toks[i].pos in NOMINAL and case_marked(sentence, i, marks)
