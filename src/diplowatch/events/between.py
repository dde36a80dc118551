"""The sides an agreement reached is between.

"the ceasefire agreed between Israel and Hezbollah", "l'accord conclu entre X et Y", "el alto el fuego
pactado entre X y Y", "اتفاق وقف إطلاق النار المبرم بين X و Y": the actors named right after the mark
(`between_marks` in lang/<xx>/events.yaml) are the agreement's sides, all of them its actor and none its
recipient (a mutual act), whoever reports or welcomes it. A word of conclusion stands between the trigger
and the mark (`concluded`: "agreed", "conclu", "pactado", "المبرم"): it tells an agreement reached from
one in force ("the fisheries agreement between Morocco and the EU").
Tried and left out: talks between two sides ("welcomed the talks between X and Y") as their meeting
(CONSULT): it cost a check-fold event.
"""

from __future__ import annotations

from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match, keys_of
from diplowatch.text.mentions import ActorMention
from diplowatch.text.normalise import fold
from diplowatch.text.sentences import Sentence

BETWEEN_REACH = 6  # tokens from the trigger's last word to the mark ("اتفاق وقف إطلاق النار المبرم بين")
SIDE_GAP = 5  # tokens from the mark through the first side ("entre le gouvernement de la RDC")
LIST_SEPARATORS = frozenset({",", "،"})  # commas of a list of sides; the words are `side_joints`


def between_sides(
    sentence: Sentence, match: Match, found: list[ActorMention], lex: Lexicon, body: str
) -> tuple[str, ...]:
    """The sides of the trigger's agreement named after its "between" mark (two at least), else ()."""
    if match.trigger.type != "AGREE" or not lex.between_marks:
        return ()
    toks = sentence.toks
    last = match.indices[-1]
    reach = range(last + 1, min(len(toks), last + 1 + BETWEEN_REACH))
    mark = next((i for i in reach if toks[i].key in lex.between_marks), None)
    if mark is None:
        return ()
    told = toks[match.indices[0] : mark]
    if not any(set(keys_of(t)) & lex.concluded for t in told):
        return ()
    after = sorted((m for m in found if m.start >= toks[mark].end), key=lambda m: m.start)
    gap = toks[mark + 1 : mark + 1 + SIDE_GAP]
    stop = next((t.start for t in gap if t.pos in ("PUNCT", "VERB") or t.text in LIST_SEPARATORS), None)
    limit = stop if stop is not None else gap[-1].end if gap else toks[mark].end
    if not after or after[0].start >= limit:
        return ()
    sides = [after[0]]
    for m in after[1:]:
        joint = body[sides[-1].end : m.start]
        if not _joins(joint, lex):
            break
        sides.append(m)
    keys = tuple(dict.fromkeys(m.key for m in sides))
    return keys if len(keys) >= 2 else ()


def _joins(text: str, lex: Lexicon) -> bool:
    """The text between two mentions only joins them ("et le", " and ", ", ", " و")."""
    words = [fold(w) for w in text.replace(",", " , ").replace("،", " ، ").split()]
    return all(w in lex.side_joints or w in LIST_SEPARATORS for w in words)
