"""Definite descriptions that stand for an actor the article names: "le royaume", "la Cancillería",
"les putschistes" (data: lang/descriptions.yaml, which documents the kinds).

Resolved only against the actors the document has already linked, and only when exactly one of
them fits: a description with two candidates (a story about Morocco and Spain, both kingdoms)
links to nothing rather than to a guess.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from diplowatch.errors import DataFileError
from diplowatch.kb import KB, Entry
from diplowatch.text.langdata import lang_data, lang_path
from diplowatch.text.normalise import Token, alias_keys, is_arabic, is_capitalised, variants

FILE = "descriptions.yaml"
KINDS = frozenset(
    {"named_as", "mentioned_as", "state_named", "junta", "armed_group", "intergovernmental", "sole_state"}
)
STATES = frozenset({"country", "territory"})
ARMED = "REB"  # the sector of armed movements (Polisario, Houthis, M23, the RSF, the ELN...)
INTERGOVERNMENTAL = "IGO"  # the sector of organisations of states (ECOWAS, the African Union, the UN...)
MOVEMENTS = frozenset({"group", "organization"})
ARABIC_ARTICLE = "ال"


@dataclass(frozen=True, slots=True)
class Description:
    denotes: str  # one of KINDS
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # language -> folded key sequences
    # language -> words it may also follow besides the determiners ("del ejército", "du royaume")
    after: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    kinds: frozenset[str] = frozenset()  # the KB kinds it may stand for (any when empty)
    bare: bool = False  # a capitalised phrase needs no determiner ("Congo has accused Rwanda")
    # unresolved, it stands for the state whose capital opens the article's dateline ("Alger (APS) - Le
    # ministère des Affaires étrangères a convoqué": Algeria's)
    home: bool = False


@dataclass(frozen=True, slots=True)
class Junta:
    country: str  # ISO3
    start: date
    end: date | None

    def covers(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on < self.end)


@functools.cache
def descriptions() -> tuple[Description, ...]:
    found = []
    for item in lang_data(FILE).get("descriptions") or []:
        denotes = str(item.get("denotes"))
        if denotes not in KINDS:
            raise DataFileError(str(lang_path(FILE)), None, f"unknown denotes {denotes!r} ({sorted(KINDS)})")
        phrases = {
            lang: tuple(keys for p in values or [] if (keys := alias_keys(str(p))))
            for lang, values in (item.get("phrases") or {}).items()
        }
        after = {
            lang: frozenset(k for w in values or [] for k in alias_keys(str(w)))
            for lang, values in (item.get("after") or {}).items()
        }
        kinds = frozenset(str(k) for k in item.get("kinds") or [])
        found.append(
            Description(denotes, phrases, after, kinds, bool(item.get("bare")), bool(item.get("home")))
        )
    return tuple(found)


@functools.cache
def juntas() -> tuple[Junta, ...]:
    return tuple(
        Junta(str(j["country"]), j["start"], j.get("end")) for j in lang_data(FILE).get("juntas") or []
    )


def find(
    toks: list[Token], lang: str, determiners: frozenset[str], covered: bytearray
) -> list[tuple[int, int, Description]]:
    """(first token, end token, description) of every uncovered description after a determiner."""
    found = []
    for i, tok in enumerate(toks):
        if covered[tok.start]:
            continue
        hit = _at(toks, i, lang, determiners, covered)
        if hit is not None:
            found.append(hit)
    return found


def _at(
    toks: list[Token], i: int, lang: str, determiners: frozenset[str], covered: bytearray
) -> tuple[int, int, Description] | None:
    arabic = is_arabic(toks[i].text)
    firsts = _arabic_forms(toks[i].key) if arabic else (toks[i].key,)
    opening = _opening(lang)
    candidates = [c for first in firsts for c in opening.get(first, ())]
    if not candidates:  # most words open no description
        return None
    if len(firsts) > 1:
        candidates.sort(key=lambda c: c[0])
    before = toks[i - 1].key if i else ""
    bare = is_capitalised(toks[i].text)  # a name-like word may stand alone: "Congo has accused"
    for _, description, keys in candidates:
        introduced = before in determiners or before in description.after.get(lang, ())
        if not arabic and not introduced and not (bare and description.bare):
            continue
        end = i + len(keys)
        if tuple(_key(t) for t in toks[i + 1 : end]) != keys[1:]:
            continue
        if end > len(toks) or any(covered[t.start] for t in toks[i:end]):
            continue
        if end < len(toks) and not arabic and is_capitalised(toks[end].text) and _adjacent(toks, end):
            continue  # "the Kingdom Tower", "la Junta de Andalucía": a name begins
        if _owner_named(toks, end, lang):
            continue  # "el gobierno de Daniel Ortega": that man's government, not one told before
        return i, end, description
    return None


@functools.cache
def _opening(lang: str) -> dict[str, tuple[tuple[tuple[int, int], Description, tuple[str, ...]], ...]]:
    """The phrases of `lang` by their first word, each with its rank (description, then longest phrase
    first): the order `_at` tries them in, as a word opens few phrases of the many there are."""
    index: dict[str, list[tuple[tuple[int, int], Description, tuple[str, ...]]]] = {}
    for n, description in enumerate(descriptions()):
        ordered = sorted(description.phrases.get(lang, ()), key=len, reverse=True)
        for rank, keys in enumerate(ordered):
            index.setdefault(keys[0], []).append(((n, rank), description, keys))
    return {first: tuple(found) for first, found in index.items()}


def _owner_named(toks: list[Token], end: int, lang: str) -> bool:
    """An owner word and a capitalised word follow the phrase ("the government of Sudan")."""
    return (
        end + 1 < len(toks)
        and toks[end].key in _owner_words(lang)
        and is_capitalised(toks[end + 1].text)
        and _adjacent(toks, end)
    )


@functools.cache
def _owner_words(lang: str) -> frozenset[str]:
    return frozenset(str(w) for w in (lang_data(FILE).get("owners") or {}).get(lang) or [])


def _adjacent(toks: list[Token], end: int) -> bool:
    """The word after a phrase follows it with one space between: no punctuation (left out of the
    tokens) ends the phrase ("reza el texto de la Cancillería. Asimismo": a new sentence, no name)."""
    return toks[end].start - toks[end - 1].end <= 1


def _key(tok: Token) -> str:
    """A following word's key as alias_keys gives it: an Arabic adjective without its article."""
    arabic = is_arabic(tok.text) and tok.key.startswith(ARABIC_ARTICLE)
    return tok.key[len(ARABIC_ARTICLE) :] if arabic else tok.key


def _arabic_forms(key: str) -> tuple[str, ...]:
    """Keys of an Arabic word that carries the article ("المملكه", "والمملكه"), without it: the form
    alias_keys gives a phrase. A word without the article is no definite description."""
    return tuple(v[len(ARABIC_ARTICLE) :] for v in variants(key) if v.startswith(ARABIC_ARTICLE))


def resolve(
    description: Description,
    keys: Iterable[str],
    kb: KB,
    lang: str,
    on: date | None,
    near: frozenset[str] = frozenset(),
    mentions: Iterable[tuple[str, str]] = (),
    home: str | None = None,
) -> str | None:
    """The one actor among `keys` (those the article names) that the description stands for. A junta
    that fits several states is the one whose state (ISO code) its own sentence names in `near` ("À
    Niamey, la junte a salué", "the junta in Bamako"). `mentions`: (key, text) of the mentions before
    the description, for `mentioned_as`; `home`: the state whose capital opens the dateline, for a
    description that may stand for it (`home: true`) when nothing else fits."""
    if description.denotes == "mentioned_as":
        fits = _mentioned_as(description, mentions, kb, lang)
    elif description.denotes == "sole_state":
        fits = _sole_state(mentions, kb)
    else:
        fits = candidates(description, keys, kb, lang, on)
    if len(fits) > 1 and description.denotes == "junta":
        fits = [k for k in fits if (e := kb.get(k)) is not None and e.country in near]
    if not fits and description.home and home is not None:
        return home  # no other state's body named so before: the dateline's state
    return fits[0] if len(fits) == 1 else None


def candidates(
    description: Description, keys: Iterable[str], kb: KB, lang: str, on: date | None
) -> list[str]:
    """The actors among `keys` that the description fits."""
    entries = [e for key in dict.fromkeys(keys) if (e := kb.get(key)) is not None]
    entries = [e for e in entries if not description.kinds or e.kind in description.kinds]
    if description.denotes == "junta":
        ruled = {j.country for j in juntas() if j.covers(on)} if on else _junta_leaders(entries)
        fits = [e.id for e in entries if e.kind == "country" and e.country in ruled]
    elif description.denotes == "state_named":
        phrases = description.phrases.get(lang, ())
        fits = [e.id for e in entries if e.kind in STATES and _named_as(e, phrases, lang)]
    elif description.denotes == "armed_group":
        fits = [e.id for e in entries if e.kind in MOVEMENTS and ARMED in (e.sector or "").split()]
    elif description.denotes == "intergovernmental":
        fits = [
            e.id
            for e in entries
            if e.kind == "organization" and INTERGOVERNMENTAL in (e.sector or "").split()
        ]
    else:
        fits = [e.id for e in entries if _named_as(e, description.phrases.get(lang, ()), lang)]
    return fits


def _mentioned_as(
    description: Description, mentions: Iterable[tuple[str, str]], kb: KB, lang: str
) -> list[str]:
    """The actors an earlier mention named with the phrase's words ("el Gobierno colombiano" -> Colombia,
    for a later "el Gobierno")."""
    phrases = description.phrases.get(lang, ())
    fits: list[str] = []
    for key, text in mentions:
        entry = kb.get(key)
        if entry is None or key in fits or description.kinds and entry.kind not in description.kinds:
            continue
        words = alias_keys(text)
        if any(words[k : k + len(p)] == p for p in phrases for k in range(len(words) - len(p) + 1)):
            fits.append(key)
    return fits


def _sole_state(mentions: Iterable[tuple[str, str]], kb: KB) -> list[str]:
    """The states the mentions before the description name ("The U.N. envoy for Libya urged the
    country's leaders": Libya); more than one, and "the country" is nobody."""
    return list(dict.fromkeys(k for k, _ in mentions if (e := kb.get(k)) is not None and e.kind == "country"))


def _junta_leaders(entries: list[Entry]) -> set[str]:
    """Undated article: the states whose head of state it names took office under a junta (Tchiani,
    head of state of Niger since the 2023 coup): the article is about that junta's time."""
    return {
        j.country
        for e in entries
        for spell in e.roles
        if spell.role == "head_of_state" and spell.start is not None
        for j in juntas()
        if spell.country == j.country and j.covers(spell.start)
    }


def _named_as(entry: Entry, phrases: tuple[tuple[str, ...], ...], lang: str) -> bool:
    """Whether a name or description of `entry` in `lang` holds one of `phrases` ("Royaume du Maroc"
    holds "royaume")."""
    names = [a for language, a in entry.aliases() if language in (lang, "xx")]
    names += list(entry.descriptions.get(lang, ()))
    for name in names:
        words = alias_keys(name)
        for keys in phrases:
            if any(words[k : k + len(keys)] == keys for k in range(len(words) - len(keys) + 1)):
                return True
    return False


def described(text: str, lang: str) -> bool:
    """The words hold one of the language's descriptions ("la junte", "the kingdom"): a subject that
    stands for an actor the linker could not tell (two juntas named), not for the last one acting."""
    words = alias_keys(text) if text else ()
    return any(
        words[k : k + len(keys)] == keys
        for description in descriptions()
        for keys in description.phrases.get(lang, ())
        for k in range(len(words) - len(keys) + 1)
    )
