"""A stance told by a noun names its own actor: "Spain's support for the plan", "le soutien de la
France au plan", "el apoyo del Gobierno español al proyecto", "la colère de Rabat contre Alger".

The possessor (or, in French and Spanish, a "de" complement: `genitive` in lang/<xx>/events.yaml)
of a SUPPORT, ACCUSE, REJECT or REQUEST noun is who holds the stance, whatever verb the noun
depends on ("Algiers was surprised by Spain's support for Rabat" is Spain's SUPPORT), and the other
actors of the noun phrase are what it is about. English "of" is left out: "criticism of Morocco"
names the target. A territory is never the holder ("le soutien du Sahara" is what it is about).
A possessive determiner already names the holder ("son rejet de la décision française", "su apoyo
del plan"): the "de" complement is then what the stance is about, and the verb's subject holds it.
An agent complement ("the rejection by Algeria of the plan", "le rejet par l'Algérie du projet",
"el rechazo por Argelia de la propuesta": `agent_markers`) names the holder before any genitive; the
complements the parser hung under the agent are what the stance is about.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from diplowatch.events.categories import STANCES
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match, keys_of
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence

POSSESSIVE_DEPS = frozenset({"poss", "nmod:poss"})
# acts a noun tells whose possessor or agent is their doer ("Russia's invasion", "Beijing's sanctions on")
NOUN_ACTS = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "RETREAT", "AID", "COOPERATE", "CONCEDE"})
GENITIVE_DEPS = frozenset({"nmod"})
_OWN_CLAUSES = ("acl", "relcl")  # a clause inside the phrase has actors of its own


@dataclass(frozen=True, slots=True)
class Holder:
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    clause: frozenset[int]

    @property
    def participants(self) -> tuple[str, ...]:
        return self.actor + self.recipient


def holder(
    sentence: Sentence, match: Match, found: list[ActorMention], lex: Lexicon, *, acts: bool = False
) -> Holder | None:
    """The noun's own actor and recipients, when a possessor or genitive names an actor. With `acts`, also
    for a noun of an act (`NOUN_ACTS`: "Russia's invasion of Ukraine", "Choe's attack on Pence",
    "the strikes by Israel on Beirut"), through a possessor or an agent only: a genitive of an act is
    mostly its target ("l'invasion de l'Ukraine")."""
    head = match.head
    stance = match.trigger.type in STANCES
    if not sentence.parsed or sentence.toks[head].pos != "NOUN":
        return None
    if not stance and not (acts and match.trigger.type in NOUN_ACTS):
        return None
    at = {m: sentence.token_at(m.start) for m in found}
    acting = {m: i for m, i in at.items() if m.kind != "territory"}  # a territory never holds a stance
    voicing, voices = _voiced_by(sentence, head, lex)
    # (whoever voiced it speaks with its holder: "la critique de Budapest, formulée par son ministre")
    phrase = sentence.subtree(head) - voicing
    owned = _possessive_determiner(sentence, head)
    # A possessive determiner already names the holder: "su preocupación por el borrador" is about it.
    agent = None if owned else _agent(sentence, head, lex)
    if agent is not None:  # "le rejet par l'Algérie du projet américain": the agent holds the stance
        # not the agent of a participle inside it ("por el texto preparado por X": X wrote the text)
        own = sentence.subtree(agent) - _complements(sentence, agent) - _modifiers(sentence, agent)
        actor = _keys(acting, own)
        if actor:
            recipient = tuple(k for k in _keys(at, phrase - own) if k not in actor)
            return Holder(_with_voices(actor, acting, voices), recipient, frozenset(phrase | voicing))
    for child in sentence.children(head):
        tok = sentence.toks[child]
        if child < head and tok.dep not in POSSESSIVE_DEPS:
            continue
        if tok.dep not in POSSESSIVE_DEPS and not (
            stance and tok.dep in GENITIVE_DEPS and not owned and _genitive(sentence, child, lex)
        ):
            continue
        aimed = _targets(sentence, child, lex)
        own = sentence.subtree(child) - _clauses(sentence, child) - aimed
        actor = _keys(acting, own)
        if actor:
            rest = (phrase - sentence.subtree(child)) | aimed
            recipient = tuple(k for k in _keys(at, rest) if k not in actor)
            return Holder(_with_voices(actor, acting, voices), recipient, frozenset(phrase | voicing))
    return None


def _voiced_by(sentence: Sentence, head: int, lex: Lexicon) -> tuple[set[int], set[int]]:
    """The participle clauses after the noun (or after a comma in its phrase) that say who voiced the
    stance ("formulée par le ministre", "voiced by its foreign minister", "formulada por el ministro":
    `voicing_participles`), and the tokens of their agents."""
    clauses: set[int] = set()
    agents: set[int] = set()
    for child in sorted(sentence.subtree(head)):
        tok = sentence.toks[child]
        if child < head or not tok.dep.startswith(tuple(MODIFIER_DEPS)) or "VerbForm=Part" not in tok.morph:
            continue
        # (the parser often hangs it on the noun's last complement: "criticism of the plan, voiced by")
        if tok.head != head and not (child > 0 and sentence.toks[child - 1].text == ","):
            continue
        if not set(keys_of(tok)) & lex.voicing_participles:
            continue
        found = [a for c in sentence.children(child) if (a := _agent_of(sentence, c, lex)) is not None]
        if found:
            clauses |= sentence.subtree(child)
            agents |= {i for a in found for i in sentence.subtree(a)}
    return clauses, agents


def _agent_of(sentence: Sentence, child: int, lex: Lexicon) -> int | None:
    """The agent noun a participle's complement names: "by" + its object, or a complement that "par",
    "por" opens."""
    tok = sentence.toks[child]
    if tok.dep == "agent":  # English: "by" heads its object
        return next((c for c in sentence.children(child) if sentence.toks[c].dep == "pobj"), None)
    return child if tok.dep == "obl:agent" or _marked(sentence, child, lex.agent_markers) else None


def _with_voices(
    actor: tuple[str, ...], acting: dict[ActorMention, int | None], voices: set[int]
) -> tuple[str, ...]:
    """The holder's actors, then those of who voiced the stance for it."""
    return actor + tuple(k for k in _keys(acting, voices) if k not in actor)


def owned(sentence: Sentence, match: Match, found: list[ActorMention], lex: Lexicon) -> Match:
    """A weak stance noun that names its own holder is no longer ambiguous: "l'appel de la France au
    Maroc", "the Council's call", "la demande de l'Algérie" are a call and a demand, which another
    trigger of the clause ("a salué l'appel de X", "welcomed the Council's call") does not replace; so is
    one whose possessive names it ("a renouvelé son soutien au plan et son appel à l'Algérie à")."""
    if not match.trigger.weak or match.trigger.type not in STANCES:
        return match
    if holder(sentence, match, found, lex) is None and not (
        sentence.parsed
        and sentence.toks[match.head].pos == "NOUN"
        and _possessive_determiner(sentence, match.head)
    ):
        return match
    strong = dataclasses.replace(match.trigger, flags=match.trigger.flags - {"weak"})
    return dataclasses.replace(match, trigger=strong)


def construct_holder(
    sentence: Sentence, match: Match, found: list[ActorMention], *, stances_only: bool = True
) -> str | None:
    """Unparsed (Arabic): the state or organisation named right after a stance noun, its construct
    ("دعم الجزائر", Algeria's support; "رفض المغرب"), which may hold the stance; with `stances_only`
    False, after any act noun ("هجوم البوليساريو": the Polisario's attack)."""
    if sentence.parsed or (stances_only and match.trigger.type not in STANCES):
        return None
    after = match.indices[-1] + 1
    if after >= len(sentence.toks):
        return None
    start = sentence.toks[after].start
    return next((m.key for m in found if m.start == start and m.kind in HOLDING_KINDS), None)


HOLDING_KINDS = ("country", "organization")


def voiced(sentence: Sentence, match: Match, found: list[ActorMention], lex: Lexicon) -> bool:
    """A stance noun that names whose it is ("reaffirmed Algeria's support", "expresó el apoyo de
    Argelia", "son soutien"): a stance someone voiced, not a topic ("a évoqué le soutien au processus")."""
    if not sentence.parsed or sentence.toks[match.head].pos != "NOUN":
        return False
    return _possessive_determiner(sentence, match.head) or holder(sentence, match, found, lex) is not None


def _possessive_determiner(sentence: Sentence, head: int) -> bool:
    """ "son", "sa", "su", "leur": a determiner that names the noun's owner (French and Spanish parse
    it as a plain determiner with Poss=Yes)."""
    children = (sentence.toks[c] for c in sentence.children(head))
    return any(tok.dep == "det" and "Poss=Yes" in tok.morph for tok in children)


def _agent(sentence: Sentence, head: int, lex: Lexicon) -> int | None:
    """A complement of the noun introduced by an agent marker ("the rejection by Algeria of the
    plan", "le rejet par l'Algérie", "el rechazo por Argelia")."""
    for child in sentence.children(head):
        tok = sentence.toks[child]
        if child < head:
            continue
        if tok.dep in GENITIVE_DEPS and _marked(sentence, child, lex.agent_markers):
            return child
        if tok.dep == "prep" and set(keys_of(tok)) & lex.agent_markers:  # English: "by" + its object
            return next((c for c in sentence.children(child) if sentence.toks[c].dep == "pobj"), None)
    return None


def _complements(sentence: Sentence, top: int) -> set[int]:
    """The noun complements under the agent: the parser often hangs what the stance is about there
    ("par l'Algérie du projet américain")."""
    out: set[int] = set()
    for c in sentence.children(top):
        if sentence.toks[c].dep in GENITIVE_DEPS or sentence.toks[c].dep == "prep":
            out |= sentence.subtree(c)
    return out


MODIFIER_DEPS = frozenset({"amod", "acl"})


def _modifiers(sentence: Sentence, top: int) -> set[int]:
    """Participles that modify the agent noun with complements of their own ("el texto preparado por
    Estados Unidos"): their actors are theirs."""
    out: set[int] = set()
    for c in sentence.children(top):
        if sentence.toks[c].dep.startswith(tuple(MODIFIER_DEPS)) and sentence.children(c):
            out |= sentence.subtree(c)
    return out


def _targets(sentence: Sentence, top: int, lex: Lexicon) -> set[int]:
    """Complements under the holder that another preposition opens: the parser often hangs what the
    stance is aimed at there ("la colère de Rabat contre Madrid", "el malestar de Rabat con Madrid")."""
    out: set[int] = set()
    for i in sentence.subtree(top):
        marks = [c for c in sentence.children(i) if sentence.toks[c].dep == "case"]
        if i != top and sentence.toks[i].dep in GENITIVE_DEPS and marks and not _genitive(sentence, i, lex):
            out |= sentence.subtree(i)
    return out


def _marked(sentence: Sentence, child: int, markers: frozenset[str]) -> bool:
    return any(
        sentence.toks[c].dep == "case" and set(keys_of(sentence.toks[c])) & markers
        for c in sentence.children(child)
    )


def _genitive(sentence: Sentence, child: int, lex: Lexicon) -> bool:
    return any(
        sentence.toks[c].dep == "case" and set(keys_of(sentence.toks[c])) & lex.genitive
        for c in sentence.children(child)
    )


def _clauses(sentence: Sentence, top: int) -> set[int]:
    out: set[int] = set()
    for i in sentence.subtree(top):
        if i != top and sentence.toks[i].dep.startswith(_OWN_CLAUSES):
            out |= sentence.subtree(i)
    return out


def _keys(at: dict[ActorMention, int | None], tokens: set[int] | frozenset[int]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.key for m, i in at.items() if i is not None and i in tokens))
