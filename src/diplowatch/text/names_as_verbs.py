"""A parse repair: a capitalised first name the French tagger reads as an infinitive ("a déclaré
*Nasser* Bourita", "selon *Samir* X": names in -er and -ir), the name after it its object. Inside a
sentence, a capitalised "verb" with the rest of a name hung on it is the name's first word: a proper
noun, heading the name, in the place the verb had (lang/parse_repairs.yaml `names_read_as_verbs`)."""

from __future__ import annotations

import dataclasses

from diplowatch.text.normalise import Token

CLAUSE_DEPS = {"xcomp": "obj", "ccomp": "obj", "advcl": "obl"}  # the place a name takes instead
OPENINGS = frozenset({".", "«", '"', "“", ":", "(", "—", "-"})  # after these, a capital says nothing


def names_restored(toks: tuple[Token, ...]) -> tuple[Token, ...]:
    found = [
        i
        for i, t in enumerate(toks)
        if t.pos == "VERB" and t.text[:1].isupper() and _name_read_as_verb(toks, i)
    ]
    if not found:
        return toks
    out = list(toks)
    for i in found:
        tok = toks[i]
        head, dep = _incise_before(toks, i) or (tok.head, CLAUSE_DEPS.get(tok.dep, tok.dep))
        out[i] = dataclasses.replace(tok, pos="PROPN", lemma=tok.key, morph="", head=head, dep=dep)
        j = i + 1
        while j < len(toks) and toks[j].pos == "PROPN" and toks[j].head in (i, j - 1):
            out[j] = dataclasses.replace(toks[j], head=i, dep="flat:name")
            j += 1
    return tuple(out)


def _name_read_as_verb(toks: tuple[Token, ...], i: int) -> bool:
    tok = toks[i]
    return (
        0 < i < len(toks) - 1
        and tok.pos == "VERB"
        and "VerbForm=Inf" in tok.morph
        and tok.text[:1].isupper()
        and toks[i - 1].text not in OPENINGS
        and toks[i + 1].pos == "PROPN"
        and toks[i + 1].head == i
    )


INCISE_REACH = 3  # tokens from an incise verb to its subject's name ("a déclaré mardi Nasser Bourita")


def _incise_before(toks: tuple[Token, ...], i: int) -> tuple[int, str] | None:
    """An incise verb just before the name ("..., a déclaré mardi Nasser X"): the name is what the parser
    reads as its object, which the incise repair makes its subject."""
    for j in range(i - 1, max(-1, i - 1 - INCISE_REACH), -1):
        if toks[j].pos == "VERB":
            return (j, "obj") if toks[j].dep in ("parataxis", "advcl") else None
    return None
