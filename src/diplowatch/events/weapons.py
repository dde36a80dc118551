"""An attack told by what struck: "Rockets hit Smara on Sunday", "Several explosions struck the port",
"Quatre explosions ont frappé Smara", "Varios cohetes alcanzaron el aeropuerto". The weapon that is the
subject is no actor, and the text names none: the attack's doer is unknown (PLOVER codes it without an
actor), and the place struck stands for its target (the coder's host rule). Told so, the attack itself
is not in doubt."""

from __future__ import annotations

from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match, keys_of
from diplowatch.text.sentences import Sentence

WEAPON_MODE = "bomb"  # the mode of the lexicons' weapon and explosion words


def struck_by_weapon(sentence: Sentence, match: Match, named: frozenset[int], lex: Lexicon) -> frozenset[int]:
    """The clause of the verb telling the strike, when its subject is a weapon or an explosion noun
    (the trigger itself, or the subject of the trigger verb) that names no one (`named`: the tokens of
    actors' names; "les tirs du Polisario", "Houthi drones" name who fired): its place and its date are
    the attack's. Empty otherwise."""
    if match.trigger.type != "ASSAULT" or not sentence.parsed:
        return frozenset()
    subject = _weapon_subject(sentence, match, lex)
    if subject is None or sentence.subtree(subject) & named:
        return frozenset()
    verb = sentence.toks[subject].head
    return frozenset(sentence.subtree(verb)) if sentence.toks[verb].pos == "VERB" else frozenset()


def _weapon_subject(sentence: Sentence, match: Match, lex: Lexicon) -> int | None:
    head = match.head
    tok = sentence.toks[head]
    if tok.pos == "VERB":  # "explosions struck": the verb is the trigger, its subject the weapon
        head = next((c for c in sentence.children(head) if sentence.toks[c].dep.startswith("nsubj")), -1)
        if head < 0 or not _is_weapon(sentence, head, lex):
            return None
    elif match.trigger.mode != WEAPON_MODE:
        return None
    elif tok.dep == "compound" and tok.head >= 0:  # "rocket fire", "drone strikes"
        head = tok.head
    subject = sentence.toks[head]
    if subject.pos != "NOUN" or not subject.dep.startswith("nsubj") or subject.head < 0:
        return None
    return head


def _is_weapon(sentence: Sentence, i: int, lex: Lexicon) -> bool:
    """A one-word trigger of an attack by weapon or explosion ("explosions", "roquettes", "cohetes")."""
    return any(
        t.type == "ASSAULT" and t.mode == WEAPON_MODE and len(t.words) == 1
        for key in keys_of(sentence.toks[i])
        for t in lex.exact_index.get(key, ())
    )
