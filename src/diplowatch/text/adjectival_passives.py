"""A parse repair: a passive participle the tagger reads as an adjective. With its auxiliary read as a
copula, when an adverb stands between them ("Attaf fue calurosamente recibido por Lavrov", "la decisión
fue duramente criticada por Argelia"), or modifying a noun with an agent of its own ("el Frente
Polisario, respaldado por Argelia"). The adjective's lemma is the participle ("recibido"), so no trigger
word matched and the agent was not read as the actor. The participle becomes a verb again, its lemma the
verb's (the language's own spaCy lemmatizer, asked as for a verb), and the copula its passive auxiliary
(lang/parse_repairs.yaml `adjectival_passives`: per language, the copula's lemmas and the agent's
marker)."""

from __future__ import annotations

import dataclasses
import functools

from diplowatch.text.normalise import Token, fold

PARTICIPLE = "VerbForm=Part"
PASSIVE_AUX = "aux:pass"
MODIFIERS = ("amod", "acl")
NOMINAL = ("NOUN", "PROPN")


def adjectival_passives_restored(
    toks: tuple[Token, ...], words: frozenset[str], language: str
) -> tuple[Token, ...]:
    """`words`: the copula's lemmas and the agent's marker ("ser", "por")."""
    for n, tok in enumerate(toks):
        if tok.pos == "ADJ" and PARTICIPLE in tok.morph:
            toks = _restored(toks, n, words, language)
    return toks


def _restored(toks: tuple[Token, ...], n: int, words: frozenset[str], language: str) -> tuple[Token, ...]:
    copula = next(
        (c for c, t in enumerate(toks) if t.head == n and t.dep == "cop" and t.lemma in words), None
    )
    if copula is None and not (toks[n].dep in MODIFIERS and _has_agent(toks, n, words)):
        return toks
    lemma = verb_lemma(toks[n].text, toks[n].morph, language)
    if lemma is None:
        return toks
    out = list(toks)
    out[n] = dataclasses.replace(toks[n], pos="VERB", lemma=lemma, morph=f"{toks[n].morph}|Voice=Pass")
    if copula is not None:
        out[copula] = dataclasses.replace(toks[copula], dep=PASSIVE_AUX)
    return tuple(out)


def _has_agent(toks: tuple[Token, ...], n: int, words: frozenset[str]) -> bool:
    """A name or noun depending on the participle, marked as its agent ("respaldado *por* Argelia")."""
    return any(
        t.head == n
        and t.pos in NOMINAL
        and any(c.head == m and c.dep == "case" and c.key in words for c in toks)
        for m, t in enumerate(toks)
    )


@functools.lru_cache(maxsize=4096)
def verb_lemma(word: str, morph: str, language: str) -> str | None:
    """The lemma the language's lemmatizer gives the word read as a verb ("criticada" -> "criticar")."""
    from spacy.tokens import Doc

    from diplowatch.text.nlp import has_pipeline, pipeline

    if not has_pipeline(language):
        return None
    nlp = pipeline(language)
    if "lemmatizer" not in nlp.pipe_names:
        return None
    lemmatizer = nlp.get_pipe("lemmatizer")
    doc = Doc(nlp.vocab, words=[word], pos=["VERB"], morphs=[morph])
    found = lemmatizer.rule_lemmatize(doc[0]) if hasattr(lemmatizer, "rule_lemmatize") else []
    return fold(found[0]) if found and found[0] else None
