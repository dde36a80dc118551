"""An act told at or after a meeting told before ("عقب اللقاء", "à l'issue de la rencontre", "after the
meeting", "tras la reunión") happened that day, when its own sentence gives no date: "In a post on X after
the meeting, Abdulsalam accused Washington of..." took the date of the sentence before it (a background
month) or the publication day. The meeting noun with a scene word before it and no partner of its own
points back to a meeting (events.scenes): the last one the article dated in its own words. So does an
act told after a vote ("Tras la votación, el embajador saludó una resolución", "after the vote"): the day
of the last act of a voting assembly the article dated (text.assemblies).
"""

from __future__ import annotations

from diplowatch.events.draft import Draft
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.merge import MEETINGS
from diplowatch.events.scenes import SCENE_REACH
from diplowatch.events.triggers import find
from diplowatch.events.unpublished import NOT_HAPPENED
from diplowatch.text.assemblies import VOTING_BODIES
from diplowatch.text.normalise import variants
from diplowatch.text.sentences import Sentence

UNDATED = frozenset({"previous", "published"})  # a draft whose date its own sentence did not give
READ = frozenset({"clause", "sentence"})  # an act (a meeting, a vote) the text dated in its own words


def dated_by_scene(draft: Draft, sentence: Sentence, lex: Lexicon, told: list[Draft]) -> Draft:
    """The draft dated by the meeting or the vote its sentence points back to, if any (see the module)."""
    if draft.date_source not in UNDATED or NOT_HAPPENED & set(draft.aux) or _a_meeting(draft):
        return draft  # a plan is not dated by a meeting held; a meeting by another, nor by itself
    if _points_to_meeting(sentence, lex):
        scenes = [d for d in told if d.type in MEETINGS]
    elif not VOTING_BODIES & set(draft.actor) and _points_to_vote(sentence, lex):
        scenes = [d for d in told if VOTING_BODIES & set(d.actor)]  # what a voting assembly did
    else:
        return draft
    scene = next((d for d in reversed(scenes) if _dated_happening(d)), None)
    return draft.replace(date=scene.date, date_source="scene") if scene and scene.date else draft


def _dated_happening(draft: Draft) -> bool:
    """An act that took place, on a date the text gave it."""
    return draft.date_source in READ and draft.date is not None and not NOT_HAPPENED & set(draft.aux)


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


def _points_to_vote(sentence: Sentence, lex: Lexicon) -> bool:
    """A noun of a vote with a scene word right before it ("tras la votación", "à l'issue du vote")."""
    toks = sentence.toks
    for i, tok in enumerate(toks):
        if lex.vote_nouns.isdisjoint(variants(tok.key)):
            continue
        if {t.key for t in toks[max(0, i - SCENE_REACH) : i]} & lex.scenes:
            return True
    return False
