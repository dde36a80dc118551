"""The quote stage: Article -> Article with `quotes` (spans in quotes.spans, speakers in
quotes.attribution)."""

from __future__ import annotations

import dataclasses

from diplowatch.actors.parse import segments_of
from diplowatch.events.lexicon import lexicon
from diplowatch.events.mentions import ActorMention, mentions
from diplowatch.model import Article, Quote
from diplowatch.quotes.attribution import CONTINUATION, cues, sentence_around, speaker
from diplowatch.quotes.spans import QuoteSpan, quote_spans


class QuoteFinder:
    name = "quotes"
    requires = ("body", "actors")
    assigns = ("quotes",)

    def __call__(self, article: Article) -> Article:
        return dataclasses.replace(article, quotes=tuple(find_quotes(article)))


def find_quotes(article: Article) -> list[Quote]:
    body = article.body
    spans = quote_spans(body)
    found = mentions(article)
    out: list[Quote] = []
    last: tuple[QuoteSpan, ActorMention] | None = None
    for quote in spans:
        who = _attribute(article, quote, spans, found)
        if who is None and last is not None and quote.outer_start - last[0].outer_end <= CONTINUATION:
            who = last[1]
        if who is not None:
            last = (quote, who)
        out.append(Quote(who.key if who else None, body[who.start:who.end] if who else "",
                         body[quote.start:quote.end], quote.start, quote.end))
    return out


def _attribute(article: Article, quote: QuoteSpan, spans: list[QuoteSpan],
               found: tuple[ActorMention, ...]) -> ActorMention | None:
    window = sentence_around(article.body, quote, spans)
    lex = lexicon(_language_at(article, quote.start))
    return speaker(quote, window, cues(article.body, *window, lex, spans), found, spans)


def _language_at(article: Article, offset: int) -> str:
    for segment in segments_of(article):
        if segment.start <= offset < segment.end:
            return segment.language
    return article.language or "und"
