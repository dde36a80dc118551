"""Find trigger words and phrases of the lexicon in a sentence.

A token matches a trigger word by its folded lemma or surface form (Arabic: also
once the article, a proclitic or the future prefix is peeled off); a "*" word is
a prefix. Phrase words may be up to MAX_GAP tokens apart. Overlapping matches
are resolved longest first, so "appel téléphonique" (CONSULT phone) wins over
"appel" (REQUEST).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from diplowatch.events.lexicon import Lexicon, Trigger
from diplowatch.text.normalise import Token, is_arabic, variants
from diplowatch.text.sentences import Sentence

MAX_GAP = 3  # tokens allowed between two words of a phrase ("a tenu, lundi, des entretiens")
# a "tight" phrase has its words side by side ("call on X", not "called X on Tuesday")
WIDE_GAP = 6  # for a "wide" phrase ("ordenó el regreso inmediato de Said Moussi, su embajador")
FAR_GAP = (
    14  # for a "far" phrase: Arabic verb, subject (a title and a name), date, place, then the complement
)
_ARABIC_FUTURE = "س"  # "سيلتقي" = will meet
_HEAD_POS = ("VERB", "NOUN", "PROPN", "ADJ")
MAX_KNOWN_STARTS = 200_000  # token keys whose trigger look-up a lexicon keeps


@dataclass(frozen=True, slots=True)
class Match:
    trigger: Trigger
    indices: tuple[int, ...]  # matched tokens, in order
    head: int  # the token that carries the event (the verb or noun)
    future_prefix: bool = False  # Arabic "س" glued to the verb


def find(sentence: Sentence, lexicon: Lexicon) -> list[Match]:
    """Non-overlapping trigger matches of the sentence, in reading order; worked out once per sentence
    and lexicon (the rule coder, then the argument rules of each of its triggers, ask again)."""
    known: dict[int, tuple[Lexicon, tuple[Match, ...]]] = sentence.derived("triggers", _nothing_found)
    entry = known.get(id(lexicon))
    if entry is None or entry[0] is not lexicon:
        entry = known[id(lexicon)] = (lexicon, tuple(_find(sentence, lexicon)))
    return list(entry[1])


def _nothing_found(sentence: Sentence) -> dict[int, tuple[Lexicon, tuple[Match, ...]]]:
    return {}


def _find(sentence: Sentence, lexicon: Lexicon) -> list[Match]:
    found: list[Match] = []
    every = token_keys(sentence)
    for i, keys in enumerate(every):
        if i and lexicon.jussive_particles.intersection(every[i - 1]):
            keys = keys + apocopated(keys)  # "لم يلتق": the verb without its weak letter
        elif lexicon.present_endings and _unlemmatized_verb(sentence.toks[i], lexicon):
            keys = keys + infinitives(sentence.toks[i].key, lexicon)  # "il invite", lemma "invite"
        candidates = _candidates(lexicon, keys)
        if candidates:
            glued = lexicon.glued_conjunctions  # "وسيزور": the future prefix after "و"
            found.extend(_matches_at(sentence, i, candidates, lexicon.phrase_breaks, glued))
    return _resolve(
        [m for m in found if not _form_mismatch(sentence, m) and not _crowd_acted_on(sentence, m)]
    )


# A word that is a government's protest as the finite verb of a single subject ("Morocco protested to Spain",
# "Rabat protests": flag `lodged`) and a street protest otherwise ("protests in Rabat", "demonstrators
# protesting", "thousands protested": flag `street`): at each token the parse keeps one of the two.
STREET, LODGED = "street", "lodged"


def _form_mismatch(sentence: Sentence, match: Match) -> bool:
    flags = match.trigger.flags
    if not sentence.parsed or (STREET not in flags and LODGED not in flags):
        return False
    return _single_subject_verb(sentence, match.head) == (STREET in flags)


CROWD = "crowd"
OBJECT_DEPS = frozenset({"dobj", "obj"})


def _crowd_acted_on(sentence: Sentence, match: Match) -> bool:
    """A noun of the crowd that acts (flag `crowd`: "protesters", "manifestants") as a verb's object ("the
    army removed the protesters", "la police a dispersé les manifestants"): done to them, no protest of the
    verb's subject (which would otherwise become the protest's actor)."""
    if CROWD not in match.trigger.flags or not sentence.parsed:
        return False
    noun = sentence.toks[match.head]
    return noun.dep in OBJECT_DEPS and sentence.toks[noun.head].pos == "VERB"


def _single_subject_verb(sentence: Sentence, i: int) -> bool:
    """Token i is a finite verb whose subject is one party (a state, a capital, a minister), not a crowd."""
    verb = sentence.toks[i]
    return (
        verb.pos == "VERB"
        and "VerbForm=Fin" in verb.morph
        and any(
            sentence.toks[c].dep.startswith("nsubj")
            and sentence.toks[c].pos in ("PROPN", "NOUN")
            and "Number=Plur" not in sentence.toks[c].morph
            for c in sentence.children(i)
        )
    )


def _matches_at(
    sentence: Sentence,
    i: int,
    candidates: tuple[Trigger, ...],
    breaks: frozenset[str] = frozenset(),
    glued: frozenset[str] = frozenset(),
) -> list[Match]:
    """The matches of the triggers whose first word is token i."""
    out = []
    for trigger in candidates:
        rest = _follow(sentence, i, trigger.words[1:], _gap(trigger), breaks)
        if rest is None:
            continue
        indices = (i, *rest)
        future = _future_form(sentence.toks[i].key, trigger.words[0], glued)
        out.append(Match(trigger, indices, _head(sentence, indices), future))
    return out


# Arabic imperfect prefixes, and the weak letters the jussive drops: at the end of a defective verb
# ("يلتقي" -> "لم يلتق", "يدعو" -> "لم يدع") or in the middle of a hollow one ("يزور" -> "لم يزر").
_IMPERFECT = ("ي", "ت", "ن", "أ")
_WEAK = ("ي", "و", "ى", "ا")


def apocopated(keys: tuple[str, ...]) -> tuple[str, ...]:
    """The full forms an Arabic jussive verb may stand for: each weak letter put back at its end or
    before its last letter ("يلتق" -> "يلتقي", "يزر" -> "يزور")."""
    out: list[str] = []
    for key in keys:
        if len(key) >= 3 and key.startswith(_IMPERFECT):
            out += [key + weak for weak in _WEAK[:3]] + [key[:-1] + weak + key[-1] for weak in _WEAK]
    return tuple(k for k in dict.fromkeys(out) if k not in keys)


def _unlemmatized_verb(tok: Token, lexicon: Lexicon) -> bool:
    """A verb whose lemma is its own form, or a participle whose lemma is no infinitive ("Recibida":
    lemma "recibido", the masculine the lemmatizer gives the adjective it took it for)."""
    if tok.pos != "VERB":
        return False
    if tok.lemma == tok.key:
        return True
    return "VerbForm=Part" in tok.morph and not tok.lemma.endswith(tuple(lexicon.infinitive_endings))


def infinitives(key: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The infinitives a verb form the lemmatizer left as it was may have: the tagger reads "invite",
    "réclame", "demande", "rencontre" as verbs, the lemmatizer keeps them as the nouns they also are
    (`present_endings` -> `infinitive_endings` in lang/<xx>/events.yaml: "invite" -> "inviter")."""
    for ending in sorted(lexicon.present_endings, key=len, reverse=True):
        if key.endswith(ending) and len(key) > len(ending) + 2:
            stem = key[: -len(ending)]
            return tuple(stem + infinitive for infinitive in sorted(lexicon.infinitive_endings))
    return ()


def _future_form(key: str, word: str, glued: frozenset[str]) -> bool:
    """The Arabic future prefix before the trigger word ("سيزور" = will visit), also after a glued
    conjunction ("وسيزور" = and will visit); not a "س" of the word itself ("سحب")."""
    forms = [key] + [key[len(c) :] for c in glued if key.startswith(c) and len(key) > len(c) + 3]
    return any(k.startswith(_ARABIC_FUTURE) and not _word_matches(word, (k,)) for k in forms)


def _gap(trigger: Trigger) -> int:
    if "far" in trigger.flags:
        return FAR_GAP
    if "tight" in trigger.flags:
        return 0
    return WIDE_GAP if "wide" in trigger.flags else MAX_GAP


def _candidates(lexicon: Lexicon, keys: tuple[str, ...]) -> tuple[Trigger, ...]:
    found = lexicon.starts.get(keys)
    if found is None:
        if len(lexicon.starts) >= MAX_KNOWN_STARTS:  # a long run meets ever more words: start afresh
            lexicon.starts.clear()
        found = lexicon.starts[keys] = _look_up(lexicon, keys)
    return found


def starts_trigger(key: str, lexicon: Lexicon) -> bool:
    """Some trigger of the lexicon begins with this word."""
    return bool(_candidates(lexicon, (key,)))


def _look_up(lexicon: Lexicon, keys: tuple[str, ...]) -> tuple[Trigger, ...]:
    if lexicon.not_triggers.intersection(keys):
        return ()
    out = [t for k in keys for t in lexicon.exact_index.get(k, ())]
    if lexicon.prefix_lengths:
        out += lexicon.prefixed(keys)
    # One lexicon's triggers differ by their file order: identity dedupes them without hashing each.
    return tuple({id(t): t for t in out}.values())


def _follow(
    sentence: Sentence,
    i: int,
    words: tuple[str, ...],
    gap: int = MAX_GAP,
    breaks: frozenset[str] = frozenset(),
) -> list[int] | None:
    """Indices of the remaining phrase words after token i, each within `gap` tokens of the last, with no
    word of `breaks` between ("ended *without* an agreement" is no "end agreement")."""
    out, last = [], i
    keys = token_keys(sentence)
    for word in words:
        hit = next(
            (j for j in range(last + 1, min(last + 2 + gap, len(keys))) if _word_matches(word, keys[j])),
            None,
        )
        if hit is None or any(_breaks(sentence.toks[j], keys[j], breaks) for j in range(last + 1, hit)):
            return None
        out.append(hit)
        last = hit
    return out


def _breaks(tok: Token, keys: tuple[str, ...], breaks: frozenset[str]) -> bool:
    """The token opens another clause or denies ("without", "he"): a pronoun by its own form, never by
    its lemma ("pressed him to": "him", lemma "he", is the object, no new subject)."""
    if tok.pos == "PRON":
        return tok.key in breaks
    return not breaks.isdisjoint(keys)


def _word_matches(word: str, keys: tuple[str, ...]) -> bool:
    if word.endswith("*"):
        return any(k.startswith(word[:-1]) for k in keys)
    return word in keys


@functools.lru_cache(maxsize=65536)
def _arabic_keys(key: str) -> tuple[str, ...]:
    found = list(variants(key))
    for k in list(found):
        if k.startswith(_ARABIC_FUTURE) and len(k) > 3:
            found.append(k[1:])
    return tuple(dict.fromkeys(found))


def keys_of(tok: Token) -> tuple[str, ...]:
    return _keys(tok.key, tok.lemma)


def token_keys(sentence: Sentence) -> tuple[tuple[str, ...], ...]:
    """`keys_of` each token of the sentence, worked out once per sentence."""
    return sentence.derived("token_keys", _token_keys)


def _token_keys(sentence: Sentence) -> tuple[tuple[str, ...], ...]:
    return tuple([_keys(t.key, t.lemma) for t in sentence.toks])  # keys_of, without a call per token


def key_positions(sentence: Sentence) -> dict[str, list[int]]:
    """Where each key of the sentence stands (token indices, in order), worked out once per sentence:
    a rule looking for a few cue words reads where they stand instead of testing every token."""
    return sentence.derived("key_positions", _key_positions)


def _key_positions(sentence: Sentence) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i, keys in enumerate(token_keys(sentence)):
        for key in keys:
            out.setdefault(key, []).append(i)
    return out


def tokens_keyed(sentence: Sentence, *cues: frozenset[str]) -> list[int]:
    """The tokens with a key among any of the cue sets, in order."""
    positions = key_positions(sentence)
    return sorted({i for words in cues for key in positions.keys() & words for i in positions[key]})


@functools.lru_cache(maxsize=65536)
def _keys(key: str, lemma: str) -> tuple[str, ...]:
    """A token's lexicon keys; cached: the rules ask for them token after token, many times over."""
    if is_arabic(key):
        return _arabic_keys(key)
    return (lemma, key) if lemma != key else (key,)


def _head(sentence: Sentence, indices: tuple[int, ...]) -> int:
    for pos in _HEAD_POS:
        for i in indices:
            if sentence.toks[i].pos == pos:
                return i
    return indices[0]


def _resolve(found: list[Match]) -> list[Match]:
    """Longest phrase first, then strong before weak, then the phrase that no other of as many words opens
    before it while sharing a word with it ("cancelled its joint military exercises", "canceló las
    maniobras militares": the cancellation, not the exercises inside it), then file order; no token used
    twice."""
    ranked = sorted(
        found, key=lambda m: (-len(m.indices), m.trigger.weak, _opened_by(m, found), m.trigger.order)
    )
    taken: set[int] = set()
    kept = []
    for match in ranked:
        if taken.isdisjoint(match.indices):
            kept.append(match)
            taken.update(match.indices)
    return sorted(kept, key=lambda m: m.head)


def _opened_by(match: Match, found: list[Match]) -> int:
    """How many matches of as many words and as strong begin before the match and share a word with it
    (a verb's phrase holding the noun this one opens with: "cancel ... exercise" over "military exercise")."""
    return sum(
        len(other.indices) == len(match.indices)
        and other.trigger.weak == match.trigger.weak
        and other.indices[0] < match.indices[0]
        and not set(other.indices).isdisjoint(match.indices)
        for other in found
    )


def is_word_of_mode(tok: Token, lexicon: Lexicon, mode: str) -> bool:
    """The token is a one-word trigger of that mode ("visite", "زيارته": a visit)."""
    return any(t.mode == mode and len(t.words) == 1 for t in _candidates(lexicon, keys_of(tok)))
