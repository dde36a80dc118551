"""A trip that takes its traveller somewhere (trigger flag `conveys`).

"Sa tournée doit ensuite le conduire à Alger puis à Nouakchott", "the tour will then take him to
Algiers and Nouakchott", "la gira lo llevará a Argel": the verb's subject is a trip (lang/*/events.yaml
`trips`), its object is who travels (a name, or a pronoun standing for a person told before, or else
the owner of the trip, "sa tournée"), and the places named are its stops (their states host it, see
events.rules). With any other subject the verb is no visit ("the talks will take time", "llevar a
cabo"); without a parse it is none either.
"""

from __future__ import annotations

from diplowatch.events.argument_set import Arguments
from diplowatch.events.arguments import SUBJECTS, Antecedent
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence

CONVEYS = "conveys"
_OBJECTS = ("obj", "dobj")
_RAISING = ("xcomp",)  # "doit le conduire": the subject sits on the verb above


def not_by_trip(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """A `conveys` trigger whose subject is no trip: no event."""
    if CONVEYS not in match.trigger.flags:
        return False
    if not sentence.parsed:
        return True
    trip = _trip(sentence, match.head)
    return trip is None or not {sentence.toks[trip].lemma, sentence.toks[trip].key} & lex.trips


def conveyed(
    sentence: Sentence,
    match: Match,
    found: list[ActorMention],
    antecedent: Antecedent,
    lex: Lexicon,
    clause: frozenset[int],
) -> Arguments:
    """The traveller as the actor, the other actors of the verb's clause (but the trip's) as recipients."""
    at = {m: sentence.token_at(m.start) for m in found}
    trip = _trip(sentence, match.head)
    trip_words = sentence.subtree(trip) if trip is not None else set()
    taken = next((c for c in sentence.children(match.head) if sentence.toks[c].dep in _OBJECTS), None)
    taken_words = sentence.subtree(taken) if taken is not None else set()
    actor = _keys(at, taken_words)
    if not actor and taken is not None and sentence.toks[taken].pos == "PRON":
        tok = sentence.toks[taken]
        person = antecedent(tok.start, False, "Gender=Fem" in tok.morph)
        actor = (person,) if person else ()
    if not actor and trip is not None:  # "sa tournée le conduira": the owner of the trip
        owner = next(
            (
                c
                for c in sentence.children(trip)
                if c < trip and sentence.toks[c].key in lex.person_possessives
            ),
            None,
        )
        person = antecedent(sentence.toks[owner].start, False, False) if owner is not None else None
        actor = (person,) if person else ()
    words = (set(clause) | sentence.subtree(match.head)) - trip_words - taken_words
    recipient = tuple(k for k in _keys(at, words) if k not in actor)
    return Arguments(actor, recipient, "parse" if actor else "none", frozenset(clause))


def _trip(sentence: Sentence, verb: int) -> int | None:
    """The subject of the verb, or of the verb it completes ("sa tournée doit le conduire")."""
    for at in (verb, sentence.toks[verb].head if sentence.toks[verb].dep in _RAISING else -1):
        if at < 0:
            continue
        subject = next((c for c in sentence.children(at) if sentence.toks[c].dep in SUBJECTS), None)
        if subject is not None:
            return subject
    return None


def _keys(at: dict[ActorMention, int | None], tokens: set[int]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.key for m, i in at.items() if i is not None and i in tokens))
