"""An attack on words is criticism: "هاجمت الجزائر موقف إسبانيا", "attacked Spain's position", "a
attaqué les déclarations du ministre" are ACCUSE (disapprove), not ASSAULT. The attacked thing is a
word of `utterances` in lang/<xx>/events.yaml ("position", "statement", "موقف"): with a parse, the
trigger's object or complement; without one, a word a few tokens after the trigger.

So is an attack by people who carry no arms: "هاجم وزير الخارجية بوريطة الجزائر", "the minister
attacked Algeria" (a person whose sector in the KB is neither armed forces nor rebels).

Occupying an office is a career, not a seizure: "a occupé le poste de directeur du FMI".
"""

from __future__ import annotations

from diplowatch.events.arguments import predicate
from diplowatch.events.coder import CoderContext
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match, keys_of
from diplowatch.text.sentences import Sentence

OBJECT_DEPS = ("obj", "dobj", "obl", "nmod", "pobj", "prep")
UNPARSED_REACH = 4  # tokens after an unparsed trigger searched for what it attacks


def attacks_words(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """Whether an ASSAULT trigger's target is something said or decided."""
    if match.trigger.type != "ASSAULT" or not lex.utterances:
        return False
    return any(set(keys_of(sentence.toks[i])) & lex.utterances for i in _objects(sentence, match))


SEIZE = "seize"


def holds_a_post(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """Whether a seizure's object is an office ("a occupé le poste de directeur", "occupied the post of",
    "ocupó el cargo de"): a career told, no event (`held_posts` in lang/<xx>/events.yaml)."""
    if match.trigger.mode != SEIZE or not lex.held_posts:
        return False
    return any(set(keys_of(sentence.toks[i])) & lex.held_posts for i in _objects(sentence, match))


def _objects(sentence: Sentence, match: Match) -> list[int]:
    """The trigger's objects and complements; without a parse, the few tokens after it."""
    if sentence.parsed:
        heads = {match.head, predicate(sentence, match.head)}
        children = [c for h in heads for c in sentence.children(h)]
        objects = [c for c in children if sentence.toks[c].dep.startswith(OBJECT_DEPS)]
        objects += [g for c in objects if sentence.toks[c].dep == "prep" for g in sentence.children(c)]
    else:
        last = match.indices[-1]
        objects = list(range(last + 1, min(len(sentence.toks), last + 1 + UNPARSED_REACH)))
    return objects


ARMED_SECTORS = frozenset({"MIL", "REB"})  # PLOVER sectors whose members' attacks may be armed


def attacks_in_words(actor: tuple[str, ...], context: CoderContext) -> bool:
    """Whether an attack's actors are all persons known to carry no arms (a minister, an envoy)."""
    return bool(actor) and all(
        context.actor_kind(key) == "person"
        and (sector := context.actor_sector(key)) is not None
        and not ARMED_SECTORS.intersection(sector.split())
        for key in actor
    )
