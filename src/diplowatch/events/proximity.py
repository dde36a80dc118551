"""Who did what to whom without a parse (Arabic), or when the parse names nobody: the nearest mention
before the trigger acts; a verb-initial clause takes the subject after it; a mention right after a
partner preposition ("مع") is a counterpart; a verb glued to "و" shares the subject of the verb before
it; a name inside an unnamed subject's phrase is what the act is aimed at ("هاجم مسلحون X")."""

from __future__ import annotations

from diplowatch.events.argument_set import Arguments
from diplowatch.events.categories import REACTIONS, REQUESTS
from diplowatch.events.coordination import (
    act_end,
    and_verb,
    covered,
    joins,
    object_then_complement,
    pronominal_contrast,
    unparsed_breaks,
)
from diplowatch.events.cue_phrases import contrast_after
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.shapes import nominal_shape
from diplowatch.events.triggers import Match, find, keys_of, starts_trigger
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import PHRASE_BREAK, Sentence

PROXIMITY_GAP = 2  # tokens between a partner preposition and the mention it introduces


def proximity(
    sentence: Sentence, match: Match, at: dict[ActorMention, int | None], lexicon: Lexicon, body: str = ""
) -> Arguments:
    """A territory is what a sentence is about far more often than who acts: never a proximity actor.
    With the body (unparsed text: Arabic), two verb-subject orders come first: a verb glued to "و"
    inside a sentence shares the subject of the verb before it ("رحبت الجزائر بالقرار وانتقدت..."), and
    a verb that opens a clause after punctuation takes the subject that follows it ("خلال لقائه بX،
    أكد Y"), not the last name of the phrase before the comma."""
    before_all = [m for m, i in at.items() if i is not None and i < match.indices[0]]
    before = [
        m
        for m in before_all
        if m.kind != "territory"
        and not _at_place(sentence, at[m], lexicon)
        and not in_other_relative(sentence, at[m], match.head)
    ]
    # A verb-initial phrase holds its subject between its words ("صوتت الجزائر ضد", "استأنف المغرب ...
    # المفاوضات"): what follows the first word counts as after it.
    after = [m for m, i in at.items() if i is not None and i > match.indices[0] and i not in match.indices]
    if body and not sentence.parsed:  # "رحب X بـY وشكر Z": Z is the next act's (events.coordination)
        end = act_end(unparsed_breaks(sentence, find(sentence, lexicon), at, lexicon, body), match.indices[0])
        after = [m for m in after if end is None or (at[m] or 0) < end]
    if not sentence.parsed:  # "رحبت الرباط بالموقف، في حين رفضته الجزائر": Algeria is the next clause's
        # (and "أدان الغارات، مطالبا مجلس الأمن بـ": whom the participle's act names is its own)
        participle = _adverbial_after(sentence, match, lexicon, body)
        clause_end = min(_next_clause(sentence, match, lexicon), participle)
        after = [m for m in after if (i := at[m]) is not None and i < clause_end]
        if match.trigger.type in REQUESTS:
            # "دعا X إلى الإفراج عن موظفي الأمم المتحدة": the UN is asked nothing; naming no one asked
            # ("دعت إلى دعم جهود X"), the act's names stand, as in the parsed languages
            asked = _asked_act_start(sentence, match, lexicon)
            addressed = [m for m in after if asked is not None and (at[m] or 0) < asked]
            # verb first, the first name after it is the subject ("دعت روسيا إلى"): no one asked yet
            after = addressed if len(addressed) > (0 if before else 1) else after
    else:  # "Doce miembros votaron a favor, mientras que Rusia se abstuvo": Russia is the next clause's
        end = contrast_after(sentence, match.indices[-1] + 1, lexicon)
        after = [m for m in after if (i := at[m]) is not None and i < end]
    clause = frozenset(range(len(sentence.toks)))
    if "passive" in match.trigger.flags:
        return _passive_arguments(sentence, match, after, at, lexicon, clause)
    following = match.indices[0] + 1  # the subject of a verb-initial clause follows the verb
    if (
        not before
        and following < len(sentence.toks)
        and set(keys_of(sentence.toks[following])) & lexicon.instruments
    ):
        # Verb-initial with a text as subject ("ويدعو القرار الأطراف"): the text acts (for its assembly).
        instrument = next(iter(set(keys_of(sentence.toks[following])) & lexicon.instruments))
        return Arguments((), tuple(dict.fromkeys(m.key for m in after)), "none", clause, "", instrument)
    partners = [m for m in after if _after_partner(sentence, at[m], lexicon)]
    actor: list[str] = []
    if body and not sentence.parsed:
        actor = list(_shared_subject(sentence, match, at, lexicon, body))
        verbal = not nominal_shape(match.trigger.words[0], sentence.toks[match.indices[0]].text)
        if not actor and before and verbal and _object_relative(sentence, match, lexicon):
            actor = _subject_after(sentence, match, after, at, lexicon)  # "القرار الذي اعتمده المجلس"
        elif not actor and before and verbal and _opens_clause(sentence, match.indices[0], body, lexicon):
            actor = _subject_after(sentence, match, after, at, lexicon)
            if actor:  # the subject may be unnamed and the name after the verb its object: both take part
                last = max(before, key=lambda m: m.end)
                after = [last, *after]
    held = _genitive_holder(sentence, match, after, at, lexicon) if not actor and not sentence.parsed else []
    if held:  # "احتجاجا على اعتراف ماكرون بالخطة": Macron recognised the plan, not the clause's subject
        actor = held
    elif actor:
        pass
    elif before:
        last = max(before, key=lambda m: m.end)
        actor = [m.key for m in before if m.end == last.end or m.start >= last.start]
        if body and not sentence.parsed:  # "وقعت الحكومة والحوثيون اتفاقا": both signed
            actor = _earlier_conjuncts(sentence, before, last, at, lexicon) + actor
    elif (
        after
        and after[0] not in partners
        and after[0].kind != "territory"
        and not _at_place(sentence, at[after[0]], lexicon)
        and not (body and not sentence.parsed and _unnamed_subject(sentence, match, lexicon))
        and not (body and not sentence.parsed and _unlinked_subject(sentence, match, at, lexicon))
    ):
        actor = _with_conjuncts(sentence, after, at, lexicon)
    recipient = [m.key for m in after if m.key not in actor]
    recipient += [m.key for m in before_all if m.kind == "territory" and m.key not in actor]
    return Arguments(
        tuple(dict.fromkeys(actor)), tuple(dict.fromkeys(recipient)), "proximity" if actor else "none", clause
    )


RELATIVE_DEPS = ("relcl", "acl:relcl")
BY = "من"  # the preposition of Arabic agent markers ("من جانب", "من قبل")


def _passive_arguments(
    sentence: Sentence,
    match: Match,
    after: list[ActorMention],
    at: dict[ActorMention, int | None],
    lexicon: Lexicon,
    clause: frozenset[int],
) -> Arguments:
    """A verb form that is only a passive ("أُدينت الغارات من جانب اليونيفيل"): who acts is named after
    its agent marker; the names before the marker are what was done to. With no agent named, no one
    acts."""
    toks = sentence.toks
    marker = next(
        (
            j
            for j in range(match.indices[-1] + 1, len(toks) - 1)
            if toks[j].key == BY and toks[j + 1].key in lexicon.agent_markers
        ),
        None,
    )
    agents = [m for m in after if marker is not None and (at[m] or 0) > marker + 1]
    actor = _with_conjuncts(sentence, agents, at, lexicon) if agents else []
    done_to = [m.key for m in after if m.key not in actor and (marker is None or (at[m] or 0) < marker)]
    return Arguments(
        tuple(dict.fromkeys(actor)), tuple(dict.fromkeys(done_to)), "proximity" if actor else "none", clause
    )


def in_other_relative(sentence: Sentence, i: int | None, trigger: int) -> bool:
    """Token i lies in a relative clause that does not hold the trigger ("The three Sahel states, *which
    have forged closer ties with Russia*, announced they were leaving"): what the clause tells of its
    noun, not who acts in the sentence's own clause."""
    if i is None or not sentence.parsed:
        return False
    at, steps = i, 0
    while at >= 0 and steps < len(sentence.toks):
        if sentence.toks[at].dep.startswith(RELATIVE_DEPS):
            return trigger not in sentence.subtree(at)
        at, steps = sentence.toks[at].head, steps + 1
    return False


def _asked_act_start(sentence: Sentence, match: Match, lexicon: Lexicon) -> int | None:
    """Unparsed: where the act a call asks for begins, the names of which are no addressees: the
    preposition before the next trigger ("إلى الإفراج", "على وقف"), or that trigger when the preposition
    is glued to it ("بالإفراج")."""
    for other in sorted(find(sentence, lexicon), key=lambda m: m.indices[0]):
        first = other.indices[0]
        if first <= match.indices[-1]:
            continue
        if sentence.toks[first - 1].key in lexicon.complement_prepositions:
            return first - 1
        key, word = sentence.toks[first].key, other.trigger.words[0]
        if any(key.startswith(p) and not word.startswith(p) for p in lexicon.glued_prepositions):
            return first
        return None
    return None


POSSESSIVE_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")  # "شكره", "رفضها": his thanks, her rejection
GLUED_PREPOSITIONS = ("ب", "ل", "وب", "ول", "فب", "فل")  # "بدعم", "لاعتراف": a preposition on the noun


def _genitive_holder(
    sentence: Sentence,
    match: Match,
    after: list[ActorMention],
    at: dict[ActorMention, int | None],
    lexicon: Lexicon,
) -> list[str]:
    """Unparsed (Arabic): a stance noun inside a prepositional phrase ("على اعتراف X بالخطة", "بعد دعم X
    للمقترح", "بترحيب X بالقرار") is no object of the clause's verb, so whoever holds it is not that
    verb's subject: the name right after the noun (its genitive) is, when a preposition after that name
    marks what the stance is about (else the genitive may be the stance's object: "بعد دعم المغرب").
    As the direct object of a verb ("جدد عطاف دعم الجزائر لـ") the noun stays the subject's act."""
    first = match.indices[0]
    tok = sentence.toks[first]
    word = match.trigger.words[0]
    # stance nouns' genitive holds them when a preposition marks their object ("دعم X للمقترح"); a
    # request's genitive is whom it asks ("بمطالبة سويسرا بالتصويت": asking Switzerland)
    if match.trigger.type not in REACTIONS or len(match.indices) > 1:
        return []
    if tok.text.endswith(POSSESSIVE_SUFFIXES) and not word.rstrip("*").endswith(POSSESSIVE_SUFFIXES):
        return []  # "عن شكره لسلطنة عمان": the noun has its holder (his thanks); the name is its object
    # (a word after a preposition is a noun, whatever its shape: "بعد رفض X لـ")
    glued = tok.text.startswith(GLUED_PREPOSITIONS) and not word.startswith(tok.text[:1])
    governed = glued or (first > 0 and sentence.toks[first - 1].key in lexicon.prepositions)
    following = [m for m in after if at[m] == first + 1]
    if not governed or not following:
        return []
    holder = following[0]
    if holder.kind == "territory" or _governed(sentence.toks[first + 1].key):
        return []
    held = _with_conjuncts(sentence, after[after.index(holder) :], at, lexicon)
    last = max(m.end for m in after if m.key in held)
    nxt = next((t for t in sentence.toks if t.start >= last), None)
    about = nxt is not None and (nxt.key in lexicon.prepositions or nxt.text.startswith(GLUED_PREPOSITIONS))
    return held if about else []


def _with_conjuncts(
    sentence: Sentence, after: list[ActorMention], at: dict[ActorMention, int | None], lexicon: Lexicon
) -> list[str]:
    """The first mention of `after`, and with it each conjunct glued to its "و" right after the previous
    one: a verb-initial sentence with a coordinated subject ("امتنعت روسيا وموزمبيق")."""
    actor = [after[0].key]
    previous = at[after[0]]
    for m in after[1:]:
        i = at[m]
        if (
            i is None
            or previous is None
            or i - previous > 2
            or not _conjunct(sentence, i, lexicon)
            or m.kind == "territory"
        ):
            break
        actor.append(m.key)
        previous = i
    return actor


def _adverbial_after(sentence: Sentence, match: Match, lexicon: Lexicon, body: str) -> int:
    """Unparsed: where the next act after a comma opens a clause of its own that ends the trigger's: an
    adverbial participle ("..., مطالبا", "..., داعيا") or a verb joined by "و" ("أشاد بالقرار، ودعا
    الرئيس الجزائري إلى": the president is called on, not praised); the sentence's end if none does."""
    toks = sentence.toks
    return min(
        (
            m.indices[0]
            for m in find(sentence, lexicon)
            if ("adverbial" in m.trigger.flags or _joined_verb(toks[m.indices[0]].text))
            and m.indices[0] > match.indices[-1]
            and PHRASE_BREAK.search(body[toks[m.indices[0] - 1].end : toks[m.indices[0]].start])
        ),
        default=len(toks),
    )


def _joined_verb(word: str) -> bool:
    """ "ودعا", "وطالب": a word with the conjunction "و" glued on and no article (a verb; not "والدعوة")."""
    return word.startswith(CONJUNCTION) and not word[len(CONJUNCTION) :].startswith(ARTICLE)


CONJUNCTION, ARTICLE = "و", "ال"


def _next_clause(sentence: Sentence, match: Match, lexicon: Lexicon) -> int:
    """Unparsed: where the clause after the trigger's begins, at the first word after it that opens one
    ("بينما", "في حين", "كما"), or at a reporting verb after a punctuation mark ("رحب X بالاتفاق، وقال
    المتحدث باسمه Y إن ...": Y and what he said are the report's); the names after it are that clause's."""
    toks = sentence.toks
    for j in range(match.indices[-1] + 1, len(toks)):
        if toks[j].key in lexicon.clause_openers:
            return j
        if toks[j].start - toks[j - 1].end > 1 and set(keys_of(toks[j])) & lexicon.reporting:
            return j
    return len(toks)


def _earlier_conjuncts(
    sentence: Sentence,
    before: list[ActorMention],
    last: ActorMention,
    at: dict[ActorMention, int | None],
    lexicon: Lexicon,
) -> list[str]:
    """The mentions coordinated with `last` before it, each glued to the "و" of the next one right
    after its own end: a verb-initial clause whose subject is coordinated and whose trigger follows it
    ("وقعت الحكومة اليمنية والحوثيون اتفاقا", "أكد الجيش وقوات الدعم السريع التزامهما")."""
    out: list[str] = []
    current = last
    while (i := at[current]) is not None and _conjunct(sentence, i, lexicon):
        earlier = [m for m in before if m.end <= current.start]
        if not earlier:
            break
        previous = max(earlier, key=lambda m: m.end)
        end = sentence.token_at(previous.end - 1)
        placed = previous.kind == "territory" or _at_place(sentence, at[previous], lexicon)
        if end is None or i - end > 1 or placed:
            break
        out.insert(0, previous.key)
        current = previous
    return out


SUBJECT_GAP = 6  # tokens between a clause-opening verb and its subject ("أكد أمس الخميس وزير الخارجية X")


def _opens_clause(sentence: Sentence, index: int, body: str, lexicon: Lexicon) -> bool:
    """The token begins the sentence, follows punctuation ("من جانبه، أكد", "..., وأضاف") or a word
    that opens a clause ("بينما رفضته", "كما أكد")."""
    if index == 0 or sentence.toks[index - 1].key in lexicon.clause_openers:
        return True
    return bool(PHRASE_BREAK.search(body[sentence.toks[index - 1].end : sentence.toks[index].start]))


def _unnamed_subject(sentence: Sentence, match: Match, lexicon: Lexicon) -> bool:
    """An unknown subject right after the verb ("هاجم مسلحون مجهولون"): `unnamed_subjects`, a word or
    two."""
    following = match.indices[-1] + 1
    words = [t.key for t in sentence.toks[following : following + 2]]
    return bool(words) and (
        words[0] in lexicon.unnamed_subjects or " ".join(words) in lexicon.unnamed_subjects
    )


ARABIC_ARTICLE = "ال"
ADJECTIVE_ENDINGS = ("ية", "ي", "يين", "يون")  # "الخارجية المغربية": the name after is the noun's adjective
OBJECT_GAP = 3  # tokens from an unnamed subject to the verb's object ("البيان يوم الثلاثاء الجزائر")


def _unlinked_subject(
    sentence: Sentence, match: Match, at: dict[ActorMention, int | None], lexicon: Lexicon
) -> bool:
    """A definite noun right after a verb, which names no actor the linker knows ("وطالب البيان الجزائر
    بـ", "ودعت الحكومة يوم الثلاثاء المغرب إلى"): the verb's subject, so the name after it (a day between
    them at most) is its object, not who acts. Not when that name is the noun's adjective ("أدانت الخارجية
    المغربية": Morocco's ministry)."""
    following = match.indices[0] + 1  # the verb's next word (a phrase's subject stands between its words)
    if following >= len(sentence.toks) or following in match.indices:
        return False
    if nominal_shape(match.trigger.words[0], sentence.toks[match.indices[0]].text):
        return False
    starts = {i for i in at.values() if i is not None}
    noun = sentence.toks[following]
    if following in starts or not noun.key.startswith(ARABIC_ARTICLE):
        return False
    nxt = next((i for i in range(following + 1, following + 1 + OBJECT_GAP) if i in starts), None)
    if nxt is None or any(at[m] == nxt and m.kind == "person" for m in at):
        return False  # "المبعوث الأممي ستيفان دي ميستورا": a title before its holder's name
    between = {t.key for t in sentence.toks[following + 1 : nxt]}
    if between & (lexicon.complementizers | lexicon.prepositions):
        return False  # "طالب البيان بأن", "دعا المتحدث في الجزائر": the name is no object of the verb
    after = sentence.toks[nxt]
    return not (after.key.startswith(ARABIC_ARTICLE) and after.key.endswith(ADJECTIVE_ENDINGS))


def _subject_after(
    sentence: Sentence,
    match: Match,
    after: list[ActorMention],
    at: dict[ActorMention, int | None],
    lexicon: Lexicon,
) -> list[str]:
    """The subject right after a clause-opening verb: the first mention within SUBJECT_GAP tokens, unless
    a preposition ("من", "لدى"), a partner word or a complementizer ("أن", "إن") comes first (an object,
    a place, or the reported clause: the verb's subject is then unnamed)."""
    last = match.indices[-1]
    for m in after:
        i = at[m]
        if i is None or i - last > SUBJECT_GAP:
            return []
        between = {t.key for t in sentence.toks[last + 1 : i]}
        if between & (lexicon.complementizers | lexicon.prepositions):
            return []  # a reported clause, or a complement: "سحب سفيره لدى فرنسا" (the subject is unnamed)
        if (
            m.kind == "territory"
            or _after_partner(sentence, i, lexicon)
            or _at_place(sentence, i, lexicon)
            or _governed(sentence.toks[i].key)
        ):
            return []
        return _with_conjuncts(sentence, after[after.index(m) :], at, lexicon)
    return []


OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")  # "اعتمده": adopted it
RESUMPTIVES = frozenset({"عليه", "عليها", "به", "بها", "له", "لها", "اليه", "اليها", "منه", "منها"})


def _object_relative(sentence: Sentence, match: Match, lexicon: Lexicon) -> bool:
    """A verb right after a relative pronoun whose antecedent is its object: the pronoun on the verb
    ("القرار الذي اعتمده مجلس الأمن", adopted it) or on the preposition after it ("المعايير التي وافق
    عليها المجلس"). Its subject follows it; without such a pronoun the relative is the subject ("بوريطة،
    الذي استقبل نظيره": Bourita received)."""
    first = match.indices[0]
    if first == 0 or sentence.toks[first - 1].key not in lexicon.relatives:
        return False
    key, stem = sentence.toks[first].key, match.trigger.words[0].rstrip("*")
    following = sentence.toks[first + 1].key if first + 1 < len(sentence.toks) else ""
    return (key.startswith(stem) and key[len(stem) :].endswith(OBJECT_PRONOUNS)) or following in RESUMPTIVES


GOVERNED = ("بال", "لل", "كال", "وبال", "ولل", "فبال")  # a glued preposition on a definite noun


def _complement_next(sentence: Sentence, verb: int, lexicon: Lexicon) -> bool:
    """The word after the verb opens a complement: a noun with a glued preposition ("بوزير", "بدور",
    "بالرئيس"), not a subject."""
    if verb + 1 >= len(sentence.toks):
        return False
    key = sentence.toks[verb + 1].key
    glued = any(key.startswith(p) and len(key) > len(p) + 2 for p in lexicon.glued_prepositions)
    return _governed(key) or glued


def _governed(key: str) -> bool:
    """ "بالرئيس", "للأمين العام": a noun governed by a glued preposition is no subject."""
    return key.startswith(GOVERNED)


def _shared_subject(
    sentence: Sentence, match: Match, at: dict[ActorMention, int | None], lexicon: Lexicon, body: str
) -> tuple[str, ...]:
    """A verb glued to "و" (or after a separate "و") inside a clause shares the subject of the trigger
    before it: "رحبت الجزائر بالقرار وانتقدت المغرب" (Algeria criticised), "وجدد عطاف دعمه وندد بـ"; so
    does a trigger noun such a verb governs ("التقى X بـY وجدد دعمه لـZ": X renewed its support)."""
    first = match.indices[0]
    tok = sentence.toks[first]
    word = match.trigger.words[0]
    glued = tok.key.startswith("و") and (
        not word.startswith("و") and len(tok.key) > 3 or starts_trigger(word[1:], lexicon)  # "وحث"
    )
    verb = and_verb(sentence, match, covered(sentence, at), lexicon)
    if verb is not None and verb < first:
        first, tok, glued = verb, sentence.toks[verb], sentence.toks[verb].key.startswith("و")
    # "..., كما اجتمع بوزير الخارجية": "also" before a verb whose complement follows it goes on with the
    # subject before ("كما رحبت به روسيا": a name of its own is another subject)
    additive = first > 0 and sentence.toks[first - 1].key in lexicon.additive_openers
    additive = additive and _complement_next(sentence, first, lexicon)
    separate = first > 0 and joins(sentence.toks[first - 1].key, lexicon) or additive
    adverbial = "adverbial" in match.trigger.flags and first > 0  # "..., داعيا": the main clause's subject
    if first == 0 or not (glued or separate or adverbial):
        return ()
    # "..., لكنه اتهم": the pronoun on "but" is the subject before, whatever punctuation comes first
    pronominal = separate and pronominal_contrast(sentence.toks[first - 1].key, lexicon)
    if (
        not adverbial
        and not pronominal
        and not additive
        and _opens_clause(sentence, first - int(separate), body, lexicon)
        and not _continues(
            sentence, first, glued, at, lexicon, transitive="transitive" in match.trigger.flags
        )
    ):
        return ()
    triggers = find(sentence, lexicon)
    earlier = [m for m in triggers if m.indices[-1] < first - int(separate)]
    if not earlier:
        # "وقال غروندبرغ ...، داعيا X إلى": the main clause's verb is no trigger, its subject still acts
        return _main_subject(sentence, first, at, lexicon) if adverbial else ()
    # the act before's own verb, not a noun of its complement ("شكر X على دعمه وأشاد": X's support)
    breaks = [b for b in unparsed_breaks(sentence, triggers, at, lexicon, body) if b < first]
    verbs = [
        m
        for m in earlier
        if m.indices[0] >= max(breaks, default=0)
        and not nominal_shape(m.trigger.words[0], sentence.toks[m.indices[0]].text)
    ]
    return proximity(sentence, verbs[0] if verbs else earlier[-1], at, lexicon, body).actor


def _main_subject(
    sentence: Sentence, before: int, at: dict[ActorMention, int | None], lexicon: Lexicon
) -> tuple[str, ...]:
    """The first actor the sentence names before `before` that no glued preposition governs and that is
    no place: the subject of the verb that opens the main clause ("وأعرب المغرب عن...")."""
    first = min(
        (
            (i, m)
            for m, i in at.items()
            if i is not None
            and i < before
            and not _governed(sentence.toks[i].key)
            and not _at_place(sentence, i, lexicon)
        ),
        default=None,
        key=lambda pair: pair[0],
    )
    return (first[1].key,) if first is not None else ()


def _continues(
    sentence: Sentence,
    verb: int,
    glued: bool,
    at: dict[ActorMention, int | None],
    lexicon: Lexicon,
    *,
    transitive: bool = False,
) -> bool:
    """A verb glued to "و" after a comma, with no subject of its own right after it, goes on with the
    subject before ("التقى X الوزير Y، وأشاد بدور عمان": X praised): not a clause opener word ("كما"),
    and no name in the subject's place ("، وانتقدت الجزائر القرار": Algeria's own act)."""
    if not glued or sentence.toks[verb - 1].key in lexicon.clause_openers:
        return False
    after = verb + 1
    named = {i for i in at.values() if i is not None}
    return after < len(sentence.toks) and (
        after not in named
        or _governed(sentence.toks[after].key)
        or transitive
        and object_then_complement(sentence, verb, at, lexicon)  # "، واتهمت فرنسا بعرقلة"
    )


def _at_place(sentence: Sentence, index: int | None, lexicon: Lexicon) -> bool:
    """The mention follows a preposition of place or destination ("زيارته إلى الرياض", "en France"):
    where the event happens, not who acts."""
    return index is not None and index > 0 and sentence.toks[index - 1].key in lexicon.destinations


def _conjunct(sentence: Sentence, index: int, lexicon: Lexicon) -> bool:
    """The mention's first token is a coordinated one: glued Arabic "و", or a separate "and" word."""
    key = sentence.toks[index].key
    before = sentence.toks[index - 1].key if index else ""
    return (key.startswith("و") and len(key) > 2) or before in lexicon.conjunctions


def _after_partner(sentence: Sentence, index: int | None, lexicon: Lexicon) -> bool:
    if index is None:
        return False
    window = sentence.toks[max(0, index - PROXIMITY_GAP) : index]
    return any(t.key in lexicon.partner_prepositions for t in window)
