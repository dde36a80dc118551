"""An assembly named as where a stance was taken is not whom it is about: "Albares defendió en el Congreso
el apoyo al plan marroquí", "a réaffirmé à l'Assemblée nationale son soutien", "defended in Parliament the
government's backing for", "أكد في البرلمان دعمه": the support is Morocco's, the parliament is the room.
A body of the lexicon `venue_bodies` (legislatures, assemblies) right after a locative word
(`venue_prepositions`, determiners between) is no recipient of a stance, nor its actor when only found
near the trigger. A meeting keeps it (addressing a
parliament may be the visit), and so does a vote (the assembly that voted is the vote's recipient)."""

from __future__ import annotations

import dataclasses

from diplowatch.events.argument_set import Arguments
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence

KEPT = frozenset({"CONSULT"})  # a meeting's partner may be the assembly addressed
VOTE = "vote"
DETERMINER_TAGS = frozenset({"DET"})


def without_venues(
    sentence: Sentence, match: Match, args: Arguments, in_sentence: list[ActorMention], lex: Lexicon
) -> Arguments:
    """`args` without the recipients named only as the assembly where the act was told."""
    # a name found near the trigger (no parse) is no better: "جدد ... أمام البرلمان الأوروبي دعم"
    guessed = args.actor if args.source == "proximity" else ()
    if match.trigger.type in KEPT or VOTE in match.trigger.flags or not (args.recipient or guessed):
        return args
    # most sentences name no assembly: one look at their words, kept for every trigger of the sentence
    if not lex.venue_bodies or not sentence.derived_for("venue words", lambda s: _names_a_body(s, lex), lex):
        return args
    seen = [(m.key, _is_venue(sentence, m, lex)) for m in in_sentence]
    # a body also named otherwise ("criticised the Congress in Congress") stays
    dropped = {key for key, venue in seen if venue} - {key for key, venue in seen if not venue}
    if not dropped & set(args.recipient + guessed):
        return args
    return dataclasses.replace(
        args,
        actor=tuple(k for k in args.actor if k not in dropped or k not in guessed),
        recipient=tuple(k for k in args.recipient if k not in dropped),
    )


def _names_a_body(sentence: Sentence, lex: Lexicon) -> bool:
    return any(t.key in lex.venue_bodies for t in sentence.toks)


def _is_venue(sentence: Sentence, mention: ActorMention, lex: Lexicon) -> bool:
    toks = sentence.toks
    first, last = sentence.token_at(mention.start), sentence.token_at(mention.end - 1)
    if first is None or not any(t.key in lex.venue_bodies for t in toks[first : (last or first) + 1]):
        return False
    before = first - 1
    while before >= 0 and toks[before].pos in DETERMINER_TAGS:
        before -= 1
    return before >= 0 and toks[before].key in lex.venue_prepositions
