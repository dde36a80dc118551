"""A parse repair: a second subject after a verb that has one before it ("L'envoyée américaine, Morgan
Ortagus, a rencontré samedi à Beyrouth *le président libanais* Joseph Aoun": the parser read the object as
an inverted subject, after a long subject set off by commas). A verb takes one subject: a nominal labelled
subject after the verb, when another stands before it and the verb is active, is its object
(lang/parse_repairs.yaml `double_subjects`)."""

from __future__ import annotations

import dataclasses

from diplowatch.text.normalise import Token

NOMINALS = ("PROPN", "NOUN")
SUBJECT = "nsubj"
PASSIVE = ("aux:pass", "auxpass", "nsubj:pass", "expl:pass")


def double_subject_restored(toks: tuple[Token, ...]) -> tuple[Token, ...]:
    out = list(toks)
    children_of: dict[int, list[int]] = {}
    for i, t in enumerate(toks):
        children_of.setdefault(t.head, []).append(i)
    for verb, tok in enumerate(toks):
        if tok.pos != "VERB":
            continue
        children = children_of.get(verb, [])
        if any(toks[c].dep in PASSIVE for c in children):
            continue
        subjects = [c for c in children if toks[c].dep == SUBJECT]
        before = [c for c in subjects if c < verb]
        after = [c for c in subjects if c > verb and toks[c].pos in NOMINALS]
        if len(before) == 1 and len(after) == 1:
            out[after[0]] = dataclasses.replace(toks[after[0]], dep="obj")
    return tuple(out)
