"""A parse repair: the next stop of a tour told in a relative clause ("a déclaré M. Bathily, qui a
rencontré à Benghazi Khalifa Haftar, *puis à Tripoli Abdelhamid Dbeibah*", "said Bathily, who met
Haftar in Benghazi, *then Dbeibah in Tripoli*"). After the relative clause, the parsers hang the phrase
a word of sequence opens on the clause's antecedent (a second subject of the main verb) or on the main
verb: the one met at the next stop became a speaker. The phrase is hung back on the relative clause's
verb, as the next counterpart of its meetings (lang/parse_repairs.yaml `sequence_tails`)."""

from __future__ import annotations

import dataclasses

from diplowatch.text.normalise import Token

RELATIVE = ("acl:relcl", "relcl")


def sequence_tail_restored(toks: tuple[Token, ...], sequence: frozenset[str]) -> tuple[Token, ...]:
    for p, word in enumerate(toks):
        if word.key not in sequence or p == 0 or toks[p - 1].text != ",":
            continue
        tail = _phrase_head(toks, p)
        if tail is None:
            continue
        verb = _relative_verb_before(toks, p, toks[tail].head)
        if verb is None:
            continue
        return tuple(
            dataclasses.replace(t, head=verb, dep="conj")
            if n == tail
            else dataclasses.replace(t, head=verb)
            if n == p - 1
            else t
            for n, t in enumerate(toks)
        )
    return toks


def _phrase_head(toks: tuple[Token, ...], p: int) -> int | None:
    """The head of the phrase the word of sequence at p belongs to: the first token above it whose own
    head lies before the word."""
    i, steps = p, 0
    while 0 <= toks[i].head and toks[i].head >= p and steps < len(toks):
        i, steps = toks[i].head, steps + 1
    return i if toks[i].head >= 0 and i != p else None


def _relative_verb_before(toks: tuple[Token, ...], p: int, attached: int) -> int | None:
    """The verb of a relative clause that ends before p, whose antecedent is `attached` or hangs on it
    (the phrase was hung on the antecedent, or on the verb the antecedent is the subject of)."""
    for v in range(p - 1, -1, -1):
        tok = toks[v]
        if tok.dep in RELATIVE and tok.pos in ("VERB", "AUX"):
            antecedent = tok.head
            if antecedent == attached or (antecedent >= 0 and toks[antecedent].head == attached):
                return v
            return None
    return None
