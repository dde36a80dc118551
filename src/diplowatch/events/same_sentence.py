"""Two triggers of one sentence that tell one happening, merged before the sentence's meetings are
told apart (`events.tours`)."""

from __future__ import annotations

from diplowatch.events.draft import Draft
from diplowatch.events.merge import MEETINGS, combine, dates_agree, different_acts, places_differ, told_apart


def same_sentence_merged(drafts: list[Draft]) -> list[Draft]:
    """Two triggers of one category in one sentence with an actor in common tell one happening
    ("arrived in Rabat on a working visit", "a rencontré ... lors d'un entretien"), unless they are
    material acts of two modes ("freed the soldiers and pulled out of the town"); meetings with
    several people are split again afterwards (`events.tours`)."""
    out: list[Draft] = []
    for draft in drafts:
        if _restated(draft, drafts):
            continue
        host = next(
            (
                i
                for i, kept in enumerate(out)
                if not told_apart(kept, draft) and continues_meeting(kept, draft)
            ),
            None,
        )
        if host is not None:
            kept = out[host]
            extra = tuple(k for k in draft.actor + draft.recipient if k not in kept.participants())
            out[host] = kept.replace(recipient=kept.recipient + extra)
            continue
        # the nearest telling first: "after talks with X, Y travelled to Rabat where he met Z" restates the
        # trip, not the talks told apart from it
        twin = next(
            (
                i
                for i, kept in reversed(list(enumerate(out)))
                if not told_apart(kept, draft)
                and (
                    same_actor_meets(kept, draft)
                    or kept.type == draft.type
                    and set(kept.actor) & set(draft.actor)
                    and set(kept.aux) == set(draft.aux)
                    and not different_acts(kept, draft)
                    and dates_agree(kept, draft)
                    and not places_differ(kept, draft)
                )
            ),
            None,
        )
        if twin is None:
            out.append(draft)
        else:
            out[twin] = combine(out[twin], draft)
    return out


def _restated(draft: Draft, drafts: list[Draft]) -> bool:
    """An endorsement another draft of the sentence already tells, with no participant of its own: the
    same stance told twice ("welcomed the plan, presented in 2007, as a serious basis"), whose own date or
    place (the plan's "presented in 2007") must not override the one told with its actor. Endorsements
    only: in the other categories a second trigger often brings the one event's date or place."""
    if draft.type != "SUPPORT":
        return False
    position = next(i for i, d in enumerate(drafts) if d is draft)
    return any(
        other.type == draft.type
        and other.actor
        and set(draft.recipient) <= set(other.recipient)
        and (not draft.actor or i < position and set(draft.actor) <= set(other.actor))
        for i, other in enumerate(drafts)
        if other is not draft
    )


def continues_meeting(kept: Draft, draft: Draft) -> bool:
    """A later meeting trigger of the sentence whose actor was only guessed from a name before it that
    the earlier meeting met ("التقى X بوريطة قبل أن يجتمع مع لافروف"): the same actor's next meeting;
    its counterparts join the earlier one's, and `events.tours` tells the meetings apart again."""
    return (
        _meetings_alike(kept, draft)
        and bool(kept.actor)
        and bool(draft.actor)
        and draft.arguments != "parse"
        and set(draft.actor) <= set(kept.recipient)
    )


def same_actor_meets(kept: Draft, draft: Draft) -> bool:
    """Two meeting triggers of one sentence with an actor in common, whatever their days and places
    ("held talks with A on Monday before meeting B on Thursday"): `events.tours` tells the meetings
    apart by the stretch of the sentence each is told in. Not two meetings each dated in its own clause
    to days that differ when the later one has a joint subject ("discussed it with A in September 2023,
    and in November X and B met"): `events.tours` splits by the persons met, and B, a subject, is none."""
    joint = bool(set(draft.actor) - set(kept.actor))
    return (
        _meetings_alike(kept, draft)
        and bool(set(kept.actor) & set(draft.actor))
        and not (joint and kept.date_source == draft.date_source == "clause" and not dates_agree(kept, draft))
    )


def _meetings_alike(kept: Draft, draft: Draft) -> bool:
    """Two meetings of one category told with the same modality (both real, both planned...)."""
    return kept.type == draft.type and kept.type in MEETINGS and set(kept.aux) == set(draft.aux)
