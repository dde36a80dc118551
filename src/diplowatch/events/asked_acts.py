"""Who is asked is not whom the asked act concerns: "called on the UAE to stop supplying weapons to the
RSF", "a exhorté le Maroc à négocier avec le Front Polisario", "instó a Marruecos a negociar con el
Frente Polisario". The request is addressed to the party named as its object; the names only inside the
infinitive it asks for are that act's participants (the act is coded apart, as hypothetical). Kept
apart, two calls of one speaker to different parties ("urged both sides to..., and called on the UAE
to stop supplying the RSF") stay two events instead of merging over the party the second act names."""

from __future__ import annotations

import dataclasses

from diplowatch.events.argument_set import Arguments
from diplowatch.events.case_marks import marked_nominal
from diplowatch.events.categories import REQUESTS
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence

OBJECTS = frozenset({"dobj", "obj", "iobj", "pobj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "nsubj:pass"})
CLAUSE_SUBJECTS = frozenset(
    {"nsubj"}
)  # "demanded that *the UAE* stop": the one asked  # "Morocco was urged to": the one asked
ASKED_ACTS = ("xcomp", "acl", "advcl", "ccomp")


def without_asked_acts(
    sentence: Sentence, match: Match, args: Arguments, at: dict[ActorMention, int | None], lexicon: Lexicon
) -> Arguments:
    if match.trigger.type not in REQUESTS or not sentence.parsed or len(args.recipient) < 2:
        return args
    asked, acts = _asked_and_acts(sentence, match, lexicon)
    if not acts:
        return args
    named_asked = {m.key for m, i in at.items() if i is not None and i in asked}
    outside = {m.key for m, i in at.items() if i is not None and i not in acts}
    kept = tuple(k for k in args.recipient if k in outside)
    if not named_asked & set(kept) or len(kept) == len(args.recipient):
        return args  # the asked party names no known actor: the act's names are all there is
    return dataclasses.replace(args, recipient=kept)


def act_names(
    sentence: Sentence, match: Match, at: dict[ActorMention, int | None], lexicon: Lexicon
) -> set[str]:
    """The actors named only inside the act a call asks for: no addressees once the asked party is
    known otherwise ("urged the parties to support the envoy's efforts": the parties are the dispute's
    sides, events.parties; the envoy is whom the asked support would go to)."""
    if match.trigger.type not in REQUESTS or not sentence.parsed:
        return set()
    _, acts = _asked_and_acts(sentence, match, lexicon)
    inside = {m.key for m, i in at.items() if i is not None and i in acts}
    return inside - {m.key for m, i in at.items() if i is not None and i not in acts}


def _asked_and_acts(sentence: Sentence, match: Match, lexicon: Lexicon) -> tuple[set[int], set[int]]:
    """The tokens of the asked party and of the acts asked of it (empty without both)."""
    verb = match.head
    if sentence.toks[verb].pos != "VERB":
        return set(), set()
    asked = _asked_party(sentence, verb, lexicon)
    if not asked:
        return _demanded_clause(sentence, verb)
    acts = set().union(
        *(
            sentence.subtree(k)
            for k in _infinitives(sentence, verb, asked)
            if "VerbForm=Inf" in sentence.toks[k].morph or sentence.toks[k].pos == "VERB"
        )
    )
    return asked, acts


def _demanded_clause(sentence: Sentence, verb: int) -> tuple[set[int], set[int]]:
    """A call whose complement clause names the one asked as its subject ("demanded that the UAE stop
    arming the RSF", "a exigé que les Émirats cessent", "exigió que los Emiratos dejen de"): that subject,
    and the rest of the clause, what is asked of it."""
    for c in sentence.children(verb):
        if sentence.toks[c].dep != "ccomp":
            continue
        subjects = [g for g in sentence.children(c) if sentence.toks[g].dep in CLAUSE_SUBJECTS]
        if subjects and sentence.toks[subjects[0]].pos in ("PROPN", "NOUN"):
            asked = sentence.subtree(subjects[0])
            return asked, sentence.subtree(c) - asked
    return set(), set()


def _asked_party(sentence: Sentence, verb: int, lexicon: Lexicon) -> set[int]:
    """The tokens of the verb's object (a passive's subject, a dative: "a demandé *à l'ONU* de"), or of
    the object of its particle ("called *on* X": lexicon `asked_particles`), without the clause the
    French parser hangs on it ("les Émirats à cesser")."""
    out: set[int] = set()
    for k in sentence.children(verb):
        tok = sentence.toks[k]
        if (tok.dep in OBJECTS or tok.dep in PASSIVE_SUBJECTS) and tok.pos in ("PROPN", "NOUN"):
            out |= without_clauses(sentence, k)
        elif marked_nominal(sentence, k, lexicon.dative_marks):  # "a demandé à l'ONU de rejeter"
            out |= without_clauses(sentence, k)
        elif tok.dep == "prep" and tok.key in lexicon.asked_particles:
            for g in sentence.children(k):
                if sentence.toks[g].dep == "pobj":
                    out |= without_clauses(sentence, g)
    return out


def without_clauses(sentence: Sentence, k: int) -> set[int]:
    inside = sentence.subtree(k)
    for c in sentence.children(k):
        if sentence.toks[c].dep in ASKED_ACTS:
            inside -= sentence.subtree(c)
    return inside


def _infinitives(sentence: Sentence, verb: int, asked: set[int]) -> list[int]:
    """The clauses of what is asked: the verb's own ("urged X to negotiate"), or the object's ("a appelé
    les Émirats à cesser", which the French parser hangs on the noun)."""
    heads = [verb, *(i for i in asked if sentence.toks[i].pos in ("PROPN", "NOUN"))]
    return [k for h in heads for k in sentence.children(h) if sentence.toks[k].dep in ASKED_ACTS]
