"""Whom a call or an accusation addresses through an object pronoun: "Blinken met Burhan in Port
Sudan, urging him to allow aid", "a adressé une lettre au Conseil de sécurité, l'appelant à fixer une
date", "filed a case against the UAE, accusing it of complicity", "y le pidió explicaciones".

The pronoun stands for the last actor its sentence named before it other than the one who acts (the
one met, written to, sued); a participle opening the sentence looks ahead to the main clause's. Only
for a trigger that names no recipient of its own, or only names inside the clause of what it asks ("y
le pidió que presione a los países que arman a las FAR": the pronoun is asked, the RSF are what the
request is about); a reflexive or a first- or second-person pronoun ("nous", "us", "se") addresses no
one else.
"""

from __future__ import annotations

from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence

# whom a call asks, whom an accusation or a blame names; what is condemned is mostly a thing ("Algiers
# condemned it": the decision)
ADDRESSED = frozenset({("REQUEST", ""), ("ACCUSE", "allege")})
_OBJECT_DEPS = ("obj", "dobj", "iobj")
_CONTENT_DEPS = ("ccomp", "xcomp")  # the clause of what is asked ("le pidió que...", "asked him to...")
_NOT_ANOTHER = ("Reflex=Yes", "Person=1", "Person=2", "PronType=Rel", "PronType=Int")


def pronoun_addressee(
    sentence: Sentence, match: Match, mentions: list[ActorMention], actor: tuple[str, ...], lexicon: Lexicon
) -> str | None:
    """The actor an object pronoun of the trigger's verb stands for, when it has one."""
    if (match.trigger.type, match.trigger.mode) not in ADDRESSED or not sentence.parsed:
        return None
    verb = sentence.toks[match.head]
    if verb.pos != "VERB" and not any(verb.key.endswith(ending) for ending in lexicon.enclitics):
        return None
    pronouns = [
        c
        for c in sentence.children(match.head)
        if sentence.toks[c].dep in _OBJECT_DEPS
        and sentence.toks[c].pos == "PRON"
        and not any(mark in sentence.toks[c].morph for mark in _NOT_ANOTHER)
    ]
    pronouns += _glued_before(sentence, match.head, lexicon)
    if any(verb.key.endswith(ending) for ending in lexicon.enclitics):  # "pidiéndole": the verb itself
        pronouns.append(match.head)
    if not pronouns:
        return None
    at = sentence.toks[pronouns[0]].start
    others = [m for m in mentions if m.key not in actor and m.kind != "territory"]
    before = [m for m in others if m.end <= at]
    if before:
        return before[-1].key
    return _named_after_opening(sentence, match.head, others)


def _named_after_opening(sentence: Sentence, verb: int, others: list[ActorMention]) -> str | None:
    """A participle opening its sentence ("Accusing him of bias, Rabat withdrew its confidence in X",
    "L'accusant de partialité, le Maroc a rompu avec X"): its pronoun looks ahead, to the first actor the
    main clause names other than the one who acts."""
    tok = sentence.toks[verb]
    if not tok.dep.startswith("advcl") or not verb < tok.head:
        return None
    end = sentence.toks[max(sentence.subtree(verb))].end
    after = [m for m in others if m.start >= end]
    return after[0].key if after else None


def _glued_before(sentence: Sentence, verb: int, lexicon: Lexicon) -> list[int]:
    """A French object clitic right before the verb or its auxiliary ("l'appelant", "l'a appelé"), which
    the parser may read as a determiner or an adverb."""
    at = verb - 1
    while at >= 0 and sentence.toks[at].pos == "AUX" and sentence.toks[at].head == verb:
        at -= 1
    if at < 0 or sentence.toks[at].key.rstrip("'’") not in lexicon.object_clitics:  # "l'": listed folded, "l"
        return []
    return [at] if sentence.toks[at].pos in ("PRON", "DET") else []


def only_in_content(
    sentence: Sentence, head: int, recipient: tuple[str, ...], mentions: list[ActorMention]
) -> bool:
    """Every recipient is named only inside the trigger verb's content clause, none as its addressee."""
    if not sentence.parsed or not recipient:
        return False
    content = {
        t
        for c in sentence.children(head)
        if sentence.toks[c].dep.startswith(_CONTENT_DEPS)
        for t in sentence.subtree(c)
    }
    if not content:
        return False
    for key in recipient:
        places = [sentence.token_at(m.start) for m in mentions if m.key == key]
        if not places or any(i is None or i not in content for i in places):
            return False
    return True
