"""A meeting told inside another act's sentence as an occasion of its own: "briefed the Council on
Wednesday on *the meeting held in Geneva in December* with Morocco and Algeria", "a annoncé jeudi une
deuxième table ronde, après *la première réunion tenue à Genève les 5 et 6 décembre*", "informó el
miércoles sobre *la reunión celebrada en diciembre*". The meeting noun has a holding clause of its own
(events.holding) that dates it, and the sentence dates something else outside that clause: two
happenings. The meeting is an event of its own (not a repeat of the act, nor the stronger reading that
drops it), whose participants are the ones its holding clause names; they take no part in the act.

With one date only ("met Y at the summit held in Addis Ababa on Sunday"), or the same date on both,
the noun stays the frame of the act, one happening. The holding clause runs from the noun to the next
punctuation or verb: the parsers often hang its complements on a word before the noun ("a présenté
un exposé sur la réunion tenue en décembre avec le Maroc": "décembre" and "Maroc" on "exposé")."""

from __future__ import annotations

from diplowatch.events.dating import Dated, bounded
from diplowatch.events.holding import qualifying_holding_verb
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match
from diplowatch.text.sentences import Sentence

MEETING = "CONSULT"
CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "—", "–"})


def own_occasions(
    sentence: Sentence, matches: list[Match], dates: list[Dated], lex: Lexicon
) -> dict[int, frozenset[int]]:
    """The sentence's meeting nouns told as occasions of their own (see the module): each head with
    the tokens of its phrase and holding clause."""
    if not sentence.parsed:
        return {}
    here = [
        d
        for d in dates
        if sentence.start <= d.start < sentence.end
        and not d.reference
        and not bounded(sentence, d, lex.date_bounds)
    ]
    if len(here) < 2:
        return {}
    out = {}
    for match in matches:
        if match.trigger.type != MEETING or sentence.toks[match.head].pos not in ("NOUN", "PROPN"):
            continue
        holding = qualifying_holding_verb(sentence, match.head, lex.held_verbs)
        if holding is None:
            continue
        extent = frozenset(sentence.subtree(match.head) | _run(sentence, holding))
        held = {d.date.value for d in here if sentence.token_at(d.start) in extent}
        told = {d.date.value for d in here if sentence.token_at(d.start) not in extent}
        if held and told and not held & told:
            out[match.head] = extent
    return out


def _run(sentence: Sentence, holding: int) -> set[int]:
    """The holding verb and the words after it up to the next punctuation or verb."""
    out = {holding}
    for i in range(holding + 1, len(sentence.toks)):
        tok = sentence.toks[i]
        if tok.text in CLAUSE_ENDS or tok.pos in ("VERB", "AUX"):
            break
        out.add(i)
    return out


def outside_occasions(head: int, occasions: dict[int, frozenset[int]]) -> set[int]:
    """The tokens of the occasions told in the sentence of the act at `head` (not its own)."""
    out: set[int] = set()
    for noun, extent in occasions.items():
        if noun != head and head not in extent:
            out |= extent
    return out
