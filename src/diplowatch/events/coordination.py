"""Two acts told by coordinated predicates: each with its own counterparts.

"Lavrov criticised the Council and called on Morocco to resume talks", "a critiqué le Conseil et a
appelé le Maroc à...", "criticó al Consejo y pidió a Marruecos...", "انتقد لافروف مجلس الأمن وطالب
المغرب باستئناف المفاوضات": one subject, two predicates, each with a complement of its own. The
second predicate's counterparts are its own act's, not the first one's.

Parsed text: a predicate coordinated with a verb (a `conj` child that is a verb) is another act
when it tells an event of another category and the verb has a complement of its own before it
("criticised *the Council* and called on"); without one the two verbs share what follows ("condemned
and rejected the decision"). Unparsed text (Arabic): a verb glued to "و" inside a clause (or after a
separate "و"), after an earlier trigger and a complement of it, begins the next act ("رحب X بـY وشكر
Z", "التقى X بـY وجدد دعمه لـZ"); the act before ends there, and the new act shares the subject of
the act before (events.arguments). A coordinated predicate with a named subject of its own is another
actor's act whatever its category ("La Russie a condamné les sanctions et l'Espagne a critiqué le
Maroc"): its counterparts are its own.

Tried and left out (each lowered the dev check fold and changed nothing on its train fold): keeping
two coordinated acts of one category apart as two events ("welcomed X's decision and thanked Y"),
cutting the second act's counterparts from the first whatever its category, and keeping apart two
tellings of one speaker's stance in two sentences that each name a counterpart the other does not.
The annotated corpora mostly code such acts as one happening.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from diplowatch.events.lexicon import Lexicon
from diplowatch.events.shapes import nominal_shape
from diplowatch.events.triggers import Match, starts_trigger
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import PHRASE_BREAK, Sentence

PREDICATES = frozenset({"VERB", "AUX"})
# Children of a verb that are no complement of its own: a verb with only these before its conjunct
# shares the conjunct's complements ("condemned and rejected the decision").
NOT_COMPLEMENTS = ("punct", "cc", "aux", "advmod", "mark", "nsubj", "expl", "cop", "discourse", "dep")
GLUED_AND = "و"
GLUED_MIN = 4  # letters of a word glued to "و" that can be a verb ("وشكر"; not "وهو")
GLUED_TRIGGER_MIN = 3  # the same for a trigger verb itself, of two letters ("وحث": and urged)
VERB_REACH = 1  # tokens from a glued verb to the trigger noun it governs ("وجدد دعمه", "وأكد رفضه")


def conjoined_acts(sentence: Sentence, verb: int, acts: Collection[int]) -> set[int]:
    """The tokens of the predicates coordinated with `verb`, or set in a finite adverbial clause of it
    ("saludó los esfuerzos de X, al tiempo que acusó a Y"), that tell acts of their own (their whole
    subtrees): predicates among `acts` (those of the sentence's triggers of another category) after
    a complement of `verb`."""
    out: set[int] = set()
    for child in sentence.children(verb):
        tok = sentence.toks[child]
        if (
            (tok.dep == "conj" or same_subject_adverbial(sentence, child))
            and tok.pos in PREDICATES
            and (child in acts or _reports_act(sentence, child, acts))
            and _complement_between(sentence, verb, child)
        ):
            out |= sentence.subtree(child)
    return out


def same_subject_adverbial(sentence: Sentence, verb: int) -> bool:
    """A finite adverbial clause with no subject of its own ("al tiempo que acusó a Y"): the same actor's
    second act. One with its own subject ("while the Polisario criticised the resolution") is a contrast,
    which shares its topic with a stance that names none (events.arguments)."""
    tok = sentence.toks[verb]
    return (
        tok.dep == "advcl"
        and "VerbForm=Fin" in tok.morph
        and not any(sentence.toks[c].dep.startswith("nsubj") for c in sentence.children(verb))
    )


def subjected_conjuncts(sentence: Sentence, verb: int) -> set[int]:
    """The tokens of the predicates coordinated with `verb`, after a complement of it, that have a named
    subject of their own ("La Russie a condamné les sanctions *et l'Espagne a critiqué le Maroc*",
    "Russia backed the plan and Spain criticised Algeria"): another actor's act, whatever its category;
    its counterparts are not the first act's. A participle after its auxiliary counts as a predicate
    though the tagger read it as an adjective ("et l'Espagne a gelé sa coopération")."""
    out: set[int] = set()
    for child in sentence.children(verb):
        tok = sentence.toks[child]
        if (
            tok.dep == "conj"
            and _predicate_like(sentence, child)
            and _named_subject(sentence, child)
            and _complement_between(sentence, verb, child)
        ):
            out |= sentence.subtree(child)
    return out


def _predicate_like(sentence: Sentence, i: int) -> bool:
    tok = sentence.toks[i]
    return (
        tok.pos in PREDICATES
        or tok.pos == "ADJ"
        and any(sentence.toks[c].dep.startswith("aux") and c < i for c in sentence.children(i))
    )


def _named_subject(sentence: Sentence, i: int) -> bool:
    return any(
        sentence.toks[c].dep in CONJUNCT_SUBJECTS and sentence.toks[c].pos in ("PROPN", "NOUN")
        for c in sentence.children(i)
    )


CONJUNCT_SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass")


def _reports_act(sentence: Sentence, verb: int, acts: Collection[int]) -> bool:
    """The coordinated verb reports an act of another category in its complement clause ("agradeció a
    España su posición y *anunció que el rey recibirá a Sánchez*"): whom that act names is its own."""
    return any(c in acts for c in sentence.children(verb))


def pronoun_antecedent(sentence: Sentence, verb: int) -> set[int]:
    """The complements of the predicate a coordinated `verb` follows when the verb's own object is a
    third-person pronoun ("criticó a Bourita y le exigió", "a remercié Albares et l'a invité à", "thanked
    Albares and invited him to"): the pronoun is who the first act was addressed to. Empty otherwise."""
    tok = sentence.toks[verb]
    if tok.dep != "conj" or tok.pos not in PREDICATES or tok.head < 0 or not _pronoun_object(sentence, verb):
        return set()
    first = tok.head
    out: set[int] = set()
    for c in sentence.children(first):
        if c < verb and not sentence.toks[c].dep.startswith(NOT_COMPLEMENTS):
            out |= sentence.subtree(c)
    return out


def _pronoun_object(sentence: Sentence, verb: int) -> bool:
    """Whether the verb's object is a personal pronoun of the third person (not a reflexive "se")."""
    return any(
        sentence.toks[c].pos == "PRON"
        and sentence.toks[c].dep.startswith(OBJECTS)
        and "Person=3" in sentence.toks[c].morph
        and "Reflex=Yes" not in sentence.toks[c].morph
        for c in sentence.children(verb)
    )


OBJECTS = ("obj", "iobj", "dobj", "dative")  # UD and the English model's relations of an object


def _complement_between(sentence: Sentence, verb: int, conjunct: int) -> bool:
    return any(
        verb < c < conjunct and not sentence.toks[c].dep.startswith(NOT_COMPLEMENTS)
        for c in sentence.children(verb)
    )


def covered(sentence: Sentence, mentions: Iterable[ActorMention]) -> set[int]:
    """The token indices inside the mentions ("ستيفاني وليامز": its "و" is no conjunction)."""
    return {i for m in mentions for i in sentence.starting_within(m.start, m.end)}


def unparsed_breaks(
    sentence: Sentence, triggers: list[Match], found: Iterable[ActorMention], lexicon: Lexicon, body: str
) -> list[int]:
    """Token indices where an unparsed sentence's next coordinated act begins: a verb glued to "و" (or
    right after a separate "و") that is a trigger or governs a trigger noun right after it ("وجدد
    دعمه"), in the clause of an earlier trigger (after punctuation a verb may have a subject of its
    own: another actor's act), once the act before has a complement: a mention that begins after the
    place of its verb's subject ("رحب بوريطة وأشاد بالقرار" is one act told by two verbs)."""
    found = list(found)
    named = covered(sentence, found)
    starts = {i for m in found if (i := sentence.token_at(m.start)) is not None}
    out: list[int] = []
    for match in sorted(triggers, key=lambda m: m.indices[0]):
        verb = and_verb(sentence, match, named, lexicon)
        if verb is None:
            continue
        start = verb - int(joins(sentence.toks[verb - 1].key, lexicon))
        previous = out[-1] if out else 0
        before = [t.indices[0] for t in triggers if previous <= t.indices[0] and t.indices[-1] < start]
        punctuated = PHRASE_BREAK.search(body[sentence.toks[start - 1].end : sentence.toks[start].start])
        # "..., لكنها انتقدت": a "but" with the subject's pronoun always begins the next act; so does a
        # verb whose one name is its object ("، واتهمت فرنسا بعرقلة": no subject of its own)
        if before and (
            pronominal_contrast(sentence.toks[start].key, lexicon)
            or (
                not punctuated
                or _transitive(match)
                and object_then_complement(sentence, verb, found, lexicon)
            )
            and any(min(before) + 1 < i < start for i in starts)
        ):
            out.append(start)
    return out


def _transitive(match: Match) -> bool:
    return "transitive" in match.trigger.flags


def object_then_complement(
    sentence: Sentence, verb: int, found: Iterable[ActorMention], lexicon: Lexicon
) -> bool:
    """The verb's one name is followed by the preposition of its complement ("واتهمت الولايات المتحدة
    بعرقلة", "وحثت فرنسا على"): the object of a verb that needs one (flag `transitive`: "اتهم", "حث"), not
    a subject of its own, which would come before the object ("واتهمت فرنسا الجزائر بـ"). A verb that
    may go without one reads both ways ("ودعت روسيا إلى احترامه": Russia may call for it itself)."""
    toks = sentence.toks
    if verb + 1 >= len(toks):
        return False
    after = toks[verb + 1].start
    name = next((m for m in found if m.start == after), None)
    if name is None:
        return False
    following = next((t.key for t in toks if t.start >= name.end), None)
    if following is None:
        return False
    glued = any(following.startswith(p) and len(following) > len(p) + 2 for p in lexicon.glued_prepositions)
    return glued or following in lexicon.complement_prepositions


def and_verb(sentence: Sentence, match: Match, named: Collection[int], lexicon: Lexicon) -> int | None:
    """The coordinated verb that tells an unparsed trigger: the trigger itself ("وشكر"), or the verb
    right before its noun ("وجدد دعمه"); None when no verb after "و" tells it. `named`: the token
    indices inside actor mentions (never a verb)."""
    first = match.indices[0]
    toks = sentence.toks
    word = match.trigger.words[0]
    # "وقع" (signed) begins with the letter itself; "وحث" (and urged) is listed with its "و", too short
    # to be peeled off, the verb "حث" listed too
    own_and = first > 0 and (
        not word.startswith(GLUED_AND)
        or joins(toks[first - 1].key, lexicon)
        or starts_trigger(word[1:], lexicon)
    )
    if own_and and _coordinated(sentence, first, lexicon, shortest=GLUED_TRIGGER_MIN):
        return None if nominal_shape(match.trigger.words[0], toks[first].text) else first
    for at in range(first - 1, max(0, first - 1 - VERB_REACH), -1):
        if at in named:
            return None
        if _coordinated(sentence, at, lexicon) and not nominal_shape(toks[at].key, toks[at].text):
            return at
    return None


def opening_verb(sentence: Sentence, match: Match, named: Collection[int], lexicon: Lexicon) -> bool:
    """An unparsed sentence that opens with a verb glued to "و" tells the trigger: the verb itself
    ("وأشاد عطاف بجهوده"), or the noun it governs after its subject ("وجدد عطاف دعم بلاده", "وأعرب
    بوريطة عن دعم..."): the next act of someone told before. `named`: the tokens inside actor mentions."""
    first = match.indices[0]
    toks = sentence.toks
    if not toks or not _coordinated(sentence, 0, lexicon) or nominal_shape(toks[0].key, toks[0].text):
        return False
    between = [at for at in range(1, first) if at not in named]
    return first == 0 or (len(between) <= VERB_REACH and len(between) < first - 1)


def _coordinated(sentence: Sentence, at: int, lexicon: Lexicon, shortest: int = GLUED_MIN) -> bool:
    key = sentence.toks[at].key
    return (key.startswith(GLUED_AND) and len(key) >= shortest) or (
        at > 0 and joins(sentence.toks[at - 1].key, lexicon)
    )


def act_end(breaks: list[int], index: int) -> int | None:
    """The token where the act holding `index` ends (the next act's first token), if one follows."""
    return next((b for b in breaks if b > index), None)


def pronominal_contrast(key: str, lexicon: Lexicon) -> bool:
    """A "but" carrying the subject's pronoun ("لكنه", "ولكنها"): the next act of the same subject, after
    a comma too ("رحب X بالقرار، لكنه أدان Y")."""
    return key in lexicon.contrasts and key.endswith(PRONOUN_SUFFIXES)


PRONOUN_SUFFIXES = ("ه", "ها", "هم")


def joins(key: str, lexicon: Lexicon) -> bool:
    """A separate word that begins a coordinated act: "و", or a "but" ("لكنه أدان")."""
    return key in lexicon.conjunctions or key in lexicon.contrasts
