"""What an actor says at a meeting the same sentence tells: "X met Y on Monday and called for the
resumption of the talks", "se reunió con Y y pidió...", "التقى X بـY ودعا إلى...".

The stance or the demand is an act of its own beside the meeting (issue 9). With no counterpart of
its own named (or only the territory it is about), it was voiced to the one met: the meeting's other
participants are its recipients. Without them it scored as one-sided (events.confidence) and was
dropped, so the sentence kept only the meeting. An act that names its own counterpart keeps it
("met Y and called on Morocco to..."), and the threshold still drops weak or habitual ones.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from diplowatch.events.categories import STANCES
from diplowatch.events.confidence import with_recipient
from diplowatch.events.coordination import and_verb
from diplowatch.events.draft import Draft
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.merge import MEETINGS
from diplowatch.events.triggers import Match
from diplowatch.model import UNREAL_AUX
from diplowatch.text.sentences import Sentence

# Below this a one-sided act is weak, embedded, habitual or guessed ("has repeatedly called for",
# "met X to call for", "in order to support"): the partner met would not make it the day's act. A
# parsed act without a recipient scores 0.65-0.69 in the main clause, 0.60 for a phrase and 0.56 for
# a word out of it (events.confidence); an unparsed (Arabic) one has no clause to tell (0.57-0.60).
LIFTED_FROM = {True: 0.62, False: 0.5}  # by whether the sentence is parsed


def said_at_meetings(
    drafts: list[Draft], said: list[Draft], kind_of: Callable[[str], str | None], *, parsed: bool
) -> list[Draft]:
    """The drafts of one sentence, a stance or demand with no counterpart of its own addressed to the
    other participants of a meeting of its actor told there. `said`: the drafts told by a verb or a
    phrase; a lone noun is mostly what the meeting was about ("a évoqué le soutien au processus")."""
    held = [d for d in drafts if d.type in MEETINGS and d.actor and not UNREAL_AUX & set(d.aux)]
    floor = LIFTED_FROM[parsed]
    return [_addressed(d, held, kind_of, floor) if any(d is s for s in said) else d for d in drafts]


def told_by_verb(sentence: Sentence, match: Match, lex: Lexicon, named: Collection[int]) -> bool:
    """The trigger is a verb or a phrase ("a réaffirmé son soutien"), not a lone noun ("le soutien").
    Unparsed (Arabic), where a word may be either ("دعم"), a verb coordinated after the meeting's
    ("ودعا إلى", "وجدد دعمه"; events.coordination). `named`: the tokens inside actor mentions."""
    if not sentence.parsed:
        return and_verb(sentence, match, named, lex) is not None
    return len(match.indices) > 1 or sentence.toks[match.head].pos in ("VERB", "AUX")


def _addressed(draft: Draft, held: list[Draft], kind_of: Callable[[str], str | None], floor: float) -> Draft:
    if (
        draft.type not in STANCES
        or not draft.actor
        or UNREAL_AUX & set(draft.aux)
        or draft.confidence < floor
        or any(kind_of(k) != "territory" for k in draft.recipient)
    ):
        return draft
    meeting = next((m for m in held if _holds(m, draft.actor)), None)
    if meeting is None:
        return draft
    met = tuple(k for k in dict.fromkeys(meeting.actor + meeting.recipient) if k not in draft.actor)
    if not met:
        return draft
    return draft.replace(recipient=draft.recipient + met, confidence=with_recipient(draft.confidence))


def _holds(meeting: Draft, actor: tuple[str, ...]) -> bool:
    """The act's actor held the meeting: its actor, or the host it is told with ("X received Y": Y
    visits X), not any name of its clause ("met the UN country team": not the country)."""
    return set(actor) <= meeting.participants() and bool(
        set(actor) & {*meeting.actor, *meeting.recipient[:1]}
    )
