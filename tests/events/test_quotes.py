"""Quotations and their speakers (KB matching only: no spaCy needed)."""

from __future__ import annotations

import pytest

from diplowatch.quotes import QuoteFinder
from diplowatch.quotes.spans import quote_spans

from .conftest import make_article


@pytest.mark.parametrize(("text", "inner"), [
    ("Il a dit « nous refusons » hier.", "nous refusons"),
    ("He said “we refuse” today.", "we refuse"),
    ('Dijo "no aceptamos" ayer.', "no aceptamos"),
    ("«un “mot” cité»", "un “mot” cité"),
])
def test_quote_spans(text, inner):
    [span] = quote_spans(text)
    assert text[span.start:span.end] == inner


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("Nasser Bourita a déclaré : « Le Maroc ne négociera pas ».", "fr", "Nasser_Bourita"),
    ("« Rabat n'a pas été consulté », a déploré Omar Hilale.", "fr", "Omar_Hilale"),
    ("“We support the envoy,” Ahmed Attaf said on Monday.", "en", "Ahmed_Attaf"),
    ("Según Ahmed Attaf, la solución es «política».", "es", "Ahmed_Attaf"),
    ("وقال عمر هلال إن «المغرب لن يتفاوض».", "ar", "Omar_Hilale"),
])
def test_quotes_speaker(fast_linker, text, lang, speaker):
    article = fast_linker(make_article(text, lang))
    [quote] = QuoteFinder()(article).quotes
    assert quote.speaker == speaker
    assert text[quote.start:quote.end] == quote.text


def test_quotes_continuation_keeps_the_speaker(fast_linker):
    text = "« Nous refusons », a déclaré Omar Hilale. « Et nous le redirons. »"
    quotes = QuoteFinder()(fast_linker(make_article(text, "fr"))).quotes
    assert [q.speaker for q in quotes] == ["Omar_Hilale", "Omar_Hilale"]
