"""Which side of a dispute each participant is on: a stance needs a counterpart that is not a mere
territory, a meeting or an agreement between two sides has them both in its actor, and a minister's
own state is no counterpart of the minister's acts."""

from __future__ import annotations

from diplowatch.events.categories import STANCES
from diplowatch.events.coder import CoderContext
from diplowatch.events.merge import MEETINGS, CountryOf
from diplowatch.events.triggers import Match


def has_target(kind: str, recipient: tuple[str, ...], context: CoderContext) -> bool:
    """A stance needs someone it is addressed to: a territory alone is what it is about ("su rechazo a
    cualquier solución ... del pueblo saharaui", "viola la legalidad ... en el Sáhara"), not a target."""
    if kind not in STANCES:
        return bool(recipient)
    return any(context.actor_kind(k) != "territory" for k in recipient)


def two_sided(kind: str, actor: tuple[str, ...], context: CoderContext, *, mutual: bool = False) -> bool:
    """A meeting or an agreement whose actors are two sides or more ("Lula y Petro conversaron", "the
    government and the rebels met", "el Gobierno y el ELN firmaron un cese al fuego"): PLOVER puts
    every participant in the actor when nobody hosts or when the act is mutual, so it has its two
    sides without a recipient. A side is an armed or political group, or the state an actor belongs
    to; in an agreement a body of states is a party of its own ("the AES and ECOWAS adopted the
    conclusions"); in a meeting an international body or a person of none (a UN envoy) is no side.
    `mutual`: the act is one the sides do together (`mutual_act`)."""
    if kind not in MEETINGS and not mutual:
        return False
    sides = {_side(k, mutual, context) for k in actor}
    return len(sides - {None}) >= 2


MUTUAL = frozenset({"AGREE"})  # acts PLOVER codes with every party in the actor when they are mutual


def mutual_act(match: Match, kind: str) -> bool:
    """The act is one its sides do together: an agreement (not a planned meeting coded AGREE), or a
    trigger flagged `mutual` that kept its own category ("Colombia and Venezuela signed a trade
    deal": the signing's parties are each other's counterparts)."""
    if match.trigger.type in MUTUAL:
        return kind in MUTUAL
    return "mutual" in match.trigger.flags and kind == match.trigger.type


def _side(key: str, bodies: bool, context: CoderContext) -> str | None:
    kind = context.actor_kind(key)
    if kind == "group" or bodies and kind == "organization" and context.actor_country(key) is None:
        return key
    country = context.actor_country(key)
    # an opposition party or a rebel movement (and its people) faces its own state's government:
    # "the government and the Unitary Platform signed" has two sides
    camp = NON_STATE_SECTORS.intersection((context.actor_sector(key) or "").split())
    return f"{country} {min(camp)}" if country and camp else country


NON_STATE_SECTORS = frozenset({"PTY", "REB"})  # PLOVER sectors of a country's non-state camps


def non_state_camp(key: str, context: CoderContext) -> bool:
    """An opposition party or a rebel movement (PLOVER sector PTY or REB): of a country, not its state."""
    return bool(NON_STATE_SECTORS.intersection((context.actor_sector(key) or "").split()))


def acting_state(context: CoderContext) -> CountryOf:
    """actor key -> the state it acts for: its country, except for a country's non-state camps (the
    Houthis are Yemeni and do not act for Yemen: their accusation against the Yemeni government and
    the government's against them are two events, not one told twice)."""
    return lambda key: None if non_state_camp(key, context) else context.actor_country(key)


def without_own_side(
    recipient: tuple[str, ...], actor: tuple[str, ...], context: CoderContext
) -> tuple[str, ...]:
    """`recipient` without the state a person of `actor` serves, and its government bodies, when
    someone else is the counterpart: "Blinken stressed the United States' commitment to de Mistura's
    efforts", "met X at the State Department" (a US minister's counterpart is not the US)."""
    own = {context.actor_country(k) for k in actor if context.actor_kind(k) == "person"} - {None}
    if not own or not recipient:
        return recipient

    def on_own_side(key: str) -> bool:
        kind = context.actor_kind(key)
        governing = kind == "country" or kind == "organization" and "GOV" in (context.actor_sector(key) or "")
        return governing and context.actor_country(key) in own

    others = tuple(k for k in recipient if not on_own_side(k))
    return others if others else recipient


def goes_home(recipient: tuple[str, ...], actor: tuple[str, ...], context: CoderContext) -> bool:
    """Every recipient is a state and every actor serves one of them: a trip there is a trip home, not a
    visit ("Bourita returned to Rabat", "Blinken was to fly back to Washington"; "Bourita and Blinken
    travelled to Rabat" is still Blinken's visit)."""
    serves = acting_state(context)
    own = {serves(k) for k in actor}
    return (
        bool(recipient)
        and bool(actor)
        and None not in own
        and all(context.actor_kind(k) == "country" and context.actor_country(k) in own for k in recipient)
        and own <= {context.actor_country(k) for k in recipient}
    )


def without_own_agents(
    recipient: tuple[str, ...], actor: tuple[str, ...], context: CoderContext
) -> tuple[str, ...]:
    """`recipient` without the persons who serve a state of `actor`: "Algeria recalled its ambassador to
    Spain, Said Moussi" is no act towards its own envoy (the state he is posted to is the counterpart)."""
    states = {context.actor_country(k) for k in actor if context.actor_kind(k) == "country"} - {None}
    if not states:
        return recipient
    return tuple(
        k for k in recipient if context.actor_kind(k) != "person" or context.actor_country(k) not in states
    )


def same_side(holders: tuple[str, ...], actors: tuple[str, ...], context: CoderContext) -> bool:
    """The noun's holder is the verb's actor or the state that actor acts for."""
    sides = {context.actor_country(k) or k for k in actors}
    return any((context.actor_country(k) or k) in sides for k in holders)


def with_governments_states(
    keys: tuple[str, ...],
    context: CoderContext,
    states: dict[str, str],
    unknown: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """`keys` and the state each government body among them acts for ("Morocco's foreign ministry
    welcomed...": Morocco welcomed), when the article names that state (`states`: ISO alpha-3 -> the
    state's key). A known person's state is not added: a minister's act is told as the minister's. A
    government's person the KB does not know (`unknown`: "وزير الخارجية الإسرائيلي يائير لبيد") gets the
    state too: a name in the article's script is no identity a reader can look up; the state is."""
    out = list(keys)
    for key in keys:
        kind, sector = context.actor_kind(key), context.actor_sector(key) or ""
        governing = kind == "organization" or kind == "person" and key in unknown
        iso = context.actor_country(key) if governing and "GOV" in sector else None
        state = states.get(iso) if iso else None
        if state and state not in out:
            out.append(state)
    return tuple(out)
