"""The quote stage: Article -> Article with `quotes` (spans in quotes.spans, speaker phrases in
quotes.syntax, choosing among their mentions in quotes.attribution)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from diplowatch.actors.langdata import cues as actor_cues
from diplowatch.model import Article, Quote
from diplowatch.quotes.attribution import (
    CONTINUATION,
    UNNAMED,
    adopting_assembly,
    antecedent,
    cues,
    last_document_is_resolution,
    names_head,
    nominal_source,
    pick,
    sentence_around,
    speaker,
    unnamed,
)
from diplowatch.quotes.cues import quote_cues
from diplowatch.quotes.spans import QuoteSpan, quote_spans
from diplowatch.quotes.syntax import Attribution, ParsedSentence, Phrase, attribute, subject_spans
from diplowatch.text.mentions import ActorMention, mentions
from diplowatch.text.normalise import alias_keys, tokens
from diplowatch.text.parse import parsed_segments, segments_of

SAME_SOURCE = 1500  # characters: "poursuit le communiqué" may come a few paragraphs after the first quotation


class QuoteFinder:
    name = "quotes"
    requires: tuple[str, ...] = ("body", "parses", "actors")
    assigns: tuple[str, ...] = ("quotes",)

    def __call__(self, article: Article) -> Article:
        return dataclasses.replace(article, quotes=tuple(find_quotes(article)))


@dataclass
class _Context:
    """What attribution needs about the whole article, and the last speaker found."""

    article: Article
    spans: list[QuoteSpan]
    found: tuple[ActorMention, ...]
    countries: dict[str, str | None]  # actor key -> ISO alpha-3 it acts for
    states: dict[str, str]  # actor key of each government body ("diplomatie russe") -> its state's key
    last: tuple[QuoteSpan, ActorMention] | None = None
    subjects: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # segment start -> its subjects
    parsed: dict[int, ParsedSentence] = field(default_factory=dict)  # segment start -> its parse, seen once

    def subjects_of(self, parsed: ParsedSentence) -> list[tuple[int, int]]:
        """The subject phrases of a parsed segment, found once for all the quotes in it."""
        if parsed.base not in self.subjects:
            self.subjects[parsed.base] = subject_spans(parsed)
        return self.subjects[parsed.base]

    def previous(self, quote: QuoteSpan, reach: int) -> ActorMention | None:
        if self.last is not None and quote.outer_start - self.last[0].outer_end <= reach:
            return self.last[1]
        return None


def find_quotes(article: Article) -> list[Quote]:
    body = article.body
    spans = quote_spans(body)
    countries = {a.id or a.name: a.country for a in article.actors}
    ctx = _Context(article, spans, mentions(article), countries, _states(article))
    out: list[Quote] = []
    for quote in spans:
        if _is_a_name(ctx, quote):
            continue
        who = _as_state(ctx, _attribute(ctx, quote))
        if who is not None:
            ctx.last = (quote, who)
        out.append(
            Quote(
                who.key if who and who.kind != UNNAMED else None,
                body[who.start : who.end] if who else "",
                body[quote.start : quote.end],
                quote.start,
                quote.end,
            )
        )
    return out


NAME_SLACK = 2  # characters of a quotation a name may leave out (an Arabic proclitic, a space)
TITLE_WORDS = 3  # a title in quotation marks is short, and its outlet noun is among the 3 words before


def _is_a_name(ctx: _Context, quote: QuoteSpan) -> bool:
    """A name in quotation marks is no speech: an actor's name (“المينورسو”) or a publication's
    after the noun for it ("مجلة “جون افريك”", "le quotidien « El Watan »")."""
    if any(
        m.start <= quote.start + NAME_SLACK and quote.end - NAME_SLACK <= m.end
        for m in ctx.found
        if quote.outer_start - NAME_SLACK <= m.start and m.end <= quote.outer_end + NAME_SLACK
    ) or any(m.start <= quote.outer_start and quote.outer_end <= m.end for m in ctx.found):
        return True
    body = ctx.article.body
    if len(body[quote.start : quote.end].split()) > TITLE_WORDS:
        return False
    before = tokens(body[max(0, quote.outer_start - 80) : quote.outer_start], max(0, quote.outer_start - 80))
    lex = quote_cues(_language_at(ctx.article, quote.start))
    return any(lex.is_title(tok.key) for tok in before[-TITLE_WORDS:])


def _states(article: Article) -> dict[str, str]:
    """Government bodies mapped to their state when the article names that state. A ministry's
    statement is the state's voice: PLOVER codes it as the country (sector GOV), and so does
    the gold ("annonce la diplomatie russe" -> Russia)."""
    by_code = {a.country: a.id or a.name for a in article.actors if a.kind == "country" and a.country}
    return {
        a.id or a.name: by_code[a.country]
        for a in article.actors
        if a.kind == "organization" and "GOV" in (a.sector or "") and a.country in by_code
    }


def _as_state(ctx: _Context, who: ActorMention | None) -> ActorMention | None:
    """The speaker, with a government body replaced by its state (its words stay as speaker_text)."""
    if who is None or who.key not in ctx.states:
        return who
    return ActorMention(who.start, who.end, ctx.states[who.key], "country")


def _attribute(ctx: _Context, quote: QuoteSpan) -> ActorMention | None:
    window = sentence_around(ctx.article.body, quote, ctx.spans)
    parsed = _parsed(ctx, quote)
    if parsed is not None:
        subjects = ctx.subjects_of(parsed)
        unresolved = False
        for candidate in attribute(parsed, quote, window):
            who = _resolve(ctx, quote, candidate, subjects)
            if who is not None:
                return who
            # "a indiqué le ministère": a phrase naming nobody yields to a named subject in the
            # sentence ("Lavrov a plaidé pour «...»"); failing one, the source goes on
            unresolved = unresolved or not candidate.phrase.pronoun
        if unresolved and (last := ctx.previous(quote, SAME_SOURCE)) is not None:
            return last
    lex = quote_cues(_language_at(ctx.article, quote.start))
    cue_at = cues(ctx.article.body, *window, lex, ctx.spans)
    return (
        nominal_source(ctx.article.body, quote, cue_at, lex, ctx.found)
        or speaker(quote, window, cue_at, ctx.found, ctx.spans, ctx.article.body)
        or ctx.previous(quote, CONTINUATION)
    )


def _resolve(
    ctx: _Context, quote: QuoteSpan, candidate: Attribution, subjects: list[tuple[int, int]]
) -> ActorMention | None:
    """The actor a speaker phrase designates, directly or through what came before."""
    phrase = candidate.phrase
    if phrase.pronoun:  # "il a ajouté", "he said": the person named last, or the last speaker
        named = antecedent(
            min(phrase.start, quote.outer_start),
            ctx.found,
            ctx.spans,
            subjects=() if phrase.latter else subjects,
        )
        last = ctx.previous(quote, SAME_SOURCE)
        return max((m for m in (named, last) if m is not None), key=_position(ctx), default=None)
    language = _language_at(ctx.article, phrase.start)
    if phrase.resolution or (
        phrase.text and last_document_is_resolution(ctx.article.body, phrase.start, quote_cues(language))
    ):
        # "la résolution appelle...", "the text urges...": the Council's words, not the envoy's it names
        return adopting_assembly(phrase.start, phrase.end, ctx.found)
    who = pick(phrase, ctx.found, ctx.spans)
    if phrase.anonymous and (who is None or who.kind != "person") and not (phrase.plural and who is not None):
        # "une source proche du dossier", "a former US diplomat": nobody, whatever country it names;
        # "fuentes diplomáticas argelinas" (plural, a country named) is the government's voice
        return unnamed(phrase.start, phrase.end)
    if who is None and (_bare_role(ctx, phrase, language) or (phrase.document and phrase.possessive)):
        # "a estimé le diplomate", "said a statement issued by his office": the person just named
        return antecedent(phrase.start, ctx.found, ctx.spans, subjects=subjects)
    if who is None:  # "ajoute la même source", "les deux hommes ont évoqué": the source goes on (see caller)
        return None
    if who.kind == "person" and _bare_role(ctx, phrase, language) and _role_mention(ctx, phrase, who):
        # "le diplomate" alone: the person just named as a subject, whoever the KB matched the role to
        named = antecedent(phrase.start, ctx.found, ctx.spans, subjects=subjects)
        if named is not None:
            return named
    if (
        who.kind in ("country", "territory")
        and not phrase.document
        and not names_head(phrase, ctx.found)
        and _names_a_person(ctx, phrase, language)
    ):
        # "le diplomate sahraoui": a person known by nationality, named earlier in the article
        return (
            antecedent(phrase.start, ctx.found, ctx.spans, ctx.countries.get(who.key), ctx.countries) or who
        )
    return who


def _bare_role(ctx: _Context, phrase: Phrase, language: str) -> bool:
    """ "le diplomate", "the envoy": a definite article and a noun for a person, nothing else."""
    rest = [t for t in phrase.tokens if t != phrase.head]
    return (
        len(rest) == 1
        and rest[0][1] <= phrase.head[0]
        and quote_cues(language).is_definite(ctx.article.body[rest[0][0] : rest[0][1]])
        and _names_a_person(ctx, phrase, language)
    )


def _role_mention(ctx: _Context, phrase: Phrase, who: ActorMention) -> bool:
    """Whether `who` was matched on the role word itself (not a name)."""
    return who.start <= phrase.head[0] and phrase.head[1] <= who.end


def _names_a_person(ctx: _Context, phrase, language: str) -> bool:
    """Whether the phrase's head is a noun for a person ("diplomate", "embajador"), not for a
    body ("la cancillería rusa", "le gouvernement algérien": the country itself)."""
    head = ctx.article.body[phrase.head[0] : phrase.head[1]]
    return bool(set(alias_keys(head)) & actor_cues(language).nominal_heads)


def _position(ctx: _Context):
    """Sort key: where a candidate was last seen (the previous speaker counts at its quotation)."""

    def key(m: ActorMention) -> int:
        if ctx.last is not None and m is ctx.last[1]:
            return max(m.end, ctx.last[0].outer_end)
        return m.end

    return key


def _parsed(ctx: _Context, quote: QuoteSpan) -> ParsedSentence | None:
    for part in parsed_segments(ctx.article):
        segment = part.segment
        if segment.start <= quote.outer_start and quote.outer_end <= segment.end:
            if part.doc is None:
                return None
            if segment.start not in ctx.parsed:  # one per segment: it indexes the segment's tokens once
                ctx.parsed[segment.start] = ParsedSentence(
                    part.doc, segment.start, quote_cues(segment.language), ctx.spans
                )
            return ctx.parsed[segment.start]
    return None


def _language_at(article: Article, offset: int) -> str:
    for segment in segments_of(article):
        if segment.start <= offset < segment.end:
            return segment.language
    return article.language or "und"
