"""Where a trigger stands in its sentence: nested in another act, a reference to an event told
elsewhere, the main clause, a relative clause about its antecedent, part of a name, offered or
conditional."""

from __future__ import annotations

from diplowatch.events.arguments import copular, predicate
from diplowatch.events.categories import REACTIONS
from diplowatch.events.holding import holding_verb
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.relatives import object_relative, relative_pronoun
from diplowatch.events.shapes import nominal_shape
from diplowatch.events.topics import TOLD_BY_NOUN
from diplowatch.events.triggers import Match, keys_of
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence


def is_nested(sentence: Sentence, match: Match, heads: dict[int, Match]) -> bool:
    """A trigger noun whose predicate is another trigger ("condemned the attack")."""
    if not sentence.parsed or _own_stance_joined(sentence, match.head):
        return False
    verb = predicate(sentence, match.head)
    return verb != match.head and verb in heads and heads[verb] is not match


def completes_trigger_noun(sentence: Sentence, match: Match, heads: dict[int, Match]) -> bool:
    """A trigger noun that completes another trigger noun ("announced the suspension of its agreement with
    X", "la suspension de son accord", "la suspensión del acuerdo"): what the outer act is about, nested
    as the object of a trigger verb is."""
    if not sentence.parsed:
        return False
    governor = _noun_governor(sentence, match.head)
    return governor is not None and governor in heads and heads[governor] is not match


def _noun_governor(sentence: Sentence, noun: int) -> int | None:
    """The noun whose complement the noun is ("of" + noun in English, nmod in UD), if any."""
    tok = sentence.toks[noun]
    if tok.pos not in ("NOUN", "PROPN") or tok.head < 0:
        return None
    head = tok.head
    if tok.dep == "pobj" and sentence.toks[head].key == "of" and sentence.toks[head].head >= 0:
        head = sentence.toks[head].head
    elif tok.dep != "nmod":
        return None
    return head if sentence.toks[head].pos == "NOUN" else None


def _own_stance_joined(sentence: Sentence, noun: int) -> bool:
    """A stance noun with a possessive, joined to the verb's object ("a renouvelé son soutien au plan et
    son appel à l'Algérie à"): the subject's own second stance, not an act that the verb is about."""
    tok = sentence.toks[noun]
    return (
        tok.pos == "NOUN"
        and tok.dep == "conj"
        and any(
            sentence.toks[c].dep in ("det", "poss", "nmod:poss") and "Poss=Yes" in sentence.toks[c].morph
            for c in sentence.children(noun)
        )
    )


def reacted_on(sentence: Sentence, match: Match, heads: dict[int, Match]) -> bool:
    """A trigger noun of another category that a stance takes as its object ("agradeció a Catar su
    mediación", "rejected the agreement", "gratitude for the mediation efforts of Qatar"): the act the
    stance is about, which the stance's holder did not do. Not under a verb its sides do together ("X
    and Y signed the accord")."""
    if _own_clause(sentence, match.head):
        return False
    governing = (
        _governing_trigger(sentence, match, heads)
        if sentence.parsed
        else _reaction_before(sentence, match, heads)
    )
    return (
        governing is not None
        and governing.head < match.head  # one fronted before the stance sets its scene ("At his meeting")
        and governing.trigger.type in REACTIONS
        and governing.trigger.type != match.trigger.type
        and "mutual" not in governing.trigger.flags
    )


WELCOMED_MARK = "ب"  # the preposition a stance verb takes its object with ("رحب ب", "أشاد ب", "ندد ب")
NOT_WELCOMED_MARK = "بين"  # "بين", "بينما" (between, while) open no object
WELCOMED_ACTS = frozenset({"AGREE"})  # truces and agreements others made, welcomed or rejected
TOLD_MARK = WELCOMED_MARK + "ال"  # "بالزيارة": the preposition glued to a definite noun
DEMONSTRATIVES = frozenset({"بهذه", "بهذا", "بتلك", "بذلك"})  # "بهذه الزيارة": this visit, told before
TOLD_GAP = 10  # the same to the noun of an act told before, glued to the stance's preposition
REACTED_GAP = 6  # unparsed: tokens from a stance verb to the noun of the act it is about ("رحبت X بالهدنة")


def _reaction_before(sentence: Sentence, match: Match, heads: dict[int, Match]) -> Match | None:
    """Without a parse: the stance verb a few tokens before a trigger noun ("رحبت السعودية بإعلان
    الهدنة": the truce is what Saudi Arabia welcomed, not an act of its own)."""
    first = match.indices[0]
    opener = sentence.toks[first - 1].text if first > 0 else ""
    # a visit welcomed stays its visitor's ("رحب المغرب بزيارة دي ميستورا"), but one the article told
    # before is the object
    told = told_before(sentence, match)
    if match.trigger.type not in WELCOMED_ACTS and not told:
        return None
    # a noun, or the complement of one the stance's preposition opens ("بإعلان وقف إطلاق النار")
    glued = opener.startswith(WELCOMED_MARK) and not opener.startswith(NOT_WELCOMED_MARK)
    if not nominal_shape(match.trigger.words[0], sentence.toks[first].text) and not glued:
        return None
    # the stance's subject stands between it and a told act's noun ("ورحب المبعوث الأممي إلى اليمن X
    # بالزيارة"): a longer reach, the glued article marking the object
    reach = TOLD_GAP if told else REACTED_GAP
    before = [m for h, m in heads.items() if h < first and first - m.indices[-1] <= reach]
    return max(before, key=lambda m: m.head, default=None)


def told_before(sentence: Sentence, match: Match) -> bool:
    """Without a parse: a trigger noun glued to a stance's preposition with the article, or after a
    demonstrative ("رحب X بالزيارة", "بهذه الزيارة"): an act the article told before, not a new one."""
    return not sentence.parsed and glued_told(sentence, match.indices[0])


def glued_told(sentence: Sentence, i: int) -> bool:
    """The word at `i` carries the article glued to a stance's preposition, or follows a demonstrative
    glued to it ("بالزيارة", "بهذه الزيارة")."""
    opener = sentence.toks[i - 1].text if i > 0 else ""
    return sentence.toks[i].text.startswith(TOLD_MARK) or opener in DEMONSTRATIVES


def _own_clause(sentence: Sentence, noun: int) -> bool:
    """A noun with its own subject or clause mark heads a clause ("tandis que la Russie s'est abstenue",
    a pronominal verb the parser read as a noun): the act is its subject's, not the stance's object."""
    return sentence.parsed and any(
        sentence.toks[c].dep.startswith(("nsubj", "mark")) for c in sentence.children(noun)
    )


OBJECT_REACH = 3  # dependency steps from a trigger noun up to the stance it is the object of
OBJECT_DEPS = ("obj", "dobj", "nmod", "obl", "pobj", "prep", "compound")


def _governing_trigger(sentence: Sentence, match: Match, heads: dict[int, Match]) -> Match | None:
    """The trigger the noun is the object or complement of: its predicate's, or a stance noun's it hangs on
    ("gratitude -> for -> efforts -> mediation")."""
    if not sentence.parsed or sentence.toks[match.head].pos != "NOUN":
        return None
    at = match.head
    for _ in range(OBJECT_REACH):
        tok = sentence.toks[at]
        if not tok.dep.startswith(OBJECT_DEPS) or tok.head < 0:
            return None
        at = tok.head
        found = heads.get(at) or _light_object(sentence, at, heads)
        if found is not None and found is not match:
            return found
    return None


def _light_object(sentence: Sentence, verb: int, heads: dict[int, Match]) -> Match | None:
    """The stance noun a light verb takes as its object ("expressed his gratitude for", "a exprimé sa
    préoccupation face à"): the trigger the verb's other complements belong to."""
    if sentence.toks[verb].pos not in ("VERB", "AUX"):
        return None
    objects = (heads.get(c) for c in sentence.children(verb) if sentence.toks[c].dep in ("obj", "dobj"))
    return next((m for m in objects if m is not None), None)


def inner_repeat(sentence: Sentence, match: Match, heads: dict[int, Match]) -> bool:
    """ "visited Rabat for talks": the noun repeats its verb's event."""
    if not is_nested(sentence, match, heads):
        return False
    return heads[predicate(sentence, match.head)].trigger.type == match.trigger.type


MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"})
CONDEMNING = frozenset({"ACCUSE", "REJECT"})
CONDEMNED_GAP = 6  # tokens from a condemning verb to the act it condemns ("أدانت وزارة الخارجية بشدة الهجوم")


def condemned_act(
    sentence: Sentence, match: Match, heads: dict[int, Match], relatives: frozenset[str] = frozenset()
) -> bool:
    """Without a parse: a material act told by its noun right after a verb of condemnation ("أدانت
    الجزائر بشدة الهجوم الذي استهدف"): whoever condemns it did not do it; the parse tells this by
    nesting (`is_nested`). So is the verb of the relative clause (`relatives`) that follows such a noun
    ("الهجوم الذي *استهدف* مقر الحكومة"): the same attack, its doer untold."""
    if sentence.parsed or match.trigger.type not in MATERIAL_CONFLICT:
        return False
    first = match.indices[0]
    if first >= 2 and sentence.toks[first - 1].key in relatives:
        noun = heads.get(first - 2)
        return noun is not None and noun is not match and condemned_act(sentence, noun, heads)
    if not nominal_shape(match.trigger.words[0], sentence.toks[first].text):
        return False
    before = [m for m in heads.values() if m is not match and m.indices[-1] < first]
    last = max(before, key=lambda m: m.indices[-1], default=None)  # no other act between them
    return last is not None and last.trigger.type in CONDEMNING and first - last.indices[-1] <= CONDEMNED_GAP


REFERENCE_DEPS = ("nsubj", "obl", "nmod", "pobj", "appos")


def is_reference(sentence: Sentence, match: Match, lex: Lexicon | None = None) -> bool:
    """A single trigger noun that is the subject of its clause ("La visite de X s'inscrit dans...",
    "This visit prompted...") or sits in a prepositional phrase ("à la veille de la réunion", "in the
    framework of the agreement") refers to an event the article tells elsewhere, or sets the scene:
    it is not the event the clause reports. Material conflict is the exception: it is mostly told by
    its noun ("des explosions ont touché la ville", "the attack killed three"), and so is a meeting
    whose verb says it was held (`held_verbs`: "a meeting was held", "la réunion s'est tenue", "la
    reunión se celebró")."""
    tok = sentence.toks[match.head]
    return (
        sentence.parsed
        and len(match.indices) == 1
        and tok.pos == "NOUN"
        and tok.dep.startswith(REFERENCE_DEPS)
        and match.trigger.type not in TOLD_BY_NOUN
        and not copular(sentence, match.head)  # "la Russie s'est abstenue": a clause's own predicate
        and not (lex is not None and _held(sentence, match, lex))
    )


def _held(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """A meeting noun a verb of holding tells ("the talks were held", "s'est tenue", "the first round
    table, held in Geneva last December")."""
    return match.trigger.type == "CONSULT" and holding_verb(sentence, match.head, lex.held_verbs) is not None


def asked_for(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """The trigger's clause is what a request asks for ("insisted that Algeria take part in the round
    tables"): a meeting someone is asked to join is nobody's plan yet."""
    if not sentence.parsed:
        return False
    tok = sentence.toks[predicate(sentence, match.head)]
    if tok.head < 0:
        return False
    return any(
        t.type == "REQUEST" for k in keys_of(sentence.toks[tok.head]) for t in lex.exact_index.get(k, ())
    )


def main_clause(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """The trigger's predicate is the sentence's root, a verb coordinated with it, or the complement
    of a reporting root or of a reporting verb coordinated with it ("X did Y, officials said", "a salué
    ... et annoncé que l'ONU organisera"). A plan verb's infinitive stands for it ("is preparing to
    hold", "se prépare à organiser")."""
    if not sentence.parsed:
        return True
    at = predicate(sentence, match.head)
    tok = sentence.toks[at]
    plans = lex.future_heads | lex.plan_copulas  # "is preparing to hold", "was to go"
    while tok.dep.startswith(("xcomp", "advcl", "acl")) and set(keys_of(sentence.toks[tok.head])) & plans:
        # "the commitment of A and B to meet": the plan noun's own predicate
        above = tok.head if sentence.toks[tok.head].pos in ("VERB", "AUX") else predicate(sentence, tok.head)
        if above == tok.head and sentence.toks[above].pos not in ("VERB", "AUX"):
            break
        at, tok = above, sentence.toks[above]
    if tok.head < 0:
        return True
    parent = sentence.toks[tok.head]
    if tok.dep == "conj":
        return sentence.toks[conjunct_of(sentence, at)].head < 0
    said = tok.dep in ("ccomp", "parataxis") and bool({parent.lemma, parent.key} & lex.reporting)
    if not said or parent.head < 0:
        return said
    return parent.dep == "conj" and sentence.toks[conjunct_of(sentence, tok.head)].head < 0


def conjunct_of(sentence: Sentence, verb: int) -> int:
    """The verb a conjunct is coordinated with. A participle is no conjunct of an infinitive: "a réitéré
    son souhait d'accélérer X et annoncé que...", "has renewed his wish to speed up X and announced that"
    coordinate the participle with the one before the infinitive, however the parser hung it."""
    tok = sentence.toks[verb]
    head = tok.head
    if "VerbForm=Part" not in tok.morph:
        return head
    for _ in range(len(sentence.toks)):  # a parse is a tree: never more steps than tokens
        if head < 0 or "VerbForm=Inf" not in sentence.toks[head].morph:
            return head
        above = sentence.toks[head].head
        while above >= 0 and sentence.toks[above].pos not in ("VERB", "AUX"):
            above = sentence.toks[above].head
        if above < 0:
            return head
        head = above
    return head


RELATIVE_DEPS = ("acl:relcl", "relcl")


def antecedent(sentence: Sentence, match: Match, lex: Lexicon | None = None) -> int | None:
    """The noun a relative clause's trigger acts on ("la visite que le Maroc a dénoncée", "the plan
    that Algeria rejected"): the clause's head noun when its object is the relative pronoun (marked
    so by the parser, or one of the lexicon's `relatives`: the English parser leaves "which" unmarked)."""
    relatives = lex.relatives if lex is not None else frozenset()
    if not sentence.parsed:
        return None
    verb = predicate(sentence, match.head)
    tok = sentence.toks[verb]
    # the Spanish parser labels a relative clause "acl" ("a Estados Unidos, al que acusó de...")
    if not tok.dep.startswith(RELATIVE_DEPS + ("acl",)) or tok.head < 0:
        return None
    relative_object = any(
        sentence.toks[c].dep in ("obj", "dobj")
        and (
            sentence.toks[c].key in relatives
            or relative_pronoun(sentence.toks[c])
            and object_relative(sentence, verb, c)
        )
        for c in sentence.children(verb)
    )
    return tok.head if relative_object or _zero_object_relative(sentence, verb, relatives) else None


def _zero_object_relative(sentence: Sentence, verb: int, relatives: frozenset[str]) -> bool:
    """ "a condition Kyiv rejected as unacceptable": a relative clause with no pronoun at all, whose verb
    has its subject and no object of its own: the noun it hangs on is that object (English). Not a clause
    a relative word opens ("which dealt with", "since 1975, when Spain withdrew"), nor one hung on a noun
    the parser made a clause of its own."""
    tok = sentence.toks[verb]
    head = sentence.toks[tok.head]
    if not tok.dep.startswith(RELATIVE_DEPS) or head.pos != "NOUN" or head.dep in NOUN_AS_CLAUSE:
        return False
    own = [sentence.toks[c] for c in sentence.children(verb)]
    around = own + [sentence.toks[c] for c in sentence.children(tok.head)]
    opened = any(relative_pronoun(c) or c.key in relatives or c.key in RELATIVE_ADVERBS for c in around)
    return (
        not opened
        and any(c.dep.startswith("nsubj") for c in own)
        and not any(c.dep in ("obj", "dobj", "ccomp", "xcomp", "mark") for c in own)
        and "Voice=Pass" not in tok.morph
    )


NOUN_AS_CLAUSE = frozenset({"ROOT", "advcl", "ccomp"})  # "when former colonial power Spain withdrew"
RELATIVE_ADVERBS = frozenset({"when", "where", "why", "whereby"})  # "since 1975, when Spain withdrew"


def told_in_past(sentence: Sentence, match: Match) -> bool:
    """The trigger's verb is in a past tense ("launched", "a rencontré")."""
    if not sentence.parsed:
        return False
    verb = sentence.toks[predicate(sentence, match.head)]
    return "Tense=Past" in verb.morph or "Tense=Imp" in verb.morph


NAMED_KINDS = ("organization", "group")  # their mentions are names, never a person's role phrase


def in_name(sentence: Sentence, match: Match, found: list[ActorMention]) -> bool:
    """A trigger word that is part of an actor's name or title ("Ban" in "Ban Ki-moon", "التعاون" in
    "وزير الشؤون الخارجية والتعاون الدولي") is no event. With a parse only a proper noun counts
    (a role phrase may hold the event: "the visiting minister"), or any word of an organisation's name
    ("Mission d'appui des Nations unies", "Forces de soutien rapide")."""
    tok = sentence.toks[match.head]
    plain = tok.pos == "PROPN" or not sentence.parsed
    return any(m.start <= tok.start < m.end and (plain or m.kind in NAMED_KINDS) for m in found)


READINESS_DEPS = ("xcomp", "advcl", "acl", "ccomp")


def on_condition(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """A threat's condition follows the trigger ("unless", "à moins que", "a menos que", "ما لم")."""
    return lex.has_cue(lex.threat_conditions, [t.key for t in sentence.toks[match.indices[-1] + 1 :]])


def not_ruled_out(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """The trigger's verb is what a negated verb of ruling out governs ("no descarta imponer sanciones",
    "n'exclut pas d'intervenir", "does not rule out using force"): a possibility its subject holds open,
    an offer or a threat as a stated readiness is (`ruling_out`)."""
    if not sentence.parsed or not lex.ruling_out:
        return False
    tok = sentence.toks[predicate(sentence, match.head)]
    if tok.pos not in ("VERB", "AUX") or tok.dep not in READINESS_DEPS or tok.head < 0:
        return False
    governing = sentence.toks[tok.head]
    return bool(set(keys_of(governing)) & lex.ruling_out) and any(
        sentence.toks[c].key in lex.negation for c in sentence.children(tok.head)
    )


def offered(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """The trigger's verb is governed by a word of readiness ("ready to host", "prêt à accueillir")."""
    if not lex.readiness:
        return False
    if not sentence.parsed:  # "أبدى استعداده للقاء X", "استعدادها لمواصلة دورها في الوساطة"
        return _readiness_before(sentence, match.indices[0], lex)
    if _ready_for(sentence, match.head, lex):  # "ready for talks with X", "prêt à des pourparlers"
        return True
    verb = predicate(sentence, match.head)
    tok = sentence.toks[verb]
    if tok.dep not in READINESS_DEPS or tok.head < 0:
        return False
    if set(keys_of(sentence.toks[tok.head])) & lex.readiness:
        return True
    # "a réitéré sa disponibilité à rencontrer X": the parser hangs the infinitive on the verb, the
    # readiness noun stands right before its mark
    marks = [c for c in sentence.children(verb) if sentence.toks[c].dep == "mark" and c < verb]
    before = min(marks, default=verb) - 1
    return before >= 0 and bool(set(keys_of(sentence.toks[before])) & lex.readiness)


READY_NOUN_DEPS = frozenset({"pobj", "obl", "obl:arg", "obl:mod", "nmod"})  # a noun a word of readiness takes


def _ready_for(sentence: Sentence, head: int, lex: Lexicon) -> bool:
    """The trigger is a noun that a word of readiness takes, through its preposition ("ready for talks":
    "talks" <- "for" <- "ready"; "prêt à des pourparlers": "pourparlers" <- "prêt")."""
    tok = sentence.toks[head]
    if tok.pos not in ("NOUN", "PROPN") or tok.dep not in READY_NOUN_DEPS:
        return False
    governor = tok.head
    if 0 <= governor < len(sentence.toks) and sentence.toks[governor].pos == "ADP":
        governor = sentence.toks[governor].head
    return 0 <= governor < len(sentence.toks) and bool(set(keys_of(sentence.toks[governor])) & lex.readiness)


READY_REACH = 4  # unparsed: words from a word of readiness to the act it offers ("لمواصلة دورها في")


def _readiness_before(sentence: Sentence, first: int, lex: Lexicon) -> bool:
    """Without a parse: a word of readiness a few words before the act, in the same stretch (no
    punctuation between: tokens more than a space apart)."""
    toks = sentence.toks
    for j in range(first - 1, max(-1, first - 1 - READY_REACH), -1):
        if toks[j + 1].start - toks[j].end > 1:
            return False
        if set(keys_of(toks[j])) & lex.readiness:
            return True
    return False


def readiness_apart(sentence: Sentence, matches: list[Match], lex: Lexicon) -> list[Match]:
    """Without a weak trigger of readiness ("s'est dit prêt", "se mostró dispuesto") when a verb it
    governs tells the act offered ("prêt à rencontrer X": the meeting offered is the offer, events.rules);
    it stands alone for an act no trigger verb names ("prêt à faciliter un dialogue")."""
    if not any(m.head == predicate(sentence, m.head) and offered(sentence, m, lex) for m in matches):
        return matches
    return [
        m
        for m in matches
        if not (
            m.trigger.weak
            and m.trigger.type == "AGREE"
            and set(keys_of(sentence.toks[m.indices[-1]])) & lex.readiness
        )
    ]
