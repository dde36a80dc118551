"""A parse repair: the subject of a sentence whose apposition is a participle clause between commas
("Le Front Polisario, soutenu par l'Algérie, réclame un référendum"). The French parser makes the
subject the sentence's root and hangs the main verb on the last noun of the apposition, as if the
agent ("l'Algérie") did the asking. The main verb becomes the root again, the subject its subject
(lang/parse_repairs.yaml `appositive_participles`)."""

from __future__ import annotations

import dataclasses

from diplowatch.text.normalise import Token, words_under

NOMINAL = ("NOUN", "PROPN")


def appositive_subject_restored(toks: tuple[Token, ...]) -> tuple[Token, ...]:
    root = next((i for i, t in enumerate(toks) if t.head < 0), None)
    if root is None or toks[root].pos not in NOMINAL:
        return toks
    participle = next(
        (
            j
            for j in range(root + 1, len(toks))
            if toks[j].head == root
            and toks[j].dep.startswith("acl")
            and "VerbForm=Part" in toks[j].morph
            and toks[j - 1].text == ","
        ),
        None,
    )
    if participle is None:
        return toks
    clause = _span(toks, participle)
    closing = max(clause) + 1
    if closing >= len(toks) or toks[closing].text != ",":
        return toks
    verb = next(
        (
            j
            for j in range(closing + 1, len(toks))
            if toks[j].pos == "VERB" and "VerbForm=Fin" in toks[j].morph and toks[j].head in clause
        ),
        None,
    )
    if verb is None:
        return toks
    out = []
    for n, tok in enumerate(toks):
        if n == verb:
            out.append(dataclasses.replace(tok, head=-1, dep="ROOT"))
        elif n == root:
            out.append(dataclasses.replace(tok, head=verb, dep="nsubj"))
        elif n == closing or (tok.head == root and n > verb):  # the commas and closing punctuation
            out.append(dataclasses.replace(tok, head=verb))
        else:
            out.append(tok)
    return tuple(out)


def _span(toks: tuple[Token, ...], head: int) -> set[int]:
    """The words under `head`, without the verb hung on its last noun (what is repaired) and without the
    punctuation the parser hung there (the closing comma)."""
    return words_under(
        toks, head, lambda _j, tok: tok.pos == "PUNCT" or tok.pos == "VERB" and "VerbForm=Fin" in tok.morph
    )
