"""A parse repair: a subject set off by a gerund clause between commas ("Hakan Fidan, hablando tras una
reunión con X, celebró el alto el fuego"). The Spanish parser makes the name the gerund's subject, and the
main verb, which the gerund modifies, is left without one: the welcome had no actor. The name is the main
verb's subject again (the gerund's too, as Spanish reads it) (lang/parse_repairs.yaml `gerund_subjects`)."""

from __future__ import annotations

import dataclasses

from diplowatch.text.normalise import Token

GERUND = "VerbForm=Ger"
SUBJECT = "nsubj"


def gerund_subject_restored(toks: tuple[Token, ...]) -> tuple[Token, ...]:
    for g, tok in enumerate(toks):
        if tok.pos != "VERB" or GERUND not in tok.morph or not tok.dep.startswith("advcl") or tok.head <= g:
            continue
        verb = tok.head
        if any(t.head == verb and t.dep.startswith(SUBJECT) for t in toks):
            continue
        subject = next((s for s in range(g) if toks[s].head == g and toks[s].dep == SUBJECT), None)
        if subject is not None and g > 0 and toks[g - 1].text == ",":
            out = list(toks)
            out[subject] = dataclasses.replace(toks[subject], head=verb)
            return tuple(out)
    return toks
