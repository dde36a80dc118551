"""Relative clauses: a relative pronoun's role, and the partner a partner preposition names.

A relative clause opened by a partner preposition names its antecedent as the act's partner.

"Albares a rencontré Nasser Bourita, avec qui il a signé un accord", "met Bourita, with whom he
signed", "con quien firmó": the one before the comma signed with him. The parsers attach such clauses
unreliably (to the place, to the main verb), so the clause is read from the words: a comma, a partner
preposition (`partner_prepositions`), perhaps an article, a relative pronoun (`partner_relatives` in
lang/<xx>/events.yaml); its antecedent is the mention that ends right before the comma.
"""

from __future__ import annotations

from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match
from diplowatch.text.mentions import ActorMention
from diplowatch.text.normalise import Token
from diplowatch.text.sentences import PHRASE_BREAK, Sentence

MAX_OPENING = 3  # tokens from the comma to the relative pronoun: ", con el que", ", avec qui"


def relative_partner(sentence: Sentence, match: Match, found: list[ActorMention], lex: Lexicon) -> str | None:
    """The antecedent of the partner relative clause the trigger is in, if any."""
    if not lex.partner_relatives:
        return None
    toks = sentence.toks
    for i in range(match.indices[0] - 1, -1, -1):
        tok = toks[i]
        if PHRASE_BREAK.fullmatch(tok.text) and tok.text != ",":
            return None  # another phrase: no relative clause opens the trigger's
        if tok.key not in lex.partner_relatives:
            continue
        opening = _comma_before(sentence, i, lex)
        if opening is None:
            continue
        at = toks[opening].start
        return next((m.key for m in reversed(found) if m.end <= at and _adjacent(sentence, m, opening)), None)
    return None


def _comma_before(sentence: Sentence, pronoun: int, lex: Lexicon) -> int | None:
    """The comma that opens ", avec qui" / ", con el que" before the pronoun, if that is what it is."""
    toks = sentence.toks
    for j in range(pronoun - 1, max(-1, pronoun - 1 - MAX_OPENING), -1):
        if toks[j].key in lex.partner_prepositions:
            return j - 1 if j > 0 and toks[j - 1].text == "," else None
    return None


def _adjacent(sentence: Sentence, mention: ActorMention, comma: int) -> bool:
    """The mention ends right before the comma (its last token is the one before)."""
    return comma > 0 and sentence.toks[comma - 1].end == mention.end


def relative_pronoun(tok: Token) -> bool:
    """ "PronType=Rel", or "PronType=Int,Rel" as the Spanish model writes "que"."""
    types = next((f for f in tok.morph.split("|") if f.startswith("PronType=")), "")
    return "Rel" in types.removeprefix("PronType=").split(",")


def object_relative(sentence: Sentence, verb: int, pronoun: int) -> bool:
    """The relative pronoun the parser calls an object is one: marked by a preposition ("al que", "a
    quien"), or with the verb's subject between them ("un gesto que Marruecos criticó"). The Spanish
    parser calls the subject of "la resolución que prorrogó el mandato" an object too."""
    marked = any(sentence.toks[c].dep == "case" for c in sentence.children(pronoun)) or (
        pronoun > 0 and sentence.toks[pronoun - 1].pos == "ADP"
    )
    return marked or any(
        sentence.toks[c].dep.startswith("nsubj") and pronoun < c < verb for c in sentence.children(verb)
    )
