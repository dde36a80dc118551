"""What an actor says at a meeting the same sentence tells: "X met Y on Monday and called for the
resumption of the talks", "se reunió con Y y pidió...", "التقى X بـY ودعا إلى...".

The stance or the demand is an act of its own beside the meeting (issue 9). With no counterpart of
its own named (or only the territory it is about), it was voiced to the one met: the meeting's other
participants are its recipients. Without them it scored as one-sided (events.confidence) and was
dropped, so the sentence kept only the meeting. An act that names its own counterpart keeps it
("met Y and called on Morocco to..."), and the threshold still drops weak or habitual ones.

A sentence that tells no meeting of its own may voice what was said at the one the sentence just
before told: "X met Y on Sunday. He reaffirmed Algeria's support for...", "Il a salué ses efforts",
"Attaf expresó el apoyo de Argelia a...", "وجدد عطاف دعم بلاده..." (its subject named again, a
pronoun, or left out). Only a stance or a call (`TOLD_AFTER`; "He condemned the attack" is about the
attack), not one its own words date to another day than the meeting. A stance noun that names whose
it is ("reaffirmed Algeria's support") is voiced too (events.nominal.voiced), and an Arabic sentence
that opens with a verb glued to "و" tells its act (events.coordination.opening_verb).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from diplowatch.events.categories import STANCES
from diplowatch.events.coder import CoderContext
from diplowatch.events.confidence import with_recipient
from diplowatch.events.coordination import and_verb, opening_verb
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
TOLD_AFTER = frozenset({"SUPPORT", "REQUEST"})  # addressed to the one met the sentence before


def said_at_meetings(
    drafts: list[Draft],
    said: list[Draft],
    context: CoderContext,
    *,
    parsed: bool,
    before: Sequence[Draft] = (),
    two_sides: bool = False,
) -> list[Draft]:
    """The drafts of one sentence, a stance or demand with no counterpart of its own addressed to the
    other participants of a meeting of its actor told there, or, when the sentence tells none, in the
    sentence just before (`before`: "X met Y on Monday. He reaffirmed his support for..."). `said`: the
    drafts told by a verb or a phrase; a lone noun is mostly what the meeting was about ("a évoqué le
    soutien au processus"). `two_sides`: the sentence addresses two sides ("urged the two sides"), which
    two meetings of the actor name ("met X on Thursday, then Y on Friday")."""
    floor = LIFTED_FROM[parsed]
    held = held_meetings(drafts)
    if held:
        return [
            _addressed(d, held, context, floor, two_sides) if any(d is s for s in said) else d for d in drafts
        ]
    # told after the meeting: only a stance or a call that names no one, not a condemnation ("Guterres met
    # Ghali on Friday. He condemned the attack on Smara": not Ghali's attack)
    return [
        _addressed(d, [m for m in held_meetings(before) if not _another_day(d, m)], context, floor, two_sides)
        if any(d is s for s in said) and d.type in TOLD_AFTER
        else d
        for d in drafts
    ]


def _another_day(draft: Draft, meeting: Draft) -> bool:
    """Both dated by their own words, on different days ("met X on Monday. On Tuesday, he called...")."""
    own = ("clause", "sentence")
    return (
        draft.date_source in own
        and meeting.date_source in own
        and draft.date is not None
        and meeting.date is not None
        and draft.date.value != meeting.date.value
    )


def held_meetings(drafts: Sequence[Draft]) -> list[Draft]:
    """The meetings among `drafts` that were held (not planned, denied or supposed), with an actor."""
    return [d for d in drafts if d.type in MEETINGS and d.actor and not UNREAL_AUX & set(d.aux)]


def told_by_verb(sentence: Sentence, match: Match, lex: Lexicon, named: Collection[int]) -> bool:
    """The trigger is a verb or a phrase ("a réaffirmé son soutien"), not a lone noun ("le soutien").
    Unparsed (Arabic), where a word may be either ("دعم"), a verb coordinated after the meeting's
    ("ودعا إلى", "وجدد دعمه"; events.coordination). `named`: the tokens inside actor mentions."""
    if not sentence.parsed:
        return and_verb(sentence, match, named, lex) is not None or opening_verb(sentence, match, named, lex)
    return len(match.indices) > 1 or sentence.toks[match.head].pos in ("VERB", "AUX")


def _addressed(
    draft: Draft, held: list[Draft], context: CoderContext, floor: float, two_sides: bool = False
) -> Draft:
    if (
        draft.type not in STANCES
        or not draft.actor
        or UNREAL_AUX & set(draft.aux)
        or draft.confidence < floor
        or any(context.actor_kind(k) != "territory" for k in draft.recipient)
    ):
        return draft
    meetings = [m for m in held if _holds(m, _without_own_states(draft.actor, context))]
    if not meetings:
        return draft
    met = _partners(meetings[0], draft)
    if two_sides and len(meetings) > 1:  # "met X, then Y. She urged the two sides to...": both of them
        both = tuple(dict.fromkeys(met + _partners(meetings[1], draft)))
        met = both if len(both) == 2 else met
    if not met:
        return draft
    return draft.replace(recipient=draft.recipient + met, confidence=with_recipient(draft.confidence))


def _partners(meeting: Draft, draft: Draft) -> tuple[str, ...]:
    """Who the meeting's actor met: its participants but the act's own actor."""
    return tuple(k for k in dict.fromkeys(meeting.actor + meeting.recipient) if k not in draft.actor)


def _without_own_states(actor: tuple[str, ...], context: CoderContext) -> tuple[str, ...]:
    """The actor without the states its persons act for ("Attaf reaffirmed Algeria's support": Attaf
    met Y, Algeria did not)."""
    theirs = {context.actor_country(k) for k in actor if context.actor_kind(k) == "person"}
    return tuple(
        k for k in actor if not (context.actor_kind(k) == "country" and context.actor_country(k) in theirs)
    )


def _holds(meeting: Draft, actor: tuple[str, ...]) -> bool:
    """The act's actor held the meeting: its actor, or the host it is told with ("X received Y": Y
    visits X), not any name of its clause ("met the UN country team": not the country)."""
    return set(actor) <= meeting.participants() and bool(
        set(actor) & {*meeting.actor, *meeting.recipient[:1]}
    )
