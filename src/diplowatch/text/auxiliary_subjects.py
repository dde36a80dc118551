"""A parse repair: a subject the parser hung on the auxiliary of a compound tense, when words stand
between the auxiliary and the participle ("Le secrétaire général, Antonio Guterres, a de son côté exhorté
les parties": "secrétaire" the subject of "a", and "côté" of "exhorté"). An auxiliary has no subject of its
own: the subject is the participle's; and a noun a preposition introduces ("de son côté") is no subject
but an adjunct (lang/parse_repairs.yaml `auxiliary_subjects`)."""

from __future__ import annotations

import dataclasses

from diplowatch.text.normalise import Token, case_marked

SUBJECT = "nsubj"
AUXILIARY = "aux"
ADJUNCT = "obl:mod"


def auxiliary_subjects_restored(toks: tuple[Token, ...]) -> tuple[Token, ...]:
    out = list(toks)
    for n, tok in enumerate(toks):
        if not tok.dep.startswith(SUBJECT) or not 0 <= tok.head < len(toks):
            continue
        aux = toks[tok.head]
        if not aux.dep.startswith(AUXILIARY) or not 0 <= aux.head < len(toks):
            continue
        verb = aux.head
        out[n] = dataclasses.replace(tok, head=verb)
        for m, other in enumerate(toks):  # "de son côté": a noun with a preposition, no subject
            if other.head == verb and other.dep.startswith(SUBJECT) and case_marked(toks, m):
                out[m] = dataclasses.replace(other, dep=ADJUNCT)
    return tuple(out)
