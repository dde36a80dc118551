"""What a plain search query becomes before it reaches the full-text index.

- A name the knowledge base knows brings every alias of its entry, in every language and script:
  "Minurso" also finds "المينورسو" and "Mission des Nations unies pour ... le Sahara occidental".
- An Arabic word also matches its forms with the article and the glued proclitics (و ف ب ل ك):
  "مينورسو" finds "والمينورسو", "بالمينورسو", "للمينورسو". The index keeps words as written, so
  the forms are read from its vocabulary (`Store.index_terms`) and ORed in.
A query in FTS5 syntax (quotes, *, AND/OR/NOT/NEAR, parentheses, column:) is left as typed.
"""

from __future__ import annotations

import itertools
import re

from diplowatch.kb.base import KB
from diplowatch.store.base import Store
from diplowatch.text.normalise import fold_for_index, is_arabic, strip_article, variants

MAX_PHRASES = 40  # alternatives per phrase: enough for a few clitic forms of each word
_SYNTAX = re.compile(r'["*():^]|\b(AND|OR|NOT|NEAR)\b')
_WORD = re.compile(r"\w+")


def expand(store: Store, query: str, kb: KB | None = None) -> str:
    """The FTS5 expression for `query`: its phrase, the KB aliases of what it names, and the Arabic
    clitic forms found in the index, all ORed."""
    if _SYNTAX.search(query):
        return query
    phrases = [query.strip(), *aliases(query, kb)]
    forms: dict[str, str] = {}  # folded -> as written (the index ignores case)
    for phrase in phrases:
        for form in _phrase_forms(store, phrase):
            forms.setdefault(form.casefold(), form)
    return " OR ".join(forms.values())


def aliases(query: str, kb: KB | None) -> list[str]:
    """Every alias of the KB entries that `query` names exactly (by id or by an alias)."""
    if kb is None:
        return []
    from diplowatch.store.filters import _kb_exact

    return [alias for entry in _kb_exact(kb, query) for _, alias in entry.aliases()]


def _phrase_forms(store: Store, phrase: str) -> list[str]:
    words = _WORD.findall(fold_for_index(phrase))
    if not words:
        return []
    options = [_word_forms(store, w) if is_arabic(w) else [w] for w in words]
    combos = itertools.islice(itertools.product(*options), MAX_PHRASES)
    return ['"' + " ".join(c).replace('"', '""') + '"' for c in combos]


def _word_forms(store: Store, word: str) -> list[str]:
    stem = strip_article(word)
    if word.startswith("لل") and len(word) > 4:
        stem = word[2:]
    found = [t for t in store.index_terms(stem) if stem in variants(t)]
    return list(dict.fromkeys([word, *found]))
