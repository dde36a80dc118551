"""Asks and pledges followed by the act they are about: "encouraged the parties to resume talks" is
a REQUEST, "its commitment to keep working" a strong AGREE."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from diplowatch.events.categories import MEETING, STANCES
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match, find, keys_of
from diplowatch.text.sentences import Sentence

VISIT = "visit"  # the mode of the meeting triggers that tell a trip


def asked(sentence: Sentence, match: Match, lex: Lexicon) -> Match:
    """An "ask" trigger followed by an infinitive is a (strong) REQUEST: "encouraged the parties to
    resume talks" asks for an act, "encouraged the efforts" supports them. An invitation to take
    part ("invited to attend the round table") stays an invitation (AGREE). So is one followed by a
    conduct it asks for ("a invité les parties à la retenue", "invitó a las partes a la calma":
    `asked_conducts`), unlike an invitation to a place or a meeting ("invité à la conférence")."""
    if "ask" not in match.trigger.flags:
        return match
    verb = asks_to(sentence, match, lex)
    taking_part = verb is not None and (
        bool(set(keys_of(sentence.toks[verb])) & lex.participation)
        or _meeting_asked(sentence, verb, lex)
        or _meeting_before(sentence, match, verb, lex)
    )
    if (
        verb is None
        and not asks_conduct(sentence, match, lex)
        or match.trigger.type == "AGREE"
        and taking_part
    ):
        return match
    trigger = dataclasses.replace(
        match.trigger, type="REQUEST", mode="", flags=match.trigger.flags - {"weak", "ask"}
    )
    return dataclasses.replace(match, trigger=trigger)


def _meeting_asked(sentence: Sentence, verb: int, lex: Lexicon) -> bool:
    """The act an invitation asks for is a trip: its verb is a visit trigger, or its object one ("invited
    X to pay a visit to Rabat", "a invité X à effectuer une visite", "à se rendre à"). Not talks to
    resume ("a invité les parties à reprendre les négociations": a call)."""
    heads = {verb} | {c for c in sentence.children(verb) if sentence.toks[c].dep in ("obj", "dobj")}
    return any(
        m.trigger.type == MEETING and m.trigger.mode == VISIT and m.head in heads for m in find(sentence, lex)
    )


def _meeting_before(sentence: Sentence, match: Match, verb: int, lex: Lexicon) -> bool:
    """The invitation names a meeting before the infinitive, which tells what the meeting is for ("invited
    the heads of the institutions to a meeting to resolve the issues"): an invitation to that meeting."""
    if not sentence.parsed:
        return False
    below = sentence.subtree(match.head)
    return any(
        m.trigger.type == MEETING
        and match.head < m.head < verb
        and m.head in below
        and sentence.toks[m.head].pos == "NOUN"
        for m in find(sentence, lex)
    )


def pledged(sentence: Sentence, match: Match, lex: Lexicon, found: list[Match]) -> Match:
    """A weak "pledge" noun followed by an infinitive commits to an act: "reiterated his commitment to
    keep working", "son engagement à poursuivre", "su compromiso de seguir" are a strong AGREE. A
    pledge of support stays the SUPPORT its infinitive says ("l'engagement des Etats-Unis à soutenir"):
    the corpora code a declared support as SUPPORT."""
    if "pledge" not in match.trigger.flags or not match.trigger.weak:
        return match
    verb = _pledged_act(sentence, match, lex)
    if verb is None or any(m.head == verb and m.trigger.type == "SUPPORT" for m in found):
        return match
    strong = dataclasses.replace(match.trigger, flags=match.trigger.flags - {"weak"})
    return dataclasses.replace(match, trigger=strong)


def advocated(sentence: Sentence, match: Match, found: list[Match]) -> Match:
    """A weak "advocates" trigger ("plaider pour", "militer pour") whose object names an act, a trigger
    of a category that is no stance ("a plaidé pour une reprise des négociations", "pour le retrait des
    troupes", "pour un cessez-le-feu"), asks for that act: a REQUEST, as "appeler à" is, and the act
    is the one asked for, not done. For a plan or a cause ("plaide pour son plan d'autonomie") it stays
    the support it says."""
    if "advocates" not in match.trigger.flags or not sentence.parsed:
        return match
    after = match.indices[-1]
    objects = set().union(*(sentence.subtree(c) for c in sentence.children(match.head) if c > after))
    if not any(m.head in objects and m.trigger.type not in STANCES for m in found):
        return match
    trigger = dataclasses.replace(
        match.trigger, type="REQUEST", mode="", flags=match.trigger.flags - {"weak", "advocates"}
    )
    return dataclasses.replace(match, trigger=trigger)


def commits_to_act(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """An agreement verb followed by the act agreed to ("agreed to withdraw", "a accepté de retirer",
    "se comprometieron a reanudar"): a commitment, an event even when its counterpart goes unnamed."""
    if not sentence.parsed or sentence.toks[match.head].pos != "VERB":
        return False
    # the parse finds the infinitive past a day or an adverb ("aceptó el martes retirar")
    complements = (sentence.toks[c] for c in sentence.children(match.head))
    infinitive = any(c.dep == "xcomp" and "VerbForm=Inf" in c.morph for c in complements)
    return infinitive or _pledged_act(sentence, match, lex) is not None


# tokens after an "ask" trigger searched for its infinitive: the parties it names, and a phrase set
# between commas, stand before it ("encouraged A, B, C and D, in a spirit of compromise, to"); a finite
# verb ends the search (another clause: "encouraged the efforts that have led to")
ASK_WINDOW = 24


PLEDGE_WINDOW = 6  # tokens from a pledge noun to its mark ("the commitment of the United States to")


def _pledged_act(sentence: Sentence, match: Match, lex: Lexicon) -> int | None:
    """The infinitive right after a pledge mark near the noun, with no finite verb between them (not
    "l'engagement de la France au Sahel a permis de réduire"); a pledge verb's infinitive may follow
    it with no mark ("ofrecieron liberar")."""
    toks = sentence.toks
    after = match.indices[-1] + 1
    if toks[match.head].pos == "VERB" and after < len(toks) and "VerbForm=Inf" in toks[after].morph:
        return after
    for i in range(match.indices[-1] + 1, min(len(toks), match.indices[-1] + 1 + PLEDGE_WINDOW)):
        if toks[i].pos in ("VERB", "AUX") or toks[i].text in (".", ";", ":", ","):
            return None
        if toks[i].key in lex.pledge_marks:
            nxt = i + 1
            return nxt if nxt < len(toks) and "VerbForm=Inf" in toks[nxt].morph else None
    return None


def asks_to(sentence: Sentence, match: Match, lex: Lexicon) -> int | None:
    """The infinitive after an infinitive mark (and an optional quote) within a few tokens of the
    trigger, in its sentence part: "encouragé le Maroc et l'Algérie à « travailler »". Read from
    words, not the parse, which often hangs the infinitive on the last object."""
    toks = sentence.toks
    for i in _in_reach(sentence, match):
        if toks[i].key in lex.infinitive_marks:
            # past a quote mark or a clitic pronoun ("à « travailler »", "à s'engager", "à les aider")
            nxt = next(
                (j for j in range(i + 1, min(i + 4, len(toks))) if toks[j].pos not in ("PUNCT", "PRON")), None
            )
            if nxt is not None and "VerbForm=Inf" in toks[nxt].morph:
                return nxt
    return None


def _in_reach(sentence: Sentence, match: Match) -> Iterator[int]:
    """The tokens after the trigger an ask may name what it asks for in: up to ASK_WINDOW of them, in its
    sentence part (no stop, no finite verb of another clause)."""
    toks = sentence.toks
    for i in range(match.indices[-1] + 1, min(len(toks), match.indices[-1] + 1 + ASK_WINDOW)):
        if toks[i].text in (".", ";", ":") or "VerbForm=Fin" in toks[i].morph:
            return
        yield i


LIST_LINKS = ("DET", "PUNCT", "CCONJ")  # what stands before a party of a list: "le", ",", "et"


def asked_parties(sentence: Sentence, match: Match, lex: Lexicon) -> frozenset[int]:
    """The tokens between a call and the infinitive it asks for ("appelant le Maroc, le Front Polisario,
    l'Algérie et la Mauritanie à reprendre"): the parties it asks, however the parser hung the list. A
    name after a preposition there is a place or a scene ("a appelé depuis Alger le Maroc à"), no party."""
    if match.trigger.type != "REQUEST" or not sentence.parsed or sentence.toks[match.head].pos != "VERB":
        return frozenset()
    verb = asks_to(sentence, match, lex)
    if verb is None:
        return frozenset()
    mark = max(i for i in range(match.indices[-1] + 1, verb) if sentence.toks[i].key in lex.infinitive_marks)
    return frozenset(
        i
        for i in range(match.indices[-1] + 1, mark)
        if sentence.toks[i - 1].pos in LIST_LINKS or i - 1 == match.indices[-1]
    )


def asks_conduct(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """A dative mark, then (past an article) a noun of conduct (`asked_conducts`: "à la retenue", "au
    calme", "a la moderación") a few tokens after the trigger, in its clause."""
    toks = sentence.toks
    for i in _in_reach(sentence, match):
        if toks[i].key in lex.dative_marks:
            after = [j for j in range(i + 1, min(i + 3, len(toks))) if toks[j].pos != "DET"][:1]
            if after and set(keys_of(toks[after[0]])) & lex.asked_conducts:
                return True
    return False
