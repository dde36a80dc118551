"""Short names: an unlinked one-word subject ("le Conseil") that opens the name of exactly one
organisation the article mentions is that organisation; in Arabic, a definite noun that opens the name of
an organisation told before ("المجلس" after "مجلس الأمن", "الجبهة" after "جبهة البوليساريو") is the last
such organisation; in the other languages, a capitalised noun after a determiner that opens the name of
exactly one organisation told in an earlier sentence ("la Comisión" after "la Comisión Europea", "the
Commission" after "the European Commission" does not: "European" opens it)."""

from __future__ import annotations

import dataclasses
import re

from diplowatch.actors.langdata import cues
from diplowatch.model import Article
from diplowatch.text.mentions import ActorMention
from diplowatch.text.normalise import ARABIC_ARTICLE, ARABIC_PROCLITICS, fold, is_arabic

SHORT_NAME_MIN = 4  # letters: "Conseil" may stand for "Conseil de sécurité", "UN" may not stand for anything


def short_name(subject: str, found: tuple[ActorMention, ...], body: str) -> str | None:
    """An unlinked subject whose last word opens the name of an organisation the article mentions
    ("les membres du Conseil" after "le Conseil de sécurité") is that organisation."""
    words = subject.split()
    if not words or len(words[-1]) < SHORT_NAME_MIN or not words[-1][:1].isupper():
        return None
    last = fold(words[-1])
    named = {
        m.key for m in found if m.kind == "organization" and last == _first_name_word(body[m.start : m.end])
    }
    return named.pop() if len(named) == 1 else None


def resolve_short_names(found: tuple[ActorMention, ...], article: Article) -> tuple[ActorMention, ...]:
    """A one-word actor the KB does not know ("Conseil") that opens the name of exactly one known
    organisation of the article ("Conseil de sécurité") is that organisation."""
    unknown = {a.name for a in article.actors if a.id is None and len(a.name.split()) == 1}
    if not unknown:
        return found
    known = [m for m in found if m.kind == "organization" and m.key not in unknown]
    out = []
    for m in found:
        short = short_name(m.key, tuple(known), article.body) if m.key in unknown else None
        out.append(dataclasses.replace(m, key=short, kind="organization") if short else m)
    return tuple(out)


def _first_name_word(text: str) -> str:
    """ "le Conseil de sécurité" -> "conseil": the first capitalised word of a name."""
    return next((fold(w) for w in text.replace("’", " ").replace("'", " ").split() if w[:1].isupper()), "")


ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
BODIES = frozenset({"organization", "group"})  # what a short Arabic name may stand for (no state, no person)
ARABIC_SHORT_MIN = 3  # letters after the article: "المجلس", "الجبهة", "البعثة"
NISBA_ENDINGS = ("ي", "ية", "يه")  # "المجلس الرئاسي": an adjective after the noun names another body
SENTENCE_END = re.compile(r"[.!?؟\n]")


def arabic_short_names(found: tuple[ActorMention, ...], body: str) -> tuple[ActorMention, ...]:
    """The mentions, with an Arabic definite noun that opens the name of an organisation told before it
    ("وجدد المجلس دعمه" after "مجلس الأمن": the Security Council) as a mention of the last such one, told in
    an earlier sentence. Not a noun an adjective of relation follows ("المجلس الرئاسي": another council the
    KB may not know)."""
    openers = [
        (m.end, opener, m.key)
        for m in found
        if m.kind in BODIES and (opener := _opening_word(body[m.start : m.end]))
    ]
    if not openers:
        return found
    stems = {opener for _, opener, _ in openers}
    taken = [(m.start, m.end) for m in found]
    added = []
    for word in ARABIC_WORD.finditer(body):
        stem = _definite_stem(word.group(0))
        # (a word that opens no name is left before its overlap with every mention is looked at)
        if stem not in stems or any(s < word.end() and word.start() < e for s, e in taken):
            continue
        told = [(end, key) for end, opener, key in openers if end <= word.start() and opener == stem]
        # (told in an earlier sentence: within its own, "رئيسة بعثة ... أن البعثة" is the title's body)
        if (
            told
            and SENTENCE_END.search(body, told[-1][0], word.start())
            and not _nisba_after(body, word.end())
        ):
            added.append(ActorMention(word.start(), word.end(), told[-1][1], "organization"))
    return tuple(sorted(found + tuple(added), key=lambda m: (m.start, m.end))) if added else found


def _opening_word(name: str) -> str | None:
    """The first word of an Arabic name, without its article: "مجلس الأمن" -> "مجلس"."""
    first = ARABIC_WORD.match(name.strip())
    if first is None or not is_arabic(first.group(0)):
        return None
    word = first.group(0)
    word = word[len(ARABIC_ARTICLE) :] if word.startswith(ARABIC_ARTICLE) else word
    return fold(word) if len(word) >= ARABIC_SHORT_MIN else None


def _definite_stem(word: str) -> str | None:
    """ "المجلس", "والمجلس", "للمجلس" -> "مجلس" (folded); None for a word without the article."""
    if word[:1] in ARABIC_PROCLITICS and word[1:].startswith(ARABIC_ARTICLE):
        word = word[1:]
    if word.startswith(ARABIC_ARTICLE):
        stem = word[len(ARABIC_ARTICLE) :]
    elif word.startswith("لل"):  # li- + al-: "للمجلس"
        stem = word[2:]
    else:
        return None
    return fold(stem) if len(stem) >= ARABIC_SHORT_MIN else None


def _nisba_after(body: str, end: int) -> bool:
    following = ARABIC_WORD.match(body, end + 1) if body[end : end + 1] == " " else None
    if following is None:
        return False
    word = following.group(0)
    return word.startswith(ARABIC_ARTICLE) and word.endswith(NISBA_ENDINGS)


LATIN_WORD = re.compile(r"[^\W\d_]+")
# a name going on after the noun, a word between at most: "Comisión Nacional", "Conseil de sécurité"
FOLLOWING_NAME = re.compile(r"[^\S\n]+(?:[^\W\d_]+[^\S\n]+)?[A-ZÀ-Ý]")


def latin_short_names(found: tuple[ActorMention, ...], body: str, language: str) -> tuple[ActorMention, ...]:
    """The mentions, with a capitalised noun after a determiner (`determiners` in lang/<xx>/actors.yaml)
    that opens the name of exactly one organisation told in an earlier sentence ("pidió a la Comisión"
    after "la Comisión Europea") as a mention of it. Not one a name goes on after ("la Comisión Nacional",
    "la Comisión de Venecia"): another body the KB may not know."""
    determiners = cues(language).determiners
    openers: dict[str, set[str]] = {}
    ends: dict[str, int] = {}
    for m in found:
        opener = _first_name_word(body[m.start : m.end]) if m.kind == "organization" else ""
        if len(opener) >= SHORT_NAME_MIN and not is_arabic(opener):
            openers.setdefault(opener, set()).add(m.key)
            ends.setdefault(opener, m.end)
    if not openers or not determiners:
        return found
    taken = [(m.start, m.end) for m in found]
    added = []
    previous = ""
    for word in LATIN_WORD.finditer(body):
        text, before = word.group(0), previous
        previous = text
        if not text[:1].isupper() or len(text) < SHORT_NAME_MIN:  # (most words: folded only past this)
            continue
        opener = fold(text)
        if opener not in openers or len(openers[opener]) != 1 or fold(before) not in determiners:
            continue
        if any(s < word.end() and word.start() < e for s, e in taken):
            continue
        if FOLLOWING_NAME.match(body, word.end()) or not SENTENCE_END.search(
            body, ends[opener], word.start()
        ):
            continue
        added.append(ActorMention(word.start(), word.end(), next(iter(openers[opener])), "organization"))
    return tuple(sorted(found + tuple(added), key=lambda m: (m.start, m.end))) if added else found
