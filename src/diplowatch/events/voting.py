"""Assemblies that vote on texts: the one an article's sentence refers to, and whether a trigger's
object is a voted text."""

from __future__ import annotations

from diplowatch.events.argument_set import Arguments
from diplowatch.events.draft import Draft
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match, keys_of
from diplowatch.model import UNREAL_AUX
from diplowatch.text.assemblies import VOTING_BODIES, assembly_near
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence


def voting_body(found: tuple[ActorMention, ...], sentence: Sentence) -> str | None:
    """The assembly of the article nearest the sentence (text.assemblies): a text it adopted acts for it
    ("Le texte appelle les parties", "ويدعو القرار"), and a vote or a reaction to the text is addressed
    to it ("Russia abstained", "Rabat welcomed the resolution", "انتقدت البوليساريو النص")."""
    return assembly_near(found, sentence.start, sentence.end)


def adopted_by_assembly(match: Match, lex: Lexicon, actor: tuple[str, ...]) -> bool:
    """An assembly adopting, extending or renewing a text or a mandate ("The Security Council adopted
    resolution 2756", "a prorogé le mandat de la Minurso"): its own act, which no counterpart needs to
    complete (lexicon `adoptions`, an actor among `VOTING_BODIES`)."""
    return " ".join(match.trigger.words) in lex.adoptions and any(k in VOTING_BODIES for k in actor)


def is_tally(sentence: Sentence, match: Match) -> bool:
    """ "adopted with 14 votes in favour", "par 12 voix pour", "con 13 votos a favor": a count of the votes
    for, cast by members it does not name; a member the sentence names beside it ("and Russia
    abstaining") cast another vote, not this one. A vote word for a text with a number of its own (parsed
    sentences). Counted abstentions and votes against often name theirs ("deux abstentions, celles de la
    Russie et de la Chine"), and the parser hangs those names anywhere: they stay votes."""
    return (
        "vote" in match.trigger.flags
        and match.trigger.type == "SUPPORT"
        and sentence.parsed
        and any(sentence.toks[c].dep == "nummod" for c in sentence.children(match.head))
    )


def cast_by(named: tuple[str, ...]) -> tuple[str, ...]:
    """Who cast a vote whose subject the sentence does not name ("the abstentions of Russia and China"):
    the members its noun names, not the assembly."""
    return tuple(k for k in named if k not in VOTING_BODIES)


def voters_apart(drafts: list[Draft], votes: list[Draft]) -> list[Draft]:
    """ "adopted the resolution by 13 votes, with Russia and China abstaining", "deux abstentions, celles
    de la Russie et de la Chine": the members whose vote the sentence tells (the actors of `votes`, its
    drafts of vote triggers) cast it; they are not addressed by what the assembly did in that sentence,
    nor by a reaction to it (whom a vote names besides, "the text drafted by Washington", may be). A
    vote only asked for or denied casts nothing ("calls on the parties to refrain", "ويدعو القرار
    الأطراف إلى الامتناع": the Arabic word of refraining is that of abstaining)."""
    voters = {k for d in votes if not UNREAL_AUX & set(d.aux) for k in d.actor} - VOTING_BODIES
    return [
        d.replace(recipient=tuple(k for k in d.recipient if k not in voters))
        if voters and d not in votes and d.participants() & VOTING_BODIES
        else d
        for d in drafts
    ]


INSTRUMENT_WINDOW = 4  # tokens after an unparsed trigger searched for the text it is about


# How a text's owner hangs on it: "la décision *de Madrid*", "the *Spanish* decision", "the *U.S.*
# decision", "*Spain's* decision".
OWNER_RELATIONS = ("nmod", "amod", "compound", "poss")


def about_instrument(
    sentence: Sentence,
    match: Match,
    args: Arguments,
    lex: Lexicon,
    *,
    anywhere: bool = False,
    owners: frozenset[int] = frozenset(),
) -> bool:
    """The trigger's object is a voted text ("welcomed the resolution", "a déploré le texte",
    "رحبت الرباط بتبني القرار"): a text word after the trigger, in its clause (within a few tokens
    without a parse); `anywhere` in its clause for an evaluative word ("the resolution is biased").
    A text an actor's name owns ("la décision de Madrid", "the Spanish decision": `owners`, the tokens
    of the names of actors other than the assemblies) is that actor's, not a voted one."""
    last = match.indices[-1]
    if sentence.parsed:  # a phrase's own object counts ("celebró la renovación": "celebrar renovación")
        span = [i for i in sorted(args.clause) if i > match.indices[0] or anywhere]
    else:
        span = list(range(last + 1, min(len(sentence.toks), last + 1 + INSTRUMENT_WINDOW)))
    return any(
        (set(keys_of(sentence.toks[i])) & lex.instruments or _voted_act(sentence, i, lex))
        and not _owned(sentence, i, owners)
        for i in span
    )


def _voted_act(sentence: Sentence, i: int, lex: Lexicon) -> bool:
    """What the assembly did by its vote ("backed the renewal", "a salué la prorogation du mandat",
    "celebró la aprobación"): an act word alone, or of a mandate or a text; the extension of a ceasefire
    or the adoption of a constitution is no vote. Parsed sentences only: the complement must be seen
    (an unparsed Arabic reaction already finds the assembly by proximity)."""
    if not sentence.parsed or not set(keys_of(sentence.toks[i])) & lex.voted_acts:
        return False
    complements = [j for j in sentence.subtree(i) if j > i and sentence.toks[j].pos in ("NOUN", "PROPN")]
    voted = lex.instruments | lex.mandates
    return not complements or any(set(keys_of(sentence.toks[j])) & voted for j in complements)


def _owned(sentence: Sentence, text: int, owners: frozenset[int]) -> bool:
    """An owner's name in a phrase the text word governs ("de Madrid", "du ministre espagnol")."""
    return sentence.parsed and any(
        sentence.toks[c].dep.startswith(OWNER_RELATIONS) and not owners.isdisjoint(sentence.subtree(c))
        for c in sentence.children(text)
    )
