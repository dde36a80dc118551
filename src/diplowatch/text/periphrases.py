"""A parse repair: the complements of an aspectual periphrasis ("Marruecos volvió a pedir a Argelia que
regrese", "continue à appeler les parties à", "continued to urge Morocco to"). The parsers hang what
follows the infinitive on the aspectual verb ("volver", "continuer", "continue"), the sentence's root:
the one asked became an object of "returning", and the infinitive's own act lost its counterpart (and
read "Argelia" as who was made to ask). What comes after the infinitive is hung back on it
(lang/parse_repairs.yaml `periphrastic_verbs`)."""

from __future__ import annotations

import dataclasses

from diplowatch.text.normalise import Token

INFINITIVE_DEPS = ("xcomp",)
MOVED = frozenset(
    {"obj", "dobj", "iobj", "dative", "obl", "obl:arg", "obl:mod", "ccomp", "nmod", "prep", "advcl"}
)


def periphrasis_restored(toks: tuple[Token, ...], verbs: frozenset[str]) -> tuple[Token, ...]:
    heads = [t.head for t in toks]
    changed = False
    for v, verb in enumerate(toks):
        if verb.lemma not in verbs and verb.key not in verbs:
            continue
        infinitive = next(
            (
                x
                for x, t in enumerate(toks)
                if t.head == v and x > v and t.dep in INFINITIVE_DEPS and "VerbForm=Inf" in t.morph
            ),
            None,
        )
        if infinitive is None:
            continue
        for c, t in enumerate(toks):
            if t.head == v and c > infinitive and t.dep in MOVED:
                heads[c], changed = infinitive, True
    if not changed:
        return toks
    pairs = zip(toks, heads, strict=True)
    return tuple(dataclasses.replace(t, head=h) if h != t.head else t for t, h in pairs)
