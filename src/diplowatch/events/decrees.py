"""A leader signing or approving an instrument of their own ("Trump signed an executive order designating
the Houthis as a terrorist organisation", "a signé un décret réinscrivant les Houthis", "firmó un decreto
que designa a los hutíes") supports no one: signing is SUPPORT only for a text between parties (an
accord, a declaration). What the instrument does is told by its own words (the designation: SANCTION),
and the signing had made its target a SUPPORT recipient too (lexicon `decrees`)."""

from __future__ import annotations

from diplowatch.events.arguments import OBJECTS
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match, keys_of
from diplowatch.text.sentences import Sentence


def signs_a_decree(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """The SUPPORT trigger's verb takes a word for a leader's own instrument as its object."""
    if match.trigger.type != "SUPPORT" or not lex.decrees or not sentence.parsed:
        return False
    return any(
        sentence.toks[c].dep in OBJECTS and bool(set(keys_of(sentence.toks[c])) & lex.decrees)
        for c in sentence.children(match.head)
    )
