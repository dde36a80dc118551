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
    keys = [t.key.rstrip("'’") for t in sentence.toks]  # "d'Ahmed": the lists fold the elision away
    spoken: list[str] = []
    named: set[str] = set()
    for mark in (tuple(m.split()) for m in lex.voice_marks):
        for i in range(len(keys) - len(mark) + 1):
            if tuple(keys[i : i + len(mark)]) == mark:
                inside = _phrase_mentions(sentence, i + len(mark), mentions)
                voice = next((m for m in inside if m.kind == "person"), inside[0] if inside else None)
                if voice is None:
                    continue
                spoken += [] if voice.key in spoken else [voice.key]
                named |= {m.key for m in inside if m.start <= voice.start}
    return tuple(spoken), frozenset(named)


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
