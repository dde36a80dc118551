"""A date inside a quoted clause is the speaker's: "today" in «nous avons franchi aujourd'hui un pas» is the
day the words were spoken, and a day such a quotation names belongs to what it tells. Neither dates an act
the narrator tells outside the quotation ("..., urging the parties to", "داعية المجتمع الدولي إلى"), however
the parser hung the clauses together. A quoted fragment is the narrator's own phrase ("une visite « dans
les prochains mois »"): its date stays."""

from __future__ import annotations

from collections.abc import Sequence

from diplowatch.events.dating import Dated
from diplowatch.quotes.spans import QuoteSpan
from diplowatch.text.sentences import Sentence

CLAUSE_WORDS = 4  # unparsed (Arabic): a quotation of fewer words is a fragment, not a clause
VERBS = ("VERB", "AUX")


def outside_quoted_clauses(
    dates: Sequence[Dated], quotes: Sequence[QuoteSpan], sentence: Sentence, trigger: int
) -> list[Dated]:
    """The dates, but those of the sentence inside a quoted clause that does not hold token `trigger`."""
    at = sentence.toks[trigger].start
    foreign = [
        q
        for q in quotes
        if q.outer_start < sentence.end
        and sentence.start < q.outer_end
        and not q.outer_start <= at < q.outer_end
        and _is_clause(sentence, q)
    ]
    return [d for d in dates if not any(q.start <= d.start < q.end for q in foreign)]


def _is_clause(sentence: Sentence, quote: QuoteSpan) -> bool:
    inside = [sentence.toks[i] for i in sentence.starting_within(quote.start, quote.end)]
    if sentence.parsed:
        return any(t.pos in VERBS for t in inside)
    return sum(t.text[:1].isalpha() for t in inside) >= CLAUSE_WORDS
