"""A parse repair: a name the parser hung on a punctuation mark ("Le lendemain, de Mistura s'est
entretenu avec X": "Mistura" an nmod of the comma), a head no word can have. Standing before the next
verb, which has no subject of its own, it is that verb's subject (lang/parse_repairs.yaml
`names_hung_on_punctuation`)."""

from __future__ import annotations

import dataclasses

from diplowatch.text.normalise import Token, hangs_on

NOMINAL = ("PROPN", "NOUN")
SUBJECT = "nsubj"
BETWEEN = ("AUX", "PRON", "ADV", "PART")  # what may stand between a subject and its verb ("s'est")


def punctuation_heads_restored(toks: tuple[Token, ...]) -> tuple[Token, ...]:
    for n, tok in enumerate(toks):
        if tok.pos in NOMINAL and 0 <= tok.head < len(toks) and toks[tok.head].pos == "PUNCT":
            toks = _restored(toks, n)
    return toks


def _restored(toks: tuple[Token, ...], n: int) -> tuple[Token, ...]:
    verb = next(
        (v for v in range(n + 1, len(toks)) if toks[v].pos not in BETWEEN or toks[v].pos == "VERB"), None
    )
    if verb is None or toks[verb].pos != "VERB":
        return toks
    if any(t.head == verb and t.dep.startswith(SUBJECT) for t in toks):
        return toks
    if hangs_on(toks, verb, n):  # "..., l'émissaire chargé du dossier": a participle qualifying the name
        return toks
    out = list(toks)
    out[n] = dataclasses.replace(toks[n], head=verb, dep=SUBJECT)
    return tuple(out)
