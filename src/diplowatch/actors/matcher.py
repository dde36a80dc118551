"""A fast alias index over every KB phrase: token trie, longest match first.

Every alias (names in any language, descriptions, demonyms, role phrases) is
stored once as a path of folded token keys in a trie; a text is
scanned left to right and at each token the trie is walked with the token's
key variants (Arabic clitics), keeping the longest match. Cost is linear in the
number of tokens, independent of the KB size, which keeps the stage well under
the cost of the spaCy parse.

Two tolerances:
- inside a role phrase one country cue may sit between the words
  ("ministre *russe* des Affaires étrangères", "ambassadeur *du Maroc* auprès
  des Nations unies"): the cue is recorded on the hit;
- person names are also indexed by their transliteration `skeleton`
  ("Verchinine" = "Vershinin"), and `fuzzy_person` compares a name span with
  rapidfuzz against all person aliases for what the skeleton misses.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from rapidfuzz import fuzz, process

from diplowatch.actors.langdata import cues
from diplowatch.kb import KB, Entry, cache
from diplowatch.text.normalise import (
    ARABIC_ARTICLE,
    ARABIC_PROCLITICS,
    Token,
    alias_keys,
    fold,
    is_acronym,
    is_arabic,
    is_capitalised,
    skeleton,
    token_variants,
    variants,
    written_keys,
)

CODE = ("diplowatch.actors.matcher", "diplowatch.text.normalise")  # what decides an index's content
TargetKind = Literal["name", "description", "demonym", "role"]
OUTRUNNING = frozenset({"role", "description", "name"})  # what a name with its article yields to (`_outrun`)
FUZZY_CUTOFF = 88  # rapidfuzz ratio; below it "Dupont" ~ "Dupond"-like collisions between real people appear
LOOSE_CUTOFF = 75  # a skeleton match must also be this close in spelling ("verchinine"/"vershinin": 84)
MIN_SKELETON_WORD = (
    5  # a one-word name matched only by its skeleton must be this long ("Attaf" yes, "Wood" no)
)
# Articles some aliases begin with ("the UN", "l'ONU", "la ONU"): such an alias yields to a longer
# role phrase that starts after the article ("the UN envoy").
ARTICLES = frozenset({"the", "l", "la", "le", "el", "les", "los", "las"})
MIN_LOWERCASE_ORG = 6  # shorter organisation aliases ("Front", "EFE") must keep their capital

# Text between two tokens that still lets a phrase run on: spaces, hyphens,
# apostrophes, abbreviation dots, commas inside official titles.
_JOINER = re.compile(r"[\s\-‐‑'’‘.,]*")


class Target(NamedTuple):
    """A tuple, so that the tries are plain data a prebuilt file stores and reloads fast."""

    kind: TargetKind
    ref: str  # entry id, role key, or the honorific itself
    lang: str  # alias language, "xx" for any
    acronym: bool = False  # "UN", "US": only in capitals
    proper: bool = False  # a name in Latin script: needs a capitalised word in the text
    # an Arabic state name of one word, written without the article: a word with it is an adjective
    # ("المالي", "المالية": financial or Malian, never the state "مالي"; "القطر", a region, not "قطر")
    bare: bool = False
    # a name opening with an article the KB writes capitalised ("La Paz", "El Cairo"): so must the text,
    # where "para la Paz", "Premio Nobel de la Paz" are peace (a name the press writes with the article in
    # lower case is listed so in the KB too: "la Havane")
    article: bool = False


@dataclass(frozen=True, slots=True)
class Hit:
    """A matched phrase: token span [first, last) in the token list, and what it may denote."""

    first: int
    last: int
    start: int
    end: int
    targets: tuple[Target, ...]
    cue: Cue | None = None  # a country cue inside a role phrase
    loose: bool = False  # matched by skeleton, not exactly


@dataclass(frozen=True, slots=True)
class Cue:
    """A country named inside a role phrase: token span [first, last) and the country's entry id."""

    first: int
    last: int
    ref: str


# A trie node is a plain dict: token key -> child node, and TARGETS -> tuple of targets
# (plain tuples after a reload from the prebuilt file; Target._make reads them).
_Node = dict[str, Any]
TARGETS = "\x00"  # no token key is empty or holds a NUL
_Reached = tuple[int, tuple[Any, ...], Cue | None]  # (end token, the node's stored targets, cue)


class _Scan:
    """One token list being matched, with what every walk asks of its tokens computed once: each
    token's key variants, and (on demand) whether it joins the token before it."""

    def __init__(self, text: str, toks: list[Token], genitives: frozenset[str] = frozenset()) -> None:
        self.text = text
        self.toks = toks
        self.keys = [token_variants(tok) for tok in toks]
        self.genitives = genitives  # the words a country cue inside a role phrase may follow ("du")
        self._joined: list[bool | None] = [None] * len(toks)

    def joined(self, j: int) -> bool:
        """Whether token j continues the phrase of token j - 1 (j > 0)."""
        known = self._joined[j]
        if known is None:
            known = self._joined[j] = _joins(self.text, self.toks[j - 1], self.toks[j])
        return known


class AliasIndex:
    """All KB phrases and language cues in two tries (exact keys, name skeletons)."""

    def __init__(self, kb: KB, state: dict[str, Any] | None = None) -> None:
        """The index of `kb`, or (with `state`, from `state()` of an index of the same KB) its reload."""
        self.kb = kb
        self._exact: _Node = {}
        self._loose: _Node = {}
        self._cues: _Node = {}  # country names and demonyms: what may sit inside a role phrase
        self._person_aliases: dict[str, str] = {}  # folded alias -> person id, for rapidfuzz
        self._aliases_of: dict[str, list[str]] = {}  # person id -> folded aliases
        if state is not None:
            self._exact, self._loose, self._cues = state["exact"], state["loose"], state["cues"]
            self._person_aliases, self._aliases_of = state["person_aliases"], state["aliases_of"]
            return
        for entry in kb:
            self._add_entry(entry)
        for role in kb.roles.values():
            for lang, phrases in role.phrases.items():
                for phrase in phrases:
                    self._add(
                        self._exact, phrase, Target("role", role.role, lang, acronym=is_acronym(phrase))
                    )

    @classmethod
    def for_kb(cls, kb: KB) -> AliasIndex:
        """The index of a KB loaded from files, reloaded from its prebuilt file when there is one."""
        if kb.stamp is None:
            return cls(kb)
        key = cache.stamp(cache.code_files(*CODE), kb.stamp)
        state = cache.read("index", key)
        if state is not None:
            return cls(kb, state)
        index = cls(kb)
        cache.write("index", key, index.state())
        return index

    def state(self) -> dict[str, Any]:
        """Everything built from the KB, as plain dicts, strings and tuples (for the prebuilt file)."""
        return {
            "exact": self._exact,
            "loose": self._loose,
            "cues": self._cues,
            "person_aliases": self._person_aliases,
            "aliases_of": self._aliases_of,
        }

    def _add_entry(self, entry: Entry) -> None:
        for lang, alias in entry.aliases():
            target = Target(
                "name",
                entry.id,
                lang,
                acronym=is_acronym(alias),
                proper=_needs_capital(entry, alias),
                bare=entry.kind in ("country", "territory") and _bare_arabic_word(alias),
                article=_opens_with_capital_article(alias),
            )
            self._add(self._exact, alias, target)
            if entry.kind == "person":
                self._add_person(entry, alias, target)
            if entry.kind in ("country", "territory"):
                self._add(self._cues, alias, target)
        for lang, phrases in entry.descriptions.items():
            for phrase in phrases:
                self._add(self._exact, phrase, Target("description", entry.id, lang))
        for lang, phrases in entry.demonyms.items():
            for phrase in phrases:
                target = Target("demonym", entry.id, lang)
                self._add(self._exact, phrase, target)
                self._add(self._cues, phrase, target)

    def _add_person(self, entry: Entry, alias: str, target: Target) -> None:
        keys = alias_keys(alias)
        loose = tuple(skeleton(k) for k in keys)
        # Generated persons match exactly only: among 20,000 names, a skeleton finds a namesake for anyone.
        if (len(keys) > 1 or len(alias) >= MIN_SKELETON_WORD) and not entry.generated:
            self._add_keys(self._loose, loose, target)
        if not entry.generated:  # rapidfuzz over 20,000 generated names finds a namesake for anyone
            self._person_aliases[" ".join(keys)] = entry.id
        # Arabic aliases as written, article kept: a skeleton drops long vowels, and "سياسي" (political)
        # would otherwise be as close to "السيسي" without its article as a spelling variant
        written = written_keys(alias) if is_arabic(alias) else keys
        self._aliases_of.setdefault(entry.id, []).append(" ".join(written))

    def _add(self, trie: _Node, phrase: str, target: Target) -> None:
        self._add_keys(trie, alias_keys(phrase), target)

    @staticmethod
    def _add_keys(trie: _Node, keys: tuple[str, ...], target: Target) -> None:
        if not keys:
            return
        node = trie
        for key in keys:
            node = node.setdefault(key, {})
        have = node.get(TARGETS, ())
        if target not in have:
            node[TARGETS] = have + (target,)

    # --- matching ----------------------------------------------------------

    def find(self, text: str, toks: list[Token], lang: str, kinds: frozenset[str] | None = None) -> list[Hit]:
        """Non-overlapping hits, leftmost-longest, for the tokens of one segment of `text`.

        `kinds` keeps only targets of those kinds (e.g. names inside a role phrase).
        """
        scan = _Scan(text, toks, cues(lang).genitives)
        hits: list[Hit] = []
        exact, loose, keys = self._exact.keys(), self._loose.keys(), scan.keys
        i = 0
        while i < len(toks):
            # Most tokens begin no phrase of either trie: `_longest`'s own first tests, without the call.
            if exact.isdisjoint(keys[i]) and (
                not (is_capitalised(toks[i].text) or is_arabic(toks[i].text))
                or loose.isdisjoint(_skeletons(toks[i].key))
            ):
                i += 1
                continue
            hit = self._longest(scan, i, lang, kinds)
            if hit is None:
                i += 1
                continue
            hit = self._outrun(scan, hit, lang, kinds)
            hit = self._demonym_before_role(scan, hit, lang, kinds)
            hits.append(hit)
            i = hit.last
        return hits

    def _outrun(self, scan: _Scan, hit: Hit, lang: str, kinds: frozenset[str] | None) -> Hit:
        """An alias that begins with its article ("the UN", "l'ONU") yields to a longer alias starting
        after the article and running past it: "the *UN envoy*" is the envoy, "the *UN mission*" a
        mission, "the *UN Security Council*" the Council, not the organisation.
        An alias in the possessive is left alone: "the UN Secretary-General's envoy", "the UN
        envoy's proposal" are about someone or something else, and the organisation reading is kept."""
        if scan.toks[hit.first].key not in ARTICLES:
            return hit
        for j in range(hit.first + 1, hit.last):
            later = self._longest(scan, j, lang, kinds)
            if (
                later is not None
                and later.last > hit.last
                and any(t.kind in OUTRUNNING for t in later.targets)
                and not _possessive(scan, later.last)
            ):
                return later
        return hit

    def _demonym_before_role(self, scan: _Scan, hit: Hit, lang: str, kinds: frozenset[str] | None) -> Hit:
        """A body's name that opens with a demonym yields to an office running past it from the word after
        the demonym: "the Russian *foreign ministry spokeswoman*" is the spokeswoman, whose country the
        demonym, left a mention of its own, still gives; "the Russian foreign ministry said" stays the
        ministry."""
        if hit.last - hit.first < 2 or not any(t.kind == "name" for t in hit.targets):
            return hit
        later = self._longest(scan, hit.first + 1, lang, kinds)
        if later is None or later.last <= hit.last or not any(t.kind == "role" for t in later.targets):
            return hit
        alone = [
            targets
            for end, targets, cue in self._walk(self._exact, scan, hit.first, exact=True, skip=False)
            if end == hit.first + 1 and cue is None
        ]
        first = scan.toks[hit.first : hit.first + 1]
        kept = _admissible(tuple(t for found in alone for t in _targets(found)), first, lang, kinds)
        if not any(t.kind == "demonym" for t in kept):
            return hit
        return Hit(hit.first, hit.first + 1, first[0].start, first[0].end, kept, None)

    def _longest(self, scan: _Scan, i: int, lang: str, kinds: frozenset[str] | None) -> Hit | None:
        toks = scan.toks
        # Most tokens begin no alias: a walk yields nothing unless the first word is in the trie's root.
        if not self._exact.keys().isdisjoint(scan.keys[i]):
            for end, targets, cue in sorted(
                self._walk(self._exact, scan, i, exact=True, skip=True), key=_longest_first
            ):
                kept = _admissible(_targets(targets), toks[i:end], lang, kinds)
                if kept:
                    return Hit(i, end, toks[i].start, toks[end - 1].end, kept, cue)
        if not (is_capitalised(toks[i].text) or is_arabic(toks[i].text)):
            return None
        if self._loose.keys().isdisjoint(_skeletons(toks[i].key)):
            return None
        for end, targets, _ in sorted(
            self._walk(self._loose, scan, i, exact=False, skip=False), key=_longest_first
        ):
            # one Arabic word has no capital to tell a name: by its skeleton alone, "السياسي" (political)
            # would be el-Sisi
            if end - i == 1 and (
                len(toks[i].text) < MIN_SKELETON_WORD
                or toks[i].text.isupper()
                or is_arabic(toks[i].text)
                or _name_runs_on(scan, end)
            ):
                continue
            kept = self._close_enough(_targets(targets), toks[i:end])
            kept = _admissible(kept, toks[i:end], lang, kinds)
            if kept:
                return Hit(i, end, toks[i].start, toks[end - 1].end, kept, None, loose=True)
        return None

    def _walk(self, trie: _Node, scan: _Scan, i: int, *, exact: bool, skip: bool) -> list[_Reached]:
        """(end, targets, cue) for every phrase of `trie` starting at token i, in the order of a
        depth-first walk (a list: every caller reads them all)."""
        found: list[_Reached] = []
        states: list[tuple[_Node, int, Cue | None]] = [(trie, i, None)]
        count, keys, toks = len(scan.toks), scan.keys, scan.toks
        while states:
            node, j, cue = states.pop()
            targets = node.get(TARGETS)
            if targets and j > i:
                found.append((j, targets, cue))
            if j >= count or (j > i and not scan.joined(j)):
                continue
            for key in keys[j] if exact else _skeletons(toks[j].key):
                child = node.get(key)
                if child is not None:
                    states.append((child, j + 1, cue))
            if skip and cue is None and j > i and len(node) > (targets is not None):
                states += self._skip_cue(node, scan, j)
        return found

    def _skip_cue(self, node: _Node, scan: _Scan, j: int) -> list[tuple[_Node, int, Cue | None]]:
        """Continue a phrase after a country cue inserted at token j (or at j+1, after a genitive "du":
        never after another word, "Sudan *met Sudan*'s army" is no phrase)."""
        out: list[tuple[_Node, int, Cue | None]] = []
        for start in (j, j + 1) if not scan.genitives.isdisjoint(scan.keys[j]) else (j,):
            # Most words begin no country name: no walk unless one may start here.
            if start >= len(scan.toks) or self._cues.keys().isdisjoint(scan.keys[start]):
                continue
            for end, targets, _ in self._walk(self._cues, scan, start, exact=True, skip=False):
                if end >= len(scan.toks) or end - j > 4 or not scan.joined(end):
                    continue
                for key in scan.keys[end]:
                    if key in node:
                        out.append((node[key], end + 1, Cue(start, end, Target._make(targets[0]).ref)))
        return out

    def _close_enough(self, targets: tuple[Target, ...], span: list[Token]) -> tuple[Target, ...]:
        """Skeletons drop vowels, so "Tours" and "Truss" share one: the spelling must be close too."""
        query = " ".join(t.key for t in span)
        return tuple(
            t
            for t in targets
            if any(fuzz.ratio(query, alias) >= LOOSE_CUTOFF for alias in self._aliases_of.get(t.ref, ()))
        )

    def fuzzy_person(self, span_text: str) -> str | None:
        """The person whose alias is closest to `span_text` (a PER entity the tries missed), if close
        enough."""
        query = " ".join(fold(w) for w in span_text.split())
        if len(query) < 6 or not self._person_aliases:
            return None
        best = process.extractOne(
            query, self._person_aliases.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
        )
        return self._person_aliases[best[0]] if best else None


def _bare_arabic_word(alias: str) -> bool:
    return is_arabic(alias) and " " not in alias.strip() and not fold(alias).startswith(ARABIC_ARTICLE)


def _with_article(key: str) -> bool:
    """An Arabic word with the article, a proclitic before it or not ("المالي", "والمالية", "للمالية")."""
    peeled = (
        key[1:] if key[:1] and key[0] in ARABIC_PROCLITICS and key[1:].startswith(ARABIC_ARTICLE) else key
    )
    return peeled.startswith(ARABIC_ARTICLE) or key.startswith("لل")


def _needs_capital(entry: Entry, alias: str) -> bool:
    """Latin names need a capital letter in the text, except long organisation names: "le polisario",
    "le conseil de sécurité" are written in lower case by some outlets, and are no common words."""
    if is_arabic(alias):
        return False
    if entry.kind in ("organization", "group"):
        return len(alias) < MIN_LOWERCASE_ORG
    return True


# The articles a place name may open with in French and Spanish ("La Paz", "Le Caire", "El Cairo")
NAME_ARTICLES = frozenset({"la", "le", "les", "el", "los", "las"})


def _opens_with_capital_article(alias: str) -> bool:
    words = alias.split()
    return len(words) > 1 and words[0][:1].isupper() and words[0].casefold() in NAME_ARTICLES


def _targets(stored: tuple[Any, ...]) -> tuple[Target, ...]:
    """A node's targets as `Target`s (a reloaded index stores plain tuples)."""
    return tuple(map(Target._make, stored))


def _possessive(scan: _Scan, j: int) -> bool:
    """Token j is the "s" of an English possessive ("envoy's", "envoy’s")."""
    if j >= len(scan.toks) or scan.toks[j].key != "s":
        return False
    return scan.text[scan.toks[j - 1].end : scan.toks[j].start] in ("'", "’")


def _longest_first(reached: _Reached) -> int:
    return -reached[0]


@functools.lru_cache(maxsize=65536)
def _name_runs_on(scan: _Scan, j: int) -> bool:
    """Token j is a capitalised word right after the one before it: "Dramani" in "John Dramani
    Mahama" is part of a longer name, not "Darmanin" spelled loosely."""
    return (
        j < len(scan.toks)
        and is_capitalised(scan.toks[j].text)
        and scan.text[scan.toks[j - 1].end : scan.toks[j].start] == " "
    )


def _skeletons(key: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(skeleton(k) for k in variants(key)))


def _joins(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    return len(gap) < 6 and "\n\n" not in gap and _JOINER.fullmatch(gap) is not None


def _admissible(
    targets: tuple[Target, ...], span: list[Token], lang: str, kinds: frozenset[str] | None = None
) -> tuple[Target, ...]:
    """Targets whose case and language constraints the matched words meet (and of `kinds`, if given)."""
    capitalised = any(is_capitalised(t.text) for t in span)
    upper = all(t.text.isupper() for t in span)
    kept = []
    for target in targets:
        if kinds is not None and target.kind not in kinds:
            continue
        if target.acronym and not upper:
            continue
        # an acronym listed for one language is matched in it only: "AU" is the African Union in English,
        # "au" in French capitals; "FAR" the RSF in Spanish, Morocco's army in French
        if target.acronym and target.lang not in (lang, "xx"):
            continue
        if target.proper and not capitalised:
            continue
        if target.article and not is_capitalised(span[0].text):
            continue
        if target.bare and len(span) == 1 and _with_article(span[0].key):
            continue
        # Names are names in every language; descriptive phrases only in their own.
        if target.kind not in ("name",) and target.lang not in (lang, "xx", "ar"):
            continue
        kept.append(target)
    return tuple(kept)
