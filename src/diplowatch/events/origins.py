"""Where the speaker was is not whom the act addresses: "Desde La Habana, el jefe negociador del ELN
acusó al Gobierno", "Depuis Moscou, Lavrov a accusé Washington", "Speaking from Havana, Beltrán
accused the government": the capital opening the sentence (Cuba) is the place of the statement. The
opening words are data (`origin_openings` in lang/<xx>/events.yaml: "from", "speaking from", "depuis",
"desde"); the place runs from them to the first comma. A name also named elsewhere in the sentence
stays ("From Havana, Beltrán accused Havana of...")."""

from __future__ import annotations

import dataclasses

from diplowatch.events.argument_set import Arguments
from diplowatch.events.lexicon import Lexicon
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence

COMMA = ","
MAX_PLACE_WORDS = 6  # words of the place between the opening and its comma ("La Habana", "Puerto Príncipe")


def without_origins(
    sentence: Sentence, args: Arguments, in_sentence: list[ActorMention], lex: Lexicon
) -> Arguments:
    """`args` without the recipients named only as where the sentence's speaker was."""
    if not args.recipient or not lex.origin_openings:
        return args
    span = sentence.derived_for("origin span", lambda s: _origin_span(s, lex), lex)
    if span is None:
        return args
    start, end = sentence.toks[span[0]].start, sentence.toks[span[1]].start
    origin = {m.key for m in in_sentence if start <= m.start and m.end <= end}
    elsewhere = {m.key for m in in_sentence if not (start <= m.start and m.end <= end)}
    dropped = origin - elsewhere
    if not dropped & set(args.recipient):
        return args
    return dataclasses.replace(args, recipient=tuple(k for k in args.recipient if k not in dropped))


def _origin_span(sentence: Sentence, lex: Lexicon) -> tuple[int, int] | None:
    """The token indices of the place after an opening (first) and of its comma (second), if any."""
    keys = [t.key for t in sentence.toks]
    for opening in lex.origin_openings:
        words = opening.split()
        if keys[: len(words)] != words:
            continue
        place = len(words)
        comma = next(
            (i for i in range(place, min(len(keys), place + MAX_PLACE_WORDS + 1)) if keys[i] == COMMA), None
        )
        if comma is not None and comma > place:
            return place, comma
    return None
