"""A parse repair: a passive whose participle the tagger reads as an adjective, with its auxiliary as a
copula, when an adverb stands between them ("Attaf fue calurosamente recibido por Lavrov", "la decisión
fue duramente criticada por Argelia"). The adjective's lemma is the participle ("recibido"), so no
trigger word matched and the agent was not read as the actor. The participle becomes a verb again, its
lemma the verb's (the language's own spaCy lemmatizer, asked as for a verb), and the copula its passive
auxiliary (lang/parse_repairs.yaml `adjectival_passives`: the copula's lemmas, per language)."""

from __future__ import annotations

import dataclasses
import functools

from diplowatch.text.normalise import Token, fold

PARTICIPLE = "VerbForm=Part"
PASSIVE_AUX = "aux:pass"


def adjectival_passives_restored(
    toks: tuple[Token, ...], copulas: frozenset[str], language: str
) -> tuple[Token, ...]:
    for n, tok in enumerate(toks):
        if tok.pos == "ADJ" and PARTICIPLE in tok.morph:
            toks = _restored(toks, n, copulas, language)
    return toks


def _restored(toks: tuple[Token, ...], n: int, copulas: frozenset[str], language: str) -> tuple[Token, ...]:
    copula = next(
        (c for c, t in enumerate(toks) if t.head == n and t.dep == "cop" and t.lemma in copulas), None
    )
    if copula is None:
        return toks
    lemma = _verb_lemma(toks[n].text, toks[n].morph, language)
    if lemma is None:
        return toks
    out = list(toks)
    out[n] = dataclasses.replace(toks[n], pos="VERB", lemma=lemma, morph=f"{toks[n].morph}|Voice=Pass")
    out[copula] = dataclasses.replace(toks[copula], dep=PASSIVE_AUX)
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def _verb_lemma(word: str, morph: str, language: str) -> str | None:
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
