"""An act told at or after a meeting told before ("عقب اللقاء", "à l'issue de la rencontre", "after the
meeting", "tras la reunión") happened that day, when its own sentence gives no date: "In a post on X after
the meeting, Abdulsalam accused Washington of..." took the date of the sentence before it (a background
month) or the publication day. The meeting noun with a scene word before it and no partner of its own
points back to a meeting (events.scenes): the last one the article dated in its own words.
"""

from __future__ import annotations

from diplowatch.events.draft import Draft
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.merge import MEETINGS
from diplowatch.events.scenes import SCENE_REACH
from diplowatch.events.triggers import find
from diplowatch.events.unpublished import NOT_HAPPENED
from diplowatch.text.sentences import Sentence

UNDATED = frozenset({"previous", "published"})  # a draft whose date its own sentence did not give
READ = frozenset({"clause", "sentence"})  # a meeting the text dated


def dated_by_scene(draft: Draft, sentence: Sentence, lex: Lexicon, told: list[Draft]) -> Draft:
    """The draft dated by the meeting its sentence points back to, if any (see the module)."""
    if draft.date_source not in UNDATED or NOT_HAPPENED & set(draft.aux) or _a_meeting(draft):
        return draft  # a plan is not dated by a meeting held; a meeting by another, nor by itself
    if not _points_to_meeting(sentence, lex):
        return draft
    meeting = next(
        (
            d
            for d in reversed(told)
            if d.type in MEETINGS and d.date_source in READ and d.date and not NOT_HAPPENED & set(d.aux)
        ),
        None,
    )
    return draft.replace(date=meeting.date, date_source="scene") if meeting else draft


def _a_meeting(draft: Draft) -> bool:
    """A meeting, or a planned one its trigger told (coded AGREE: "rules:ar:CONSULT:...")."""
    parts = draft.rule.split(":")
    return draft.type in MEETINGS or (len(parts) > 2 and parts[2] in MEETINGS)


def _points_to_meeting(sentence: Sentence, lex: Lexicon) -> bool:
    """A meeting noun with a scene word right before it and no partner after it ("after the meeting")."""
    for match in find(sentence, lex):
        first = match.indices[0]
        if match.trigger.type not in MEETINGS or (
            sentence.parsed and sentence.toks[match.head].pos != "NOUN"
        ):
            continue
        before = {t.key for t in sentence.toks[max(0, first - SCENE_REACH) : first]}
        after = {t.key for t in sentence.toks[match.indices[-1] + 1 : match.indices[-1] + 1 + SCENE_REACH]}
        if before & lex.scenes and not after & (lex.partner_prepositions | lex.between_marks):
            return True
    return False
