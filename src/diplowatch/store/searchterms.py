"""What a plain search query becomes before it reaches the full-text index.

- A name the knowledge base knows brings every alias of its entry, in every language and script:
  "Minurso" also finds "المينورسو" and "Mission des Nations unies pour ... le Sahara occidental".
- An Arabic word also matches its forms with the article and the glued proclitics (و ف ب ل ك):
  "مينورسو" finds "والمينورسو", "بالمينورسو", "للمينورسو". The index keeps words as written, so
  every prefixed form is ORed in (a form no article uses costs nothing; nothing is written, so a
  read-only dossier is searched the same way).
A query in FTS5 syntax (quotes, *, AND/OR/NOT/NEAR, parentheses, column:) is left as typed.
"""

from __future__ import annotations

import itertools
import re

from diplowatch.kb.base import KB
from diplowatch.text.normalise import fold_for_index, is_arabic, strip_article

MAX_PHRASES = 40  # alternatives per phrase: enough for a few clitic forms of each word
MAX_ALTERNATIVES = 120  # in all: FTS5's cost grows with the terms (store.bounds)
_SYNTAX = re.compile(r'["*():^]|\b(AND|OR|NOT|NEAR)\b')
_WORD = re.compile(r"\w+")


def expand(query: str, kb: KB | None = None) -> str:
    """The FTS5 expression for `query`: its phrase, the KB aliases of what it names, and the Arabic
    clitic forms, all ORed."""
    if _SYNTAX.search(query):
        return query
    phrases = [query.strip(), *aliases(query, kb)]
    forms: dict[str, str] = {}  # folded -> as written (the index ignores case)
    for phrase in phrases:
        for form in _phrase_forms(phrase):
            forms.setdefault(form.casefold(), form)
    return " OR ".join(list(forms.values())[:MAX_ALTERNATIVES])


def aliases(query: str, kb: KB | None) -> list[str]:
    """Every alias of the KB entries that `query` names exactly (by id or by an alias)."""
    if kb is None:
        return []
    from diplowatch.kb.query import exact_entries

    return [alias for entry in exact_entries(kb, query) for _, alias in entry.aliases()]


def _phrase_forms(phrase: str) -> list[str]:
    words = _WORD.findall(fold_for_index(phrase))
    if not words:
        return []
    options = [_word_forms(w) if is_arabic(w) else [w] for w in words]
    combos = itertools.islice(itertools.product(*options), MAX_PHRASES)
    return ['"' + " ".join(c).replace('"', '""') + '"' for c in combos]


# The article and the one-letter proclitics (wa-, fa-, bi-, li-, ka-) as they are glued before a word.
PREFIXES = ("", "ال", "و", "وال", "ف", "فال", "ب", "بال", "ل", "لل", "ك", "كال")


def _word_forms(word: str) -> list[str]:
    stem = strip_article(word)
    if word.startswith("لل") and len(word) > 4:
        stem = word[2:]
    return list(dict.fromkeys([word, *(prefix + stem for prefix in PREFIXES)]))
