"""A parse repair: a clause ending in a name, then a trailing attribution ("Attaf spoke by phone with his
counterpart Sergei Lavrov, the Algerian foreign ministry said"). The English parser makes the name the
subject of the reporting verb and the true subject, after the comma, the name's apposition: the one
spoken with became a speaker and left the call. The apposition becomes the verb's subject again, and the
name goes back to the noun it follows in the clause it ends ("counterpart"), as that noun's apposition
(lang/parse_repairs.yaml `trailing_attributions`)."""

from __future__ import annotations

import dataclasses

from diplowatch.text.normalise import Token, words_under

NOMINAL = ("NOUN", "PROPN")


def trailing_attribution_restored(toks: tuple[Token, ...]) -> tuple[Token, ...]:
    verb = next((i for i, t in enumerate(toks) if t.head < 0 and t.pos == "VERB"), None)
    if verb is None or not any(t.head == verb and t.dep == "ccomp" for t in toks):
        return toks
    for name in (i for i, t in enumerate(toks) if t.head == verb and t.dep.startswith("nsubj")):
        source = _source_after_comma(toks, name, verb)
        if source is None:
            continue
        first = min(_span(toks, name, source))
        host = first - 1
        if host < 0 or toks[host].pos not in NOMINAL or not _under_clause(toks, host, verb):
            continue
        return tuple(
            dataclasses.replace(t, head=host, dep="appos")
            if n == name
            else dataclasses.replace(t, head=verb, dep="nsubj")
            if n == source
            else dataclasses.replace(t, head=verb)
            if t.text == "," and t.head == name and n < source
            else t
            for n, t in enumerate(toks)
        )
    return toks


def _source_after_comma(toks: tuple[Token, ...], name: int, verb: int) -> int | None:
    """The name's apposition that a comma opens and that runs up to the verb: the true subject."""
    for j in range(name + 1, verb):
        if toks[j].head == name and toks[j].dep == "appos" and toks[j].pos in NOMINAL:
            comma = any(toks[c].text == "," for c in range(name + 1, min(_span(toks, j, None))))
            if comma and max(_span(toks, j, None)) == verb - 1:
                return j
    return None


def _span(toks: tuple[Token, ...], head: int, without: int | None) -> set[int]:
    """The words under `head`, leaving out the subtree of `without` and punctuation."""
    return words_under(toks, head, lambda j, tok: j == without or tok.pos == "PUNCT")


def _under_clause(toks: tuple[Token, ...], word: int, verb: int) -> bool:
    """The word hangs, through its heads, on a clause the verb reports (not on the verb itself)."""
    seen: set[int] = set()
    while word >= 0 and word not in seen:
        seen.add(word)
        if toks[word].head == verb:
            return toks[word].dep == "ccomp"
        word = toks[word].head
    return False
