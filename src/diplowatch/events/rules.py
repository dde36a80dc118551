"""The rule coder: triggers from the lexicon, arguments from the parse, then one event per happening.

For each sentence: find triggers; drop a weak trigger that a strong one shares its clause with
("a réaffirmé son soutien" is SUPPORT, not "réaffirmer"); drop a trigger noun of the same
category inside another trigger's clause; code each remaining trigger (arguments, aux, date,
place, confidence); a future or invited meeting becomes AGREE (PLOVER rule); a meeting with
several persons is one event per person met. Then merge repeats over the document.
"""

from __future__ import annotations

from dataclasses import dataclass

from diplowatch.events import confidence
from diplowatch.events.arguments import Arguments, arguments, predicate
from diplowatch.events.coder import CoderContext
from diplowatch.events.dating import Dated, document_dates, event_date, is_historical
from diplowatch.events.draft import Draft
from diplowatch.events.lexicon import Lexicon, lexicon
from diplowatch.events.mentions import ActorMention, mentions, within
from diplowatch.events.merge import merge
from diplowatch.events.modality import aux_of
from diplowatch.events.places import event_place
from diplowatch.events.sentences import Sentence, sentences
from diplowatch.events.triggers import Match, find
from diplowatch.model import Article, Event, Evidence

UNPARSED_CLAUSE = 4  # tokens: a weak trigger this close to a strong one in an unparsed sentence loses
MEETINGS = frozenset({"CONSULT"})


@dataclass(frozen=True, slots=True)
class RuleOptions:
    unlinked_actors: bool = True  # a parsed subject the linker did not know ("Senior officials") names the actor
    split_meetings: bool = True  # "met A and B" (two persons) -> two CONSULT events
    # Events below this are dropped, except the best one of a document that would otherwise have
    # none (a one-sentence document still gets its event). 0.7 ~ a strong trigger with a parsed
    # actor, or a weaker one with both actor and recipient (see events.confidence).
    min_confidence: float = 0.7


@dataclass(frozen=True, slots=True)
class _Doc:
    """What every sentence of one article needs."""

    article: Article
    context: CoderContext
    mentions: tuple[ActorMention, ...]
    dates: list[Dated]
    sentences: list[Sentence]


class RuleCoder:
    name = "rules"

    def __init__(self, options: RuleOptions | None = None) -> None:
        self.options = options or RuleOptions()

    def code(self, article: Article, context: CoderContext) -> list[Event]:
        drafts = self.drafts(article, context)
        merged = merge(drafts, context.actor_kind)
        # Negated and hypothetical events are always kept (the record says what was *not* done);
        # the threshold only filters events that would count as real.
        real = [d for d in merged if not {"negation", "hypothetical"} & set(d.aux)]
        kept = [d for d in merged if d not in real or d.confidence >= self.options.min_confidence]
        if real and not any(d in real for d in kept):
            kept.append(max(real, key=lambda d: d.confidence))
        return [d.to_event() for d in sorted(kept, key=lambda d: d.evidence[0].start)]

    def drafts(self, article: Article, context: CoderContext) -> list[Draft]:
        doc = _Doc(article, context, mentions(article), document_dates(article), sentences(article))
        out: list[Draft] = []
        carried: tuple[str, ...] = ()
        for sentence in doc.sentences:
            found = self._sentence(doc, sentence, carried)
            out.extend(found)
            carried = next((d.actor for d in found if d.actor and d.arguments in ("parse", "proximity")), carried)
        return out

    def _sentence(self, doc: _Doc, sentence: Sentence, carried: tuple[str, ...]) -> list[Draft]:
        lex = lexicon(sentence.language)
        matches = prune(sentence, find(sentence, lex))
        heads = {m.head: m for m in matches}
        in_sentence = within(doc.mentions, sentence.start, sentence.end)
        out = []
        for match in matches:
            draft = self._draft(doc, sentence, match, lex, heads, in_sentence, carried)
            if draft is not None:
                out.extend(self._split(draft, doc.context))
        return out

    def _draft(self, doc: _Doc, sentence: Sentence, match: Match, lex: Lexicon, heads: dict[int, Match],
               in_sentence: list[ActorMention], carried: tuple[str, ...]) -> Draft | None:
        nested = is_nested(sentence, match, heads)
        args = arguments(sentence, match, in_sentence, lex, nested=nested)
        actor, how = self._actor(args, nested, carried)
        if not actor and not args.recipient:
            return None
        aux = aux_of(sentence, match, lex, heads, nested=nested)
        kind, mode = match.trigger.type, ((match.trigger.mode,) if match.trigger.mode else ())
        if kind in MEETINGS and "future" in aux:
            kind, mode = "AGREE", ()  # PLOVER: planned meetings and visits are AGREE
        previous = doc.sentences[sentence.index - 1] if sentence.index else None
        date, date_source = event_date(sentence, args.clause, match.head, doc.dates, previous, doc.article.anchor,
                                       lex.date_bounds)
        if date_source in ("clause", "sentence") and is_historical(date, doc.article.anchor):
            aux = aux + ("historical",)
        place = event_place(sentence, args.clause, match.head, doc.context.places, doc.context.place_name)
        recipient = tuple(k for k in args.recipient if k not in actor)
        score = confidence.score(
            phrase=len(match.indices) > 1, weak=match.trigger.weak, arguments=how, has_recipient=bool(recipient),
            main_clause=_main_clause(sentence, match), aux=aux)
        body = doc.article.body
        evidence = Evidence(sentence.start, sentence.end, body[sentence.start:sentence.end])
        rule = f"rules:{sentence.language}:{match.trigger.type}:{' '.join(match.trigger.words)}:{how}"
        return Draft(kind, mode, actor, recipient, place, date, date_source, aux, (evidence,), score, rule, how)

    def _actor(self, args: Arguments, nested: bool, carried: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
        if args.actor:
            return args.actor, args.source
        if nested:
            return (), "none"
        if carried and not set(carried) & set(args.recipient):
            return carried, "previous"
        if self.options.unlinked_actors and args.subject_text and not args.recipient:
            return (args.subject_text,), "unlinked"
        return (), "none"

    def _split(self, draft: Draft, context: CoderContext) -> list[Draft]:
        persons = [k for k in draft.recipient if context.actor_kind(k) == "person"]
        if not self.options.split_meetings or draft.type not in MEETINGS or len(persons) < 2:
            return [draft]
        others = tuple(k for k in draft.recipient if k not in persons)
        return [draft.replace(recipient=(p, *others)) for p in persons]


def prune(sentence: Sentence, matches: list[Match]) -> list[Match]:
    strong = [m for m in matches if not m.trigger.weak]
    kept = [m for m in matches if not (m.trigger.weak and any(_same_clause(sentence, m, s) for s in strong))]
    heads = {m.head: m for m in kept}
    return [m for m in kept if not _inner_repeat(sentence, m, heads)]


def _same_clause(sentence: Sentence, a: Match, b: Match) -> bool:
    if not sentence.parsed:
        return abs(a.head - b.head) <= UNPARSED_CLAUSE
    pa, pb = predicate(sentence, a.head), predicate(sentence, b.head)
    return pa == pb or sentence.toks[b.head].head == a.head or sentence.toks[a.head].head == b.head


def is_nested(sentence: Sentence, match: Match, heads: dict[int, Match]) -> bool:
    """A trigger noun whose predicate is another trigger ("condemned the attack")."""
    if not sentence.parsed:
        return False
    verb = predicate(sentence, match.head)
    return verb != match.head and verb in heads and heads[verb] is not match


def _inner_repeat(sentence: Sentence, match: Match, heads: dict[int, Match]) -> bool:
    """"visited Rabat for talks": the noun repeats its verb's event."""
    if not is_nested(sentence, match, heads):
        return False
    return heads[predicate(sentence, match.head)].trigger.type == match.trigger.type


def _main_clause(sentence: Sentence, match: Match) -> bool:
    if not sentence.parsed:
        return True
    verb = predicate(sentence, match.head)
    return sentence.toks[verb].head < 0
