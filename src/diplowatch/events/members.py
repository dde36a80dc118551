"""Who a list names after "among them" is who the clause's plural stands for: "Several leaders took part in
the summit, among them Sisi, Abbas and Saied", "plusieurs ministres se sont réunis, parmi lesquels Bourita
et Lamamra", "participaron varios líderes, entre ellos...", "وشارك في القمة عدد من القادة، بينهم...". The
members stand after a member mark (`member_marks` in lang/<xx>/events.yaml) until the next verb. When
the act's actor is no one the sentence names elsewhere (the plural subject "several leaders" names no
actor), every member is its actor, not the first member its recipient; when the actor is named ("Bourita
met several ministers, among them A and B"), the members are whom it met, every one of them."""

from __future__ import annotations

from diplowatch.events.cue_phrases import tokens_after_marks
from diplowatch.events.lexicon import Lexicon
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence


def listed_members(sentence: Sentence, found: list[ActorMention], lex: Lexicon) -> tuple[str, ...]:
    """The actors the sentence names after a member mark, in their order (each once)."""
    if not lex.member_marks:
        return ()
    listed = tokens_after_marks(sentence, lex.member_marks)
    if not listed:
        return ()
    keys = []
    for m in found:
        inside = sentence.tokens_within(m.start, m.end)
        if inside and inside[0] in listed and m.key not in keys:
            keys.append(m.key)
    return tuple(keys)


def with_members(
    actor: tuple[str, ...], recipient: tuple[str, ...], members: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(actor, recipient) with the listed members where they belong: all of them the actor when every
    actor is one of them (or there is none), else all of them recipients."""
    if not members:
        return actor, recipient
    if all(k in members for k in actor):
        return members, tuple(k for k in recipient if k not in members)
    return actor, recipient + tuple(k for k in members if k not in recipient and k not in actor)
