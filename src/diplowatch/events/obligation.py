"""Stated obligations: "Russia said Sudan must return the helicopter" is Russia's REQUEST to Sudan.

PLOVER codes what a speaker says another actor must do as a demand by the speaker (REQUEST),
not as the act itself: nothing was returned. A clause whose verb carries an obligation modal
("must", "doit", "debe"; data: `obligation` in lang/<xx>/events.yaml) and is the complement
of a reporting verb ("said", "a affirmé", "dijo") turns the trigger of that clause into a
REQUEST whose actor is the reporting verb's subject and whose recipients are the clause's
participants; a clause without a trigger of its own still states the demand ("the US must
drop barriers" -> REQUEST). Without a parse (Arabic) or a speaker nothing changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from diplowatch.events.arguments import SUBJECTS, subject_phrase
from diplowatch.events.lexicon import Lexicon, Trigger
from diplowatch.events.triggers import Match, keys_of
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence

REQUEST = Trigger(("<obligation>",), "REQUEST", "", frozenset(), -1)  # the modal's own event
_MODAL_DEPS = ("aux",)  # "must return", "debe devolver"
_COMPLEMENT_DEPS = ("xcomp",)  # "doit mettre": the modal is the verb, the act its infinitive
_REPORTED_DEPS = ("ccomp", "parataxis", "xcomp")  # xcomp: "dijo que X debe" is parsed so


@dataclass(frozen=True, slots=True)
class Obligation:
    verb: int  # the verb of the obliged act ("return", "mettre")
    speaker_verb: int  # the reporting verb whose subject demands it


def obligations(sentence: Sentence, lex: Lexicon) -> dict[int, Obligation]:
    """Obliged verbs of the sentence under a reporting verb, by verb index."""
    if not sentence.parsed or not lex.obligation:
        return {}
    out: dict[int, Obligation] = {}
    for i, tok in enumerate(sentence.toks):
        if not set(keys_of(tok)) & lex.obligation or tok.head < 0:
            continue
        if tok.dep in _MODAL_DEPS:
            verb = clause_verb = tok.head
        else:
            infinitives = [c for c in sentence.children(i) if sentence.toks[c].dep in _COMPLEMENT_DEPS]
            if not infinitives:
                continue
            verb, clause_verb = infinitives[0], i
        governor = sentence.toks[clause_verb].head
        if sentence.toks[clause_verb].dep in _REPORTED_DEPS and governor >= 0 \
                and set(keys_of(sentence.toks[governor])) & lex.reporting:
            out[verb] = Obligation(verb, governor)
    return out


def modal_match(obligation: Obligation) -> Match:
    """A REQUEST trigger on an obliged verb that is no trigger of its own."""
    return Match(REQUEST, (obligation.verb,), obligation.verb)


def speaker(sentence: Sentence, obligation: Obligation, found: list[ActorMention]) -> tuple[tuple[str, ...], bool]:
    """(the actors of the reporting verb's subject, or its words when the linker knew none of them;
    whether the subject is a pronoun). Only the parse counts: the nearest name would often be the
    obliged actor itself."""
    subjects = [c for c in sentence.children(obligation.speaker_verb) if sentence.toks[c].dep in SUBJECTS]
    tokens = {i for c in subjects for i in sentence.subtree(c)}
    keys = tuple(dict.fromkeys(m.key for m in found if sentence.token_at(m.start) in tokens))
    if not keys and tokens and (text := subject_phrase(sentence, tokens)):
        keys = (text,)
    return keys, any(sentence.toks[c].pos == "PRON" for c in subjects)
