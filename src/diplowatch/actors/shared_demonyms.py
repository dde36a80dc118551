"""Demonyms two states share ("congolais", "Congolese", "الكونغولي": the Democratic Republic of the Congo
and the Republic of the Congo). The KB lists such a demonym under both entries; the alias index then
gives a role phrase or a demonym hit both states, or (inside a role phrase: "le ministre congolais des
Affaires étrangères") the first one. Which one the text means is the one the article names, by name or
by capital ("Kinshasa" before "la cheffe de la diplomatie congolaise"); with neither or both named, the
demonym names no state: a guess would make the wrong government act."""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from diplowatch.actors.matcher import Cue, Hit
from diplowatch.kb import KB
from diplowatch.text.normalise import alias_keys


def shared_demonyms(kb: KB) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each demonym's keys -> the entries that list it, for those listed by more than one."""
    holders: defaultdict[tuple[str, ...], list[str]] = defaultdict(list)
    for entry in kb:
        for phrases in entry.demonyms.values():
            for phrase in phrases:
                keys = alias_keys(phrase)
                if entry.id not in holders[keys]:
                    holders[keys].append(entry.id)
    return {keys: tuple(ids) for keys, ids in holders.items() if len(ids) > 1}


def narrowed(
    hit: Hit,
    text_keys: tuple[str, ...],
    cue_keys: tuple[str, ...] | None,
    shared: dict[tuple[str, ...], tuple[str, ...]],
    named: set[str],
) -> Hit:
    """The hit with a shared demonym's states cut down to the one the article names (`named`: the entry
    ids linked so far): its demonym targets, or its cue inside a role phrase. `text_keys`: the hit's own
    folded words; `cue_keys`: those of its cue."""
    states = shared.get(text_keys)
    if states is not None:
        chosen = _one_named(states, named)
        targets = tuple(t for t in hit.targets if t.kind != "demonym" or t.ref == chosen)
        return dataclasses.replace(hit, targets=targets)
    if hit.cue is not None and cue_keys is not None and (states := shared.get(cue_keys)) is not None:
        chosen = _one_named(states, named)
        cue = Cue(hit.cue.first, hit.cue.last, chosen) if chosen else None
        return dataclasses.replace(hit, cue=cue)
    return hit


def _one_named(states: tuple[str, ...], named: set[str]) -> str | None:
    found = [s for s in states if s in named]
    return found[0] if len(found) == 1 else None
