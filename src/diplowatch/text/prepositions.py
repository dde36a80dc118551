"""A parse repair: a preposition the tagger reads as a verb ("sa colère envers Rabat", "les critiques
de l'Algérie envers l'Espagne se sont multipliées"). Its object became the object of a verb of its own,
a clause apart, so whom the criticism is aimed at was lost. The preposition marks its object again, and
the object qualifies the noun before the preposition; when the preposition was the root, the verb it
governed becomes the root (lang/parse_repairs.yaml `prepositions_read_as_verbs`)."""

from __future__ import annotations

import dataclasses

from diplowatch.text.normalise import Token

NOMINAL = ("NOUN", "PROPN")
OBJECTS = ("obj", "iobj", "obl", "nmod")


def prepositions_restored(toks: tuple[Token, ...], prepositions: frozenset[str]) -> tuple[Token, ...]:
    for p, tok in enumerate(toks):
        if tok.key in prepositions and tok.pos == "VERB":
            toks = _restored(toks, p)
    return toks


def participial_prepositions_restored(toks: tuple[Token, ...], words: frozenset[str]) -> tuple[Token, ...]:
    """A participle parsed as a preposition and tagged a verb ("*Following* talks with X"): a preposition."""
    return tuple(
        dataclasses.replace(tok, pos="ADP", lemma=tok.key, morph="")
        if tok.key in words and tok.pos == "VERB" and tok.dep == "prep"
        else tok
        for tok in toks
    )


def _restored(toks: tuple[Token, ...], p: int) -> tuple[Token, ...]:
    kids = [n for n, t in enumerate(toks) if t.head == p]
    target = next((n for n in kids if n > p and toks[n].dep in OBJECTS and toks[n].pos in NOMINAL), None)
    noun = next((n for n in range(p - 1, -1, -1) if toks[n].pos in NOMINAL), None)
    if target is None or noun is None:
        return toks
    head = toks[p].head
    if head < 0:  # the preposition was the root: the verb it governs is
        head = next((n for n in kids if n > target and toks[n].pos == "VERB"), -1)
        if head < 0:
            return toks
    out = []
    for n, tok in enumerate(toks):
        if n == p:
            out.append(dataclasses.replace(tok, head=target, dep="case", pos="ADP", lemma=tok.key, morph=""))
        elif n == target:
            out.append(dataclasses.replace(tok, head=noun, dep="nmod"))
        elif n == head and toks[p].head < 0:
            out.append(dataclasses.replace(tok, head=-1, dep="ROOT"))
        elif tok.head == p:
            out.append(dataclasses.replace(tok, head=head))
        else:
            out.append(tok)
    return tuple(out)
