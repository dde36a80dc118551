"""Actors named inside a person's title are part of that person's mention, not participants.

"The UN envoy for Western Sahara, Staffan de Mistura, met...": the actor is the envoy;
the UN and Western Sahara only say which envoy. "L'ambassadeur du Maroc auprès de l'ONU"
is one person, not Morocco and the UN.
With a dependency parse, a mention whose phrase hangs (through noun modifiers,
possessives, compounds or adjectives) on a word that names a *person* is such a
complement. Without a parse (Arabic) nothing is dropped here: the linker's own
nesting (`text.mentions.outermost`) is all there is.
"""

from __future__ import annotations

from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence

# Dependencies that attach a modifier to the noun it describes (UD and spaCy English labels).
MODIFIERS = frozenset({"nmod", "nmod:poss", "poss", "amod", "compound", "flat", "flat:name"})
NOMINALS = frozenset({"NOUN", "PROPN", "ADJ"})
MAX_STEPS = 4  # "the envoy of the Secretary-General of the United Nations": UN is three steps below envoy


def title_complements(sentence: Sentence, found: list[ActorMention]) -> set[ActorMention]:
    """The mentions of `found` (all inside `sentence`) that only qualify a person's title: states,
    organisations and territories (a person under another's title may be its holder's apposed name)."""
    if not sentence.parsed:
        return set()
    owner = {}  # token index -> the person mention it belongs to
    for m in found:
        if m.kind == "person":
            for i in _tokens(sentence, m):
                owner[i] = m
    out = set()
    for m in found:
        if m.kind == "person":  # a name apposed to a title is who the title designates: never dropped
            continue
        head = _head(sentence, m)
        if head is not None and _under_title(sentence, head, m, owner):
            out.add(m)
    return out


def _under_title(
    sentence: Sentence, head: int, mention: ActorMention, owner: dict[int, ActorMention]
) -> bool:
    current = head
    for _ in range(MAX_STEPS):
        tok = sentence.toks[current]
        if tok.dep not in MODIFIERS or tok.head < 0 or sentence.toks[tok.head].pos not in NOMINALS:
            return False
        current = tok.head
        person = owner.get(current)
        if person is not None and person.key != mention.key:
            return True
    return False


def _tokens(sentence: Sentence, mention: ActorMention) -> list[int]:
    return [i for i, t in enumerate(sentence.toks) if mention.start <= t.start and t.end <= mention.end]


def _head(sentence: Sentence, mention: ActorMention) -> int | None:
    """The mention's syntactic head: its token whose head lies outside it."""
    inside = _tokens(sentence, mention)
    heads = [i for i in inside if sentence.toks[i].head not in inside]
    return heads[0] if heads else None
