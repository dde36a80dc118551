"""The sides an agreement reached is between, and those a meeting is held in the presence of.

"the ceasefire agreed between Israel and Hezbollah", "l'accord conclu entre X et Y", "el alto el fuego
pactado entre X y Y", "اتفاق وقف إطلاق النار المبرم بين X و Y": the actors named right after the mark
(`between_marks` in lang/<xx>/events.yaml) are the agreement's sides, all of them its actor and none its
recipient (a mutual act), whoever reports or welcomes it. A word of conclusion stands between the trigger
and the mark (`concluded`: "agreed", "conclu", "pactado", "المبرم"): it tells an agreement reached from
one in force ("the fisheries agreement between Morocco and the EU").
A meeting told with no actor ("une réunion s'est tenue à Genève en présence du Maroc, de l'Algérie et de
la Mauritanie", "a round table in the presence of X and Y", "con la participación de", "بحضور") has the
actors listed after an attendance phrase (`attendance`) as its actor: nobody hosts, all took part.
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
    return _listed(sentence, mark, found, lex, body)


def attendees(
    sentence: Sentence, match: Match, found: list[ActorMention], lex: Lexicon, body: str
) -> tuple[str, ...]:
    """The actors a meeting trigger's sentence lists after an attendance phrase (two at least), else ()."""
    if not lex.attendance:
        return ()
    keys = [t.key for t in sentence.toks]
    for phrase in lex.attendance:
        words = phrase.split()
        for i in range(match.indices[-1] + 1, len(keys) - len(words) + 1):
            if keys[i : i + len(words)] == words:
                return _listed(sentence, i + len(words) - 1, found, lex, body)
    return ()


def _listed(
    sentence: Sentence, mark: int, found: list[ActorMention], lex: Lexicon, body: str
) -> tuple[str, ...]:
    """The actors listed right after token `mark` ("X, Y et Z"), when there are two at least."""
    toks = sentence.toks
    after = sorted((m for m in found if m.start >= toks[mark].end), key=lambda m: m.start)
    gap = toks[mark + 1 : mark + 1 + SIDE_GAP]
    stop = next((t.start for t in gap if t.pos in ("PUNCT", "VERB") or t.text in LIST_SEPARATORS), None)
    limit = stop if stop is not None else gap[-1].end if gap else toks[mark].end
    if not after or after[0].start >= limit:
        return ()
    listed = [after[0]]
    for m in after[1:]:
        joint = body[listed[-1].end : m.start]
        if not _joins(joint, lex):
            break
        listed.append(m)
    keys = tuple(dict.fromkeys(m.key for m in listed))
    return keys if len(keys) >= 2 else ()


def _joins(text: str, lex: Lexicon) -> bool:
    """The text between two mentions only joins them ("et le", " and ", ", ", " و")."""
    spaced = text.replace(",", " , ").replace("،", " ، ").replace("'", " ").replace("’", " ")
    words = [fold(w) for w in spaced.split()]
    return all(w in lex.side_joints or w in LIST_SEPARATORS for w in words)
