"""A trigger noun with a demonstrative refers back to an event the article already told.

"Lors de cette réunion, le ministre a réaffirmé...", "At the end of these talks", "Esta reunión en
Roma se produce...", "وحضر هذا الاجتماع": the meeting was reported before (the earlier mention
codes it); coded again, it would be a second event, with the participants of the new sentence.
The demonstratives are data (`demonstratives` in lang/<xx>/events.yaml). With a parse they are
the noun's determiners; without one, the word right before the noun, which may also be a verb that
presents the event as known (`framing`: "وتأتي زيارة المبعوث قبل جلسة...", the visit comes before).
"""

from __future__ import annotations

from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match, keys_of
from diplowatch.text.sentences import Sentence

DETERMINER_DEPS = ("det",)


def refers_back(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """Whether a one-word trigger noun is determined by a demonstrative ("cette rencontre")."""
    if len(match.indices) > 1 or not (lex.demonstratives or lex.framing):
        return False
    if sentence.parsed:
        tok = sentence.toks[match.head]
        return tok.pos == "NOUN" and any(
            sentence.toks[c].dep.startswith(DETERMINER_DEPS)
            and set(keys_of(sentence.toks[c])) & lex.demonstratives
            for c in sentence.children(match.head)
        )
    before = match.head - 1
    if before < 0:
        return False
    return bool(set(keys_of(sentence.toks[before])) & (lex.demonstratives | lex.framing)) or _known_scene(
        sentence, match, lex
    )


DEFINITE = "ال"  # the Arabic article, glued to its noun
PARTNER_REACH = 3  # tokens after the noun where a partner preposition would make it a meeting of its own


def _known_scene(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """Without a parse: a definite meeting noun right after a word of scene, with no partner after it
    ("وجدد عطاف خلال اللقاء دعم...": during the meeting told before); "خلال لقائه مع X" names its own."""
    toks = sentence.toks
    noun = toks[match.head]
    if toks[match.head - 1].key not in lex.scenes or not noun.text.startswith(DEFINITE):
        return False
    after = toks[match.head + 1 : match.head + 1 + PARTNER_REACH]
    return not any(t.key in lex.partner_prepositions for t in after)
