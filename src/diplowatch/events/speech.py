"""Who says it: the speaker of an event told in speech.

A trigger inside a quotation whose clause names no actor of its own ("« Nous condamnons cette
décision », a déclaré X"; the second sentence of a speech quoted in several pieces) is the
speaker's act: the quote stage has attributed the quotation (quotes.attribution).

Some words are events only when someone says them: an evaluative word ("biased", "inacceptable",
"irresponsable", "غير مسؤول", flag `spoken` in lang/<xx>/events.yaml) is criticism (PLOVER ACCUSE,
disapprove) by whoever speaks, directed at what it qualifies. Its speaker is the quotation's, else
the one a reporting cue of the sentence names ("X a estimé que...", "..., Lavrov said", "Selon X,",
"وقال X إن"); with no speaker it is the writer's own word, no event.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from diplowatch.events.argument_set import Arguments
from diplowatch.events.arguments import SUBJECTS, arguments, predicate
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.misdeeds import SPOKEN, misdeed_verb, unnamed_doer
from diplowatch.events.obligation import QUOTED_FLAG
from diplowatch.events.triggers import Match, keys_of
from diplowatch.model import Quote
from diplowatch.quotes.cues import without_proclitic
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence

FIRST_PERSON_FLAG = "speaker"  # an Arabic first-person verb: whoever says it acts (lang/ar/events.yaml)
SPEAKER_GAP = 3  # tokens between a reporting cue and the speaker named right after it ("selon X", "said X")


def spoken_arguments(
    quotes: Sequence[Quote],
    sentence: Sentence,
    match: Match,
    lex: Lexicon,
    in_sentence: list[ActorMention],
    args: Arguments,
    *,
    nested: bool,
) -> Arguments | None:
    """The speaker as actor: always for an evaluative word (None when nobody says
    it), and for a trigger in a quotation whose clause names no actor of its own; what the clause
    names is then the recipient."""
    said_by = quote_speaker(quotes, sentence.toks[match.head].start)
    if SPOKEN in match.trigger.flags:
        speaker = (said_by,) if said_by else reporter(sentence, match, in_sentence, lex)
        if not speaker or negated_word(sentence, match, lex):
            return None  # nobody says it, or "non partial", "وغير المتحيز": no criticism
        source = "parse"
    elif said_by and QUOTED_FLAG in match.trigger.flags:  # « Le Maroc doit... »: the speaker demands it
        speaker, source = (said_by,), "quote"
    elif said_by and FIRST_PERSON_FLAG in match.trigger.flags:
        # "قال X: «نطالب Y بـ...»": X demands; Y, after the verb, is no subject of it
        speaker, source = (said_by,), "quote"
    elif (
        said_by
        and not nested
        and not args.subject_text
        and (not args.actor or args.source == "proximity" and sentence.parsed)
        and speaker_subject(sentence, match)
    ):
        speaker, source = (said_by,), "quote"
    else:
        return args
    named = args.actor + args.recipient
    if misdeed_verb(sentence, match):
        # "X said the visit violates Libya's sovereignty": the one blamed does it; what it wrongs is no
        # counterpart of the criticism
        named = args.actor if args.source == "parse" and not unnamed_doer(sentence, match) else ()
    others = tuple(k for k in dict.fromkeys(named) if k not in speaker)
    return dataclasses.replace(args, actor=speaker, recipient=others, source=source)


def quote_speaker(quotes: Sequence[Quote], offset: int) -> str | None:
    """The speaker of the quotation holding the character `offset`, when it is known."""
    return next((q.speaker for q in quotes if q.speaker and q.start <= offset < q.end), None)


def reporter(sentence: Sentence, match: Match, found: list[ActorMention], lex: Lexicon) -> tuple[str, ...]:
    """The speaker a reporting cue of the sentence names for the trigger: the subject of a reporting
    verb that governs it or that it governs ("X said the plan was biased", "The plan is biased,
    X said"), else the actor named right after a cue ("selon X", "a estimé X", "قال X"); without a
    parse, else the actor named last before the cue ("X a estimé que...")."""
    toks = sentence.toks
    cues = [
        i
        for i, tok in enumerate(toks)
        if i not in match.indices and set(keys_of(tok)) & lex.reporting and tok.pos != "NOUN"
    ]
    if toks and set(keys_of(toks[0])) & lex.opening_attributions:
        cues.append(0)  # "Pour X, ...": the view of the one named right after it
    for cue in sorted(cues, key=lambda i: (i > match.head, abs(i - match.head))):
        # a verb that heads a preposition's phrase ("According to X", tagged a verb) has no subject of its own
        verb = toks[cue].pos in ("VERB", "AUX") and toks[cue].dep != "prep"
        if sentence.parsed and verb and _related(sentence, cue, match.head):
            said = arguments(sentence, Match(match.trigger, (cue,), cue), found, lex).actor
            if said:
                return said
        after = [m for m in found if _gap(sentence, cue, m) is not None]
        if after:
            return (min(after, key=lambda m: m.start).key,)
        if not sentence.parsed:
            before = [m for m in found if m.end <= toks[cue].start]
            if before:
                return (before[-1].key,)
    return ()


def _related(sentence: Sentence, verb: int, trigger: int) -> bool:
    """The trigger is in the reporting verb's complement, or the verb is a parenthetical of the
    trigger's clause ("The plan is biased, X said")."""
    return trigger in sentence.subtree(verb) or verb in sentence.subtree(_root_of(sentence, trigger))


def _root_of(sentence: Sentence, i: int) -> int:
    while sentence.toks[i].head >= 0 and sentence.toks[i].head != i:
        i = sentence.toks[i].head
    return i


def _gap(sentence: Sentence, cue: int, mention: ActorMention) -> int | None:
    """Tokens between the cue and a mention that starts right after it (at most SPEAKER_GAP)."""
    at = sentence.token_at(mention.start)
    if at is None or not cue < at <= cue + SPEAKER_GAP:
        return None
    return at - cue


FIRST_PERSON = "Person=1"


def speaker_subject(sentence: Sentence, match: Match) -> bool:
    """The trigger's clause may be the speaker's own: its predicate has no subject, or a first-person
    one ("nous condamnons", "we reject"); "il", "everyone" or a named subject act for themselves."""
    if not sentence.parsed:
        return True
    verb = predicate(sentence, match.head)
    subjects = [c for c in sentence.children(verb) if sentence.toks[c].dep in SUBJECTS]
    return all(sentence.toks[c].pos == "PRON" and FIRST_PERSON in sentence.toks[c].morph for c in subjects)


def negated_word(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """An evaluative word right after a negation ("non partial", "وغير المتحيز"): its opposite."""
    first = match.indices[0]
    if first == 0:
        return False
    keys = set(without_proclitic(sentence.toks[first - 1].key))
    return bool(keys & lex.negation)
