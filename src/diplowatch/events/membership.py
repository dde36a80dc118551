"""Leaving an international organisation reduces relations with it: SANCTION, not RETREAT.

PLOVER's RETREAT is yielding ground: troops pulled back, a territory left, prisoners released. A
state that withdraws from a body of states it belonged to ("Mali, Burkina Faso and Niger withdrew
from ECOWAS", "le retrait du Maroc de l'OUA") cuts its ties with it, which PLOVER codes as
SANCTION (CAMEO 16, reduce relations).
"""

from __future__ import annotations

from diplowatch.events.coder import CoderContext

RELEASE = "release"  # RETREAT mode of freeing people: never about a membership


def leaves_organisation(
    kind: str,
    mode: tuple[str, ...],
    recipient: tuple[str, ...],
    context: CoderContext,
    actor: tuple[str, ...] = (),
) -> bool:
    """A RETREAT whose counterparts are all international organisations (no state of their own), by
    a state or a group: a person who resigns or steps down ("l'émissaire de l'ONU a démissionné, a
    annoncé l'ONU") yields a post, whatever body the sentence names (RETREAT)."""
    if kind != "RETREAT" or RELEASE in mode or not recipient:
        return False
    if actor and all(context.actor_kind(k) == "person" for k in actor):
        return False
    return all(
        context.actor_kind(k) == "organization" and context.actor_country(k) is None for k in recipient
    )
