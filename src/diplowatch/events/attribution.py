"""Who an account of an event comes from is no participant of it: "Sherman praised the envoy's work,
according to a statement from spokesperson Ned Price", "selon le porte-parole X", "según X", "حسب
بيان لـ X". The names of an attribution phrase (`attributions` in lang/<xx>/events.yaml) are never
recipients of an event whose actor is known, unless the sentence names them outside it too; without an
actor, events.speech may still make the source the speaker ("Le plan est inacceptable, selon X")."""

from __future__ import annotations

from diplowatch.events.lexicon import Lexicon
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import PHRASE_BREAK, Sentence


def sources(sentence: Sentence, found: list[ActorMention], lexicon: Lexicon, body: str) -> frozenset[str]:
    """The keys of the mentions inside the sentence's attribution phrases, and nowhere else in it."""
    if not lexicon.attributions:
        return frozenset()
    phrase: set[int] = set()
    for i, tok in enumerate(sentence.toks):
        if tok.key not in lexicon.attributions:
            continue
        if not sentence.parsed:
            phrase |= _to_break(sentence, i, body)
        elif tok.dep == "case" and tok.head >= 0:  # "selon X", "según X": the cue hangs on its noun
            phrase |= sentence.subtree(tok.head)
        else:  # "according to X": the cue heads its phrase
            phrase |= sentence.subtree(i)
    inside = {m.key for m in found if sentence.token_at(m.start) in phrase}
    # a party the sentence also names outside the phrase takes part ("aceptó la mediación de Togo, según
    # la Presidencia togolesa": Togo mediates, whoever tells it)
    outside = {m.key for m in found if sentence.token_at(m.start) not in phrase}
    return frozenset(inside - outside)


def _to_break(sentence: Sentence, i: int, body: str) -> set[int]:
    """Unparsed: the cue and the words after it up to the next comma or the sentence's end."""
    out = {i}
    for j in range(i + 1, len(sentence.toks)):
        if PHRASE_BREAK.search(body[sentence.toks[j - 1].end : sentence.toks[j].start]):
            break
        out.add(j)
    return out
