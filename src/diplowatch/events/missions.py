"""Where a state's mission is posted is no actor of what the mission does.

"Iran's mission to the United Nations condemned...", "la mission permanente du Maroc auprès de l'ONU a
rejeté...", "la misión de Marruecos ante la ONU", "بعثة المغرب لدى الأمم المتحدة", "l'ambassade de France
à Rabat": the mission acts for its state; the body or the place after the posting preposition only says
where it sits. Read by word order, the same in the four languages: a mission noun (`missions` in
lang/<xx>/events.yaml), its state or body named within a few words of it, then a posting preposition
(`postings`), perhaps an article, and the mention. A mission of a person ("De Mistura's mission to Rabat":
a trip) names no owner of that kind and is left alone.
"""

from __future__ import annotations

from diplowatch.events.lexicon import Lexicon
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import PHRASE_BREAK, Sentence

MISSION_REACH = 6  # tokens from the mission noun to its preposition ("mission permanente du Maroc auprès")
ARTICLE_GAP = 2  # tokens between the preposition and the mention ("auprès *de l'*ONU")
OWNERS = frozenset({"country", "organization", "territory"})


def mission_postings(sentence: Sentence, found: list[ActorMention], lex: Lexicon) -> set[ActorMention]:
    """The mentions of `found` that only say where a named state's or body's mission is posted."""
    if not lex.missions or not lex.postings:
        return set()
    at = {m: sentence.token_at(m.start) for m in found}
    out = set()
    for m, first in at.items():
        if first is None or m.kind == "person":
            continue
        preposition = _posting_before(sentence, first, lex)
        if preposition is not None and _owned_mission(sentence, preposition, at, m, lex):
            out.add(m)
    return out


def _posting_before(sentence: Sentence, first: int, lex: Lexicon) -> int | None:
    for i in range(first - 1, max(-1, first - 2 - ARTICLE_GAP), -1):
        tok = sentence.toks[i]
        if tok.key in lex.postings:
            return i
        if PHRASE_BREAK.fullmatch(tok.text):
            return None
    return None


def _owned_mission(
    sentence: Sentence,
    preposition: int,
    at: dict[ActorMention, int | None],
    posted: ActorMention,
    lex: Lexicon,
) -> bool:
    """A mission noun stands a few words before the preposition, no break between, and a state or body
    other than the posted one is named around it (its owner: "Iran's mission", "mission du Maroc")."""
    start = max(0, preposition - MISSION_REACH)
    nouns = [
        i
        for i in range(start, preposition)
        if sentence.toks[i].key in lex.missions or sentence.toks[i].lemma in lex.missions
    ]
    if not nouns or any(PHRASE_BREAK.fullmatch(sentence.toks[i].text) for i in range(nouns[0], preposition)):
        return False
    window = range(max(0, nouns[0] - 3), preposition)
    return any(i in window and m.kind in OWNERS and m.key != posted.key for m, i in at.items())
