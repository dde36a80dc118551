"""Text normalisation shared by every stage: the one place where text is folded and tokenised.

Three folds, each for one use, all defined here:
- `fold(word)`: the *key* of one word for alias and lexicon matching (below);
- `fold_aligned(text)`: a whole text folded character by character, offsets kept
  (the date scanner matches vocabularies inside running text);
- `fold_for_index(text)`: what the full-text index stores and queries with.


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
from collections.abc import Callable
from dataclasses import dataclass

# A word: letters/digits plus the combining marks and tatweel that Python's \w
# does not count as word characters (Arabic harakat, decomposed accents).
_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f\u0610-\u061a\u0640\u064b-\u065f\u0670])+")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_TRANSLATE = str.maketrans(
    {"ة": "ه", "ى": "ي", "ک": "ك", "ی": "ي", "ـ": None, "ß": "ss", "œ": "oe", "æ": "ae"}
)
# Cyrillic letters that look Latin, as they slip into Latin names in scraped or crowd-sourced text
# ("Smaїl" with a Cyrillic yi): read as their Latin twins, but only inside a word that also has
# Latin letters (a Cyrillic word stays Cyrillic).
_LOOKALIKES = str.maketrans("аеорсухіїјѕԁАЕОРСУХІЇЈЅВНКМТ", "aeopcyxiijsdAEOPCYXIIJSBHKMT")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_ARTICLE = "ال"
ARABIC_ARTICLE = _ARTICLE
# "أل"/"إل"/"آل" with a hamza or madda is never the article (whose alif takes none): it is part of the
# name ("ألباريس" Albares, "آل ثاني"); peeling it would make Albares "باريس", Paris.
_NAME_ALIF = re.compile("[أإآ]ل")
_PROCLITICS = "وفبلك"  # wa-, fa-, bi-, li-, ka-: one letter glued before a word
ARABIC_PROCLITICS = _PROCLITICS

# Latin transliteration classes, applied in order on a folded token: the same
# Slavic/Arabic name is written with French (ch, ou), English (sh, y) or
# Spanish (j) conventions.
_LATIN_SKELETON = (
    ("tsch", "c"),
    ("sch", "s"),
    ("tch", "c"),
    ("ch", "s"),
    ("sh", "s"),
    ("zh", "j"),
    ("dj", "j"),
    ("kh", "h"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("qu", "k"),
    ("gu", "g"),
    ("ou", "u"),
    ("w", "v"),
    ("y", "i"),
    ("ff", "f"),
)
_LATIN_VOWELS = re.compile(r"(?<=.)[aeiou]+")
_ARABIC_LONG_VOWELS = re.compile(r"(?<=.)[اوي]")  # matres lectionis come and go in transliterated names
_REPEATS = re.compile(r"(.)\1+")


# Not frozen, though never changed once built (`dataclasses.replace` makes a changed copy): a frozen
# dataclass sets each field through object.__setattr__, which made a token ~4x slower to build (4.2 vs
# 0.8 us measured), and every word of every document is built twice (actor matching, sentences).
# Hashed by value all the same (unsafe_hash: the hash a frozen one had).
@dataclass(slots=True, unsafe_hash=True)
class Token:
    """A word of the body. Offsets are body offsets; the parse fields are empty without a parser."""

    start: int
    end: int
    text: str
    key: str  # folded surface form
    lemma: str = ""  # folded lemma (= key without a parser)
    pos: str = ""
    dep: str = ""
    head: int = -1  # index in the sentence's token list; -1: the root, or a head outside the sentence
    morph: str = ""


def case_marked(toks: tuple[Token, ...], n: int) -> bool:
    """A preposition hangs on token `n` ("de son côté"): a phrase it introduces, not a bare noun."""
    return any(t.head == n and t.dep == "case" for t in toks)


def hangs_on(toks: tuple[Token, ...], i: int, top: int) -> bool:
    """Token `i` is `top` or hangs on it, directly or not."""
    for _ in range(len(toks) + 1):  # a parse is a tree: never more steps than tokens
        if i == top:
            return True
        if not 0 <= i < len(toks):
            return False
        i = toks[i].head
    return False


def words_under(
    toks: tuple[Token, ...], head: int, left_out: Callable[[int, Token], bool] = lambda _j, _tok: False
) -> set[int]:
    """Token `head` and the tokens below it in the parse, leaving out (with what hangs on them) the
    tokens `left_out` names: the parse repairs' subtree over plain token tuples."""
    out, todo = {head}, [head]
    while todo:
        i = todo.pop()
        for j, tok in enumerate(toks):
            if tok.head == i and j not in out and not left_out(j, tok):
                out.add(j)
                todo.append(j)
    return out


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Word tokens of `text` with their folded keys; punctuation is left out."""
    out: list[Token] = []
    append = out.append
    for m in _WORD.finditer(text):
        word = m.group()
        key = fold(word)
        start = m.start() + offset
        append(Token(start, start + len(word), word, key, key))
    return out


@functools.lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower-case, accent-free, Arabic-unified form of one word."""
    if _CYRILLIC.search(word) and _LATIN.search(word):
        word = word.translate(_LOOKALIKES)
    decomposed = unicodedata.normalize("NFKD", word.translate(_TRANSLATE))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.casefold().translate(_TRANSLATE)


def fold_name(text: str) -> str:
    """A name or an id folded word by word for look-ups: "José_Manuel  Albares" -> "jose manuel albares"."""
    return " ".join(fold(w) for w in text.replace("_", " ").split())


def id_key(actor_id: str) -> str:
    """An actor id or free name as a comparison key: "Staffan de Mistura" ~ "staffan_de_mistura"."""
    return actor_id.casefold().replace(" ", "_")


def is_arabic(word: str) -> bool:
    # an ASCII word (most of them, asked ~800 times a document) has no Arabic letter: no regex search
    return not word.isascii() and _ARABIC_LETTER.search(word) is not None


def unelided(key: str) -> str:
    """A token's key as word lists store it: without its elision mark ("jusqu’" -> "jusqu", "d'" -> "d")."""
    return key.rstrip("'’")


def strip_article(key: str) -> str:
    """Alias side: "الجزائر" -> "جزائر" (the article is optional in the text)."""
    if key.startswith(_ARTICLE) and len(key) > 3:
        return key[2:]
    return key


def token_variants(tok: Token) -> tuple[str, ...]:
    """`variants` of a token, but a name's own "أل" kept where the word as written shows it (the fold
    drops the hamza): "وألباريس" is "and Albares", never "باريس", Paris."""
    return _word_variants(tok.text, tok.key)


# Cached by the word, not the token: a token (with its offsets) comes back only within its own
# document, a word in every document (the cache served almost no token, and hashed all nine fields).
@functools.lru_cache(maxsize=65536)
def _word_variants(text: str, key: str) -> tuple[str, ...]:
    if _NAME_ALIF.match(text) or (text[:1] in _PROCLITICS and _NAME_ALIF.match(text, 1)):
        bare = key[1:] if text[:1] in _PROCLITICS else key
        return tuple(dict.fromkeys((key, bare)))
    return variants(key)


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


@functools.lru_cache(maxsize=65536)
def alias_keys(alias: str) -> tuple[str, ...]:
    """The keys an alias is stored under (the Arabic article removed from each word); cached: the
    actor stage asks it of every word of a text."""
    return tuple(
        fold(word) if _NAME_ALIF.match(word) else strip_article(fold(word)) for word in _WORD.findall(alias)
    )


def written_keys(alias: str) -> tuple[str, ...]:
    """An alias's folded words as written, the Arabic article kept ("السيسي" stays "السيسي")."""
    return tuple(fold(word) for word in _WORD.findall(alias))


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


# ---- Aligned folding (the date scanner) ----
# Fold text for matching: lower case, no accents, one apostrophe, ASCII digits, plain alef.
#
# Folding maps one character to one character, so offsets in the folded text are offsets
# in the original; the only characters removed (Arabic short vowels and tatweel, which
# writers add or leave out freely) are tracked in an offset table.

# Arabic harakat, tanwin, shadda, sukun, superscript alef, and the tatweel stretcher.
_ALIGNED_DROPPED = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640")
_ANY_ALIGNED_DROPPED = re.compile("[" + "".join(sorted(_ALIGNED_DROPPED)) + "]")
# Hamza-carrying alefs fold to bare alef; madda alef is kept ("آب" August is not "أب" father).
_ALIGNED_ARABIC = {"أ": "ا", "إ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}
_PUNCT = {
    "’": "'",
    "ʼ": "'",
    "‘": "'",
    "`": "'",
    "´": "'",
    "\u00a0": " ",
    "\u202f": " ",
    "‐": "-",
    "‑": "-",
    "–": "-",
    "—": "-",
    "،": ",",
}


def _fold_char(char: str) -> str:
    if char in _ALIGNED_ARABIC:
        return _ALIGNED_ARABIC[char]
    if char in _PUNCT:
        return _PUNCT[char]
    if "\u0660" <= char <= "\u0669" or "\u06f0" <= char <= "\u06f9":
        return str(unicodedata.digit(char))
    lowered = char.lower()
    if ord(char) >= 0x250:  # outside Latin: keep letters whole (NFD would strip the madda of "آ")
        return lowered if len(lowered) == 1 else char
    base = unicodedata.normalize("NFD", lowered)[0] if len(lowered) == 1 else char
    return base if len(base) == 1 else char


@functools.cache
def _table() -> dict[int, str]:
    """Translation table over the scripts we read (Latin, Greek-free Latin-1/Extended-A, Arabic)."""
    ranges = list(range(0x20, 0x250)) + list(range(0x600, 0x700)) + [ord(c) for c in _PUNCT]
    return {code: _fold_char(chr(code)) for code in ranges if _fold_char(chr(code)) != chr(code)}


@dataclass(frozen=True, slots=True)
class Folded:
    text: str
    # folded index -> original index, plus the original length at the end (so a span's end
    # takes in the vowel marks that follow its last letter); None when nothing was dropped
    offsets: tuple[int, ...] | None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded span back to the original text."""
        if self.offsets is None:
            return start, end
        return self.offsets[start], self.offsets[end]


def fold_aligned(text: str) -> Folded:
    folded = text.translate(_table())
    if not _ANY_ALIGNED_DROPPED.search(folded):
        return Folded(folded, None)
    kept = [(index, char) for index, char in enumerate(folded) if char not in _ALIGNED_DROPPED]
    offsets = tuple(index for index, _ in kept) + (len(text),)
    return Folded("".join(char for _, char in kept), offsets)


def fold_aligned_word(word: str) -> str:
    """Fold a vocabulary entry the way `fold_aligned` folds texts."""
    return fold_aligned(word).text


# ---- The full-text index ----
# Arabic short vowels, shadda, sukun, superscript alef and tatweel: optional marks that the
# unicode61 tokenizer treats as separators, so "وَصَلَ" would index as three one-letter tokens.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def fold_for_index(text: str) -> str:
    return _ARABIC_MARKS.sub("", text)
