"""A reported obligation is a demand: "Russia said Sudan must return the helicopter" is a REQUEST.

PLOVER codes a speaker's statement that another party must act as a REQUEST from the speaker
to that party; the act itself has not happened (the modal makes it hypothetical). This module
finds, in a parsed sentence, an obligation modal (`obligations`: must, devoir, deber) whose
clause has a named subject of its own and is the complement of a reporting verb ("said",
"a estimé", "declaró"), and returns a REQUEST match headed on the reporting verb, with the
obligated subject's tokens (the recipients). A pronoun subject ("we must", "il doit") is left
alone: it is mostly the speaker's own resolve or schedule ("il doit se rendre à Alger").

A quoted obligation is its speaker's demand: in « Le Maroc doit se retirer », a déclaré X (spaCy may
cut the quotation from its attribution, or hang the reporting verb on the modal as a parataxis),
the modal's clause is the quotation's main clause; the REQUEST is headed on the modal and flagged
`QUOTED_FLAG`, so that the quotation's speaker acts (events.speech). A reporting verb the parser hung
on the modal ("..., a déclaré X" as its parataxis) heads the REQUEST itself, as a governing one does.

An obligation its speaker is named in by a reporting preposition ("Selon X, le Maroc doit se retirer",
"Según X, Marruecos debe") is that speaker's demand: the REQUEST is headed on the modal and flagged
spoken (events.speech finds the speaker).

A wish that another party act ("Bourita wants Algeria to reopen the border", `demanding_wishes`) is
the wisher's demand of it: the REQUEST is headed on the wish verb, whose subject is its actor.

An obligation verb with its infinitive is the same modal ("Attaf said Morocco has to withdraw",
`infinitive_obligations`: "have" only with "to" and an infinitive, not "has withdrawn").

A reported necessity is the same demand: "Pedersen stressed that an inclusive process is essential",
"a souligné que la participation de l'Algérie est indispensable" (`necessities`: an adjective whose
clause, with a named subject, is the complement of a reporting verb).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from diplowatch.events.arguments import predicate
from diplowatch.events.lexicon import Lexicon, Trigger
from diplowatch.events.triggers import Match, keys_of, tokens_keyed
from diplowatch.model import Quote
from diplowatch.text.sentences import Sentence

COMPLEMENTS = ("ccomp", "parataxis", "xcomp")  # xcomp: "declaró que Marruecos debe negociar" (es parser)
PREDICATIVE = ("acomp", "attr")  # an adjective after "is" (English parse): the copula heads the clause
DEMAND = "REQUEST"
DEMAND_FLAG = "obligation"  # marks the REQUEST triggers this module makes (never written in a data file)
QUOTED_FLAG = "quoted"  # a quoted obligation's REQUEST (or one told before its reporting verb): the
# quotation's speaker demands (events.speech); a named actor is bound, not the speaker's own side
ATTRIBUTED_FLAG = (
    "spoken"  # "Selon X, Y doit...": the speaker a reporting preposition names demands (events.speech)
)
TOLD_AFTER = ("parataxis",)  # "« X doit ... », a déclaré Y": the French parser hangs the verb on the modal


@dataclass(frozen=True, slots=True)
class Obligation:
    match: Match  # a REQUEST headed on the reporting verb
    obliged: frozenset[int]  # tokens of the obligated subject


def obligations(
    sentence: Sentence,
    lexicon: Lexicon,
    taken: set[int],
    quotes: Sequence[Quote] = (),
    named: set[int] | None = None,
) -> list[Obligation]:
    """The reported or quoted obligations of a parsed sentence; `taken`: heads of the sentence's own
    triggers (a reporting verb that is already a trigger keeps its own event); `quotes`: the article's
    quotations with their speakers; `named`: the tokens inside actor mentions, when known (a quoted
    obligation binds a named actor: « La réunion doit se tenir à Genève » is a schedule)."""
    if not sentence.parsed or not (
        lexicon.obligations or lexicon.necessities or lexicon.infinitive_obligations
    ):
        return []
    out: list[Obligation] = _wished(sentence, lexicon, taken, named)
    for i in tokens_keyed(sentence, lexicon.obligations, lexicon.necessities, lexicon.infinitive_obligations):
        tok = sentence.toks[i]
        keys = set(keys_of(tok))
        if keys & lexicon.obligations:
            clause = tok.head if tok.dep.startswith("aux") and tok.head >= 0 else i
        elif keys & lexicon.infinitive_obligations and _with_infinitive(sentence, i, lexicon):
            clause = i  # "Morocco has to withdraw": the verb heads the clause, the infinitive its xcomp
        elif keys & lexicon.necessities and tok.pos == "ADJ":
            # "is essential": English hangs the adjective on the copula, UD makes it the clause's head
            clause = tok.head if tok.dep in PREDICATIVE and tok.head >= 0 else i
        else:
            continue
        flags = frozenset({DEMAND_FLAG})
        found = _reported(sentence, clause, lexicon)
        if (
            found is None
        ):  # told after it, quoted or attributed: a named actor's obligation (not a schedule's)
            found = _told_after(sentence, clause, lexicon)
            if found is None and keys & lexicon.obligations:
                found = _attributed(sentence, i, clause, lexicon, named)
                flags |= {ATTRIBUTED_FLAG} if found is not None else set()
            if found is None and keys & lexicon.obligations:
                found = _quoted(sentence, i, clause, quotes)
            flags |= {QUOTED_FLAG}
            found = found if found is None or named is None or found[1] & named else None
        if found is None or found[0] in taken or any(o.match.head == found[0] for o in out):
            continue
        words = (sentence.toks[found[0]].lemma,)
        trigger = Trigger(words, DEMAND, "", flags, -1)
        out.append(Obligation(Match(trigger, (found[0],), found[0]), frozenset(found[1])))
    return out


def _wished(
    sentence: Sentence, lexicon: Lexicon, taken: set[int], named: set[int] | None
) -> list[Obligation]:
    """The demands told as wishes: a wish verb whose clause has a subject of its own, an actor (when
    known), and the infinitive mark ("wants Algeria to reopen"; not "wants to hold talks", the wisher's
    own plan, nor "wants the talks to resume", asked of no one)."""
    out: list[Obligation] = []
    for i in tokens_keyed(sentence, lexicon.demanding_wishes):
        if i in taken or sentence.toks[i].pos != "VERB":
            continue
        for clause in sentence.children(i):
            tok = sentence.toks[clause]
            marked = any(sentence.toks[m].key in lexicon.infinitive_marks for m in sentence.children(clause))
            found = _with_subject(sentence, clause, i) if tok.dep.startswith(COMPLEMENTS) and marked else None
            if found is not None and (named is None or found[1] & named):
                trigger = Trigger((sentence.toks[i].lemma,), DEMAND, "", frozenset({DEMAND_FLAG}), -1)
                out.append(Obligation(Match(trigger, (i,), i), frozenset(found[1])))
                break
    return out


def _with_infinitive(sentence: Sentence, verb: int, lexicon: Lexicon) -> bool:
    """The verb has an infinitive complement marked "to" ("has to withdraw"), as a modal does."""
    return any(
        sentence.toks[c].dep.startswith("xcomp")
        and any(sentence.toks[m].key in lexicon.infinitive_marks for m in sentence.children(c))
        for c in sentence.children(verb)
    )


def _reported(sentence: Sentence, clause: int, lexicon: Lexicon) -> tuple[int, set[int]] | None:
    """(the reporting verb, the obligated subject's tokens) of a reported clause with a named subject."""
    tok = sentence.toks[clause]
    if not tok.dep.startswith(COMPLEMENTS) or tok.head < 0:
        return None
    reporting = predicate(sentence, tok.head)
    if not {sentence.toks[reporting].lemma, sentence.toks[reporting].key} & lexicon.reporting:
        return None
    return _with_subject(sentence, clause, reporting)


def _attributed(
    sentence: Sentence, modal: int, clause: int, lexicon: Lexicon, named: set[int] | None
) -> tuple[int, set[int]] | None:
    """(the modal, the obligated subject's tokens) of a main clause whose speaker a reporting
    preposition before it names ("Selon X, le Maroc doit se retirer", "Según X, Marruecos debe"): the
    REQUEST is spoken, its speaker found as an evaluative word's is (events.speech). The speaker is a
    named actor: "Selon la presse, X doit rencontrer Y demain" reports a schedule."""
    if sentence.toks[clause].head >= 0 or named is None:
        return None
    cued = any(
        _names_speaker(sentence, c, named) and _reporting_preposition(sentence, c, lexicon)
        for c in sentence.children(clause)
        if c < clause
    )
    return _with_subject(sentence, clause, modal) if cued else None


def _names_speaker(sentence: Sentence, phrase: int, named: set[int]) -> bool:
    """The phrase is a named actor ("Selon *X*"), or the English preposition whose object is one ("*According*
    to X": the parser makes "According" the phrase's head)."""
    if phrase in named:
        return True
    return sentence.toks[phrase].dep == "prep" and bool(sentence.subtree(phrase) & named)


def _reporting_preposition(sentence: Sentence, phrase: int, lexicon: Lexicon) -> bool:
    """The phrase opens with a reporting preposition ("selon", "d'après", "según", "according to"), its own
    head (English "according") or its case marker (UD)."""
    for at in (phrase, *sentence.children(phrase)):
        tok = sentence.toks[at]
        if tok.dep not in ("case", "prep") or tok.pos not in ("ADP", "VERB"):
            continue
        fixed = [sentence.toks[f].key for f in sentence.children(at) if sentence.toks[f].dep == "fixed"]
        words = {tok.lemma, tok.key, " ".join([tok.key.rstrip("'"), *fixed])}
        if words & lexicon.reporting or at == 0 and words & lexicon.opening_attributions:
            return True
    return False


def _told_after(sentence: Sentence, clause: int, lexicon: Lexicon) -> tuple[int, set[int]] | None:
    """(the reporting verb, the obligated subject's tokens) of a main clause whose reporting verb the
    parser hung on it after it ("« Le Maroc doit se retirer », a déclaré le ministre")."""
    if sentence.toks[clause].head >= 0:
        return None
    told = [
        c
        for c in sentence.children(clause)
        if c > clause
        and sentence.toks[c].dep.startswith(TOLD_AFTER)
        and {sentence.toks[c].lemma, sentence.toks[c].key} & lexicon.reporting
    ]
    return _with_subject(sentence, clause, told[0]) if told else None


def _quoted(
    sentence: Sentence, modal: int, clause: int, quotes: Sequence[Quote]
) -> tuple[int, set[int]] | None:
    """(the modal, the obligated subject's tokens) of an obligation that is the main clause of a
    quotation whose speaker is known ("« L'Algérie doit assumer ses responsabilités »"): its clause
    hangs on nothing or on a word outside the quotation (the parser may make it an adverbial of the
    attribution's verb)."""
    at = sentence.toks[modal].start
    quote = next((q for q in quotes if q.speaker and q.start <= at < q.end), None)
    if quote is None:
        return None
    head = sentence.toks[clause].head
    if head >= 0 and quote.start <= sentence.toks[head].start < quote.end:
        return None
    return _with_subject(sentence, clause, modal)


def _with_subject(sentence: Sentence, clause: int, head: int) -> tuple[int, set[int]] | None:
    """(head, the tokens of the clause's named subject), when it has one (not "il doit", "we must")."""
    subjects = [
        c
        for c in sentence.children(clause)
        if sentence.toks[c].dep.startswith("nsubj") and sentence.toks[c].pos in ("NOUN", "PROPN")
    ]
    if not subjects:
        return None
    return head, sentence.subtree(subjects[0])
