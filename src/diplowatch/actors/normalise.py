"""Text folding for alias matching: one token at a time, so offsets stay those of the original text.

Matching compares *keys*, never raw strings. A key is the token lower-cased with
accents removed (so "États" == "etats", "Sergueï" == "serguei") and, for Arabic,
with the spelling variants news sites mix freely unified: harakat and tatweel
dropped, أ/إ/آ -> ا (NFKD splits off the hamza/madda as a combining mark),
ة -> ه, ى -> ي. Arabic glues the article and one-letter proclitics to the word
("والجزائر", "بالرباط", "للأمم"), so a text token has several candidate keys
(`variants`), while an alias token is stored once without its article.

`skeleton` is a second, looser key for person names only, tolerant to the
transliterations of the same name across French/English/Spanish/Arabic news
("Verchinine", "Vershinin", "Verchinin"; "ميستورا", "مستورا").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

# A word: letters/digits plus the combining marks and tatweel that Python's \w
# does not count as word characters (Arabic harakat, decomposed accents).
_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f\u0610-\u061a\u0640\u064b-\u065f\u0670])+")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_TRANSLATE = str.maketrans({"ة": "ه", "ى": "ي", "ک": "ك", "ی": "ي", "ـ": None, "ß": "ss", "œ": "oe", "æ": "ae"})
_ARTICLE = "ال"
_PROCLITICS = "وفبلك"  # wa-, fa-, bi-, li-, ka-: one letter glued before a word

# Latin transliteration classes, applied in order on a folded token: the same
# Slavic/Arabic name is written with French (ch, ou), English (sh, y) or
# Spanish (j) conventions.
_LATIN_SKELETON = (
    ("tsch", "c"), ("sch", "s"), ("tch", "c"), ("ch", "s"), ("sh", "s"), ("zh", "j"), ("dj", "j"),
    ("kh", "h"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("qu", "k"), ("gu", "g"), ("ou", "u"),
    ("w", "v"), ("y", "i"), ("ff", "f"),
)
_LATIN_VOWELS = re.compile(r"(?<=.)[aeiou]+")
_ARABIC_LONG_VOWELS = re.compile(r"(?<=.)[اوي]")  # matres lectionis come and go in transliterated names
_REPEATS = re.compile(r"(.)\1+")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    key: str  # folded form


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Word tokens of `text` with their folded keys; punctuation is left out (see `gaps`)."""
    return [Token(m.start() + offset, m.end() + offset, m.group(), fold(m.group())) for m in _WORD.finditer(text)]


@functools.lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower-case, accent-free, Arabic-unified form of one word."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_TRANSLATE))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.casefold().translate(_TRANSLATE)


def is_arabic(word: str) -> bool:
    return _ARABIC_LETTER.search(word) is not None


def strip_article(key: str) -> str:
    """Alias side: "الجزائر" -> "جزائر" (the article is optional in the text)."""
    if key.startswith(_ARTICLE) and len(key) > 3:
        return key[2:]
    return key


@functools.lru_cache(maxsize=65536)
def variants(key: str) -> tuple[str, ...]:
    """Text side: every reading of a token once the Arabic article and proclitics are peeled off."""
    if not is_arabic(key):
        return (key,)
    found = [key, strip_article(key)]
    if key.startswith("لل") and len(key) > 4:  # li- + al- contracts to "لل": "للأمم" = "ل" + "الأمم"
        found.append(key[2:])
    if key[0] in _PROCLITICS and len(key) > 3:
        found += [key[1:], strip_article(key[1:])]
    return tuple(dict.fromkeys(found))


def alias_keys(alias: str) -> tuple[str, ...]:
    """The keys an alias is stored under (the Arabic article removed from each word)."""
    return tuple(strip_article(fold(word)) for word in _WORD.findall(alias))


@functools.lru_cache(maxsize=65536)
def skeleton(key: str) -> str:
    """A loose key for names: transliteration classes unified, inner vowels dropped, repeats merged."""
    if is_arabic(key):
        return _REPEATS.sub(r"\1", _ARABIC_LONG_VOWELS.sub("", strip_article(key)))
    for old, new in _LATIN_SKELETON:
        key = key.replace(old, new)
    return _REPEATS.sub(r"\1", _LATIN_VOWELS.sub("", key))


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_acronym(alias: str) -> bool:
    """Short all-capitals aliases ("UN", "US", "ONU") must keep their case: "un", "us" are words."""
    letters = [c for c in alias if c.isalpha()]
    return 0 < len(letters) <= 5 and all(c.isupper() for c in letters)
