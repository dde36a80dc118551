"""Within-document references to a person already named.

Three kinds, all resolved only against people the document itself has named
(never against the whole KB, where "Sánchez" or "le ministre" would be anyone):
- a bare surname, with or without its particle or a title: "De Mistura",
  "Mistura", "M. Bourita", "Lavrov" after "Sergueï Lavrov";
- the surname of an unknown person ("Bendjama" after "Amar Bendjama");
- a generic description, determiner + noun: "le diplomate", "the envoy",
  "المبعوث": the nearest preceding person whose KB descriptions or role
  phrases contain that noun.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from datetime import date

from diplowatch.kb import KB, Entry
from diplowatch.text.langdata import lang_data
from diplowatch.text.normalise import (
    Token,
    alias_keys,
    fold,
    is_arabic,
    is_capitalised,
    strip_article,
    variants,
)

_ROMAN = re.compile(r"^[ivxlc]+$")
MIN_SURNAME = 3  # "Wu" or "VI" as a bare surname would match too much
# Arabic writes no short vowels: three letters collide with particles ("علي" of "علي الصادق علي" is "على",
# "on", once alef maqsura is folded)
MIN_ARABIC_SURNAME = 4


@functools.cache
def particles() -> frozenset[str]:
    return frozenset(fold(p) for p in lang_data("actors.yaml").get("particles") or [])


@functools.cache
def bound_particles() -> frozenset[str]:
    return frozenset(fold(p) for p in lang_data("actors.yaml").get("bound_particles") or [])


@functools.cache
def former_words() -> frozenset[str]:
    return frozenset(fold(w) for w in lang_data("actors.yaml").get("former") or [])


def surname_forms(name: str) -> list[tuple[str, ...]]:
    """Key sequences by which a full name may be referred to later: "de Mistura", "Mistura"."""
    keys = alias_keys(name)
    if len(keys) < 2:
        return []
    last = len(keys) - 1
    while last > 0 and _ROMAN.match(keys[last]):
        last -= 1  # "Mohammed VI": no surname to speak of
    shortest = MIN_ARABIC_SURNAME if is_arabic(keys[last]) else MIN_SURNAME
    if last < 1 or last < len(keys) - 1 or len(keys[last]) < shortest:
        return []
    first = last
    while first > 1 and keys[first - 1] in particles() | bound_particles():
        first -= 1
    # never the word a bound particle binds, alone: "عبد السلام", not "السلام" ("peace")
    return [keys[cut : last + 1] for cut in range(first, last + 1) if keys[cut - 1] not in bound_particles()]


def person_surnames(entry: Entry) -> list[tuple[str, ...]]:
    """Surname forms of every multi-word alias of a KB person (Latin and Arabic spellings), and the
    first word of a Latin one for a people whose names open with the family name ("Xi")."""
    forms: list[tuple[str, ...]] = []
    family_first = entry.country in family_name_first()
    for _, alias in entry.aliases():
        forms += [f for f in surname_forms(alias) if f not in forms]
        if family_first:
            forms += [f for f in _family_names(alias) if f not in forms]
    return forms


def _family_names(name: str) -> list[tuple[str, ...]]:
    """The words of a name of two or three Latin words that may be its family name, however short: the
    first ("Xi Jinping", "Yoon Suk Yeol"), or the last when the name is written the Western way ("Joseph
    Wu", "John Lee")."""
    keys = alias_keys(name)
    if not 2 <= len(keys) <= 3 or is_arabic(keys[0]):
        return []
    return [
        (k,) for k in dict.fromkeys((keys[0], keys[-1])) if len(k) >= MIN_FAMILY_NAME and k not in particles()
    ]


MIN_FAMILY_NAME = 2  # "Xi", "Li", "Hu"


@functools.cache
def family_name_first() -> frozenset[str]:
    return frozenset(str(c) for c in lang_data("actors.yaml").get("family_name_first") or [])


def find_surnames(
    toks: list[Token], covered: bytearray, forms: dict[tuple[str, ...], str]
) -> list[tuple[int, int, str]]:
    """(first token, last token, person key) for uncovered surname mentions, longest first."""
    longest = max((len(f) for f in forms), default=0)
    endings = _endings(forms)
    firsts = {form[0] for form in forms}  # a form starts nowhere else: most tokens are passed over at once
    found = []
    i = 0
    while i < len(toks):
        hit = (
            None
            if firsts.isdisjoint(variants(toks[i].key))
            else _surname_at(toks, covered, forms, i, longest, endings)
        )
        if hit:
            found.append(hit)
            i = hit[1]
        else:
            i += 1
    return found


def _endings(forms: dict[tuple[str, ...], str]) -> set[str]:
    """The last word of every form of two words or more: a span ending otherwise is no such form (the
    readings of a span vary only its first word)."""
    return {form[-1] for form in forms if len(form) > 1}


def _surname_at(
    toks: list[Token],
    covered: bytearray,
    forms: dict[tuple[str, ...], str],
    i: int,
    longest: int,
    endings: set[str],
) -> tuple[int, int, str] | None:
    for size in range(min(longest, len(toks) - i), 0, -1):
        last = toks[i + size - 1]
        if size > 1 and _stored(last.key) not in endings:
            continue
        # Latin surnames are capitalised in running text; Arabic has no case to check.
        if not (is_capitalised(last.text) or is_arabic(last.text)):
            continue
        span = toks[i : i + size]
        if any(covered[t.start] for t in span):
            continue
        for keys in _readings(span):
            if keys in forms:
                return i, i + size, forms[keys]
    return None


def _readings(span: list[Token]) -> Iterable[tuple[str, ...]]:
    """Key sequences of a span with Arabic clitics peeled off its first word, and the others as aliases
    store them ("عبد السلام" is stored as "عبد سلام")."""
    rest = tuple(_stored(t.key) for t in span[1:])
    for first in variants(span[0].key):
        yield (first, *rest)


def _stored(key: str) -> str:
    """A word after the first of a name as alias keys store it: without the Arabic article."""
    return strip_article(key) if is_arabic(key) else key


@functools.lru_cache(maxsize=4096)
def profile(kb: KB, person: str, on: date | None) -> frozenset[str]:
    """Folded words that describe `person` on `on`: their descriptions and the phrases of their roles."""
    entry = kb.get(person)
    if entry is None:
        return frozenset()
    words = {
        k
        for phrases in entry.descriptions.values()
        for p in phrases
        if former_words().isdisjoint(alias_keys(p))  # "ancien Premier ministre": not "le ministre" now
        for k in alias_keys(p)
    }
    for spell in entry.roles:
        if on is None or spell.covers(on):
            definition = kb.roles.get(spell.role)
            if definition:
                words |= {k for ps in definition.phrases.values() for p in ps for k in alias_keys(p)}
    return frozenset(words)


def nominal_target(
    head: Token, earlier: list[str], kb: KB, on: date | None, kinds: frozenset[str] = frozenset()
) -> str | None:
    """The nearest earlier person (ids, most recent last) whose profile contains the noun `head`, or one of
    `kinds`, the words of the roles the noun stands for ("le diplomate": an ambassador, an envoy)."""
    heads = set(variants(head.key)) | kinds
    for person in reversed(earlier):
        if heads & profile(kb, person, on):
            return person
    return None
