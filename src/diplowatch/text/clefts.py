"""A parse repair: a cleft sentence ("C'est à Rabat que Lavrov a rencontré Bourita", "C'est grâce à une
médiation omanaise que les Houthis ont relâché l'équipage", "C'est l'Algérie qui a condamné...") sets one
phrase in focus before the clause it belongs to. The French parser makes the focused phrase the root and
hangs the clause's verb on it as a relative clause: the verb lost its place and its object ("Nasser
Bourita", hung on "Rabat"), and the focused phrase its role ("omanaise" became the release's actor).

The clause's verb is the root again; the focused phrase is its subject after a subject relative ("qui"),
else its oblique when a preposition opens it, else its object; the opener, the copula and the relative
word mark it; whatever the parser hung on the focused phrase after the verb is the verb's
(lang/parse_repairs.yaml `clefts`)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from diplowatch.text.normalise import Token, hangs_on

FOCUS_REACH = 8  # tokens from the copula to the relative word: "C'est grâce à la médiation du Qatar que"
NOMINALS = ("PROPN", "NOUN")
MARKS = "mark"
CLEFT_KEYS = ("openers", "copulas", "relatives", "subject_relatives")  # lang/parse_repairs.yaml, in order


@dataclass(frozen=True, slots=True)
class Cleft:
    """A language's cleft words, folded: the opener ("c'"), the copula's lemma ("etre"), the relative words
    ("que", "qui") and those of them that stand for the subject ("qui")."""

    openers: frozenset[str]
    copulas: frozenset[str]
    relatives: frozenset[str]
    subject_relatives: frozenset[str]


def cleft_restored(toks: tuple[Token, ...], cleft: Cleft) -> tuple[Token, ...]:
    found = _cleft(toks, cleft)
    if found is None:
        return toks
    opener, copula, focus, relative, verb = found
    out = list(toks)
    if toks[verb].head != -1 and toks[focus].head == focus or toks[focus].head == -1:
        out[verb] = dataclasses.replace(toks[verb], head=-1, dep="ROOT")
    subject = toks[relative].key.rstrip("'’") in cleft.subject_relatives
    cased = any(t.head == focus and t.dep in ("case", "fixed") for t in toks[:focus])
    role = "nsubj" if subject else ("obl:mod" if cased else "obj")
    out[focus] = dataclasses.replace(toks[focus], head=verb, dep=role)
    for i in (opener, copula, relative):
        out[i] = dataclasses.replace(toks[i], head=verb, dep=MARKS)
    has_subject = subject or any(
        t.head == verb and t.dep.startswith("nsubj") for i, t in enumerate(toks) if i != focus
    )
    for i in range(relative + 1, len(toks)):
        tok = toks[i]
        if i < verb and tok.head == focus and not has_subject and tok.pos in NOMINALS:
            # "que Kigali et Kinshasa ont signé": the parser hung the clause's subject on the focus
            out[i] = dataclasses.replace(tok, head=verb, dep="nsubj")
            has_subject = True
        elif i > verb and tok.head == focus:  # "Nasser Bourita" after the verb: the verb's
            out[i] = dataclasses.replace(tok, head=verb)
    return tuple(out)


def _cleft(toks: tuple[Token, ...], cleft: Cleft) -> tuple[int, int, int, int, int] | None:
    """(opener, copula, focused phrase's head, relative word, clause verb) of the sentence's cleft: the
    copula links the focused phrase ("c'est X", not "ce qui est sûr"), a relative word follows it within
    reach, and the clause's verb comes after that."""
    for opener in range(len(toks) - 3):
        copula = opener + 1
        if toks[opener].key.rstrip("'’") not in cleft.openers or toks[copula].lemma not in cleft.copulas:
            continue
        focus = toks[copula].head
        if not copula < focus <= copula + FOCUS_REACH:
            return None
        relative = next(
            (
                i
                for i in range(focus + 1, min(len(toks), copula + 2 + FOCUS_REACH))
                if toks[i].key.rstrip("'’") in cleft.relatives
            ),
            None,
        )
        if relative is None:
            return None
        verb = next((i for i in range(relative + 1, len(toks)) if toks[i].pos == "VERB"), None)
        if verb is None or not hangs_on(toks, verb, focus) and toks[focus].head != verb:
            return None
        return opener, copula, focus, relative, verb
    return None
