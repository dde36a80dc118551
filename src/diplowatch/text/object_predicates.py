"""A parse repair: the predicate a verb of judging gives its object ("considère le plan d'autonomie
présenté par le Maroc en 2007 comme une bonne base", "considers the autonomy plan presented by Morocco
in 2007 as the most serious basis"). The parsers hang the "comme"/"as" phrase on the participle that
modifies the object, so the judgement read as part of the plan's presentation and took its year ("en
2007"). The phrase is the judging verb's again (lang/parse_repairs.yaml `object_predicates`: per
language, the verbs of judging and the marks of their predicate).
"""

from __future__ import annotations

import dataclasses

from diplowatch.text.normalise import Token

MODIFIERS = ("acl", "amod")  # a participle modifying a noun
MARK_DEPS = ("case", "mark")


def object_predicates_restored(
    toks: tuple[Token, ...], verbs: frozenset[str], marks: frozenset[str]
) -> tuple[Token, ...]:
    if not any(t.key in marks for t in toks):
        return toks  # most sentences hold no "comme"/"as": nothing to look at
    marked = {t.head for t in toks if t.dep in MARK_DEPS and t.key in marks}
    out: list[Token] | None = None
    for i, tok in enumerate(toks):
        if not _predicate_phrase(toks, i, marks, marked):
            continue
        judging = _judging_verb(toks, tok.head, verbs)
        if judging is None:
            continue
        out = out if out is not None else list(toks)
        out[i] = dataclasses.replace(tok, head=judging)
    return tuple(out) if out is not None else toks


def _predicate_phrase(toks: tuple[Token, ...], i: int, marks: frozenset[str], marked: set[int]) -> bool:
    """Token i opens a predicate phrase: the mark itself as a preposition ("as" -prep->), or a noun or
    adjective the mark introduces ("comme" -case-> "base"; `marked`: the tokens a mark hangs on)."""
    tok = toks[i]
    if tok.key in marks and tok.pos == "ADP":
        return True
    return tok.pos in ("NOUN", "ADJ") and i in marked


def _judging_verb(toks: tuple[Token, ...], participle: int, verbs: frozenset[str]) -> int | None:
    """The verb of judging whose object the participle modifies, if the phrase's head is such a
    participle."""
    if participle < 0:
        return None
    part = toks[participle]
    if part.pos != "VERB" or "VerbForm=Part" not in part.morph or not part.dep.startswith(MODIFIERS):
        return None
    noun = part.head
    if noun < 0 or toks[noun].head < 0:
        return None
    verb = toks[noun].head
    return verb if toks[verb].lemma in verbs or toks[verb].key in verbs else None
