"""Acts held back: what a verb of restraint governs did not happen ("refrained from criticising Rabat",
"stopped short of condemning", "s'est gardé de critiquer", "se abstuvo de criticar", "has yet to accept"),
and a verb of abstention that holds an act back casts no vote ("s'est abstenu de critiquer Rabat", "امتنعت
باريس عن انتقاد الرباط"). The words are data (`refrainings`, `yet_marks`, `refrain_particles` in
lang/<xx>/events.yaml); events.modality negates the act, events.rules drops the vote."""

from __future__ import annotations

from diplowatch.events.arguments import predicate
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match
from diplowatch.text.sentences import Sentence

UNPARSED_REACH = 3  # tokens after an unparsed abstention verb where the act it holds back may start
REFRAIN_REACH = 3  # heads climbed from the act to the word that holds it back ("stopped short of condemning")
REFRAIN_DEPS = ("xcomp", "pcomp", "prep", "advmod", "dep", "obl", "advcl")


def refrained(sentence: Sentence, verb: int, lexicon: Lexicon) -> bool:
    """The act is what its actor held back from ("refrained from criticising Rabat", "stopped short of
    condemning", "s'est gardé de critiquer", "se abstuvo de criticar") or has yet to do ("has yet to
    accept"): it did not happen (`refrainings`, `yet_marks`)."""
    return _holding_back(sentence, verb, lexicon) is not None


def _holding_back(sentence: Sentence, verb: int, lexicon: Lexicon) -> int | None:
    """The word that holds the act at `verb` back (see `refrained`), or None. The act held back is no
    finite verb: a finite clause hung there ("s'est abstenue sur la résolution, qui appelle...", a relative
    the parser put on the verb) tells an act of its own."""
    if "VerbForm=Fin" in sentence.toks[verb].morph:
        return None
    at = verb
    for _ in range(REFRAIN_REACH):
        tok = sentence.toks[at]
        if tok.dep not in REFRAIN_DEPS or tok.head < 0 or tok.head == at:
            return None
        at = tok.head
        if {sentence.toks[at].lemma, sentence.toks[at].key} & lexicon.refrainings:
            return at
        marks = {sentence.toks[c].key for c in sentence.children(at)}
        if tok.dep == "xcomp" and marks & lexicon.yet_marks:  # "has yet to accept"
            return at
    return None


def holds_back_act(sentence: Sentence, match: Match, heads: dict[int, Match], lexicon: Lexicon) -> bool:
    """The trigger holds another act of the sentence back ("s'est abstenu de critiquer Rabat", "امتنعت
    باريس عن انتقاد الرباط"), or any infinitive its clause marks with a particle of restraint, an event or
    not ("s'est abstenu pour l'heure de qualifier les événements de coup d'État": the parser hangs "de
    qualifier" on "l'heure"): it refrains from that act, it casts no vote. Abstaining from voting
    ("se abstuvo de votar", `ballot_verbs`) is still a vote."""
    if sentence.parsed and _held_infinitive(sentence, predicate(sentence, match.head), lexicon):
        return True
    for head, other in heads.items():
        if other is match:
            continue
        if sentence.parsed:
            if _holding_back(sentence, predicate(sentence, head), lexicon) in match.indices:
                return True
        elif (
            match.indices[-1] < other.indices[0] <= match.indices[-1] + UNPARSED_REACH
            and sentence.toks[other.indices[0] - 1].key in lexicon.refrain_particles
        ):
            return True
    return False


HELD_INFINITIVE_DEPTH = 3  # heads between the verb of abstention and the infinitive it holds back


def _held_infinitive(sentence: Sentence, verb: int, lexicon: Lexicon) -> bool:
    """An infinitive below the verb (within HELD_INFINITIVE_DEPTH heads, in the verb's own clause) after a
    particle of restraint ("de", "from"), other than a verb of voting. A participle the parser hung on its
    auxiliary ("s'est abstenu": "abstenu" an xcomp of "est") shares the auxiliary's dependents."""
    tok = sentence.toks[verb]
    level = (
        [verb, tok.head] if tok.dep.startswith("xcomp") and sentence.toks[tok.head].pos == "AUX" else [verb]
    )
    for _ in range(HELD_INFINITIVE_DEPTH):
        level = [c for i in level for c in sentence.children(i) if _same_clause(sentence, c)]
        for i in level:
            tok = sentence.toks[i]
            if tok.pos != "VERB" or "VerbForm=Inf" not in tok.morph or tok.lemma in lexicon.ballot_verbs:
                continue
            if any(sentence.toks[c].key in lexicon.refrain_particles for c in sentence.children(i)):
                return True
    return False


def _same_clause(sentence: Sentence, i: int) -> bool:
    """Token i does not open a clause of its own: no finite verb, no coordinated or juxtaposed clause, no
    subject of its own ("..., tandis que l'Algérie a choisi de ne pas prendre part au vote")."""
    tok = sentence.toks[i]
    return (
        "VerbForm=Fin" not in tok.morph
        and not tok.dep.startswith(("conj", "parataxis", "ccomp"))
        and not any(sentence.toks[c].dep.startswith("nsubj") for c in sentence.children(i))
    )
