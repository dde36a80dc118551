"""Calling someone something is an appraisal, not a call: "Petro called Milei a fascist", "Algeria termed
the visit a provocation", "described the move as a violation of international law", "a qualifié la
décision d'inacceptable", "describió el acuerdo como una traición" name what the speaker holds them to
be (lexicon `naming_verbs`). The name is the verb's object predicate ("called X *a fascist*", "deemed X
*unacceptable*"), or a word a naming mark introduces after the verb or its object (`naming_marks`:
"as", "comme", "de", "como"), with the adjectives that qualify it ("a solution *credible and realistic*").
A name of blame makes it a criticism (ACCUSE: `naming_blame`, "a fascist", "a provocation",
"unacceptable"), a name of praise a support ("called the agreement a success": `naming_praise`), a name
of untruth a rejection ("called the allegations false", "a qualifié ces allégations de fausses":
`naming_denial`); a name is blame too when what it is of is ("called Maduro the head of a *terrorist*
network", "le chef d'une organisation *terroriste*"). A name given with neither makes no
call ("called Sánchez the head of a friendly government" is no REQUEST). Otherwise a naming verb that
is a trigger of its own stays what it was ("called for talks"), and one that is only a naming verb
(flag "naming": "describe", "qualifier") is no event."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from diplowatch.events.lexicon import Lexicon
from diplowatch.events.speech import SPOKEN
from diplowatch.events.triggers import Match, keys_of
from diplowatch.text.sentences import Sentence

PREDICATES = frozenset({"oprd", "xcomp", "acomp"})  # "called X *a fascist*": the object's predicate
CLAUSES = frozenset({"ccomp", "advcl", "conj", "parataxis", "xcomp", "acl", "relcl", "acl:relcl"})
NAMES = frozenset({"NOUN", "ADJ"})
RELATIVES = frozenset({"relcl", "acl:relcl"})  # a naming verb in a relative clause names its antecedent
OBJECTS = frozenset({"dobj", "obj"})
NAMING = "naming"  # the flag of a verb that is an event only through the name it gives
# names that are blame whatever else their word means: calling a referendum "a threat" is criticism of
# whoever held it, not a threat of the one who says so ("qualifié de menace", "calificó de amenaza")
BLAME_ONLY = frozenset({"THREATEN"})


def as_naming(sentence: Sentence, match: Match, lex: Lexicon, others: Sequence[Match] = ()) -> Match | None:
    """The trigger re-coded as an appraisal when its naming verb gives a name of blame or praise; None
    for a verb that is an event only so (flag "naming") and gives none, or whose name is a trigger of
    its own among `others` ("described the strikes as a war crime": the allegation the name makes)."""
    only_naming = NAMING in match.trigger.flags
    if match.trigger.type in BLAME_ONLY and _a_name(sentence, match, lex, others):
        return None  # "described the referendum as a threat": the naming verb's criticism, no threat
    if not _naming_verb(sentence, match.head, lex):
        return None if only_naming else match
    names = _names(sentence, match.head, lex)
    named = [o for o in others if set(names) & set(o.indices) and o.trigger.type not in BLAME_ONLY]
    keys = {k for name in names + _what_names_hold(sentence, names) for k in keys_of(sentence.toks[name])}
    if only_naming and any(SPOKEN not in o.trigger.flags for o in named):
        return None  # "qualified the strike as an aggression": the act the name tells is the event
    if named:  # an evaluative word is said here: its own reading ("a war crime": an allegation)
        kind, mode = named[0].trigger.type, named[0].trigger.mode
    elif keys & lex.naming_denial:  # "called the allegations false": denied, a rejection of the accuser's
        kind, mode = "REJECT", ""
    elif keys & lex.naming_blame:
        kind, mode = "ACCUSE", "disapprove"
    elif keys & lex.naming_praise:
        kind, mode = "SUPPORT", ""
    elif only_naming or _predicate_name(sentence, names):
        return None  # "called Maduro the head of state": a name given, no call made
    else:
        return match
    trigger = dataclasses.replace(
        match.trigger, type=kind, mode=mode, flags=match.trigger.flags - {"weak", "ask", NAMING}
    )
    return dataclasses.replace(match, trigger=trigger)


def given_names(sentence: Sentence, match: Match, lex: Lexicon) -> list[int]:
    """The words a naming verb trigger names its object as ("calificó el reconocimiento *de violación*"):
    what the act is called, not what it is about (events.reactions); [] for any other trigger."""
    return _names(sentence, match.head, lex) if _naming_verb(sentence, match.head, lex) else []


def _naming_verb(sentence: Sentence, head: int, lex: Lexicon) -> bool:
    tok = sentence.toks[head]
    return sentence.parsed and tok.pos == "VERB" and bool(set(keys_of(tok)) & lex.naming_verbs)


def _a_name(sentence: Sentence, match: Match, lex: Lexicon, others: Sequence[Match]) -> bool:
    """The trigger is the name a naming verb among `others` gives its object."""
    return any(
        o.head != match.head
        and _naming_verb(sentence, o.head, lex)
        and match.head in _names(sentence, o.head, lex)
        for o in others
    )


def _names(sentence: Sentence, verb: int, lex: Lexicon) -> list[int]:
    """The words the verb names its object as, with the ones coordinated to them ("illegal and a
    violation"). A word a naming mark introduces may hang anywhere in the verb's own clause: the parser
    often puts "de succès" on the nearest noun ("l'accord avec l'Espagne de succès")."""
    toks = sentence.toks
    found = [c for c in sentence.children(verb) if toks[c].dep in PREDICATES and toks[c].pos in NAMES]
    # "a move Caracas called a provocation": the move is the object; not when the relative has a name of
    # its own ("Russia, which called the strikes illegitimate": the strikes are its object)
    if toks[verb].dep in RELATIVES and not found:
        found += [c for c in sentence.children(verb) if toks[c].dep in OBJECTS and toks[c].pos in NAMES]
    # "called Petro the head of...", parsed as the object's apposition (one with no comma before it)
    found += [
        a
        for o in sentence.children(verb)
        if toks[o].dep in OBJECTS
        for a in sentence.children(o)
        if toks[a].dep == "appos" and toks[a].pos == "NOUN" and not _comma_before(sentence, a)
    ]
    # "called the Russian move a threat", parsed as a clause whose noun "move" has "a threat" for object
    found += [
        n
        for c in sentence.children(verb)
        if toks[c].dep == "ccomp" and toks[c].pos == "NOUN"
        for n in sentence.children(c)
        if toks[n].dep in OBJECTS and toks[n].pos in NAMES
    ]
    for j in _own_clause(sentence, verb):
        if toks[j].key in lex.naming_marks and toks[j].pos == "ADP":  # "as" heading its object (en)
            found += [n for n in sentence.children(j) if toks[n].pos in NAMES]
        elif toks[j].pos in NAMES and _marked(sentence, j, lex):  # "comme une violation", "de traición"
            found.append(j)
    found += [c for n in found for c in sentence.children(n) if toks[c].dep == "conj"]
    # what the name says of it: "de solution *crédible et réaliste*", "as a *credible* solution"
    qualities = [
        c for n in found for c in sentence.children(n) if toks[c].dep == "amod" and toks[c].pos == "ADJ"
    ]
    return found + qualities + [c for q in qualities for c in sentence.children(q) if toks[c].dep == "conj"]


def _what_names_hold(sentence: Sentence, names: list[int]) -> list[int]:
    """What the names are of, and its qualities: "the head of a *narco-terrorist* organization",
    "le chef d'une organisation *terroriste*" (a name is blame when what it holds is)."""
    toks = sentence.toks
    held = [
        o
        for n in names
        for c in sentence.children(n)
        for o in ([c] if toks[c].dep == "nmod" else sentence.children(c) if toks[c].dep == "prep" else [])
        if toks[o].pos == "NOUN" and toks[o].dep in ("nmod", "pobj")
    ]
    qualities = [c for n in names + held for c in sentence.children(n) if toks[c].dep in ("amod", "compound")]
    return qualities + held


def _comma_before(sentence: Sentence, word: int) -> bool:
    first = min(sentence.subtree(word))
    return first > 0 and sentence.toks[first - 1].text == ","


def _predicate_name(sentence: Sentence, names: list[int]) -> bool:
    """A name is the object's predicate ("called Maduro *the head* of..."), not a word "as" marks."""
    toks = sentence.toks
    return any(toks[n].pos in NAMES and (toks[n].dep in PREDICATES or toks[n].dep == "appos") for n in names)


def _own_clause(sentence: Sentence, verb: int) -> set[int]:
    """The verb's dependents and what hangs below them, but for its subject and its clauses."""
    out: set[int] = set()
    for c in sentence.children(verb):
        if not sentence.toks[c].dep.startswith(("nsubj", "csubj")) and sentence.toks[c].dep not in CLAUSES:
            out |= sentence.subtree(c)
    return out


def _marked(sentence: Sentence, word: int, lex: Lexicon) -> bool:
    toks = sentence.toks
    marks = lex.naming_marks
    if any(toks[c].dep in ("case", "mark") and toks[c].key in marks for c in sentence.children(word)):
        return True
    # "de très préoccupante", "de extremadamente preocupante": the parser hangs the mark on the adverb
    # between them, or on nothing of the name's; the mark still stands right before the adverbs
    before = word - 1
    while before >= 0 and toks[before].pos == "ADV":
        before -= 1
    return 0 <= before < word - 1 and toks[before].pos == "ADP" and toks[before].key in marks
