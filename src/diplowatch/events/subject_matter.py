"""What a meeting is about is not who took part in it, nor where it happened.

"met his Mauritanian counterpart to discuss the situation in Mali", "s'est entretenu avec son homologue
de la crise au Soudan", "se reunió con su homólogo para abordar la crisis en Malí", "بحثا الأزمة في
السودان": Mali and Sudan are the subject matter. A state or body named only inside a phrase headed by a
noun of subject matter (`subject_matters` in lang/<xx>/events.yaml: situation, crisis, process,
conflict...) is no participant of a meeting ("to discuss the situation in Mali" alone names no
counterpart, and adds none to the meeting it goes with), and a place named there is not where anything
happened (nor, then, a host). The phrase is found by word order (the noun right before the mention, "la
crise libyenne", "الأزمة السودانية", or before its preposition, an adjective or two between: "la situation
au Mali", "العملية السياسية في ليبيا"), and with a parse also by the mention hanging on the noun.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Collection, Sequence

from diplowatch.events.lexicon import Lexicon, lexicon
from diplowatch.events.misdeeds import after_attack, attacks_told
from diplowatch.events.triggers import find, keys_of
from diplowatch.model import PlaceMention
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence

SUBJECT_REACH = 3  # dependency steps from a mention up to its noun ("situation -prep-> in -pobj-> Mali")
# How a mention hangs on the noun of its phrase: a preposition's object, a noun modifier, an adjective,
# a possessive ("Yemen's sovereignty").
PHRASE_DEPS = ("nmod", "obl", "pobj", "prep", "amod", "compound", "flat", "poss")
# adjectives between the noun and its preposition ("العملية السياسية في", "la situation sécuritaire au")
ADJECTIVE_GAP = 2
# words between an about mark and the mention: a preposition and a determiner ("consacrée *à la* Libye")
MARK_GAP = 2
MEETING_TYPES = frozenset({"CONSULT"})
TOPIC_REACH = 4  # dependency steps from a mention up to the about mark ("on the Sahara issue": two)
# How a mention hangs inside the topic's phrase, besides an "of" complement: "the *Sahara* issue"
TOPIC_CLIMB = ("compound", "flat", "amod", "appos", "poss")


def without_subject_matter(
    sentence: Sentence, recipient: tuple[str, ...], found: list[ActorMention], lex: Lexicon
) -> tuple[str, ...]:
    """`recipient` (or a meeting's actor) without the actors the sentence names only as what the meeting
    is about."""
    if not lex.subject_matters or not recipient:
        return recipient
    return _without_named_only(sentence, recipient, found, lex, _in_subject)


def without_topics(
    sentence: Sentence, recipient: tuple[str, ...], found: list[ActorMention], lex: Lexicon
) -> tuple[str, ...]:
    """`recipient` without the actors the sentence names only as what a stance is about ("criticised
    France's position on Western Sahara", "critiqué la position de la France sur le Sahara", "criticó la
    postura de España sobre el Sáhara", "انتقد موقف فرنسا بشأن الصحراء"): France is addressed, the
    territory is the topic (`topic_nouns` before an `about_marks` word)."""
    if not lex.topic_nouns or not lex.about_marks or not recipient:
        return recipient
    return _without_named_only(sentence, recipient, found, lex, _in_topic)


def without_wronged(
    sentence: Sentence, recipient: tuple[str, ...], found: list[ActorMention], lex: Lexicon
) -> tuple[str, ...]:
    """`recipient` of a condemnation without the actors the sentence names only as the party the act
    wronged ("condemned the strikes as a violation of Yemen's sovereignty", "une atteinte à la
    souveraineté du Liban", "una violación de la soberanía venezolana", "انتهاكا لسيادة اليمن"): Yemen is
    not accused; the strikes' doers are, as the reaction's object tells (`wronged_nouns`)."""
    if not lex.wronged_nouns or not recipient:
        return recipient
    struck = attacks_told(sentence, lex)
    named = {i for m in found for i in sentence.tokens_within(m.start, m.end)} if struck else set()

    def wronged(sentence: Sentence, start: int, end: int, lex: Lexicon) -> bool:
        return _in_phrase_of(sentence, start, end, lex, lex.wronged_nouns) or after_attack(
            sentence, start, end, lex, struck, named
        )

    return _without_named_only(sentence, recipient, found, lex, wronged)


def without_invoked_norms(
    sentence: Sentence,
    recipient: tuple[str, ...],
    found: list[ActorMention],
    lex: Lexicon,
    acts: Collection[int],
) -> tuple[str, ...]:
    """`recipient` of a stance without the bodies named only as the owner of a norm the act is measured by
    ("condemned a decision it said violated UN resolutions", "une décision contraire aux résolutions des
    Nations unies", "una decisión contraria a las resoluciones de la ONU": the UN is the standard invoked,
    not the one condemned; `norm_nouns`). A norm that is the object of one of `acts` (the trigger, and the
    verb a refusal declines: "rejected the UN resolution", "declined to adopt a Palestinian draft
    resolution") or a noun's complement ("welcomed the adoption of resolution 2703") keeps its owner."""
    if not lex.norm_nouns or not recipient or not sentence.parsed:
        return recipient

    def invoked(sentence: Sentence, start: int, end: int, lex: Lexicon) -> bool:
        norm = _noun_above(sentence, start, end)
        if norm is None or not set(keys_of(sentence.toks[norm])) & lex.norm_nouns:
            return False
        governor = _governor(sentence, norm)
        if governor is None or governor in acts:
            return False
        # a verb or an adjective ("violated", "contraire"), or a clause the tagger took for a noun ("une
        # décision qu'il *juge* contraire": a relative clause all the same)
        word = sentence.toks[governor]
        return word.pos not in NOMINALS or word.dep.startswith(CLAUSES)

    return _without_named_only(sentence, recipient, found, lex, invoked)


NOMINALS = ("NOUN", "PROPN", "PRON")
CLAUSES = ("acl", "relcl", "ccomp", "advcl", "xcomp")


def _noun_above(sentence: Sentence, start: int, end: int, *, as_first_conjunct: bool = False) -> int | None:
    """The noun whose phrase the words at body offsets [start, end) complete ("UN *resolutions*",
    "*résolutions* des Nations unies", "*resolutions* of the Security Council"): the first word above the
    mention's preposition, if a noun. `as_first_conjunct`: a conjunct climbs to the first one first."""
    inside = sentence.tokens_within(start, end)
    if not inside:
        return None
    heads = [i for i in inside if sentence.toks[i].head not in inside]
    at = heads[0] if heads else inside[0]
    while as_first_conjunct and sentence.toks[at].dep == "conj" and sentence.toks[at].head >= 0:
        at = sentence.toks[at].head
    for _ in range(SUBJECT_REACH):
        tok = sentence.toks[at]
        if not tok.dep.startswith(PHRASE_DEPS) or tok.head < 0:
            return None
        at = tok.head
        if sentence.toks[at].pos != "ADP":
            return at if sentence.toks[at].pos == "NOUN" else None
    return None


def _governor(sentence: Sentence, noun: int) -> int | None:
    """The word a noun phrase completes, past its conjuncts and prepositions ("contraire au droit et *aux
    résolutions*": contraire; "ran counter *to* resolutions": counter)."""
    at = noun
    while sentence.toks[at].dep == "conj" and sentence.toks[at].head >= 0:
        at = sentence.toks[at].head
    governor = sentence.toks[at].head
    while governor >= 0 and sentence.toks[governor].pos == "ADP":
        governor = sentence.toks[governor].head
    return governor if governor >= 0 else None


def _without_named_only(
    sentence: Sentence,
    keys: tuple[str, ...],
    found: list[ActorMention],
    lex: Lexicon,
    inside: Callable[[Sentence, int, int, Lexicon], bool],
) -> tuple[str, ...]:
    """`keys` without those all of whose mentions in the sentence are `inside` a phrase."""
    named: dict[str, list[ActorMention]] = {}
    for m in found:
        named.setdefault(m.key, []).append(m)
    out = {k for k in keys if named.get(k) and all(inside(sentence, m.start, m.end, lex) for m in named[k])}
    return tuple(k for k in keys if k not in out)


def _in_topic(sentence: Sentence, start: int, end: int, lex: Lexicon) -> bool:
    """The words at body offsets [start, end) are named after an about mark that completes a noun of
    stance: with a parse, the mention's preposition hangs on the noun; without one (Arabic), the mark
    stands right before the mention and the noun a word or two before the mark ("موقف فرنسا بشأن")."""
    inside = sentence.tokens_within(start, end)
    if not inside:
        return False
    toks = sentence.toks
    if not sentence.parsed:
        mark = inside[0] - 1
        return (
            mark > 0
            and toks[mark].key in lex.about_marks
            and any(set(keys_of(toks[j])) & lex.topic_nouns for j in range(max(0, mark - 3), mark))
        )
    heads = [i for i in inside if toks[i].head not in inside]
    at = heads[0] if heads else inside[0]
    while toks[at].dep == "conj" and toks[at].head >= 0:
        at = toks[at].head  # "the position on Morocco and *Algeria*": as the first conjunct
    for _ in range(TOPIC_REACH):  # "stance on the Sahara issue", "position sur le dossier du Sahara"
        tok = toks[at]
        if tok.head < 0:
            return False
        if tok.dep == "pobj" and toks[tok.head].key in lex.about_marks:
            noun = toks[tok.head].head  # "position -prep-> on -pobj-> Sahara"
        elif tok.dep.startswith(("nmod", "obl")) and any(
            toks[c].dep == "case" and toks[c].key in lex.about_marks for c in sentence.children(at)
        ):
            noun = tok.head  # "position -nmod-> Sahara -case-> sur"
        elif tok.dep.startswith(TOPIC_CLIMB) or _genitive(sentence, at, lex):
            at = tok.head  # "the Sahara issue", "le dossier du Sahara"; not "le différend avec le Guyana"
            continue
        else:
            return False
        if noun >= 0 and toks[noun].pos in ("VERB", "AUX"):  # the parser hangs the mark on the verb:
            # "a salué la position du Maroc sur le dossier" (a noun of stance its object, before the mark)
            return any(
                toks[c].dep in ("obj", "dobj") and c < at and set(keys_of(toks[c])) & lex.topic_nouns
                for c in sentence.children(noun)
            )
        return noun >= 0 and toks[noun].pos == "NOUN" and bool(set(keys_of(toks[noun])) & lex.topic_nouns)
    return False


def happening_places(
    sentences: Sequence[Sentence], places: Sequence[PlaceMention]
) -> tuple[PlaceMention, ...]:
    """The places of the article that may be where something happened: not "Mali" in "to discuss the
    situation in Mali"."""
    starts = [s.start for s in sentences]
    out = []
    for place in places:
        at = bisect.bisect_right(starts, place.start) - 1
        sentence = sentences[at] if at >= 0 and place.start < sentences[at].end else None
        lex = lexicon(sentence.language) if sentence is not None else None
        if sentence is None or lex is None or not _in_subject(sentence, place.start, place.end, lex):
            out.append(place)
    return tuple(out)


def _in_subject(sentence: Sentence, start: int, end: int, lex: Lexicon) -> bool:
    """The words at body offsets [start, end) are named inside a phrase of subject matter."""
    if not lex.subject_matters:
        return False
    inside = sentence.tokens_within(start, end)
    if inside and _after_about_mark(sentence, inside[0], lex):
        return True
    return _in_phrase_of(sentence, start, end, lex, lex.subject_matters) and not _partner_of_topic(
        sentence, inside, lex
    )


def _partner_of_topic(sentence: Sentence, inside: list[int], lex: Lexicon) -> bool:
    """The mention follows a partner preposition right after a noun that takes one (`partner_topics`,
    an adjective between: "discussed the issue with Li Qiang", "a évoqué la question avec X"): the
    partner of the talk, not its subject."""
    first = inside[0] if inside else 0
    mark = next(
        (
            j
            for j in range(first - 1, max(-1, first - 2 - MARK_GAP), -1)
            if sentence.toks[j].key in lex.partner_prepositions
        ),
        None,
    )
    return mark is not None and _noun_before(sentence, mark, lex.partner_topics)


def _in_phrase_of(sentence: Sentence, start: int, end: int, lex: Lexicon, nouns: frozenset[str]) -> bool:
    """The words at body offsets [start, end) are named inside a phrase one of `nouns` heads."""
    inside = sentence.tokens_within(start, end)
    if not inside:
        return False
    if _after_subject_noun(sentence, inside[0], lex, nouns):
        return True
    if not sentence.parsed:
        return False
    # "the conflict between Morocco and *Algeria*": as the first conjunct
    noun = _noun_above(sentence, start, end, as_first_conjunct=True)
    return noun is not None and bool(set(keys_of(sentence.toks[noun])) & nouns)


def _genitive(sentence: Sentence, at: int, lex: Lexicon) -> bool:
    """The token is a noun's "of" complement ("le dossier *du Sahara*", "the issue *of* Sahara")."""
    tok = sentence.toks[at]
    if tok.dep == "pobj":
        return sentence.toks[tok.head].key in lex.genitive
    return tok.dep.startswith("nmod") and any(
        sentence.toks[c].dep == "case" and sentence.toks[c].key in lex.genitive for c in sentence.children(at)
    )


def _after_subject_noun(sentence: Sentence, first: int, lex: Lexicon, nouns: frozenset[str]) -> bool:
    """By word order (the parsers often hang "au Mali" on another noun, and Arabic has no parse): the
    word before the mention is a noun of subject matter ("la crise libyenne", "الأزمة السودانية"), or a
    preposition a noun of subject matter stands just before ("la situation au Mali", "الوضع في مالي")."""
    if first == 0:
        return False
    before = sentence.toks[first - 1]
    if before.key in nouns or before.lemma in nouns:
        return True
    if before.pos != "ADP" if sentence.parsed else before.key not in lex.postings:
        return False
    return _noun_before(sentence, first - 1, nouns)


def _noun_before(sentence: Sentence, mark: int, nouns: frozenset[str]) -> bool:
    """One of `nouns` stands right before the preposition at `mark`, an adjective or two between ("la
    situation sécuritaire au", "the issue with")."""
    for noun in range(mark - 1, max(-1, mark - 2 - ADJECTIVE_GAP), -1):
        if set(keys_of(sentence.toks[noun])) & nouns:
            return True
        if sentence.parsed and sentence.toks[noun].pos != "ADJ":
            return False  # only adjectives stand between
    return False


def _after_about_mark(sentence: Sentence, first: int, lex: Lexicon) -> bool:
    """By word order: an about mark (`about_marks`: "on", "sur", "sobre", "حول") stands before the mention,
    a preposition or a determiner between ("consacrée à la Libye"), and a meeting noun right before the
    mark, an adjective or two between ("a summit on Sudan", "une conférence internationale sur la Libye",
    "قمة حول السودان"): the meeting is about what is named, which need not take part in it."""
    if not lex.about_marks:
        return False
    mark = None
    for j in range(first - 1, max(-1, first - 2 - MARK_GAP), -1):
        tok = sentence.toks[j]
        if tok.key in lex.about_marks:
            mark = j
            break
        if not sentence.parsed or tok.pos not in ("ADP", "DET"):
            return False
    if mark is None:
        return False
    nouns = {  # the words of meeting nouns ("summit", "table ronde")
        i
        for m in find(sentence, lex)
        if m.trigger.type in MEETING_TYPES and (not sentence.parsed or sentence.toks[m.head].pos == "NOUN")
        for i in m.indices
    }
    for noun in range(mark - 1, max(-1, mark - 2 - ADJECTIVE_GAP), -1):
        if noun in nouns:
            return True
        if not sentence.parsed or sentence.toks[noun].pos != "ADJ":
            return False
    return False
