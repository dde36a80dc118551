"""A parse repair: a French present the tagger read as a past participle without its accent ("Le Mali
expulse l'ambassadeur de France": "expulse" a participle qualifying "Mali", "ambassadeur" the root). A
first-group verb ending like a present ("-e", "-ent", not "-é") between a subject and the noun the parser
made the root is the clause's verb: the root again, the subject its subject, the noun its object
(lang/parse_repairs.yaml `unaccented_presents`)."""

from __future__ import annotations

import dataclasses

from diplowatch.text.normalise import Token, case_marked

PRESENT_ENDINGS = ("e", "ent")
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
INFINITIVE_ENDING = "er"


def unaccented_presents_restored(toks: tuple[Token, ...]) -> tuple[Token, ...]:
    for v, verb in enumerate(toks):
        if not _present_read_as_participle(verb):
            continue
        subject = verb.head
        if 0 <= subject < v and toks[subject].head < 0:
            return _subject_rooted(toks, v, subject)  # "La junte malienne expulse l'ambassadeur"
        if not 0 <= subject < v or not toks[subject].dep.startswith("nsubj"):
            continue
        root = toks[subject].head
        if not v < root < len(toks) or toks[root].head >= 0 or toks[root].pos not in ("NOUN", "PROPN"):
            continue
        out = list(toks)
        out[v] = dataclasses.replace(verb, head=-1, dep="ROOT", morph="VerbForm=Fin")
        out[subject] = dataclasses.replace(toks[subject], head=v)
        out[root] = dataclasses.replace(toks[root], head=v, dep="obj")
        for n, tok in enumerate(toks):  # the sentence's punctuation goes with its verb
            if tok.head == root and tok.pos == "PUNCT":
                out[n] = dataclasses.replace(tok, head=v)
        return tuple(out)
    return toks


def _subject_rooted(toks: tuple[Token, ...], v: int, subject: int) -> tuple[Token, ...]:
    """The subject made the root, the verb its "acl", the object a bare noun hung on the subject."""
    obj = next(
        (
            n
            for n, t in enumerate(toks)
            if n > v and t.head == subject and t.pos in ("NOUN", "PROPN") and not case_marked(toks, n)
        ),
        None,
    )
    if obj is None:
        return toks
    out = list(toks)
    out[v] = dataclasses.replace(toks[v], head=-1, dep="ROOT", morph="VerbForm=Fin")
    out[subject] = dataclasses.replace(toks[subject], head=v, dep="nsubj")
    out[obj] = dataclasses.replace(toks[obj], head=v, dep="obj")
    for n, tok in enumerate(toks):  # the sentence's punctuation goes with its verb
        if tok.head == subject and tok.pos == "PUNCT" and n > v:
            out[n] = dataclasses.replace(tok, head=v)
    return tuple(out)


def _present_read_as_participle(tok: Token) -> bool:
    text = tok.text.lower()
    return (
        tok.pos == "VERB"
        and tok.dep.startswith("acl")
        and "VerbForm=Part" in tok.morph
        and tok.lemma.endswith(INFINITIVE_ENDING)
        and text.endswith(PRESENT_ENDINGS)
        and not text.endswith(PARTICIPLE_ENDINGS)
    )
