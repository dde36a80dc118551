"""A parse repair: a speaker's present participle closing the clause after a comma ("a reçu l'envoyé X,
l'exhortant à relancer le processus", "s'est entretenu avec le président X, appelant Kinshasa à..."). The
French parser hangs it on the nearest noun as its modifier (acl), so the person named last exhorted or
called. News French tells there what the clause's subject did: the participle is hung on the main verb
again (advcl). Only the verbs of `trailing_participles` (lang/parse_repairs.yaml: appeler, exhorter,
accuser...), which tell a speaker's act, and only after a noun of the verb's complements: a participle
describing the subject ("Le ministre, estimant que...") stays its modifier."""

from __future__ import annotations

import dataclasses

from diplowatch.text.normalise import Token

PARTICIPLE = "VerbForm=Part"
PRESENT = "Tense=Pres"
COMPLEMENT_DEPS = ("obj", "obl", "nmod", "iobj", "appos", "flat", "conj")  # climbed to the governing verb
VERB_TAGS = frozenset({"VERB", "AUX"})
CLITIC_TAGS = frozenset({"PRON"})  # "l'exhortant", "les appelant": the object before the participle


def trailing_participles_restored(
    toks: tuple[Token, ...], verbs: frozenset[str], gerund_marks: frozenset[str] = frozenset()
) -> tuple[Token, ...]:
    """`gerund_marks`: the words that make a present participle a gerund ("en", "tout en"): whatever its
    verb, a gerund tells how or while the clause's subject acts, and never qualifies a noun ("a salué
    l'accord tout en appelant Israël à...": Mikati calls, not the agreement)."""
    out: list[Token] | None = None
    for p, tok in enumerate(toks):
        if tok.dep != "acl" or PARTICIPLE not in tok.morph or PRESENT not in tok.morph:
            continue
        gerund = _gerund(toks, p, gerund_marks)
        if not gerund and (tok.lemma not in verbs or not after_comma(toks, p)):
            continue
        if not 0 <= tok.head < p:
            continue
        verb = _governing_verb(toks, tok.head)
        if verb is not None:
            out = out if out is not None else list(toks)
            out[p] = dataclasses.replace(tok, head=verb, dep="advcl")
    return tuple(out) if out is not None else toks


def _gerund(toks: tuple[Token, ...], p: int, marks: frozenset[str]) -> bool:
    """The participle at p follows a gerund's mark ("en appelant", "tout en rappelant")."""
    return p > 0 and toks[p - 1].key in marks


def present_participle(tok: Token) -> bool:
    """A present participle or a gerund ("urging", "exhortant", "instándole")."""
    return "VerbForm=Ger" in tok.morph or (PARTICIPLE in tok.morph and PRESENT in tok.morph)


def after_comma(toks: tuple[Token, ...], p: int) -> bool:
    """Token p follows a comma, object clitics aside ("X, l'exhortant", "X, accusing")."""
    before = p - 1
    while before >= 0 and toks[before].pos in CLITIC_TAGS:
        before -= 1
    return before >= 0 and toks[before].text == ","


def _governing_verb(toks: tuple[Token, ...], noun: int) -> int | None:
    """The verb whose complement the noun is (through nominal links); None for a subject's noun."""
    at = noun
    for _ in range(len(toks)):
        tok = toks[at]
        if not tok.dep.startswith(COMPLEMENT_DEPS) or not 0 <= tok.head < len(toks):
            return None
        at = tok.head
        if toks[at].pos in VERB_TAGS:
            return at
    return None
