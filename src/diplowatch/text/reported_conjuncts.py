"""A parse repair: a verb coordinated after a reported clause is the reporter's second act when its tense
is the reporter's and not the reported clause's ("Bourita said that Algeria was blocking the process, and
criticised Spain", "a estimé que l'Algérie bloquait le processus et a critiqué l'Espagne", "dijo que
Argelia bloquea el proceso y criticó a España"). The parsers hang it on the reported verb, so the reported
subject became its actor. With the same tense on all three verbs ("said Algeria blocked the process and
criticised Spain") the sentence reads both ways and the parse stands (lang/parse_repairs.yaml
`reported_conjuncts`)."""

from __future__ import annotations

import dataclasses

from diplowatch.text.normalise import Token

SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass", "expl")
FEATURES = ("Tense=", "VerbForm=", "Aspect=")
PERFECT_AUXILIARIES = frozenset({"have"})  # English: the perfect's auxiliary, lemma


def reported_conjuncts_restored(toks: tuple[Token, ...]) -> tuple[Token, ...]:
    out = list(toks)
    for n, tok in enumerate(toks):
        if tok.dep != "conj" or tok.pos != "VERB" or not 0 <= tok.head < n:
            continue
        reported = toks[tok.head]
        if reported.dep != "ccomp" or not 0 <= reported.head < tok.head:
            continue
        reporter = reported.head
        if _has_subject(toks, n) or not _has_subject(toks, tok.head):
            continue
        form, reported_form = _form(toks, n), _form(toks, tok.head)
        if _shares_perfect(form, reported_form):
            continue
        if form == _form(toks, reporter) and form != reported_form:
            out[n] = dataclasses.replace(tok, head=reporter)
    return tuple(out)


def _shares_perfect(
    form: tuple[tuple[str, ...], frozenset[str]], reported: tuple[tuple[str, ...], frozenset[str]]
) -> bool:
    """English past and participle share their form: a bare past after a perfect may share its
    auxiliary ("said Morocco had violated the ceasefire and attacked Algeria": had attacked)."""
    return not form[1] and bool(reported[1] & PERFECT_AUXILIARIES) and "Tense=Past" in form[0]


def _has_subject(toks: tuple[Token, ...], verb: int) -> bool:
    return any(t.head == verb and t.dep.startswith(SUBJECTS) for t in toks)


def _form(toks: tuple[Token, ...], verb: int) -> tuple[tuple[str, ...], frozenset[str]]:
    """A verb's tense, form and aspect, with the lemmas of its auxiliaries ("a critiqué", "was blocking")."""
    features = tuple(f for f in toks[verb].morph.split("|") if f.startswith(FEATURES))
    auxiliaries = frozenset(t.lemma for t in toks if t.head == verb and t.dep.startswith("aux"))
    return features, auxiliaries
