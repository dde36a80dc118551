"""A parse repair: the subject of a second coordinated clause ("France suspended its aid *and the United
States* froze its cooperation", "La Russie a condamné le coup d'État *et la Chine* a appelé à la
retenue"). The parsers join that subject to the first clause's object as one more item of it, and leave
the second verb without a subject: the second actor became the first act's counterpart and its own act
lost its actor. A name joined by a coordinating conjunction to a complement, right before a finite verb
(or that verb's auxiliary) that hangs on the first clause's verb and has no subject, is that verb's
subject (lang/parse_repairs.yaml `conjunct_subjects`)."""

from __future__ import annotations

import dataclasses

from diplowatch.text.normalise import Token, words_under

NOMINALS = ("PROPN", "NOUN")
SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass")
SECOND_CLAUSES = ("conj", "advcl", "parataxis")
# A past participle after its auxiliary the French tagger may read as an adjective ("ont gelé")
PARTICIPLES = ("VERB", "ADJ")
VERBS = ("VERB", "AUX")
FINITE = frozenset({"VerbForm=Fin", "Mood=Ind"})


def conjunct_subjects_restored(toks: tuple[Token, ...]) -> tuple[Token, ...]:
    for n, tok in enumerate(toks):
        if tok.dep != "conj" or tok.pos not in NOMINALS or not 0 <= tok.head < n:
            continue
        joint = _joint(toks, n)
        if joint is None:
            continue
        second = _bare_verb_after(toks, n)
        if second is None:
            continue
        verb, first = second
        return tuple(_rehung(t, i, n, joint, verb, first) for i, t in enumerate(toks))
    return toks


def _rehung(tok: Token, i: int, subject: int, joint: int, verb: int, first: int) -> Token:
    if i == subject:
        return dataclasses.replace(tok, head=verb, dep="nsubj")
    if i == joint:
        return dataclasses.replace(tok, head=verb)
    if i == verb:
        return dataclasses.replace(tok, head=first, dep="conj", pos="VERB")
    return tok


def _joint(toks: tuple[Token, ...], n: int) -> int | None:
    """The coordinating conjunction of the name, right before the name's phrase (hung on the name, or
    on the item before it as the English parser does)."""
    phrase = words_under(toks, n) - {j for j, t in enumerate(toks) if t.head == n and t.dep == "cc"}
    before = min(phrase) - 1
    if before >= 0 and toks[before].dep == "cc" and toks[before].head in (n, toks[n].head):
        return before
    return None


def _bare_verb_after(toks: tuple[Token, ...], n: int) -> tuple[int, int] | None:
    """The verb right after the name's phrase (or after its auxiliary) with no subject of its own, and
    the verb before the name it is coordinated with: the verb it hangs on, or the one above the item the
    name was joined to when the parser made the verb that item's modifier ("the sanctions and Algeria
    called on": "called" read as a participle of "sanctions", though finite)."""
    after = max(words_under(toks, n)) + 1
    if after >= len(toks):
        return None
    verb = toks[after].head if toks[after].dep.startswith("aux") else after
    if not 0 <= verb < len(toks) or any(t.head == verb and t.dep in SUBJECTS for t in toks):
        return None
    tok = toks[verb]
    if tok.pos not in PARTICIPLES or tok.pos == "ADJ" and verb == after:  # an adjective alone is no verb
        return None
    if tok.dep in SECOND_CLAUSES and 0 <= tok.head < n and toks[tok.head].pos in VERBS:
        return verb, tok.head
    item = toks[n].head
    if tok.dep == "acl" and tok.head == item and FINITE & set(tok.morph.split("|")):
        first = toks[item].head
        if 0 <= first < n and toks[first].pos in VERBS:
            return verb, first
    return None
