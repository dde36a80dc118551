"""Whose work a stance is about, told by a possessive: "a salué ses efforts", "praised his efforts",
"le expresó el apoyo de España a su labor", "reaffirmed Algeria's support for her mission".

The possessive determiner of what the stance is about (the verb's object, or the complement of the
stance noun) stands for a person named before it, in its sentence or the two before: the nearest one
who is not on the actor's side (the actor's own efforts are no counterpart). That person is the
stance's recipient, beside any other it names ("a su labor ... en el marco de Naciones Unidas"). Not
of a noun for a position its holder puts forward (`own_positions`: "defiende su plan", "son
initiative"): the actor's own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match, keys_of
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence

POSSESSED = frozenset({"SUPPORT"})  # stances whose object is someone's work ("ses efforts", "his mission")
_OBJECT_DEPS = ("obj", "dobj", "iobj", "nmod", "obl", "prep", "pobj")
REACH = 2  # sentences back searched for the owner


def possessive_owner(
    sentence: Sentence,
    match: Match,
    lex: Lexicon,
    earlier: Sequence[ActorMention],
    own_side: Callable[[str], bool],
) -> str | None:
    """The person the possessive of the stance's object stands for; `earlier`: the actor mentions of the
    sentence and the ones before, in order; `own_side`: whether a key is the actor or acts for its state."""
    if match.trigger.type not in POSSESSED or not sentence.parsed:
        return None
    at = _possessive_of_object(sentence, match.head, lex, frozenset(match.indices))
    if at is None:
        return None
    position = sentence.toks[at].start
    before = [m for m in earlier if m.start < position and m.kind == "person"]
    return next((m.key for m in reversed(before) if not own_side(m.key)), None)


def _possessive_of_object(sentence: Sentence, head: int, lex: Lexicon, own: frozenset[int]) -> int | None:
    """The possessive determiner ("ses", "his", "su") of a noun after the trigger that it governs, through
    a preposition too ("support for his efforts"); for a noun trigger, also one its verb governs after it
    ("a salué l'appui de la Tunisie à sa médiation"). Not of a word of the trigger's own phrase ("dio
    su luz verde", "a donné son feu vert": the actor's own approval)."""
    heads = [head]
    verb = sentence.toks[head].head
    if sentence.toks[head].pos == "NOUN" and verb >= 0 and sentence.toks[verb].pos == "VERB":
        heads.append(verb)
    for governor in heads:
        for noun in (n for n in _objects(sentence, governor, after=head) if n not in own):
            if set(keys_of(sentence.toks[noun])) & lex.own_positions:
                continue  # "Marruecos defiende su plan de autonomía": its own plan, no one else's work
            for det in sentence.children(noun):
                if det < noun and sentence.toks[det].key in lex.person_possessives:
                    return det
    return None


def _objects(sentence: Sentence, governor: int, after: int) -> list[int]:
    """The nouns after `after` that `governor` takes as objects or complements, through a preposition."""
    out = []
    for child in sentence.children(governor):
        tok = sentence.toks[child]
        if child <= after or not tok.dep.startswith(_OBJECT_DEPS):
            continue
        if tok.pos == "ADP":  # English: "for" -> "efforts"
            out += [c for c in sentence.children(child) if sentence.toks[c].pos == "NOUN"]
        elif tok.pos == "NOUN":
            out.append(child)
    return out
