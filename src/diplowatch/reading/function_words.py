"""A paragraph's language told by its function words, when they leave no doubt (before lingua).

lingua weighs every n-gram of a paragraph against each language model: about a third of a
millisecond a paragraph, the costliest step of reading. Most paragraphs of an article settle the
question with their function words alone ("the", "of", "les", "des", "los", "del"): one with at
least `min_words` words that only one of French, English and Spanish has, and none that only another
has, is that language. The words live in lang/function_words.yaml. On the dev, dev-other, sample and
PLOVER GSR paragraphs this decided 3 in 4 of them and never differed from lingua; the others (short,
mixed, or quoting a name of another language) still go to lingua.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from diplowatch.errors import DataFileError
from diplowatch.text.langdata import lang_data, lang_path

DATA_FILE = "function_words.yaml"
LANGUAGES = ("fr", "en", "es")
_WORD = re.compile(r"\w+")


@functools.cache
def _table() -> tuple[dict[str, str], int]:
    """Word -> the one language that has it, and the number of words that settles a paragraph."""
    data = lang_data(DATA_FILE)
    owner: dict[str, str] = {}
    for language in LANGUAGES:
        for word in data.get(language) or ():
            word = str(word).lower()
            if owner.get(word, language) != language:
                raise DataFileError(str(lang_path(DATA_FILE)), None, f"{word!r} is listed for two languages")
            owner[word] = language
    return owner, int(data.get("min_words") or 5)


def obvious_language(text: str) -> str | None:
    """fr, en or es when the paragraph's function words all belong to that language and are at least
    `min_words`; None when they do not settle it (lingua decides)."""
    owner, needed = _table()
    counts = Counter(map(owner.get, _WORD.findall(text.lower())))
    counts.pop(None, None)
    if len(counts) != 1:
        return None
    ((language, count),) = counts.items()
    return language if count >= needed else None
