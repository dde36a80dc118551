"""Sentences of an article as token lists the event and quote stages read.

Where a spaCy pipeline exists the sentences and tokens come from the parse
(`Article.parses`), with lemmas and the dependency tree; elsewhere
(Arabic) a regex splits sentences and tokens carry folded surface forms only.
Token heads are indices into the sentence's own token list (-1: the root, or a
head outside the sentence).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from diplowatch.model import Article, Segment
from diplowatch.text.active_with_etre import active_with_etre_restored
from diplowatch.text.adjectival_passives import adjectival_passives_restored
from diplowatch.text.apposed_participle_subjects import apposed_participle_subjects_restored
from diplowatch.text.appositions import appositive_subject_restored
from diplowatch.text.auxiliary_subjects import auxiliary_subjects_restored
from diplowatch.text.clefts import CLEFT_KEYS, Cleft, cleft_restored
from diplowatch.text.conjunct_subjects import conjunct_subjects_restored
from diplowatch.text.double_subjects import double_subject_restored
from diplowatch.text.fronted_subjects import fronted_subject_restored
from diplowatch.text.gerund_subjects import gerund_subject_restored
from diplowatch.text.langdata import lang_data
from diplowatch.text.names_as_verbs import names_restored
from diplowatch.text.normalise import Token, fold, tokens
from diplowatch.text.object_predicates import object_predicates_restored
from diplowatch.text.parse import parsed_segments
from diplowatch.text.periphrases import periphrasis_restored
from diplowatch.text.prepositions import participial_prepositions_restored, prepositions_restored
from diplowatch.text.present_verbs import unaccented_presents_restored
from diplowatch.text.punctuation_heads import punctuation_heads_restored
from diplowatch.text.reported_conjuncts import reported_conjuncts_restored
from diplowatch.text.sequence_tails import sequence_tail_restored
from diplowatch.text.split_subjects import split_subject_restored
from diplowatch.text.trailing_attributions import trailing_attribution_restored
from diplowatch.text.trailing_participles import trailing_participles_restored

# A sentence ends at . ! ? ؟ or a line break, not after a one-letter initial ("M.") or inside digits.
_FINAL = frozenset('.!?…:;»"”؟')
# Punctuation between two words of one sentence that ends a phrase: a word before it does not
# govern or describe a word after it ("the efforts, renewed" is not "the efforts to renew").
PHRASE_BREAK = re.compile(r"[,.;:()«»\"“”،؛]")
_SENTENCE_END = re.compile(r"(?<!\b\w)[.!?؟]+[\"»”’]?(?=\s)|\n+")

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int  # position in the article
    start: int
    end: int
    language: str
    toks: tuple[Token, ...]
    parsed: bool

    # Each token's children, found once: the event rules ask for them over and over.
    _children: tuple[tuple[int, ...], ...] = field(init=False, compare=False, hash=False, repr=False)
    # What a stage works out from the tokens once and reads many times (see `derived`).
    _derived: dict[str, Any] = field(init=False, compare=False, hash=False, repr=False)
    # Each subtree asked for, kept: the event rules ask for the same clauses trigger after trigger.
    _subtrees: dict[int, frozenset[int]] = field(init=False, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        children: list[list[int]] = [[] for _ in self.toks]
        count = len(children)
        for j, tok in enumerate(self.toks):
            if 0 <= tok.head < count:
                children[tok.head].append(j)
        object.__setattr__(self, "_children", tuple(map(tuple, children)))
        object.__setattr__(self, "_derived", {})
        object.__setattr__(self, "_subtrees", {})

    def derived(self, name: str, compute: Callable[[Sentence], T]) -> T:
        """compute(self), worked out on the first call only: `name` names what it computes (the
        same name must always come with the same computation)."""
        try:
            return self._derived[name]  # (no typing.cast: a call of its own, ~900 times a document)
        except KeyError:
            found = self._derived[name] = compute(self)
            return found

    def derived_for(self, name: str, compute: Callable[[Sentence], T], *owners: object) -> T:
        """compute(self) for `owners` (the lexicon, the body it reads), worked out once per sentence and
        owners: they are kept with the answer, so that an id the runtime reused for another object
        never serves that one the answer (then it is worked out again, not kept)."""
        kept = self.derived(f"{name} {' '.join(str(id(o)) for o in owners)}", lambda s: (owners, compute(s)))
        held, found = kept
        if len(held) == len(owners) and all(a is b for a, b in zip(held, owners, strict=True)):
            return found
        return compute(self)

    def children(self, i: int) -> tuple[int, ...]:
        """Token i's children (the tuple kept, not a copy: rules ask for them over and over)."""
        if 0 <= i < len(self._children):
            return self._children[i]
        return tuple(j for j, t in enumerate(self.toks) if t.head == i)  # -1: the roots

    def subtree(self, i: int) -> set[int]:
        """Token i and everything below it (a set of the caller's own: it may change it)."""
        known = self._subtrees.get(i)
        if known is None:
            known = self._subtrees[i] = frozenset(self._subtree(i))
        return set(known)

    def _subtree(self, i: int) -> set[int]:
        out, todo = {i}, [i]
        while todo:
            j = todo.pop()
            for child in self._children[j] if 0 <= j < len(self._children) else self.children(j):
                if child not in out:
                    out.add(child)
                    todo.append(child)
        return out

    def ancestors(self, i: int, steps: int) -> Iterator[int]:
        """Token i, then its head, its head's head... at most `steps` of them (a walk up the parse)."""
        while i >= 0 and steps > 0:
            yield i
            i, steps = self.toks[i].head, steps - 1

    def token_at(self, offset: int) -> int | None:
        """Index of the token covering body offset `offset` (or the next one): the first token ending
        after it."""
        ends = self.derived("token_ends", _ordered_ends)
        if ends is None:  # never seen: tokens come in reading order
            return next((j for j, tok in enumerate(self.toks) if tok.end > offset), None)
        j = bisect.bisect_right(ends, offset)
        return j if j < len(ends) else None

    def starting_within(self, start: int, end: int) -> list[int]:
        """Indices of the tokens that start inside body offsets [start, end)."""
        bounds = self.derived("token_bounds", _ordered_bounds)
        if bounds is None:  # never seen: tokens come in reading order
            return [i for i, t in enumerate(self.toks) if start <= t.start < end]
        starts = bounds[0]
        return list(range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)))

    def tokens_within(self, start: int, end: int) -> list[int]:
        """Indices of the tokens lying inside body offsets [start, end)."""
        bounds = self.derived("token_bounds", _ordered_bounds)
        if bounds is None:  # never seen: tokens come in reading order
            return [i for i, t in enumerate(self.toks) if start <= t.start and t.end <= end]
        starts, ends = bounds  # both never decrease: the tokens inside are one run
        return list(range(bisect.bisect_left(starts, start), bisect.bisect_right(ends, end)))


def _ordered_bounds(sentence: Sentence) -> tuple[list[int], list[int]] | None:
    """The tokens' start and end offsets when neither ever decreases (so that they can be bisected)."""
    ends = sentence.derived("token_ends", _ordered_ends)
    starts = [tok.start for tok in sentence.toks]
    ordered = all(a <= b for a, b in zip(starts, starts[1:], strict=False))
    return (starts, ends) if ends is not None and ordered else None


def _ordered_ends(sentence: Sentence) -> list[int] | None:
    """The tokens' end offsets when they never decrease (so that they can be bisected)."""
    ends = [tok.end for tok in sentence.toks]
    return ends if all(a <= b for a, b in zip(ends, ends[1:], strict=False)) else None


def sentences(article: Article) -> list[Sentence]:
    out: list[Sentence] = []
    for part in parsed_segments(article):
        segment, doc = part.segment, part.doc
        spans = _parsed(article.body, segment, doc) if doc is not None else _split(article.body, segment)
        for start, end, toks, parsed in spans:
            if toks:
                out.append(Sentence(len(out), start, end, segment.language, toks, parsed))
    return out


def is_tree(toks: tuple[Token, ...]) -> bool:
    """Every token's heads lead to a root (head -1): no repair hung two words on each other."""
    state = [0] * len(toks)  # 0 unseen, 1 on the current path, 2 known to reach a root
    for start in range(len(toks)):
        path, i = [], start
        while 0 <= i < len(toks) and state[i] == 0:
            state[i] = 1
            path.append(i)
            i = toks[i].head
        if 0 <= i < len(toks) and state[i] == 1:
            return False
        for j in path:
            state[j] = 2
    return True


def _parsed(body: str, segment: Segment, doc: Any) -> list[tuple[int, int, tuple[Token, ...], bool]]:
    out: list[tuple[int, int, tuple[Token, ...], bool]] = []
    auxiliaries = frozenset(fold(w) for w in _TENSE_AUXILIARIES.get(segment.language, ()))
    agent_markers = _PASSIVE_OPENINGS.get(segment.language, frozenset())
    incise_verbs = _INCISE_VERBS.get(segment.language, frozenset())
    for start, end, toks, parsed in _spacy_sentences(segment, doc):
        as_parsed = toks
        toks = _participle_restored(toks, auxiliaries) if auxiliaries else toks
        toks = _main_clause_restored(toks, agent_markers)
        toks = unaccented_presents_restored(toks) if segment.language in _UNACCENTED_PRESENTS else toks
        toks = names_restored(toks) if segment.language in _NAMES_AS_VERBS else toks
        # a name read as the root verb hid the split compound tense: look again once it is a name
        toks = _participle_restored(toks, auxiliaries) if auxiliaries else toks
        toks = _incise_subjects_restored(toks, incise_verbs) if segment.language in _INCISES else toks
        toks = _acronym_subject_restored(toks) if segment.language in _ACRONYM_SUBJECTS else toks
        toks = appositive_subject_restored(toks) if segment.language in _APPOSITIVE_PARTICIPLES else toks
        toks = split_subject_restored(toks) if segment.language in _SPLIT_SUBJECTS else toks
        toks = double_subject_restored(toks) if segment.language in _DOUBLE_SUBJECTS else toks
        toks = cleft_restored(toks, _CLEFTS[segment.language]) if segment.language in _CLEFTS else toks
        fronted = _FRONTED_SUBJECTS.get(segment.language)
        toks = fronted_subject_restored(toks, fronted) if fronted else toks
        judged = _OBJECT_PREDICATES.get(segment.language)
        toks = object_predicates_restored(toks, *judged) if judged else toks
        toks = gerund_subject_restored(toks) if segment.language in _GERUND_SUBJECTS else toks
        if segment.language in _APPOSED_PARTICIPLE_SUBJECTS:
            toks = apposed_participle_subjects_restored(toks)
        trailing = _TRAILING_PARTICIPLES.get(segment.language, frozenset())
        gerunds = _GERUND_MARKS.get(segment.language, frozenset())
        toks = trailing_participles_restored(toks, trailing, gerunds) if trailing or gerunds else toks
        periphrastic = _PERIPHRASTIC_VERBS.get(segment.language)
        toks = periphrasis_restored(toks, periphrastic) if periphrastic else toks
        toks = trailing_attribution_restored(toks) if segment.language in _TRAILING_ATTRIBUTIONS else toks
        toks = conjunct_subjects_restored(toks) if segment.language in _CONJUNCT_SUBJECTS else toks
        toks = reported_conjuncts_restored(toks) if segment.language in _REPORTED_CONJUNCTS else toks
        if segment.language in _SEQUENCE_TAILS:
            toks = sequence_tail_restored(toks, _SEQUENCE_TAILS[segment.language])
        marks = _ASKED_OBJECTS.get(segment.language)
        toks = _asked_objects_restored(toks, marks) if marks else toks
        prepositions = _PREPOSITIONS_AS_VERBS.get(segment.language)
        toks = prepositions_restored(toks, prepositions) if prepositions else toks
        participles = _PARTICIPIAL_PREPOSITIONS.get(segment.language)
        toks = participial_prepositions_restored(toks, participles) if participles else toks
        toks = punctuation_heads_restored(toks) if segment.language in _PUNCTUATION_HEADS else toks
        toks = auxiliary_subjects_restored(toks) if segment.language in _AUXILIARY_SUBJECTS else toks
        copulas = _ADJECTIVAL_PASSIVES.get(segment.language)
        toks = adjectival_passives_restored(toks, copulas, segment.language) if copulas else toks
        etre_verbs = _ACTIVE_WITH_ETRE.get(segment.language)
        toks = active_with_etre_restored(toks, etre_verbs, segment.language) if etre_verbs else toks
        toks = toks if is_tree(toks) else as_parsed  # a repair that made a loop is undone, not followed
        if out and _continues(body, out[-1], start):
            last = out[-1]
            shift = len(last[2])
            moved = tuple(dataclasses.replace(t, head=t.head + shift if t.head >= 0 else -1) for t in toks)
            # the opening clause may be all the first piece was ("Recibido por X, | el enviado pidió")
            glued = _main_clause_restored(last[2] + _governed(moved, last[2], shift), agent_markers)
            glued = names_restored(glued) if segment.language in _NAMES_AS_VERBS else glued
            # "..., a déclaré mardi | Nasser Bourita.", "X pousse Y à accepter, | a déclaré vendredi Z."
            if segment.language in _NAMES_AS_VERBS or segment.language in _INCISES:
                glued = _incise_subjects_restored(glued, incise_verbs)
            if segment.language in _SPLIT_SUBJECTS:  # "Moscou | , par la voix de X, a critiqué"
                glued = split_subject_restored(glued)
            out[-1] = (last[0], end, glued if is_tree(glued) else last[2] + moved, True)
        else:
            out.append((start, end, toks, parsed))
    return out


def _continues(body: str, previous: tuple[int, int, tuple[Token, ...], bool], start: int) -> bool:
    """spaCy sometimes cuts a sentence after its first word ("Moscou | n'a pas condamné"): a
    sentence whose predecessor has no final punctuation and no line break between them goes on."""
    toks = previous[2]
    return bool(toks) and toks[-1].text[-1:] not in _FINAL and "\n" not in body[toks[-1].end : start]


def _words_by_language(key: str) -> dict[str, frozenset[str]]:
    """A parse repair's folded words per language (lang/parse_repairs.yaml)."""
    listed = lang_data("parse_repairs.yaml").get(key) or {}
    return {language: frozenset(fold(w) for w in words) for language, words in listed.items()}


_TENSE_AUXILIARIES: dict[str, list[str]] = lang_data("parse_repairs.yaml").get("tense_auxiliaries") or {}
_INCISES: frozenset[str] = frozenset(lang_data("parse_repairs.yaml").get("incises") or [])
_INCISE_VERBS = _words_by_language("incise_verbs")
_TRAILING_ATTRIBUTIONS: frozenset[str] = frozenset(
    lang_data("parse_repairs.yaml").get("trailing_attributions") or []
)
_NAMES_AS_VERBS: frozenset[str] = frozenset(lang_data("parse_repairs.yaml").get("names_read_as_verbs") or [])
_ACRONYM_SUBJECTS: frozenset[str] = frozenset(lang_data("parse_repairs.yaml").get("acronym_subjects") or [])
_AUXILIARY_SUBJECTS: frozenset[str] = frozenset(
    lang_data("parse_repairs.yaml").get("auxiliary_subjects") or []
)
_UNACCENTED_PRESENTS: frozenset[str] = frozenset(
    lang_data("parse_repairs.yaml").get("unaccented_presents") or []
)
_CONJUNCT_SUBJECTS: frozenset[str] = frozenset(lang_data("parse_repairs.yaml").get("conjunct_subjects") or [])
_REPORTED_CONJUNCTS: frozenset[str] = frozenset(
    lang_data("parse_repairs.yaml").get("reported_conjuncts") or []
)
_SPLIT_SUBJECTS: frozenset[str] = frozenset(lang_data("parse_repairs.yaml").get("split_subjects") or [])
_DOUBLE_SUBJECTS: frozenset[str] = frozenset(lang_data("parse_repairs.yaml").get("double_subjects") or [])
_CLEFTS: dict[str, Cleft] = {
    language: Cleft(*(frozenset(fold(w) for w in words.get(key) or []) for key in CLEFT_KEYS))
    for language, words in (lang_data("parse_repairs.yaml").get("clefts") or {}).items()
}
_FRONTED_SUBJECTS: dict[str, str] = lang_data("parse_repairs.yaml").get("fronted_subjects") or {}
_OBJECT_PREDICATES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    language: (frozenset(fold(w) for w in words["verbs"]), frozenset(fold(w) for w in words["marks"]))
    for language, words in (lang_data("parse_repairs.yaml").get("object_predicates") or {}).items()
}
_APPOSITIVE_PARTICIPLES: frozenset[str] = frozenset(
    lang_data("parse_repairs.yaml").get("appositive_participles") or []
)
_GERUND_SUBJECTS: frozenset[str] = frozenset(lang_data("parse_repairs.yaml").get("gerund_subjects") or [])
_APPOSED_PARTICIPLE_SUBJECTS: frozenset[str] = frozenset(
    lang_data("parse_repairs.yaml").get("apposed_participle_subjects") or []
)
_SEQUENCE_TAILS = _words_by_language("sequence_tails")
_TRAILING_PARTICIPLES = _words_by_language("trailing_participles")
_GERUND_MARKS = _words_by_language("gerund_marks")
_PERIPHRASTIC_VERBS = _words_by_language("periphrastic_verbs")
_ASKED_OBJECTS = _words_by_language("asked_objects")
_PREPOSITIONS_AS_VERBS = _words_by_language("prepositions_read_as_verbs")
_PARTICIPIAL_PREPOSITIONS = _words_by_language("participial_prepositions")
_PASSIVE_OPENINGS = _words_by_language("passive_openings")
_ADJECTIVAL_PASSIVES = _words_by_language("adjectival_passives")
_ACTIVE_WITH_ETRE = _words_by_language("active_with_etre")
_PUNCTUATION_HEADS: frozenset[str] = frozenset(
    lang_data("parse_repairs.yaml").get("names_hung_on_punctuation") or []
)
PARTICIPLE_REACH = 8  # tokens from an auxiliary to its participle across an adverbial phrase


def _participle_restored(toks: tuple[Token, ...], auxiliaries: frozenset[str]) -> tuple[Token, ...]:
    """A compound tense the parser split ("L'UE a, pour sa part, appelé le Maroc": "a" the root,
    "appelé" hung on "part"): the participle becomes the root again, the auxiliary and the root's other
    dependents its children (lang/parse_repairs.yaml)."""
    root = next((i for i, t in enumerate(toks) if t.head < 0), None)
    if (
        root is not None
        and toks[root].pos == "NOUN"
        and ((restored := _phrase_rooted_restored(toks, root, auxiliaries)) is not toks)
    ):
        return restored
    if root is not None and toks[root].pos in ("NOUN", "PROPN"):
        return _subject_rooted_restored(toks, root, auxiliaries)
    if root is None or toks[root].lemma not in auxiliaries or toks[root].pos not in ("VERB", "AUX"):
        return toks
    for j in range(root + 1, min(len(toks), root + 1 + PARTICIPLE_REACH)):
        tok = toks[j]
        if tok.pos in ("VERB", "AUX") and "VerbForm=Part" in tok.morph and "Tense=Past" in tok.morph:
            if not _hangs_between(toks, j, root):
                return toks
            return tuple(_reattached(t, n, root, j) for n, t in enumerate(toks))
        if tok.pos == "VERB" or not root <= tok.head <= root + PARTICIPLE_REACH:  # no split tense
            return toks
    return toks


def _main_clause_restored(toks: tuple[Token, ...], agent_markers: frozenset[str]) -> tuple[Token, ...]:
    """A sentence opening with a participle clause ("Saluant les efforts de l'envoyé, le ministre a
    appelé l'Algérie à...", "Estimant que..., la Russie s'est abstenue", "Recibido por el rey, el
    enviado pidió..."): the parser sometimes makes the participle the root and hangs the main clause
    on a noun of it, or leaves the main clause a root of its own. The first clause after the comma with
    a subject of its own becomes the root again, the participle clause its adjunct; a passive
    participle's "por X" the parser read as its object is its agent."""
    if not toks or toks[0].head >= 0:
        return toks
    comma = next((i for i, t in enumerate(toks) if t.text == ","), None)
    if comma is None:
        return toks
    agent = _opening_agent(toks, comma, agent_markers)
    if not _present_participle(toks[0]) and agent is None:
        return toks
    subjects = {t.head for t in toks[comma + 1 :] if t.dep.startswith("nsubj")}
    main = next(
        (j for j in range(comma + 1, len(toks)) if j in subjects and _main_verb(toks, j, agent)), None
    )
    if main is None:
        return toks
    rerooted = [_rerooted(t, n, main) for n, t in enumerate(toks)]
    if agent is not None:  # a participle with an agent is a verb, whatever the tagger said ("ADJ")
        rerooted[0] = dataclasses.replace(rerooted[0], pos="VERB")
        rerooted[agent] = dataclasses.replace(rerooted[agent], dep="obl:agent")
    return tuple(rerooted)


def _opening_agent(toks: tuple[Token, ...], comma: int, agent_markers: frozenset[str]) -> int | None:
    """The agent of a past participle opening the sentence, before the first comma: the noun the opening
    participle governs that an agent marker introduces ("Recibido el lunes por el rey, ...")."""
    if "VerbForm=Part" not in toks[0].morph or "Tense=Pres" in toks[0].morph:
        return None
    for n in range(1, comma):
        tok = toks[n]
        marked = any(
            toks[m].head == n and toks[m].dep == "case" and toks[m].key in agent_markers for m in range(n)
        )
        if tok.head == 0 and marked:
            return n
    return None


def _main_verb(toks: tuple[Token, ...], j: int, agent: int | None) -> bool:
    """A clause's verb the participle clause may hang on: one the parser hung somewhere, or, after a
    passive opening, one it left a root of its own."""
    return toks[j].head >= 0 or (agent is not None and toks[j].pos in ("VERB", "AUX"))


def _acronym_subject_restored(toks: tuple[Token, ...]) -> tuple[Token, ...]:
    """A sentence opening with an acronym the parser made the root, read as a verb or as a name ("ECOWAS
    imposed sanctions", "ECOWAS lifted sanctions on Niger": "imposed", "lifted" an adjective): the
    past-tense verb after it is the root, the acronym its subject (lang/parse_repairs.yaml
    `acronym_subjects`)."""
    if len(toks) < 3 or toks[0].head >= 0 or toks[0].pos not in ("VERB", "AUX", "PROPN"):
        return toks
    first, verb = toks[0], toks[1]
    if not (len(first.text) >= 2 and first.text.isupper() and first.text.isalpha()):
        return toks
    if verb.pos != "VERB" or "Tense=Past" not in verb.morph:
        return toks
    out = []
    for n, tok in enumerate(toks):
        if n == 0:
            out.append(dataclasses.replace(tok, head=1, dep="nsubj", pos="PROPN", lemma=tok.key, morph=""))
        elif n == 1:
            out.append(dataclasses.replace(tok, head=-1, dep="ROOT"))
        elif tok.head == 0:
            out.append(dataclasses.replace(tok, head=1))
        else:
            out.append(tok)
    return tuple(out)


def _incise_subjects_restored(
    toks: tuple[Token, ...], verbs: frozenset[str] = frozenset()
) -> tuple[Token, ...]:
    """An incise ("..., a déclaré mardi le département d'État") whose subject after it the parser read
    as its object: its last object is its subject (lang/parse_repairs.yaml `incises`). An incise is a
    finite verb hung on the clause before it, after a comma, with no subject and no clause of its own;
    or one of the reporting `verbs` the parser made a root of its own after the clause it reports ("X
    pousse le Hamas à accepter, a déclaré vendredi le secrétaire d'Etat Y": Y spoke, no one pushed)."""
    subjects: set[int] = set()
    quoted: set[int] = set()  # what the parser took for the subject of an incise rooted after a quotation
    incises: set[int] = set()  # the glued reporting roots that are incises
    for v, verb in enumerate(toks):
        # (a root the parser gave a sentence of its own, which the view glued back on the clause before)
        glued = verb.dep == GLUED and 0 <= verb.head < v and verb.pos == "VERB"
        rooted = (verb.head < 0 or glued) and verb.pos == "VERB"
        if not rooted and (verb.dep not in INCISE_DEPS or not 0 <= verb.head < v or verb.pos != "VERB"):
            continue
        kids = [n for n, t in enumerate(toks) if t.head == v]
        first = min([v, *(n for n in kids if toks[n].dep != "punct" and n > _comma_before(toks, v))])
        if first == 0 or toks[first - 1].text != ",":
            continue
        before = [n for n in kids if n < first - 1 and toks[n].dep.startswith("nsubj")]
        quoted_root = before and first > 1 and toks[first - 2].text in CLOSING_QUOTES
        reporting_root = (
            not before and fold(verb.lemma) in verbs and (glued or _rooted_before(toks, first - 1))
        )
        if rooted and not (quoted_root or reporting_root):
            continue  # a root verb is an incise only after a quotation ("« ... », a dénoncé X") or a clause
        finite = "VerbForm=Fin" in verb.morph or any(toks[n].dep.startswith("aux") for n in kids)
        deps = {toks[n].dep for n in kids if n not in before}
        if not finite or any(d.startswith("nsubj") for d in deps) or deps & {"ccomp", "xcomp", "mark"}:
            continue
        objects = [n for n in kids if n > v and toks[n].dep == "obj"]
        if objects:
            subjects.add(objects[-1])
            quoted.update(before)
            if glued:
                incises.add(v)
    if not subjects:
        return toks
    return tuple(
        dataclasses.replace(t, dep="nsubj")
        if n in subjects
        else dataclasses.replace(t, dep="ccomp")
        if n in quoted
        else dataclasses.replace(t, dep=INCISE_DEPS[0])  # a clause of its own again, not a loose piece
        if n in incises
        else t
        for n, t in enumerate(toks)
    )


CLOSING_QUOTES = frozenset({"»", "”", '"'})


def _rooted_before(toks: tuple[Token, ...], comma: int) -> bool:
    """A clause of its own ends at the comma: a root verb stands before it."""
    return any(t.head < 0 and t.pos in ("VERB", "AUX") for t in toks[:comma])


def _comma_before(toks: tuple[Token, ...], v: int) -> int:
    """The last comma before token `v` (-1 when none): where an incise begins."""
    return next((n for n in range(v - 1, -1, -1) if toks[n].text == ","), -1)


INCISE_DEPS = ("parataxis", "advcl")


def _asked_objects_restored(toks: tuple[Token, ...], marks: frozenset[str]) -> tuple[Token, ...]:
    """The parties a verb asks to act, listed after it ("appelle le Maroc, le Front Polisario, l'Algérie
    et la Mauritanie à reprendre"), which the parser read as the verb's subject, with the infinitive hung
    on them: a subject after its verb takes no infinitive of its own, so they are its object
    (lang/parse_repairs.yaml `asked_objects`)."""
    after_verb = [
        n for n, t in enumerate(toks) if t.dep == "nsubj" and 0 <= t.head < n and toks[t.head].pos == "VERB"
    ]
    if not after_verb:  # most sentences: no subject after its verb, nothing to look at
        return toks
    below: dict[int, list[int]] = {}
    for n, t in enumerate(toks):
        below.setdefault(t.head, []).append(n)
    objects = {n for n in after_verb if _asked_infinitive(toks, below, n, marks)}
    if not objects:
        return toks
    return tuple(dataclasses.replace(t, dep="obj") if n in objects else t for n, t in enumerate(toks))


def _asked_infinitive(
    toks: tuple[Token, ...], below: dict[int, list[int]], n: int, marks: frozenset[str]
) -> bool:
    """An infinitive with its mark ("à reprendre") hangs on the noun, on a noun listed after it that
    the parser hung on the verb ("le Maroc, le Front Polisario": "Front" an xcomp), or on their conjuncts."""
    listed = [n, *(c for c in below.get(toks[n].head, []) if c > n and toks[c].pos in ("PROPN", "NOUN"))]
    for party in [*listed, *(c for p in listed for c in below.get(p, []) if toks[c].dep == "conj")]:
        for c in below.get(party, []):
            kids = below.get(c, [])
            if "VerbForm=Inf" in toks[c].morph and any(
                toks[k].dep == "mark" and toks[k].key in marks for k in kids
            ):
                return True
    return False


def _present_participle(tok: Token) -> bool:
    return "VerbForm=Ger" in tok.morph or ("VerbForm=Part" in tok.morph and "Tense=Pres" in tok.morph)


def _rerooted(tok: Token, n: int, main: int) -> Token:
    if n == main:
        return dataclasses.replace(tok, head=-1, dep="ROOT")
    if n == 0:
        return dataclasses.replace(tok, head=main, dep="advcl")
    if tok.head == 0 and n > main:  # the closing punctuation and what follows the main verb
        return dataclasses.replace(tok, head=main)
    return tok


def _phrase_rooted_restored(
    toks: tuple[Token, ...], root: int, auxiliaries: frozenset[str]
) -> tuple[Token, ...]:
    """The adverbial phrase's noun made the root ("Le ministre a de son côté appelé X": "côté" the root,
    the auxiliary and the subject its children, the participle its "acl"): the participle becomes the
    root, the subject and the auxiliary its children, the phrase its adjunct."""
    children = [n for n, t in enumerate(toks) if t.head == root]
    introduced = any(toks[n].dep == "case" for n in children)
    aux = next(
        (n for n in children if n < root and toks[n].dep.startswith("aux") and toks[n].lemma in auxiliaries),
        None,
    )
    participle = next(
        (
            n
            for n in children
            if n > root
            and toks[n].pos == "VERB"
            and "VerbForm=Part" in toks[n].morph
            and "Tense=Past" in toks[n].morph
        ),
        None,
    )
    if not introduced or aux is None or participle is None:
        return toks
    out = list(toks)
    out[participle] = dataclasses.replace(toks[participle], head=-1, dep="ROOT")
    out[root] = dataclasses.replace(toks[root], head=participle, dep="obl:mod")
    for n in children:
        if toks[n].dep.startswith(("nsubj", "aux")) or toks[n].pos == "PUNCT":
            out[n] = dataclasses.replace(toks[n], head=participle)
    return tuple(out)


def _subject_rooted_restored(
    toks: tuple[Token, ...], root: int, auxiliaries: frozenset[str]
) -> tuple[Token, ...]:
    """The subject made the root ("L'Algérie a, de son côté, dénoncé la décision": "Algérie" the root,
    the auxiliary hung on it as a mark, "côté" its modifier and the participle its "acl"): the participle
    becomes the root, the subject and the auxiliary its children, what stands between them its adjuncts."""
    children = [n for n, t in enumerate(toks) if t.head == root]
    aux = next(
        (n for n in children if n > root and toks[n].lemma in auxiliaries and toks[n].pos in ("AUX", "VERB")),
        None,
    )
    participle = next(
        (
            n
            for n in children
            if aux is not None
            and n > aux
            and toks[n].pos == "VERB"
            and "VerbForm=Part" in toks[n].morph
            and "Tense=Past" in toks[n].morph
        ),
        None,
    )
    if aux is None or participle is None:
        return toks
    out = list(toks)
    out[participle] = dataclasses.replace(toks[participle], head=-1, dep="ROOT")
    out[root] = dataclasses.replace(toks[root], head=participle, dep="nsubj")
    out[aux] = dataclasses.replace(toks[aux], head=participle, dep="aux:tense")
    for n in children:
        if aux < n < participle:  # ", de son côté,": an adjunct of the verb
            dep = "obl:mod" if toks[n].pos in ("NOUN", "PROPN") else toks[n].dep
            out[n] = dataclasses.replace(toks[n], head=participle, dep=dep)
        elif n > participle and toks[n].pos == "PUNCT":
            out[n] = dataclasses.replace(toks[n], head=participle)
    return tuple(out)


def _hangs_between(toks: tuple[Token, ...], j: int, root: int) -> bool:
    """The participle's head is a word between the auxiliary and it (the adverbial phrase's noun)."""
    return root < toks[j].head < j


def _reattached(tok: Token, n: int, root: int, participle: int) -> Token:
    if n == participle:
        return dataclasses.replace(tok, head=-1, dep="ROOT")
    if n == root:
        return dataclasses.replace(tok, head=participle, dep="aux:tense", pos="AUX")
    if tok.head == root:
        return dataclasses.replace(tok, head=participle)
    return tok


GLUED = "dep"  # UD's unspecified relation: how a glued piece hangs on the verb before it


def _governed(moved: tuple[Token, ...], before: tuple[Token, ...], shift: int) -> tuple[Token, ...]:
    """A glued piece with no subject of its own goes on the clause before it: its root hangs on that
    clause's verb. spaCy cuts "X a rencontré lundi | Nasser Bourita à Moscou" and reads the name as a
    verb; left a root of its own, the one met would not be an argument of "rencontré". A piece with
    its own subject ("..., tandis qu'Alger a dénoncé") stays a clause apart."""
    verb = next((j for j, t in enumerate(before) if t.head < 0 and t.pos in ("VERB", "AUX")), None)
    if verb is None:
        return moved
    subjects = {t.head for t in moved if t.dep.startswith(("nsubj", "csubj", "expl:subj"))}
    return tuple(
        dataclasses.replace(t, head=verb, dep=GLUED) if t.head < 0 and n + shift not in subjects else t
        for n, t in enumerate(moved)
    )


def _spacy_sentences(segment: Segment, doc: Any) -> list[tuple[int, int, tuple[Token, ...], bool]]:
    cols = _Columns.of(doc, segment.start)
    out = []
    for first, stop in (piece for whole in doc.sents for piece in paragraphs(whole.start, whole.end, cols)):
        kept = [i for i in range(first, stop) if not cols.space[i]]
        position = {i: n for n, i in enumerate(kept)}  # heads index the kept tokens of the sentence
        out.append((cols.start[first], cols.end[stop - 1], cols.tokens(kept, position), True))
    return out


_NO_MORPH = {"_": ""}  # spaCy stores an empty analysis as "_"; `str(token.morph)` reads it as ""


@dataclass(frozen=True, slots=True)
class _Columns:
    """A parsed Doc's token attributes read in one pass (`Doc.to_array`), as plain lists with body
    offsets and folded keys: reading them token by token through spaCy's Token objects cost ~4 us
    a token."""

    start: list[int]
    end: list[int]
    text: list[str]
    key: list[str]
    lemma: list[str]  # folded lemma, or the folded text without one
    pos: list[str]
    dep: list[str]
    head: list[int]  # absolute token index
    morph: list[str]
    space: list[bool]

    @staticmethod
    def of(doc: Any, offset: int) -> _Columns:
        import numpy
        from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, MORPH, ORTH, POS

        array = doc.to_array([IDX, ORTH, LEMMA, POS, DEP, MORPH, IS_SPACE, HEAD])
        # What each distinct string id reads as (its string, fold, morph) worked out once, then spread
        # over the tokens by numpy indexing: a Python step per token and column cost ~30% more.
        ids, where = numpy.unique(array[:, 1:6], return_inverse=True)
        orth, lemma, pos, dep, morph = where.reshape(len(doc), 5).T
        names = _names(ids.tolist(), doc.vocab.strings)
        strings = numpy.array(names, dtype=object)
        folded = numpy.array([_fold(name) for name in names], dtype=object)
        analyses = numpy.array([_NO_MORPH.get(name, name) for name in names], dtype=object)
        # a token without a lemma: its text's fold stands for it
        lemma = numpy.where(numpy.array([not name for name in names], dtype=bool)[lemma], orth, lemma)
        text = strings[orth].tolist()
        start = [offset + i for i in array[:, 0].tolist()]
        # HEAD is relative and stored unsigned: back to signed, then to absolute indices.
        head = (array[:, 7].astype("int64") + range(len(doc))).tolist()
        space = array[:, 6].astype(bool).tolist()
        tags, relations = strings[pos].tolist(), strings[dep].tolist()
        _spaces_bypassed(head, relations, tags, space)
        return _Columns(
            start,
            [s + len(t) for s, t in zip(start, text, strict=True)],
            text,
            folded[orth].tolist(),
            folded[lemma].tolist(),
            tags,
            relations,
            head,
            analyses[morph].tolist(),
            space,
        )

    def tokens(self, kept: list[int], position: dict[int, int]) -> tuple[Token, ...]:
        start, end, text, key, lemma, pos, dep, head, morph = (
            self.start, self.end, self.text, self.key, self.lemma, self.pos, self.dep, self.head, self.morph
        )  # fmt: skip
        return tuple(
            [
                Token(
                    start[i],
                    end[i],
                    text[i],
                    key[i],
                    lemma[i],
                    pos[i],
                    dep[i],
                    position.get(head[i], -1) if head[i] != i else -1,
                    morph[i],
                )
                for i in kept
            ]
        )


def _spaces_bypassed(head: list[int], dep: list[str], pos: list[str], space: list[bool]) -> None:
    """spaCy's Spanish parser reads the line break that opens a paragraph as a word, often the root or
    the subject ("\\n\\nKöhler llegó": the break the subject, "Köhler" hung on it as a name part): the
    sentence's words are kept without it, so its dependents lost their place. One of them takes it
    (its head and relation), the others hang on that heir: a verb in place of a root, a name or a
    noun with no preposition in place of a subject. Other places stay cut (an adjunct: "Durante la
    visita de X, Y criticó" is no object of the verb). Lists are changed in place."""
    dependents: dict[int, list[int]] = {}
    for i, h in enumerate(head):
        if h != i and space[h] and not space[i]:
            dependents.setdefault(h, []).append(i)
    if not dependents:
        return
    marked = {head[i] for i, d in enumerate(dep) if d == "case" and head[i] != i}
    for brk, below in dependents.items():
        root = head[brk] == brk
        heir = _heir(below, dep, pos, marked, root) if root or dep[brk].startswith("nsubj") else None
        if heir is None:
            continue
        head[heir], dep[heir] = (heir, "ROOT") if root else (head[brk], dep[brk])
        for i in below:
            if i != heir:
                head[i] = heir


def _heir(below: list[int], dep: list[str], pos: list[str], marked: set[int], root: bool) -> int | None:
    """The dependent that takes a line break's place: for a root, a verb (the main one first); for
    both, else a name or noun that no preposition opens."""
    verbs = [i for i in below if pos[i] in ("VERB", "AUX")] if root else []
    if verbs:
        return min(verbs, key=lambda i: (dep[i] in SUBORDINATE, dep[i] == "acl", i))
    return next((i for i in below if pos[i] in NOMINAL and i not in marked), None)


SUBORDINATE = frozenset({"acl", "advcl", "amod"})  # a verb of these relations is not the main one
NOMINAL = frozenset({"PROPN", "NOUN", "PRON"})


# Folding a word costs ~3 us and documents share most of their words: each word is folded once.
_fold = functools.lru_cache(maxsize=1 << 17)(fold)


def _names(ids: list[int], strings: Any) -> list[str]:
    """The string of each spaCy string id (0: no value). A StringStore look-up costs ~2 us, and documents
    share most of their words: ids are hashes of their strings, the same in every pipeline, so one table
    serves all (emptied when it grows past _MAX_NAMES)."""
    if len(_NAMES) > _MAX_NAMES:
        _NAMES.clear()
    for key in set(ids).difference(_NAMES):
        _NAMES[key] = strings[key] if key else ""
    return [_NAMES[key] for key in ids]


_NAMES: dict[int, str] = {}
_MAX_NAMES = 500_000


def paragraphs(start: int, end: int, cols: _Columns) -> list[tuple[int, int]]:
    """spaCy sentence [start, end) cut at paragraph breaks: a blank line always, a single line break when
    the line before ends a sentence or the next line starts with a capital (a title, a list item, a new
    paragraph). A head across the cut becomes -1 (the pieces are parsed as they were, only split).
    Each piece is returned as token indices, without leading or trailing whitespace tokens."""
    pieces, begin = [], start
    text, space = cols.text, cols.space
    for i in range(start + 1, end - 1):
        if space[i] and "\n" in text[i]:
            if text[i].count("\n") > 1 or text[i - 1][-1:] in _FINAL or text[i + 1][:1].isupper():
                pieces.append((begin, i))
                begin = i + 1
    pieces.append((begin, end))
    return [trimmed for first, stop in pieces if (trimmed := _trim(first, stop, space))[1] > trimmed[0]]


def _trim(start: int, end: int, space: list[bool]) -> tuple[int, int]:
    """The piece without leading or trailing whitespace tokens (evidence ends at the last word)."""
    while start < end and space[start]:
        start += 1
    while end > start and space[end - 1]:
        end -= 1
    return start, end


def _split(body: str, segment: Segment) -> list[tuple[int, int, tuple[Token, ...], bool]]:
    text = body[segment.start : segment.end]
    out, begin = [], 0
    for match in [*_SENTENCE_END.finditer(text), None]:
        stop = match.end() if match else len(text)
        if text[begin:stop].strip():
            start, end = segment.start + begin, segment.start + stop
            toks = tuple(tokens(body[start:end], start))
            out.append((start, end, toks, False))
        begin = stop
    return out
