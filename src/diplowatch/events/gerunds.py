"""A French gérondif ("a salué les efforts de X *tout en critiquant* Y") tells a second act of the
clause's own subject. The parser often hangs it on the object noun ("efforts"), where it would read as
the noun's description or aim: its doer is the verb's subject (not the name in the noun phrase), and
whom it names is its own, not the first verb's. The words that open one are `gerund_marks` in
lang/<xx>/events.yaml ("en")."""

from __future__ import annotations

from collections.abc import Collection

from diplowatch.events.lexicon import Lexicon
from diplowatch.text.sentences import Sentence
from diplowatch.text.trailing_participles import after_comma, present_participle

GERUND_FORMS = ("VerbForm=Part", "VerbForm=Ger")
HOST_STEPS = 4  # dependency steps from the gérondif up to the verb whose subject does it


def is_gerund(sentence: Sentence, i: int, lex: Lexicon) -> bool:
    """The token is a participle or gerund right after a gérondif mark ("en critiquant")."""
    tok = sentence.toks[i]
    return (
        sentence.parsed
        and i > 0
        and bool(lex.gerund_marks)
        and sentence.toks[i - 1].key in lex.gerund_marks
        and tok.pos == "VERB"
        and any(form in tok.morph for form in GERUND_FORMS)
    )


def gerund_host(sentence: Sentence, i: int, lex: Lexicon) -> int | None:
    """The verb whose subject does the gérondif at token i: its nearest verb above."""
    if not is_gerund(sentence, i, lex):
        return None
    t, steps = sentence.toks[i].head, 0
    while t >= 0 and steps < HOST_STEPS:
        if sentence.toks[t].pos == "VERB":
            return t
        t, steps = sentence.toks[t].head, steps + 1
    return None


def gerund_acts(sentence: Sentence, verb: int, acts: Collection[int], lex: Lexicon) -> set[int]:
    """The subtrees of the gérondifs telling an act (`acts`: trigger predicates) that `verb` hosts."""
    if not lex.gerund_marks:
        return set()
    out: set[int] = set()
    for g in acts:
        if g != verb and g in sentence.subtree(verb) and gerund_host(sentence, g, lex) == verb:
            out |= sentence.subtree(g)
    return out


def participle_acts(sentence: Sentence, verb: int, acts: Collection[int]) -> set[int]:
    """The subtrees of the present participles or gerunds closing the verb's clause after a comma that
    tell an act of their own (`acts`: trigger predicates): "received X on Monday, accusing Algeria of",
    "a reçu X, accusant l'Algérie de", "recibió a X, acusando a Argelia de". Algeria is the accusation's,
    not a second visitor."""
    out: set[int] = set()
    for a in acts:
        tok = sentence.toks[a]
        if (
            a > verb
            and tok.head == verb
            and tok.dep.startswith("advcl")
            and present_participle(tok)
            and after_comma(sentence.toks, a)
        ):
            out |= sentence.subtree(a)
    return out
