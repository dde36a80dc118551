"""The verb of holding that tells a meeting noun: "the talks *were held*", "la réunion *s'est tenue*", and
the participle or relative clause qualifying the noun: "the first round table, *held* in Geneva last
December", "la reunión *celebrada* en enero", "celle *qui s'est tenue* à Genève". A meeting so told
happened (or will, by that verb's own tense): it is not a mere reference to one told elsewhere, and its
tense is its holding verb's, not the tense of the clause the noun sits in ("the second round will take
place, like the first round, held in January": the first round is past)."""

from __future__ import annotations

from diplowatch.events.triggers import keys_of
from diplowatch.text.sentences import Sentence

ADNOMINAL = ("acl", "relcl")  # clauses that qualify a noun ("acl:relcl" too)


def holding_verb(sentence: Sentence, noun: int, held_verbs: frozenset[str]) -> int | None:
    """The verb of holding the meeting noun is the subject of, or that qualifies it; None when none."""
    if not sentence.parsed or not held_verbs:
        return None
    tok = sentence.toks[noun]
    if tok.dep.startswith("nsubj") and tok.head >= 0 and _holds(sentence, tok.head, held_verbs):
        return tok.head
    return next(
        (
            c
            for c in sentence.children(noun)
            if (sentence.toks[c].dep.startswith(ADNOMINAL) or _participle_adjective(sentence, c))
            and _holds(sentence, c, held_verbs)
        ),
        None,
    )


def _participle_adjective(sentence: Sentence, i: int) -> bool:
    """A participle the tagger took for an adjective qualifying the noun ("la reunión *celebrada* en
    diciembre": ADJ, amod, lemma "celebrado")."""
    tok = sentence.toks[i]
    return tok.pos == "ADJ" and tok.dep == "amod" and "VerbForm=Part" in tok.morph


def qualifying_holding_verb(sentence: Sentence, noun: int, held_verbs: frozenset[str]) -> int | None:
    """Only a participle or relative clause of holding that qualifies the noun (not a verb it is the
    subject of, which is already its predicate)."""
    verb = holding_verb(sentence, noun, held_verbs)
    return verb if verb is not None and sentence.toks[verb].head == noun else None


def _holds(sentence: Sentence, verb: int, held_verbs: frozenset[str]) -> bool:
    tok = sentence.toks[verb]
    verbal = tok.pos in ("VERB", "AUX") or _participle_adjective(sentence, verb)
    return verbal and bool(set(keys_of(tok)) & held_verbs)


COMPLEMENTS = ("nmod", "prep")  # "la réunion *des chefs*", "a meeting *of* chiefs", "la reunión *de* jefes"


def held_by_unnamed(sentence: Sentence, noun: int, held_verbs: frozenset[str], named: frozenset[int]) -> bool:
    """A meeting told held ("se tient", "is being held", "se celebra") whose noun phrase says who attends by a
    common noun naming no actor ("une réunion des chefs d'état-major ouest-africains", "a meeting of Arab
    army chiefs"): its participants are those, not the actor of the sentence before. `named`: the tokens
    inside actor mentions."""
    if holding_verb(sentence, noun, held_verbs) is None:
        return False
    for child in sentence.children(noun):
        tok = sentence.toks[child]
        if child < noun or not tok.dep.startswith(COMPLEMENTS):
            continue
        heads = (
            [c for c in sentence.children(child) if sentence.toks[c].pos == "NOUN"]
            if tok.pos == "ADP"
            else [child]
        )
        if any(sentence.toks[h].pos == "NOUN" and not sentence.subtree(h) & named for h in heads):
            return True
    return False
