"""What a demonym that names no role stands for: its state, a person, or nothing.

- "la diplomatie marocaine", "les autorités algériennes": the state (the linker's default);
- a demonym used as a noun after a singular determiner ("l'Allemand", "le Suédois", "el alemán",
  "the German said"), or right before a person's name ("l'Algérien Ismail Chergui", "الألماني هورست
  كولر"): that person. A noun refers back to the nearest person named before it who has that
  nationality (their KB country, a state office they held, a KB description: "diplomate
  italo-suédois");
- a demonym describing a place, a vehicle or a medium ("l'ancienne colonie espagnole", "un avion
  algérien", "the Moroccan news portal", "جنيف السويسرية"): nothing, no state acts there; with a capital
  noun ("la capitale algérienne", "the Eritrean capital"), the place that is the state's capital.
"""

from __future__ import annotations

from collections.abc import Iterable

from diplowatch.actors.langdata import LangCues
from diplowatch.kb import KB
from diplowatch.text.normalise import Token, alias_keys, is_arabic

UNPARSED_HEAD_REACH = 2  # Arabic adjectives pile up after their noun: "طائرة مدنية جزائرية"


def compound_start(toks: list[Token], body: str, first: int) -> int:
    """The first token of a hyphenated demonym ("Italo-Suédois" is found by its last part)."""
    while first > 0 and body[toks[first - 1].end : toks[first].start] == "-":
        first -= 1
    return first


def is_descriptive(toks: list[Token], first: int, last: int, lang: LangCues, place_ends: set[int]) -> bool:
    """The demonym qualifies a place, a vehicle or a medium: the noun next to it is one
    (`descriptive_heads`), or a place is named right before it ("Genève suisse")."""
    if first > 0 and toks[first - 1].end in place_ends:
        return True
    reach = UNPARSED_HEAD_REACH if is_arabic(toks[last - 1].text) else 1
    near = toks[max(0, first - reach) : first] + toks[last : last + 1]
    return any(set(alias_keys(t.text)) & lang.descriptive_heads for t in near)


def capital_noun(toks: list[Token], first: int, last: int, lang: LangCues) -> int | None:
    """The capital noun next to the demonym, if any ("la *capitale* algérienne", "the Eritrean *capital*",
    "*العاصمة* الجزائرية"): the phrase names the state's capital."""
    reach = UNPARSED_HEAD_REACH if is_arabic(toks[last - 1].text) else 1
    near = [*range(max(0, first - reach), first), *range(last, min(last + 1, len(toks)))]
    return next((i for i in near if set(alias_keys(toks[i].text)) & lang.capital_nouns), None)


def nationalities(kb: KB, person: str) -> set[str]:
    """ISO3 codes of the states a KB person is of: their country, and the states of offices they held
    for a state (not a UN mandate's country: the envoy for Western Sahara is not Sahrawi)."""
    entry = kb.get(person)
    if entry is None:
        return set()
    out = {entry.country} if entry.country else set()
    for spell in entry.roles:
        definition = kb.roles.get(spell.role)
        if spell.country and (definition is None or definition.org is None):
            out.add(spell.country)
    return out


def described_as(kb: KB, person: str, words: Iterable[str]) -> bool:
    """A KB description of the person holds one of the demonym's words ("italo-suédois": "suedois")."""
    entry = kb.get(person)
    if entry is None:
        return False
    said = {k for phrases in entry.descriptions.values() for p in phrases for k in alias_keys(p)}
    return bool(said & set(words))
