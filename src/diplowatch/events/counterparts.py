"""A counterpart named by the word alone ("a appelé son homologue à un geste de clémence", "called his
counterpart", "instó a su homólogo", "دعا نظيره"): the other one of the last meeting the text told, whom the
report has just named ("Macron et Tebboune s'étaient entretenus au téléphone. Le chef de l'État français
avait appelé son homologue à..."). A counterpart the phrase names itself ("son homologue algérien Ahmed
Attaf", "son homologue algérien") is left to the linker. The words are data (`counterparts` in
lang/<xx>/events.yaml)."""

from __future__ import annotations

from collections.abc import Callable, Collection

from diplowatch.events.lexicon import Lexicon
from diplowatch.events.pairs import addressed_phrases
from diplowatch.events.triggers import Match
from diplowatch.text.sentences import Sentence

PHRASE_WORDS = 3  # "son homologue", "his Algerian counterpart": a short phrase around the word
UNPARSED_REACH = 2  # words after an unparsed counterpart word that may name him: "نظيره السعودي الأمير"


def counterpart_addressed(
    sentence: Sentence,
    match: Match,
    lex: Lexicon,
    named: Collection[int],
    met: tuple[str, ...],
    actor: tuple[str, ...],
    state_of: Callable[[str], str | None] = lambda _key: None,
) -> tuple[str, ...]:
    """Whom a bare counterpart word the trigger addresses stands for: those of `met` (every participant of
    the last meeting told) who are not `actor` nor of a state of the actor's (`state_of`: an actor key's
    state; "Albanese met Xi. Wong called her counterpart": not Albanese); () when the trigger addresses no
    such word, or when a name or a demonym (`named`: token indices of actor mentions) goes with it."""
    if not lex.counterparts or not met:
        return ()
    word = _counterpart_word(sentence, match, lex)
    if word is None:
        return ()
    # (unparsed, the words right after it: "التقى نظيره السعودي الأمير فيصل بن فرحان" names him)
    phrase = sentence.subtree(word) if sentence.parsed else set(range(word, word + 1 + UNPARSED_REACH))
    if any(i in named for i in phrase) or _named_after(sentence, max(phrase), named):
        return ()
    states = {state_of(k) for k in actor} - {None}
    return tuple(k for k in met if k not in actor and state_of(k) not in states)


def _named_after(sentence: Sentence, last: int, named: Collection[int]) -> bool:
    """A name set off after the phrase, with no verb between: "her counterpart at the time, Wang Yi"
    (the parser does not hang the name on the counterpart)."""
    if not sentence.parsed:
        return False
    for i in range(last + 1, min(last + 1 + APPOSED_REACH, len(sentence.toks))):
        if i in named:
            return any(sentence.toks[j].text in (",", "،") for j in range(last + 1, i))
        if sentence.toks[i].pos in ("VERB", "AUX"):
            return False
    return False


APPOSED_REACH = 6  # tokens after a counterpart phrase to its name: " at the time , Wang"


def _counterpart_word(sentence: Sentence, match: Match, lex: Lexicon) -> int | None:
    toks = sentence.toks
    if not sentence.parsed:  # "دعا نظيره": right after the trigger
        after = match.indices[-1] + 1
        return after if after < len(toks) and toks[after].key in lex.counterparts else None
    for phrase in addressed_phrases(sentence, match):
        if toks[phrase].key in lex.counterparts and len(sentence.subtree(phrase)) <= PHRASE_WORDS:
            return phrase
    return None
