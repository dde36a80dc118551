"""Cities that name a text: "the Algiers agreement", "les accords de Minsk", "el acuerdo de paz de Argel",
"اتفاق الرياض", "the Astana process" name an agreement or a process after where it was made, not the
government of that city's state. Linked as a metonym, Algiers made Algeria the recipient of whatever was
done to the agreement ("ended the Algiers agreement", "would accept the Algiers peace agreement").

A city is such a name when a noun of `text_nouns` follows it (a word of `text_modifiers` between at
most: "the Algiers peace agreement") or comes before it with an of-word ("l'accord de paix d'Alger"; in
Arabic the noun stands right before it). Not after a word of consent: "avec l'accord de Rabat", "without
the agreement of Algiers" is that government's say."""

from __future__ import annotations

import re

from diplowatch.actors.langdata import LangCues
from diplowatch.text.normalise import Token, variants

MODIFIERS_BETWEEN = 2  # "accord de paix d'Alger": "de paix" between the noun and its of-word
CONSENT_REACH = 2  # words before the noun where a consent word speaks ("sans l'accord de")
_BREAK = re.compile(r"[,;:!?()«»\"“”.،؛\n]")


def names_a_text(toks: list[Token], first: int, last: int, body: str, lang: LangCues) -> bool:
    """Tokens [first, last) are a city naming the text a noun of `lang.text_nouns` heads."""
    if not lang.text_nouns:
        return False
    return _noun_after(toks, last, body, lang) or _noun_before(toks, first, body, lang)


def _noun_after(toks: list[Token], last: int, body: str, lang: LangCues) -> bool:
    for j in range(last, min(len(toks), last + 1 + MODIFIERS_BETWEEN)):
        if _BREAK.search(body, toks[j - 1].end, toks[j].start):
            return False
        if _text_noun(toks[j], lang):
            return True
        if toks[j].key not in lang.text_modifiers:
            return False
    return False


def _noun_before(toks: list[Token], first: int, body: str, lang: LangCues) -> bool:
    j = first - 1
    if j < 0 or _BREAK.search(body, toks[j].end, toks[first].start):
        return False
    if _text_noun(toks[j], lang):  # Arabic: "اتفاق الرياض", "باتفاق الرياض"
        return not _consented(toks, j, lang)
    if toks[j].key not in lang.of_words:
        return False
    for k in range(j - 1, max(-1, j - 2 - MODIFIERS_BETWEEN), -1):
        if _BREAK.search(body, toks[k].end, toks[k + 1].start):
            return False
        if _text_noun(toks[k], lang):
            return not _consented(toks, k, lang)
        if toks[k].key not in lang.text_modifiers and toks[k].key not in lang.of_words:
            return False
    return False


def _text_noun(tok: Token, lang: LangCues) -> bool:
    """The token is a noun of a text, an Arabic one read without its article and proclitic too."""
    return any(key in lang.text_nouns for key in variants(tok.key))


def _consented(toks: list[Token], noun: int, lang: LangCues) -> bool:
    before = toks[max(0, noun - CONSENT_REACH) : noun]
    return any(t.key in lang.consent_words for t in before)
