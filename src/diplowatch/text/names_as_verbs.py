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
        predicate = _predicate_after(toks, i) if tok.head < 0 else None
        if predicate is not None:  # the name opened the sentence: its verb is the root, the name its subject
            out = [_rerooted(t, n, i, predicate) for n, t in enumerate(out)]
            head, dep = predicate, "nsubj"
        elif _opens_on_its_verb(toks, i):  # "Nasser Bourita a rejeté le rapport": "le rapport" its subject
            head, dep = tok.head, "nsubj"
            out = [_object_again(t, n, head) for n, t in enumerate(out)]
        else:
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
        i < len(toks) - 1
        and tok.pos == "VERB"
        and "VerbForm=Inf" in tok.morph
        and tok.text[:1].isupper()
        and (i == 0 or toks[i - 1].text not in OPENINGS)
        and toks[i + 1].pos == "PROPN"
        and toks[i + 1].head == i
        and (i > 0 or tok.head < 0 and _predicate_after(toks, i) is not None or _opens_on_its_verb(toks, i))
    )


def _opens_on_its_verb(toks: tuple[Token, ...], i: int) -> bool:
    """The name opens the sentence hung on its verb as a loose dependent, the verb without a subject
    before it: none at all ("Nasser Bourita a déclaré que..."), or its object after it made its subject
    ("Nasser Bourita a rejeté le rapport": "rapport" the subject)."""
    tok = toks[i]
    return (
        i == 0
        and tok.head > i
        and tok.dep == "dep"
        and toks[tok.head].pos == "VERB"
        and not any(t.head == tok.head and t.dep == "nsubj" and n < tok.head for n, t in enumerate(toks))
    )


def _object_again(tok: Token, n: int, verb: int) -> Token:
    """The subject the parser found after the verb is its object."""
    if tok.head == verb and tok.dep == "nsubj" and n > verb:
        return dataclasses.replace(tok, dep="obj")
    return tok


def _predicate_after(toks: tuple[Token, ...], i: int) -> int | None:
    """The verb after the name that the parser hung on it, when the name opens the sentence as its root
    ("Nasser Bourita a remercié": "remercié" a parataxis of "Nasser"): the sentence's real predicate."""
    end = i + 1
    while end < len(toks) and toks[end].pos == "PROPN":
        end += 1
    return next((j for j in range(end, len(toks)) if toks[j].head == i and toks[j].pos == "VERB"), None)


INCISE_REACH = 3  # tokens from an incise verb to its subject's name ("a déclaré mardi Nasser Bourita")


def _incise_before(toks: tuple[Token, ...], i: int) -> tuple[int, str] | None:
    """An incise verb just before the name ("..., a déclaré mardi Nasser X"): the name is what the parser
    reads as its object, which the incise repair makes its subject."""
    for j in range(i - 1, max(-1, i - 1 - INCISE_REACH), -1):
        if toks[j].pos == "VERB":
            return (j, "obj") if toks[j].dep in ("parataxis", "advcl") else None
    return None


def _rerooted(tok: Token, n: int, name: int, predicate: int) -> Token:
    """What hung on the name (but the rest of the name) hangs on the predicate, now the root."""
    if n == predicate:
        return dataclasses.replace(tok, head=-1, dep="ROOT")
    if tok.head == name and not (n == name + 1 and tok.pos == "PROPN"):
        return dataclasses.replace(tok, head=predicate)
    return tok
