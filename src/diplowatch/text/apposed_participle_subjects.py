"""A parse repair: a name in apposition to a complement, read as the subject of the present participle
closing the clause ("spoke by phone with the army chief, Gen X, on Thursday, urging him to send
negotiators"). The English parser makes "X" the subject of "urging" (an absolute clause), so the person
phoned urged the caller. News English sets off a title's name between commas, and the participle after
the clause tells what its subject did: the name is the apposition of the noun before its comma again, and
the participle has no subject of its own (lang/parse_repairs.yaml `apposed_participle_subjects`)."""

from __future__ import annotations

import dataclasses

from diplowatch.text.normalise import Token, hangs_on
from diplowatch.text.trailing_participles import present_participle

NOMINAL = frozenset({"NOUN", "PROPN"})
SUBJECT = "nsubj"


def apposed_participle_subjects_restored(toks: tuple[Token, ...]) -> tuple[Token, ...]:
    out: list[Token] | None = None
    for p, tok in enumerate(toks):
        if not tok.dep.startswith("advcl") or not present_participle(tok) or toks[p - 1].text != ",":
            continue
        subject = next((j for j in range(p) if toks[j].head == p and toks[j].dep == SUBJECT), None)
        if subject is None or toks[subject].pos != "PROPN":
            continue
        anchor = _apposed_to(toks, subject)
        if anchor is not None:
            out = out if out is not None else list(toks)
            out[subject] = dataclasses.replace(toks[subject], head=anchor, dep="appos")
    return tuple(out) if out is not None else toks


def _apposed_to(toks: tuple[Token, ...], name: int) -> int | None:
    """The noun right before the comma that opens the name's phrase (its words hang on the name), when
    the phrase closes with a comma too: "the army chief, Gen X,"."""
    first = min((j for j in range(name + 1) if hangs_on(toks, j, name)), default=name)
    if first < 2 or toks[first - 1].text != ",":
        return None
    anchor = first - 2
    if toks[anchor].pos not in NOMINAL or hangs_on(toks, anchor, name):
        return None
    after = name + 1
    return anchor if after < len(toks) and toks[after].text == "," else None
