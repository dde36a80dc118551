"""A parse repair: a French verb conjugated with "être" in the active voice ("Les deux ministres sont
convenus de se revoir en mars"), which the parser reads as a passive: "être" its passive auxiliary, the
subject a passive subject, sometimes the participle an adjective ("convenu"). The ministers became the
recipients of their own agreement. With an infinitive complement (what was agreed to do) the form is
the active one: the participle is the verb again, "être" its tense auxiliary and the subject its subject
(lang/parse_repairs.yaml `active_with_etre`: per language, the verbs' lemmas). "Il a été convenu que" and
"un calendrier est convenu" have no infinitive and stay passives."""

from __future__ import annotations

import dataclasses

from diplowatch.text.adjectival_passives import verb_lemma
from diplowatch.text.normalise import Token

PASSIVE_AUX = "aux:pass"
PASSIVE_SUBJECT = "nsubj:pass"
INFINITIVE = "VerbForm=Inf"


def active_with_etre_restored(
    toks: tuple[Token, ...], verbs: frozenset[str], language: str
) -> tuple[Token, ...]:
    for n in sorted({t.head for t in toks if t.dep == PASSIVE_AUX and t.head >= 0}):  # one pass: few passives
        if toks[n].pos in ("VERB", "ADJ"):
            toks = _restored(toks, n, verbs, language)
    return toks


def _restored(toks: tuple[Token, ...], n: int, verbs: frozenset[str], language: str) -> tuple[Token, ...]:
    tok = toks[n]
    lemma = tok.lemma if tok.pos == "VERB" else verb_lemma(tok.text, tok.morph, language)
    if lemma not in verbs or not any(t.head == n and INFINITIVE in t.morph for t in toks):
        return toks
    morph = "|".join(f for f in tok.morph.split("|") if f and f != "Voice=Pass")
    out = list(toks)
    out[n] = dataclasses.replace(tok, pos="VERB", lemma=lemma, morph=morph)
    for c, child in enumerate(toks):
        if child.head == n and child.dep == PASSIVE_AUX:
            out[c] = dataclasses.replace(child, dep="aux:tense")
        elif child.head == n and child.dep == PASSIVE_SUBJECT:
            out[c] = dataclasses.replace(child, dep="nsubj")
    return tuple(out)
