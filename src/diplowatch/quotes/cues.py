"""Per-language attribution cues: reporting verbs and document nouns, folded for matching.

The reporting verbs come from two files and are never listed twice: the `reporting` cues of
lang/<xx>/events.yaml (read through the events lexicon, which owns that file) and the
`quotes: verbs:` of lang/<xx>/quotes.yaml, which adds verbs only quotations need ("répondre",
"reza"). `documents` are nouns naming a text rather than a speaker ("communiqué",
"statement"): "selon un communiqué" names no speaker, so the quotation continues the
previous one's. `pronouns` are noun phrases that work as pronouns ("ce dernier").
`anonymous` are nouns that, without a name and after an indefinite determiner, are an unnamed
source ("une source proche du dossier", "a diplomat", "fuentes diplomáticas", "مصدر"): the
quotation has no speaker. `resolutions` are nouns naming a text the Security Council adopted
("la résolution appelle..."): its words are the Council's. `texts` are nouns that stand for the
last document named ("le texte", "the text"), a resolution or not. `framing` are prepositions
that, opening a sentence, name whose view follows ("Pour l'ambassadeur, «...»"). `definite` are the
articles that make "le diplomate" alone refer back to a person named before; `titles` are nouns
for a publication or an agency: a short quotation right after one is its name, not speech.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from diplowatch.errors import DataFileError
from diplowatch.text.langdata import fold_phrase, lang_data, lang_path, reporting_verbs

_KEYS = (
    "verbs",
    "documents",
    "pronouns",
    "anonymous",
    "resolutions",
    "texts",
    "framing",
    "definite",
    "titles",
)
_PROCLITICS = ("و", "ف")  # Arabic conjunctions written on the next word ("وقال" is "and said")
_PREPOSITIONS = ("ل", "ب")  # Arabic prepositions written on the next word ("لمجلة": "to the magazine")


@dataclass(frozen=True, slots=True)
class QuoteCues:
    language: str
    verbs: frozenset[str] = frozenset()  # folded single words ("declare", "said", "قال")
    documents: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()  # noun phrases used as pronouns ("ce dernier", "the latter")
    anonymous: frozenset[str] = (
        frozenset()
    )  # "source", "diplomate": with an indefinite determiner, nobody named
    resolutions: frozenset[str] = frozenset()  # "résolution", "القرار": the Security Council's words
    texts: frozenset[str] = frozenset()  # "texte", "the text": the last document named
    framing: frozenset[str] = frozenset()  # "pour": opening a sentence, "Pour X, «...»" is X's view
    definite: frozenset[str] = frozenset()  # "le", "the": "le diplomate" alone is someone named before
    titles: frozenset[str] = frozenset()  # "quotidien", "مجلة": the short quotation after it is a title

    def is_title(self, key: str) -> bool:
        # Arabic "لمجلة" ("to the magazine"): a preposition written on the noun as well
        return key in self.titles or (len(key) > 3 and key[0] in _PREPOSITIONS and key[1:] in self.titles)

    def is_definite(self, words: str) -> bool:
        return any(fold_phrase(words)) and " ".join(fold_phrase(words)) in self.definite

    def is_reporting(self, key: str) -> bool:
        return _reporting(self.verbs, key)

    def is_anonymous(self, key: str) -> bool:
        return key in self.anonymous

    def is_resolution(self, key: str) -> bool:
        return any(k in self.resolutions for k in without_proclitic(key))

    def is_text(self, key: str) -> bool:
        return key in self.texts

    def is_document(self, key: str) -> bool:
        return key in self.documents

    def is_pronoun(self, words: str) -> bool:
        return words in self.pronouns


def without_proclitic(key: str) -> tuple[str, ...]:
    """The key, and for an Arabic word with a conjunction written on it, the word without it."""
    if key.startswith(_PROCLITICS) and len(key) > 3:
        return key, key[1:]
    return (key,)


@functools.lru_cache(maxsize=65536)
def _reporting(verbs: frozenset[str], key: str) -> bool:
    """Whether `key` is one of `verbs`: asked for most tokens, each time over every verb; a frozenset
    keeps its hash, so the look-up costs little."""
    return any(cue_matches(word, k) for k in without_proclitic(key) for word in verbs)


def cue_matches(word: str, key: str) -> bool:
    """A folded word against a cue: exact, or on the stem of a long cue ("declarer" ~ "declara")."""
    if " " in word:
        return False
    stem = word[:-2] if len(word) > 5 else word
    return key == word or (len(stem) >= 4 and key.startswith(stem))


@functools.cache
def quote_cues(language: str) -> QuoteCues:
    """The cues of `language` (empty sets for a language without data files)."""
    relative = f"{language}/quotes.yaml"
    return build(language, lang_data(relative), reporting_verbs(language), str(lang_path(relative)))


def build(
    language: str, data: dict, reporting: frozenset[str] = frozenset(), where: str = "<data>"
) -> QuoteCues:
    """QuoteCues from parsed quotes.yaml data plus the events lexicon's reporting cues."""
    section = data.get("quotes") or {}
    unknown = (set(data) - {"quotes"}) | (set(section) - set(_KEYS))
    if unknown:
        raise DataFileError(where, None, f"unknown keys {sorted(unknown)} (expected quotes: {list(_KEYS)})")
    words = {key: frozenset(" ".join(fold_phrase(str(w))) for w in section.get(key) or []) for key in _KEYS}
    return QuoteCues(
        language,
        reporting | words["verbs"],
        words["documents"],
        words["pronouns"],
        words["anonymous"],
        words["resolutions"],
        words["texts"],
        words["framing"],
        words["definite"],
        words["titles"],
    )
