"""Given names the KB's persons bear, read from the KB itself (no list to keep by hand).

The small English model tags some persons' names as organisations ("Morgan Ortagus met Joseph Aoun"):
an entity of two or three capitalised words whose first word is a given name at least `MIN_BEARERS`
KB persons bear, and no word of a body's name, is a person. A word that also opens the name of a place,
a state or a body ("Saint", "United", "Abu" of "Abu Dhabi") is no given name here.
"""

from __future__ import annotations

from collections import Counter

from diplowatch.kb import KB
from diplowatch.text.normalise import fold

MIN_BEARERS = 2
MIN_LENGTH = 3  # "Al", "El": articles of Arabic names, not given names


def given_names(kb: KB) -> frozenset[str]:
    bearers: Counter[str] = Counter()
    other_openers: set[str] = set()
    for entry in kb.entries.values():
        words = [fold(w) for w in entry.name.split()]
        if len(words) < 2:
            continue
        if entry.kind == "person":
            bearers[words[0]] += 1
        else:
            other_openers.add(words[0])
    return frozenset(
        w for w, n in bearers.items() if n >= MIN_BEARERS and len(w) >= MIN_LENGTH and w not in other_openers
    )


def named_like_person(text: str, given: frozenset[str], body_words: frozenset[str]) -> bool:
    """Two or three capitalised words, the first a given name, none a word of a body's name."""
    words = text.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and fold(words[0]) in given
        and not body_words & {fold(w) for w in words}
    )
