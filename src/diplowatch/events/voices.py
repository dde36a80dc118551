"""Whom a subject speaks through: "Moscou, par la voix de sa porte-parole Maria Zakharova, a critiqué...",
"Rusia, por boca de su portavoz", "Moscow, through its spokeswoman", "على لسان المتحدثة". The one the
phrase names is the subject's voice: it acts with the subject, and the act is never addressed to it."""

from __future__ import annotations

from diplowatch.events.lexicon import Lexicon
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence

VOICE_LIMIT = 12  # tokens from the mark to the voice's name ("de la portavoz de Exteriores, María Zajárova")


def voices(
    sentence: Sentence, lex: Lexicon, mentions: list[ActorMention]
) -> tuple[tuple[str, ...], frozenset[str]]:
    """(the voice each phrase names, every actor named from the mark to that voice)."""
    if not lex.voice_marks:
        return (), frozenset()
    spoken: list[str] = []
    named: set[str] = set()
    for first in sentence.derived("voice_marks", lambda s: _after_marks(s, lex)):
        inside = _phrase_mentions(sentence, first, mentions)
        voice = next((m for m in inside if m.kind == "person"), inside[0] if inside else None)
        if voice is None:
            continue
        spoken += [] if voice.key in spoken else [voice.key]
        named |= {m.key for m in inside if m.start <= voice.start}
    return tuple(spoken), frozenset(named)


def _after_marks(sentence: Sentence, lex: Lexicon) -> tuple[int, ...]:
    """The token after each voice mark of the sentence, mark by mark (as the lexicon lists them), each
    mark's places in order: found once a sentence, since every trigger asks (the lexicon is the
    sentence's language's, always the same for one sentence)."""
    keys = [t.key.rstrip("'’") for t in sentence.toks]  # "d'Ahmed": the lists fold the elision away
    present = set(keys)
    out: list[int] = []
    for mark in (tuple(m.split()) for m in lex.voice_marks):
        if mark and mark[0] in present and present.issuperset(mark):
            out += [
                i + len(mark)
                for i in range(len(keys) - len(mark) + 1)
                if tuple(keys[i : i + len(mark)]) == mark
            ]
    return tuple(out)


def _phrase_mentions(sentence: Sentence, first: int, mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions after the mark, up to the clause's verb: a voice set off by commas ("por boca de su
    portavoz, María Zajárova,") stands before it."""
    end = first
    while (
        end < len(sentence.toks)
        and end - first < VOICE_LIMIT
        and sentence.toks[end].pos not in ("VERB", "AUX")
    ):
        end += 1
    return [m for m in mentions if (at := sentence.token_at(m.start)) is not None and first <= at < end]
