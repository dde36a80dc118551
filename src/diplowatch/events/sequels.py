"""A campaign told step by step in one sentence ("a bombardé Beyrouth le 27 septembre, puis lancé le 1er
octobre une offensive terrestre dans le Sud", "bombed Beirut on September 27, then launched a ground offensive
on October 1"): a later strike that names no target is aimed where the one before it, by the same actor, was.
Only material acts (`CAMPAIGNS`), each dated in its own clause on another day: two happenings of one campaign,
not one act told twice, nor a stance, whose object may be anyone."""

from __future__ import annotations

from collections.abc import Sequence

from diplowatch.events.confidence import with_recipient
from diplowatch.events.draft import Draft
from diplowatch.model import UNREAL_AUX

CAMPAIGNS = frozenset({"ASSAULT", "COERCE"})


def sequels_addressed(found: Sequence[Draft]) -> list[Draft]:
    """The sentence's drafts, each later step of a campaign given the targets of the step before it."""
    out: list[Draft] = []
    for draft in found:
        before = next((d for d in reversed(out) if _leads_to(d, draft)), None)
        if before is not None:
            draft = draft.replace(recipient=before.recipient, confidence=with_recipient(draft.confidence))
        out.append(draft)
    return out


def _leads_to(step: Draft, sequel: Draft) -> bool:
    return (
        sequel.type in CAMPAIGNS
        and step.type == sequel.type
        and not sequel.recipient
        and bool(step.recipient)
        and step.actor == sequel.actor
        and bool(sequel.actor)
        and step.date_source == sequel.date_source == "clause"
        and step.date is not None
        and sequel.date is not None
        and step.date.value != sequel.date.value
        and not UNREAL_AUX.intersection(step.aux + sequel.aux)
    )
