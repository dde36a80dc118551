"""PLOVER aux of an event: negation, future, hypothetical (historical comes from the date).

With a parse, cues count when they depend on the trigger's predicate (or on the
trigger itself, or on an auxiliary of the predicate, or are the determiner of an
adverbial: "at no point", "à aucun moment"); the verb's morphology gives the
future (Tense=Fut) and the conditional (Mood=Cnd). Because parsers often hang a
preverbal particle on the auxiliary of a badly parsed clause ("Rabat n'a, à aucun
moment, été consulté"), a scope particle (`negation_scope`: ne, no) also negates
the first content verb to its right, skipping auxiliaries, pronouns, adverbs and
short adverbials, and stopping at a quote mark, a conjunction or a relative.
Without a parse, cues are looked for in a short window before the trigger; an
ambiguous cue (`negation_adjacent`: Arabic ما, لا) counts only right before the
trigger. A conditional under a reporting verb with no "if" cue is the future
seen from the past ("said it would withdraw"), not a hypothesis. A trigger embedded
under another trigger that does not assert it ("threatened to attack", "a
appelé les parties à soutenir", "refused to meet") is hypothetical: the embedded
act has not happened.
"""

from __future__ import annotations

from diplowatch.events.arguments import AGENTS, adjunct_nouns, predicate
from diplowatch.events.cue_phrases import contrasted
from diplowatch.events.generic import negative_subject
from diplowatch.events.holding import qualifying_holding_verb
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.obligation import DEMAND_FLAG
from diplowatch.events.purposes import aimed, first_conjunct
from diplowatch.events.relatives import object_relative, relative_pronoun
from diplowatch.events.restraint import refrained
from diplowatch.events.shapes import nominal_shape
from diplowatch.events.triggers import Match, keys_of
from diplowatch.model import AUX_VALUES, Aux
from diplowatch.text.normalise import Token, unelided
from diplowatch.text.sentences import Sentence

WINDOW = 3  # tokens before an unparsed trigger searched for cues
FUTURE_AFTER = 5  # tokens after it searched for a future word ("الإحاطة المغلقة التي من المقرر")
SCOPE = 8  # tokens a scope particle ("ne", "no") reaches to its right looking for its verb
_SCOPE_STOP_POS = frozenset({"SCONJ", "CCONJ"})
_SCOPE_STOP_TEXT = frozenset(
    {"«", "»", "“", "”", '"', ";", ":", "(", ")", "que", "qui", "qu", "that", "which", "who"}
)
_ADVERBIAL_DEPS = ("obl", "advmod", "npadvmod", "nmod:tmod", "obl:mod", "obl:tmod")
# A threat's clauses, whatever heads them, are what it threatens or its condition: an adjective's "if
# the vote is not free" keeps its "if" and its "not" ("warned of sanctions if the vote is not free",
# "'Without Algeria there will be no dialogue', warned Hilale": both warnings were made).
COMPLEMENTIZER = "que"  # Spanish and French: a complementizer, or a relative pronoun
_CLAUSE_DEPS = ("advcl", "ccomp", "csubj", "parataxis", "acl")
_OWN_CLAUSES = frozenset({"THREATEN"})
# Categories whose complement clause is not an asserted event ("demanded that they withdraw").
NON_ASSERTING = frozenset({"REQUEST", "THREATEN", "REJECT", "AGREE", "ACCUSE"})
DENIAL = "REJECT"  # a denial of a clause told before it does not deny that it was said
# Unparsed: what a trigger of these categories a few tokens before governs has not happened
# ("رفضت استقبال", "دعا إلى استئناف"); not ACCUSE, whose object is mostly a real act ("ندد بالهجوم").
UNPARSED_EMBEDDING = NON_ASSERTING - {"ACCUSE"}
# The same for a trigger noun that is the object of such a trigger ("convié les parties à des pourparlers",
# "called for talks"); not REJECT, whose object mostly happened ("rejected the accusations").
UNASSERTED_OBJECT = UNPARSED_EMBEDDING - {"REJECT"}
EMBED_WINDOW = 6  # tokens before an unparsed trigger searched for a governing trigger
ASK_WINDOW = 10  # the same for a governing call (REQUEST)
FAILURE_WINDOW = 10  # the same for a failure word: its subject often stands between ("لم يتمكن X و Y من")
_ADDRESSEES = ("iobj", "obl:arg", "obj", "dobj")  # whom a verb of asking addresses ("demandé à X")
_EMBEDDING = frozenset(
    {"xcomp", "ccomp", "advcl", "acl", "pcomp", "obl", "nmod", "obj", "dobj", "pobj", "prep"}
)


def aux_of(
    sentence: Sentence,
    match: Match,
    lexicon: Lexicon,
    heads: dict[int, Match],
    *,
    nested: bool = False,
    named: frozenset[int] = frozenset(),
) -> tuple[Aux, ...]:
    """The aux of one trigger; `heads` maps the head token of every trigger of the sentence to its match.
    A `nested` trigger noun (object of another trigger) takes only its own modifiers' cues. `named`: the
    tokens of actor mentions, whose words are never cues (the first name "غير" of Geir Pedersen)."""
    if sentence.parsed and nested:
        found = _own(sentence, match, lexicon)
        outer = heads.get(predicate(sentence, match.head))
        if outer is not None and outer.trigger.type in UNASSERTED_OBJECT and "future" not in found:
            found.add("hypothetical")  # "invited the parties to talks", "called for talks": not held
    elif sentence.parsed:
        found = _parsed(sentence, match, lexicon, heads, named)
    else:
        found = _window(sentence, match, lexicon, heads, named)
    if match.future_prefix or "future" in match.trigger.flags or future_form(sentence, match.head, lexicon):
        found.add("future")
    if negative_subject(sentence, match, lexicon):  # "Nobody objected", "Ningún miembro se opuso"
        found.add("negation")
    if sentence.parsed and _denied_noun(sentence, match, lexicon):  # "ended without an agreement"
        found.add("negation")
    if aimed(sentence, match, lexicon) or _provided_for(sentence, match, lexicon):
        found.add("hypothetical")  # "sent troops to fight the jihadists", "the plan provides for": no act
    if _free_choice(sentence, match, lexicon):
        found.add("hypothetical")  # "any military intervention would be...": no act in particular
    if "negation" in found and _exceptive(sentence, match, lexicon):
        found -= {"negation", "hypothetical"}  # "could not but denounce": it had to, and did
    return tuple(a for a in AUX_VALUES if a in found and a != "historical")  # historical comes from the date


def _free_choice(sentence: Sentence, match: Match, lexicon: Lexicon) -> bool:
    """A free-choice word right before the trigger noun ("any attack", "toute intervention militaire",
    "cualquier intervención", "أي تدخل"): whichever such act, none that was done (`free_choice`). Nouns
    only (a parse may tell), so that "tout" before a verb ("a tout rejeté") is no cue."""
    first = match.indices[0]
    if not lexicon.free_choice or first == 0:
        return False
    if sentence.parsed and sentence.toks[match.head].pos not in ("NOUN", "PROPN"):
        return False
    return cue_key(sentence.toks[first - 1].key) in lexicon.free_choice


EXCEPTIVE_GAP = 1  # words between an exceptive and the verb it frees ("إلا أن تدين", "but to")


def _exceptive(sentence: Sentence, match: Match, lexicon: Lexicon) -> bool:
    """A negation undone by an exceptive right before the trigger ("could not but denounce", "no puede sino
    condenar", "لا يسعها إلا أن تدين"): the speaker could do nothing else, and did it (`exceptives`)."""
    if not lexicon.exceptives:
        return False
    first = match.indices[0]
    before = sentence.toks[max(0, first - 1 - EXCEPTIVE_GAP) : first]
    return any(cue_key(tok.key) in lexicon.exceptives for tok in before)


def _parsed(
    sentence: Sentence,
    match: Match,
    lexicon: Lexicon,
    heads: dict[int, Match],
    named: frozenset[int] = frozenset(),
) -> set[str]:
    verb = predicate(sentence, match.head)
    if _prompt(sentence, verb, lexicon) or _prompt(sentence, _governor(sentence, verb), lexicon):
        # "Les critiques d'Alger ne se sont pas fait attendre", "no se hicieron esperar"; "La réaction ne
        # s'est pas fait attendre : le Maroc a condamné...": denied delay, a prompt act
        return set()
    clauses = match.trigger.type not in _OWN_CLAUSES
    near = _dependents(sentence, {verb, match.head}, lexicon, clauses) | _raised_auxiliaries(sentence, verb)
    near -= set(match.indices)  # a trigger's own words are not its cues ("fail to reach agreement")
    near -= named  # nor an actor's name, whatever the tagger made of it ("Abou Dhabi": "Dhabi" an adverb)
    near -= not_denial_tokens(sentence, lexicon)  # "Sin embargo, ..." is "however", no "sin"
    # a proper noun is no cue ("in early May" is no modal "may")
    keys = {
        cue_key(k)
        for i in near
        if sentence.toks[i].pos != "PROPN"
        for k in (sentence.toks[i].key, sentence.toks[i].lemma)
    }
    found: set[str] = set()
    negated = _negated(sentence, verb, near, lexicon) and not _unabated(sentence, match.head, verb, lexicon)
    if negated or _negative_preposition(sentence, verb, lexicon):
        found.add("negation")
    morph = sentence.toks[verb].morph
    if (
        "Tense=Fut" in morph
        or keys & lexicon.future_auxiliaries
        or _modifiers(sentence, match.head) & lexicon.future_words
    ):
        found.add("future")
    if _planned_object(sentence, match.head, verb, lexicon) or _plan_noun_complement(sentence, verb, lexicon):
        found.add("future")  # "a prévu de nouvelles consultations", "planned talks": what a plan provides for
    conditional = (
        "Mood=Cnd" in morph
        or bool(keys & lexicon.future_in_past)
        or conditional_form(sentence, verb, lexicon)
    )
    modal = bool(keys & (lexicon.hypothetical - lexicon.future_in_past))  # "could", "must", "podría"
    if conditional or modal or _awaited(sentence, verb, lexicon):
        found.add("hypothetical")
    if refrained(sentence, verb, lexicon):
        found.add("negation")  # "refrained from criticising", "s'est gardé de critiquer", "has yet to accept"
    if verb != match.head and {sentence.toks[verb].lemma, sentence.toks[verb].key} & lexicon.absences:
        found.add("negation")  # "skipped the summit", "a boudé la réunion": it took no part
    first = _first_infinitive(sentence, verb)
    governor = _governor(sentence, first)
    if governor is not None:
        # "called on both sides to..., while Russia offered to mediate": a contrast is no content of the call
        if not _accompanying(sentence, verb) and not contrasted(sentence, verb, lexicon):
            found |= _embedded(sentence, governor, lexicon, heads, first)
        if _failed_attempt(sentence, sentence.toks[verb].head, lexicon):
            found.add("negation")
        gov = sentence.toks[governor]
        if {cue_key(gov.key), gov.lemma} & lexicon.hypothetical:  # "pourrait soutenir", "podría apoyar"
            found.add("hypothetical")
        if "future" not in found and _planned(sentence, governor, lexicon):
            found.add("future")  # "doit se rendre à Riyad pour rencontrer X": the purpose of a plan
        if "future" not in found and _planned_by_participle(sentence, governor, lexicon):
            found.add("future")  # "tiene previsto reunirse": the act a plan provides for
        if (
            "hypothetical" in found
            and not modal
            and not _is_demand(heads.get(governor))
            and not _asked_by(heads.get(sentence.toks[first].head))
            and _reported_future(sentence, governor, keys, lexicon)
        ):
            found = (found - {"hypothetical"}) | {"future"}
    if "future" not in found and (
        plan_of_copula(sentence, verb, lexicon) or _plan_adjective(sentence, verb, lexicon)
    ):
        found.add("future")  # "was to go to Sanaa that day", "is due to meet X today": a plan
    if "future" in found and _plan_changed(sentence, verb, governor, lexicon):
        # "devait initialement rencontrer X", "was originally scheduled to meet X": it did not happen so
        found = (found - {"future"}) | {"hypothetical"}
    held = _holding_tense(sentence, match.head, lexicon) if match.trigger.type == "CONSULT" else None
    if held == "past":
        found.discard("future")  # "will take place, like the first round table, held in January"
    elif held == "future":
        found.add("future")  # "the second round, which will be held in Doha, follows the first"
    return found


def _prompt(sentence: Sentence, verb: int | None, lexicon: Lexicon) -> bool:
    """A denied verb of delay (lexicon `delays`, itself or its infinitive: "ne s'est pas fait attendre",
    "no se hizo esperar", "n'a pas tardé"): what it tells came promptly."""
    if verb is None or not lexicon.delays:
        return False
    words = [verb, *(c for c in sentence.children(verb) if sentence.toks[c].dep.startswith("xcomp"))]
    if not any({sentence.toks[w].lemma, sentence.toks[w].key} & lexicon.delays for w in words):
        return False
    return _negated(sentence, verb, set(sentence.children(verb)), lexicon)


def _plan_changed(sentence: Sentence, verb: int, governor: int | None, lexicon: Lexicon) -> bool:
    """An adverb of a plan since changed ("initialement", "originally", "inicialmente": lexicon
    `changed_plans`) modifies the planned act or the verb of its plan."""
    heads = [verb] + ([governor] if governor is not None else [])
    # and the participle of the plan ("tenía previsto inicialmente reunirse")
    heads += [
        c for h in heads[1:] for c in sentence.children(h) if sentence.toks[c].key in lexicon.future_words
    ]
    return any(sentence.toks[c].key in lexicon.changed_plans for h in heads for c in sentence.children(h))


def _holding_tense(sentence: Sentence, noun: int, lexicon: Lexicon) -> str | None:
    """The tense of the meeting noun's own participle or relative clause of holding, which tells when the
    meeting is: "past" ("the first round table, held last December", "celle qui s'est tenue à Genève"),
    "future" ("which will be held", "qui se tiendra"), None when it has none or says neither."""
    verb = qualifying_holding_verb(sentence, noun, lexicon.held_verbs)
    if verb is None:
        return None
    words = [verb, *sentence.children(verb)]
    keys = {cue_key(k) for i in words for k in (sentence.toks[i].key, sentence.toks[i].lemma)}
    morph = sentence.toks[verb].morph
    if "Tense=Fut" in morph or keys & lexicon.future_auxiliaries:
        return "future"
    if (
        "Tense=Past" in morph
        and not keys & lexicon.hypothetical
        and not any(sentence.toks[c].dep == "mark" for c in sentence.children(verb))  # "to be held"
    ):
        return "past"
    return None


def not_denial_tokens(sentence: Sentence, lexicon: Lexicon) -> frozenset[int]:
    """The tokens of the sentence's phrases that look negative and are not ("sin embargo": however),
    found once per sentence and lexicon (every trigger asks twice; the lexicon is kept with the answer,
    so its id stays its own)."""
    name = f"not_denials {id(lexicon)}"
    return sentence.derived(name, lambda s: (lexicon, frozenset(set_phrase_tokens(s, lexicon.not_denials))))[
        1
    ]


def set_phrase_tokens(sentence: Sentence, phrases: frozenset[str]) -> set[int]:
    """The tokens of the sentence that spell one of `phrases` (folded words, space-separated)."""
    out: set[int] = set()
    keys = [t.key for t in sentence.toks]
    present = set(keys)
    for phrase in phrases:
        words = phrase.split()
        if not present.issuperset(words):  # most phrases have a word the sentence lacks
            continue
        for i in range(len(keys) - len(words) + 1):
            if keys[i : i + len(words)] == words:
                out.update(range(i, i + len(words)))
    return out


DENIAL_REACH = 2  # tokens before a trigger noun: the negative word and a determiner ("without an")


def _denied_noun(sentence: Sentence, match: Match, lexicon: Lexicon) -> bool:
    """A word of the trigger that is a noun right after a negative preposition or determiner ("ended
    without an agreement", "se sont terminés sans accord", "terminaron sin acuerdo", "reached no deal"):
    what the noun names did not happen. Read off the words: parsers make "sin acuerdo" a fixed phrase."""
    for i in match.indices:
        if sentence.toks[i].pos not in ("NOUN", "PROPN"):
            continue
        for j in range(i - 1, max(-1, i - 1 - DENIAL_REACH), -1):
            tok = sentence.toks[j]
            if tok.pos in ("ADP", "DET") and cue_key(tok.key) in lexicon.negation:
                words = " ".join(t.key for t in sentence.toks[j : i + 1])
                return words not in lexicon.not_denials  # "sin embargo" is "however"
            if tok.pos != "DET":
                break
    return False


def _unabated(sentence: Sentence, head: int, verb: int, lexicon: Lexicon) -> bool:
    """A stance noun that is the subject of a denied decline ("la colère de Rabat ne faiblit pas", "el
    malestar no cesa"): the negation asserts that the stance goes on."""
    tok = sentence.toks[head]
    return (
        head != verb
        and tok.pos == "NOUN"
        and tok.head == verb
        and tok.dep in ("nsubj", "nsubj:pass")
        and bool({sentence.toks[verb].lemma, sentence.toks[verb].key} & lexicon.cessations)
    )


def negated_outright(sentence: Sentence, match: Match, lexicon: Lexicon) -> bool:
    """The trigger's own verb carries the negation ("does not recognise", "ne reconnaît pas", "no
    reconoce"): not one it takes from a clause above it, a "without" or a verb of refusal. An unparsed
    sentence's negation is the one right before the trigger already."""
    if not sentence.parsed:
        return True
    verb = predicate(sentence, match.head)
    own = (set(sentence.children(verb)) | set(sentence.children(match.head))) - set(match.indices)
    return _negated(sentence, verb, own, lexicon)


def _negated(sentence: Sentence, verb: int, near: set[int], lexicon: Lexicon) -> bool:
    """A negation cue or a negative polarity among the verb's own words, or a scope particle on it."""
    keys = {
        cue_key(k)
        for i in near
        if not _noun_use(sentence, i)
        for k in (sentence.toks[i].key, sentence.toks[i].lemma)
    }
    return (
        bool(keys & lexicon.negation)
        or any("Polarity=Neg" in sentence.toks[i].morph and not _noun_use(sentence, i) for i in near)
        or verb in scoped_negation(sentence, lexicon)
    )


NOUN_MODIFIERS = frozenset({"DET", "ADJ", "NUM"})


def _noun_use(sentence: Sentence, i: int) -> bool:
    """A negation word used as a noun: after a determiner or an adjective ("a salué un premier pas", "ce
    pas important": a step, which the tagger still reads as the adverb of "ne ... pas")."""
    tok = sentence.toks[i]
    return tok.pos == "NOUN" or i > 0 and sentence.toks[i - 1].pos in NOUN_MODIFIERS


def _failed_attempt(sentence: Sentence, head: int, lexicon: Lexicon) -> bool:
    """ "failed to sign", "were unable to agree", "did not manage to agree", "no lograron acordar": the
    act a failure word governs, or an attempt word that is itself negated, did not happen. `head` is
    the word the act's clause hangs on (an adjective's negation hangs on its copula)."""
    words = {sentence.toks[head].lemma, sentence.toks[head].key}
    if words & lexicon.failures:
        return True
    if not words & lexicon.implicatives:
        return False
    verb = predicate(sentence, head)
    near = _dependents(sentence, {head, verb}, lexicon) - {head}
    return _negated(sentence, verb, near, lexicon)


def future_form(sentence: Sentence, verb: int, lexicon: Lexicon) -> bool:
    """ "visitera" = "visiter" + "a": a future the tagger did not read as one (after a name)."""
    tok = sentence.toks[verb]
    if not lexicon.future_endings or "Tense=Fut" in tok.morph or len(tok.lemma) <= 3:
        return False
    return any(tok.key == stem + ending for stem in _stems(tok.lemma) for ending in lexicon.future_endings)


def auxiliary_keys(sentence: Sentence, verb: int) -> set[str]:
    """The keys of the verb's auxiliaries ("would", "will", "could"; "podría" has none: its form tells)."""
    return {sentence.toks[c].key for c in sentence.children(verb) if sentence.toks[c].dep.startswith("aux")}


def future_in_past(sentence: Sentence, match: Match, lexicon: Lexicon) -> bool:
    """The trigger's verb is in the conditional ("said that X would visit Rabat", "a indiqué que X se
    rendrait", "dijo que X viajaría"): a plan told in the past, dated when it was told."""
    if not sentence.parsed:
        return False
    verb = predicate(sentence, match.head)
    helpers = auxiliary_keys(sentence, verb)
    return (
        "Mood=Cnd" in sentence.toks[verb].morph
        or bool(helpers & lexicon.future_in_past)
        or conditional_form(sentence, verb, lexicon)
    )


def conditional_form(sentence: Sentence, verb: int, lexicon: Lexicon) -> bool:
    """ "rendrait" = "rendr(e)" + "ait": a conditional the tagger read as an imperfect."""
    tok = sentence.toks[verb]
    stems = _stems(tok.lemma) if len(tok.lemma) > 3 else ()
    return any(tok.key == stem + ending for stem in stems for ending in lexicon.conditional_endings)


def _stems(lemma: str) -> tuple[str, ...]:
    """What a future or a conditional is built on: the infinitive ("visiter" + "a"), or the infinitive
    without its final "e" ("prendr" + "a"), never another letter: "encourage" + "ons" is the present
    ("nous encourageons"), "exige" + "ait" the imperfect of a verb in -ger."""
    return (lemma, lemma[:-1]) if lemma.endswith("e") else (lemma,)


def cue_key(key: str) -> str:
    """ "jusqu’" -> "jusqu", "n'" -> "n": cue words are stored without the elision mark."""
    return unelided(key)


def scoped_negation(sentence: Sentence, lexicon: Lexicon) -> frozenset[int]:
    """Content verbs negated by a scope particle to their left ("n'a, à aucun moment, été consulté");
    found once per sentence and lexicon (every trigger of the sentence asks; the lexicon is kept with
    the answer, so its id stays its own)."""
    name = f"scoped_negation {id(lexicon)}"
    return sentence.derived(name, lambda s: (lexicon, frozenset(_scoped_negation(s, lexicon))))[1]


def _scoped_negation(sentence: Sentence, lexicon: Lexicon) -> set[int]:
    out: set[int] = set()
    for i, tok in enumerate(sentence.toks):
        if {cue_key(tok.key), tok.lemma} & lexicon.negation_scope:
            target = _scope_verb(sentence, i, lexicon)
            if target is not None:
                out.add(target)
    return out


def _scope_verb(sentence: Sentence, i: int, lexicon: Lexicon) -> int | None:
    for j in range(i + 1, min(i + 1 + SCOPE, len(sentence.toks))):
        tok = sentence.toks[j]
        if (
            tok.pos in _SCOPE_STOP_POS
            and cue_key(tok.key) not in lexicon.negation
            or tok.key in _SCOPE_STOP_TEXT
        ):
            return None
        if tok.pos == "VERB" and tok.lemma not in lexicon.auxiliaries:
            return j
    return None


AWAITED_REACH = 3  # tokens before a clause's mark that a condition's words may take ("jusqu'à ce que")


def _awaited(sentence: Sentence, verb: int, lexicon: Lexicon) -> bool:
    """The clause is what another act waits for ("won't lift sanctions until Caracas releases the
    prisoners", "tant que", "hasta que"): a condition, not a fact (lexicon `awaited_marks`)."""
    if not lexicon.awaited_marks:
        return False
    for c in sentence.children(verb):
        if sentence.toks[c].dep.startswith("mark"):
            words = " ".join(t.key for t in sentence.toks[max(0, c - AWAITED_REACH) : c + 1])
            if any(words == cue or words.endswith(" " + cue) for cue in lexicon.awaited_marks):
                return True
    return False


def _reported_future(sentence: Sentence, governor: int, keys: set[str], lexicon: Lexicon) -> bool:
    """ "X said it would Y": the conditional of a reporting verb's complement, without "if"."""
    gov = sentence.toks[governor]
    if not ({gov.lemma, gov.key} & lexicon.reporting) or keys & lexicon.conditions:
        return False
    return not any(sentence.toks[j].key in lexicon.conditions for j in range(len(sentence.toks)))


def _own(sentence: Sentence, match: Match, lexicon: Lexicon) -> set[str]:
    mods = _modifiers(sentence, match.head)
    return {"future"} if mods & lexicon.future_words else set()


def _prepositional_clause(sentence: Sentence, child: int, grandchild: int) -> bool:
    """A verb under a preposition ("for failing", "for not acting"): a clause of its own."""
    return sentence.toks[child].pos == "ADP" and sentence.toks[grandchild].pos == "VERB"


def _dependents(sentence: Sentence, roots: set[int], lexicon: Lexicon, clauses: bool = True) -> set[int]:
    """Direct dependents of the roots, and the dependents of their auxiliaries ("did not" -> not);
    not `clauses`: without the dependents of a clause the roots govern (a threat's condition)."""
    out = set(roots)
    for r in roots:
        for child in sentence.children(r):
            if sentence.toks[child].pos in ("VERB", "NOUN", "PROPN") and sentence.toks[child].dep not in (
                "aux",
                "aux:tense",
            ):
                continue
            if not clauses and sentence.toks[child].dep.startswith(_CLAUSE_DEPS):
                continue
            # a copular clause the verb governs ("told the Council that elections *were possible*") has
            # its own words: its copula heads it, or its adjective does
            if sentence.toks[child].dep.startswith(_CLAUSE_DEPS) and sentence.toks[child].pos in (
                "AUX",
                "ADJ",
            ):
                continue
            # "rejected it without accusing X": "without" belongs to the other verb's clause
            if _opens_clause(sentence, child):
                continue
            # "met X without a breakthrough": a negative preposition governing a noun denies the noun only
            if _denies_noun_only(sentence, child, lexicon):
                continue
            out.add(child)
            # a clause a preposition opens has its own polarity ("criticised X for failing to act")
            out.update(g for g in sentence.children(child) if not _prepositional_clause(sentence, child, g))
            if sentence.toks[child].pos == "ADP":  # "at no point": the determiner negates
                out.update(
                    d
                    for g in sentence.children(child)
                    if _negative_adverbial(sentence, g, lexicon)
                    for d in sentence.children(g)
                    if sentence.toks[d].dep in ("det", "neg")
                )
        for child in sentence.children(r):  # "à aucun moment", "en ningún momento"
            if sentence.toks[child].dep.startswith(_ADVERBIAL_DEPS) and _negative_adverbial(
                sentence, child, lexicon
            ):
                out.update(d for d in sentence.children(child) if sentence.toks[d].dep in ("det", "neg"))
    return out


def _raised_auxiliaries(sentence: Sentence, verb: int) -> set[int]:
    """ "would be ready to host", "will be able to meet": an infinitive complement of an adjective or
    a verb takes the tense and mood auxiliaries of the predicate above it."""
    tok = sentence.toks[verb]
    if not tok.dep.startswith("xcomp") or tok.head < 0:
        return set()
    above = predicate(sentence, tok.head)
    return {c for c in sentence.children(above) if sentence.toks[c].dep in ("aux", "aux:tense")}


def _negative_adverbial(sentence: Sentence, noun: int, lexicon: Lexicon) -> bool:
    """ "at no *point*", "à aucun *moment*": a time or manner noun whose determiner negates the verb;
    not "ended with no *conclusions*", where "no" only negates the noun."""
    return bool({sentence.toks[noun].lemma, sentence.toks[noun].key} & lexicon.negative_adverbials)


def _modifiers(sentence: Sentence, i: int) -> set[str]:
    """Adjectives of a trigger noun ("the next visit", "la prochaine visite"). Not an adverb measured
    from another day ("*a day* later", "*two weeks* later"): that day is told, no future; nor one of a
    verb in a past tense ("Washington later imposed sanctions": later than the story before)."""
    past = "Tense=Past" in sentence.toks[i].morph and "VerbForm=Fin" in sentence.toks[i].morph
    return {
        sentence.toks[c].key
        for c in sentence.children(i)
        if sentence.toks[c].pos in ("ADJ", "VERB")
        or sentence.toks[c].pos == "ADV"
        and not past
        and not _measured(sentence, c)
    }


def _measured(sentence: Sentence, adverb: int) -> bool:
    return any(sentence.toks[g].pos == "NOUN" for g in sentence.children(adverb))


def _governor(sentence: Sentence, verb: int) -> int | None:
    """The predicate a clause is the complement of, if any (a relative clause is none's: "Machado, who
    asked Washington to...", "Machado, que pidió..." tells what its antecedent did)."""
    tok = sentence.toks[verb]
    asking = _subjunctive_complement(sentence, verb)
    if asking is not None:
        return asking
    if _relative_clause(sentence, verb):
        return None
    if (
        tok.head < 0
        or tok.dep not in _EMBEDDING
        and not tok.dep.startswith(("xcomp", "ccomp", "advcl", "obl", "csubj"))  # "se espera que llegue"
    ):
        return None
    return predicate(sentence, tok.head)


def _first_infinitive(sentence: Sentence, verb: int) -> int:
    """The first of coordinated infinitives ("urged X to resume talks and condemn Y", "à reprendre... et
    à condamner"): the later ones are complements of what governs the first, asked as it is."""
    tok = sentence.toks[verb]
    while tok.dep == "conj" and tok.head >= 0 and _infinitive(tok) and _infinitive(sentence.toks[tok.head]):
        verb, tok = tok.head, sentence.toks[tok.head]
    return verb


def _infinitive(tok: Token) -> bool:
    return "VerbForm=Inf" in tok.morph


def _negative_preposition(sentence: Sentence, verb: int, lexicon: Lexicon) -> bool:
    """The verb's clause hangs on a negative preposition ("rejected it without accusing X")."""
    head = sentence.toks[verb].head
    return (
        head >= 0 and _opens_clause(sentence, head) and cue_key(sentence.toks[head].key) in lexicon.negation
    )


def _provided_for(sentence: Sentence, match: Match, lexicon: Lexicon) -> bool:
    """A trigger noun in the object of a verb by which a text tells its content ("Le plan *prévoit* la
    formation d'un gouvernement", "the deal provides for the withdrawal", `provisions`), whose subject is a
    text (`texts`: "l'émissaire a prévu des négociations" is a plan, told as future elsewhere)."""
    if not sentence.parsed or not lexicon.provisions:
        return False
    verb = predicate(sentence, match.head)
    if verb == match.head or not set(keys_of(sentence.toks[verb])) & lexicon.provisions:
        return False
    subjects = [c for c in sentence.children(verb) if sentence.toks[c].dep.startswith("nsubj")]
    return bool(subjects) and all(set(keys_of(sentence.toks[c])) & lexicon.texts for c in subjects)


def _denies_noun_only(sentence: Sentence, child: int, lexicon: Lexicon) -> bool:
    """A negative preposition heading a noun ("without -> breakthrough", the English parser's prepositional
    phrase): not a mark of the verb ("sans condamner", "sans" hanging on the verb it denies)."""
    return (
        sentence.toks[child].pos == "ADP"
        and cue_key(sentence.toks[child].key) in lexicon.negation
        and any(sentence.toks[g].pos in ("NOUN", "PROPN", "PRON") for g in sentence.children(child))
    )


def _opens_clause(sentence: Sentence, child: int) -> bool:
    """A preposition governing a verb ("without accusing", the parser's "without" -> "accusing"): its
    words, a negative one included, belong to that verb's clause."""
    return sentence.toks[child].pos == "ADP" and any(
        sentence.toks[g].pos in ("VERB", "AUX") for g in sentence.children(child)
    )


def _accompanying(sentence: Sentence, verb: int) -> bool:
    """A participle or gerund clause with no subordinator, adjoined to its verb ("Accusing Rabat of bad
    faith, the Polisario rejected...", "rechazó la propuesta, acusando a Marruecos"): an act its subject
    does as it does the other, not the content of what the other asks or refuses."""
    tok = sentence.toks[verb]
    if _passive_opening(sentence, verb):
        return True  # "Recibido por el rey, el enviado pidió...": what happened to the subject before
    if "VerbForm=Ger" not in tok.morph and not ("VerbForm=Part" in tok.morph and "Tense=Pres" in tok.morph):
        return False
    if tok.dep.startswith("acl"):  # "Dans un communiqué accusant X, Y a appelé...": the adjunct's own act
        noun = tok.head
        return noun >= 0 and noun in adjunct_nouns(sentence, predicate(sentence, noun))
    if tok.dep.startswith("xcomp"):  # "a dénoncé X, l'accusant de...": the French parse's xcomp
        return _after_comma(sentence, verb)
    if not tok.dep.startswith("advcl"):
        return False
    return not any(sentence.toks[c].dep == "mark" for c in sentence.children(verb))


def _after_comma(sentence: Sentence, verb: int) -> bool:
    """The verb's clause (its clitics included) opens right after a comma."""
    first = min(sentence.subtree(verb))
    return first > 0 and sentence.toks[first - 1].text == ","


def _passive_opening(sentence: Sentence, verb: int) -> bool:
    """A past participle with an agent, adjoined before its verb ("Received by X, Y said...")."""
    tok = sentence.toks[verb]
    return (
        "VerbForm=Part" in tok.morph
        and "Tense=Pres" not in tok.morph
        and tok.dep.startswith("advcl")
        and verb < tok.head
        and any(sentence.toks[c].dep in AGENTS for c in sentence.children(verb))
    )


def _subjunctive_complement(sentence: Sentence, verb: int) -> int | None:
    """The verb a subjunctive clause the parser read as relative completes: "pidió a la UE que respalde
    el plan" ("que" taken for a subject pronoun), "a demandé à l'UE qu'elle soutienne le plan" (the
    clause hung on the addressee). A subjunctive says what is asked or wished, not what was done."""
    tok = sentence.toks[verb]
    if "Mood=Sub" not in tok.morph or tok.head < 0 or tok.head == verb:
        return None
    if tok.dep.startswith("ccomp"):
        return predicate(sentence, tok.head)
    addressee = sentence.toks[tok.head]
    if (
        tok.dep.startswith("acl")
        and addressee.dep.startswith(_ADDRESSEES)
        and sentence.toks[addressee.head].pos == "VERB"
    ):
        return predicate(sentence, addressee.head)
    return None


def _relative_clause(sentence: Sentence, verb: int) -> bool:
    """The clause is a relative one: the parser says so, or its subject or object is a relative pronoun
    (the French and Spanish parsers label "qui a demandé", "que pidió", "al que acusó" acl or advcl; the
    Spanish one calls "a quien acusó" an indirect object)."""
    if sentence.toks[verb].dep.startswith(("relcl", "acl:relcl")):
        return True
    # a complement clause whose "que" was read as a subject pronoun ("pidió a X que endurezcan"): that
    # "que" is a complementizer; "qui" is relative wherever the parser hangs its clause
    complement = sentence.toks[verb].dep == "ccomp"
    return any(
        not (complement and sentence.toks[c].key == COMPLEMENTIZER)
        and relative_pronoun(sentence.toks[c])
        and (
            sentence.toks[c].dep.startswith("nsubj")
            or sentence.toks[c].dep in ("obj", "dobj", "iobj")
            and object_relative(sentence, verb, c)
        )
        for c in sentence.children(verb)
    )


def _embedded(
    sentence: Sentence, governor: int, lexicon: Lexicon, heads: dict[int, Match], verb: int
) -> set[str]:
    gov = sentence.toks[governor]
    if {gov.lemma, gov.key} & lexicon.wish_heads and _wisher(sentence, governor):
        # "Russia hopes that Morocco will meet": another's act, wished for; "souhaite s'entretenir": a plan.
        return {"hypothetical"} if _own_subject(sentence, verb) else {"future"}
    obliging = lexicon.obligations | lexicon.infinitive_obligations
    if {gov.lemma, gov.key} & obliging and _reported_demand(sentence, governor, heads):
        return {"hypothetical"}  # "a estimé que le Maroc doit négocier": demanded, not planned
    if (gov.lemma in lexicon.future_heads or gov.key in lexicon.future_heads) and not _in_subject(
        sentence, verb, governor
    ):
        return {"future"}
    # "celebró el llamamiento de X a reanudar el diálogo": the noun the clause completes governs it
    outer = heads.get(sentence.toks[verb].head) or heads.get(governor)
    if outer is None and not sentence.toks[verb].dep.startswith(("advcl", "pcomp")):
        # (an adverbial clause is no content of the governor's object: "a expliqué son abstention en
        # regrettant que...", "justified its vote by criticising X": the regret is told, not rejected)
        outer = next((m for h, m in heads.items() if predicate(sentence, h) == governor), None)
    if outer is not None and outer.trigger.type in NON_ASSERTING and not _denied_after(outer, verb, governor):
        return {"hypothetical"}
    # "asked Ankara to help broker an exchange": what an asked act would bring about is asked too; so is
    # the act of a demanded clause ("insisted that Algeria stop supporting", "pidió que deje de apoyar")
    asked_clause = sentence.toks[governor].dep.startswith(("xcomp", "ccomp", "pcomp"))
    above = _governor(sentence, governor) if asked_clause else None
    asked = heads.get(above) if above is not None else None
    if asked is not None and asked.trigger.type == "REQUEST":
        return {"hypothetical"}
    # "accused Algeria of sending arms to support X": what an alleged, asked or refused act is for is
    # no more real than that act
    if above is not None and (alleging := heads.get(above)) is not None:
        if alleging.trigger.type in NON_ASSERTING and not _denied_after(alleging, verb, above):
            return {"hypothetical"}
    return set()


def _in_subject(sentence: Sentence, verb: int, governor: int) -> bool:
    """The clause qualifies the governor's subject ("The declaration, signed in 1952 by Chile and Peru, set
    the border": signed, whatever "set" says of plans): no plan the governor tells."""
    i, steps = sentence.toks[verb].head, 0
    while 0 <= i != governor and steps < len(sentence.toks):
        tok = sentence.toks[i]
        if tok.dep.startswith(("nsubj", "csubj")) and tok.head == governor:
            return True
        i, steps = tok.head, steps + 1
    return False


def _denied_after(outer: Match, verb: int, governor: int) -> bool:
    """A denial told after the clause it answers ("Moscow accused Kyiv of..., a charge Ukraine denied": the
    parser makes the accusation the denial's complement): the writer tells the clause, it happened."""
    return outer.trigger.type == DENIAL and verb < governor


def _planned(sentence: Sentence, verb: int, lexicon: Lexicon) -> bool:
    """The governing verb is itself future: its tense, a future auxiliary, or a plan verb above it."""
    tok = sentence.toks[verb]
    auxiliaries = {sentence.toks[c].key for c in sentence.children(verb)}
    if "Tense=Fut" in tok.morph or auxiliaries & lexicon.future_auxiliaries:
        return True
    conditional = "Mood=Cnd" in tok.morph or bool(auxiliaries & lexicon.future_in_past)
    if tok.dep.startswith("ccomp") and (conditional or conditional_form(sentence, verb, lexicon)):
        # a plan told in reported speech: "said Witkoff would travel to Moscow to meet Putin", "a indiqué
        # que X se rendrait ... pour rencontrer" (not a hedge: "la visita se limitaría a Tinduf para...")
        return True
    if plan_of_copula(sentence, verb, lexicon):  # "was to go to Sanaa to talk with X"
        return True
    above = _governor(sentence, verb)
    if _plan_adjective(sentence, verb, lexicon):
        return True  # "is due to vote on renewing": the adjective of the plan, which is no predicate
    return above is not None and (
        bool(set(keys_of(sentence.toks[above])) & lexicon.future_heads)
        or _planned_by_participle(sentence, above, lexicon)  # "tiene previsto viajar a X para reunirse"
    )


def _plan_adjective(sentence: Sentence, verb: int, lexicon: Lexicon) -> bool:
    """The verb is the infinitive an adjective of plan governs ("is due to meet", "est censé rencontrer")."""
    tok = sentence.toks[verb]
    return (
        tok.dep.startswith("xcomp")
        and 0 <= tok.head
        and bool(set(keys_of(sentence.toks[tok.head])) & lexicon.future_heads)
    )


def plan_of_copula(sentence: Sentence, verb: int, lexicon: Lexicon) -> bool:
    """The verb is the infinitive with "to" of a copula ("was to go", "is to meet"): a plan (not "was to
    blame": an idiom of guilt)."""
    tok = sentence.toks[verb]
    return (
        "VerbForm=Inf" in tok.morph
        and not set(keys_of(tok)) & lexicon.unplanned_infinitives
        and tok.dep.startswith("xcomp")
        and tok.head >= 0
        and bool(set(keys_of(sentence.toks[tok.head])) & lexicon.plan_copulas)
        and any(sentence.toks[c].key in lexicon.infinitive_marks for c in sentence.children(verb))
    )


def _planned_object(sentence: Sentence, noun: int, verb: int, lexicon: Lexicon) -> bool:
    """The trigger noun is the object of a verb of planning ("a prévu des pourparlers", "scheduled
    talks", "programó una reunión"), or the subject of a passive or a predicate of planning ("a meeting
    is planned for next week", "une réunion est prévue", "la visite est attendue"); so is a noun
    coordinated with it ("un acuerdo que prevé el paso de la ayuda y la retirada de las tropas")."""
    tok = sentence.toks[first_conjunct(sentence, noun)]
    if noun == verb or tok.head != verb:
        return False
    keys = set(keys_of(sentence.toks[verb]))
    if tok.dep in ("obj", "dobj"):
        return bool(keys & lexicon.future_heads)
    if tok.dep.startswith(("nsubj:pass", "nsubjpass")):
        return bool(keys & (lexicon.future_heads | lexicon.future_words))
    # an active subject only of a predicate adjective of planning: "the visit aims to", "the meeting
    # went well" tell the meeting, not a plan of it
    return tok.dep.startswith("nsubj") and bool(keys & lexicon.future_words)


def _plan_noun_complement(sentence: Sentence, verb: int, lexicon: Lexicon) -> bool:
    """The verb completes a noun of planning or commitment ("the commitment of A and B to meet again",
    "l'engagement de se retrouver", "su plan de viajar")."""
    tok = sentence.toks[verb]
    return (
        tok.dep.startswith("acl")
        and tok.head >= 0
        and bool(set(keys_of(sentence.toks[tok.head])) & lexicon.future_heads)
    )


def _planned_by_participle(sentence: Sentence, governor: int, lexicon: Lexicon) -> bool:
    """A participle of planning completes the governing verb ("tiene previsto reunirse", "tiene
    programado viajar"); not an adverb ("later said he met"), which dates the governor only."""
    return any(
        sentence.toks[c].pos in ("ADJ", "VERB") and sentence.toks[c].key in lexicon.future_words
        for c in sentence.children(governor)
    )


def _own_subject(sentence: Sentence, verb: int) -> bool:
    return any(sentence.toks[c].dep.startswith("nsubj") for c in sentence.children(verb))


def _asked_by(match: Match | None) -> bool:
    """The clause hangs on a call the parser did not read as a verb ("Insto a Marruecos a reanudar...",
    dijo X): asked, not a future the reporting verb tells."""
    return match is not None and match.trigger.type == "REQUEST"


def _is_demand(match: Match | None) -> bool:
    """A reported obligation's REQUEST (events.obligation): what it demands is not a future act."""
    return match is not None and DEMAND_FLAG in match.trigger.flags


def _reported_demand(sentence: Sentence, modal: int, heads: dict[int, Match]) -> bool:
    """The obligation verb is the complement of a trigger that does not assert it, or heads a quoted
    obligation's REQUEST itself (events.obligation)."""
    if _is_demand(heads.get(modal)):
        return True
    above = _governor(sentence, modal)
    return above is not None and above in heads and heads[above].trigger.type in NON_ASSERTING


def _wisher(sentence: Sentence, governor: int) -> bool:
    """A wish verb with a subject of its own hopes ("Rusia espera que"); an impersonal or passive
    one expects ("se espera que", "is expected to"): the latter is a plan (future), not a wish."""
    tok = sentence.toks[governor]
    if "Voice=Pass" in tok.morph:
        return False
    deps = {sentence.toks[c].dep for c in sentence.children(governor)}
    return bool(deps & {"nsubj", "csubj"}) and not deps & {"aux:pass", "auxpass", "expl:pass", "expl:impers"}


def _window(
    sentence: Sentence,
    match: Match,
    lexicon: Lexicon,
    heads: dict[int, Match],
    named: frozenset[int] = frozenset(),
) -> set[str]:
    first = match.indices[0]
    keys = {
        t.key
        for i, t in enumerate(sentence.toks[max(0, first - WINDOW) : first], max(0, first - WINDOW))
        if not _not_negation(sentence, i, lexicon) and i not in named
    }
    after = {t.key for t in _unbroken(sentence, match.indices[-1], FUTURE_AFTER)}
    found = set()
    adjacent = sentence.toks[first - 1].key if first and first - 1 not in named else ""
    if keys & (lexicon.negation - lexicon.negation_adjacent) or adjacent in lexicon.negation_adjacent:
        found.add("negation")
    if adjacent in lexicon.refrain_particles and keys & lexicon.refrainings:
        found.add("negation")  # "امتنعت باريس عن انتقاد الرباط": held back from criticising
    if keys & lexicon.future_auxiliaries or (keys | after) & lexicon.future_words:
        found.add("future")
    if lexicon.has_cue(lexicon.future_openers, [t.key for t in sentence.toks[:first]]):
        found.add("future")  # "ومن المرتقب أن يعقد ... وتختتم بلقاء": every act told after it is planned
    if {t.key for t in sentence.toks[:first]} & lexicon.hypothetical:
        found.add("hypothetical")
    imperfect = sentence.toks[first].key.startswith(tuple(lexicon.imperfect_prefixes))
    # "قبل أن يجتمع", "بعد أن": a preposition before "أن" makes it a time clause, told as done
    timed = first > 1 and sentence.toks[first - 2].key in lexicon.prepositions
    if adjacent in lexicon.hypothetical_adjacent and imperfect and "future" not in found and not timed:
        # "قد يلتقي": may meet ("قد التقى", with a perfect, has met); "على X أن يسحب": owed; but "من
        # المنتظر أن يصل" is a plan told before it (future)
        found.add("hypothetical")
    if _under_unasserted(sentence, match, lexicon, heads):
        found.add("hypothetical")
    if _failed_before(sentence, first, lexicon):
        found.add("negation")
    if first and sentence.toks[first - 1].key in lexicon.polarity_items:
        wider = sentence.toks[max(0, first - EMBED_WINDOW) : first - 1]
        if {t.key for t in wider} & lexicon.negation:  # "لن يوقع على أي اتفاق": no agreement
            found.add("negation")
    return found


def _unbroken(sentence: Sentence, last: int, count: int) -> list[Token]:
    """Up to `count` tokens after token `last`, up to a mark between two of them (unparsed text has no
    punctuation tokens: more than one space between two words is one): "التقى X أمس، ومن المقرر أن
    يزور" does not make the meeting planned."""
    out: list[Token] = []
    for tok in sentence.toks[last + 1 : last + 1 + count]:
        previous = out[-1] if out else sentence.toks[last]
        if tok.start - previous.end > 1:
            break
        out.append(tok)
    return out


def _not_negation(sentence: Sentence, i: int, lexicon: Lexicon) -> bool:
    """ "غير أن" (however): a negation word opening a phrase that negates nothing."""
    following = sentence.toks[i + 1].key if i + 1 < len(sentence.toks) else ""
    return f"{sentence.toks[i].key} {following}" in lexicon.not_negation


def _under_unasserted(sentence: Sentence, match: Match, lexicon: Lexicon, heads: dict[int, Match]) -> bool:
    """Unparsed: a trigger that does not assert its complement shortly before this one, in the same
    stretch of text ("رفضت الجزائر استقبال", "دعا إلى استئناف")."""
    first = match.indices[0]
    if _coordinated_verb(sentence.toks[first], match, lexicon):
        return False  # "...والتقى": a coordinated verb opens a clause of its own
    if "spoken" in match.trigger.flags:
        # an evaluation qualifies what precedes it ("عرض الهدنة بأنه غير مقبول"): said, not embedded
        return False
    if "adverbial" in match.trigger.flags:
        return False  # "رفض التمديد، داعيا إلى...": the participle's clause is asserted, not what is refused
    start = _stretch_start(sentence, first, EMBED_WINDOW)
    # a call's subject, day and addressees stand between it and what it asks ("حث الاتحاد الأوروبي يوم
    # الثلاثاء الأطراف على دعم"): a call reaches further
    asked_from = _stretch_start(sentence, first, ASK_WINDOW)
    if any(
        m is not match
        and m.trigger.type in UNPARSED_EMBEDDING
        and (start if m.trigger.type != "REQUEST" else asked_from) <= m.indices[-1] < first
        for m in heads.values()
    ):
        return True
    return _asked_complement(sentence, match, lexicon, heads)


def _asked_complement(sentence: Sentence, match: Match, lexicon: Lexicon, heads: dict[int, Match]) -> bool:
    """Unparsed: the trigger opens the complement of the call before it ("دعا المبعوث ...، الأحد، جماعة
    الحوثي إلى الإفراج": "إلى" after the addressee; "بدعم", the preposition glued), however long the
    caller's title and however many commas stand between."""
    first = match.indices[0]
    key, word = sentence.toks[first].key, match.trigger.words[0]
    glued = any(key.startswith(p) and not word.startswith(p) for p in lexicon.glued_prepositions)  # "بدعم"
    if first == 0 or not glued and sentence.toks[first - 1].key not in lexicon.complement_prepositions:
        return False
    before = [m for m in heads.values() if m is not match and m.indices[-1] < first]
    nearest = max(before, key=lambda m: m.indices[-1], default=None)
    return nearest is not None and nearest.trigger.type == "REQUEST"


def _coordinated_verb(tok: Token, match: Match, lexicon: Lexicon) -> bool:
    """A conjunction glued to a verb ("والتقى"), not to a noun: "بوقف القتال والسماح بوصول المساعدات"
    lists what is asked, each noun as unasserted as the first."""
    word = match.trigger.words[0].rstrip("*")
    glued = any(_glued(tok.key, conjunction, word) for conjunction in lexicon.conjunctions)
    return glued and not nominal_shape(match.trigger.words[0], tok.text)


def _glued(key: str, conjunction: str, word: str) -> bool:
    """The token opens with a conjunction glued to the trigger word ("ووقف", "والتقى"), not with the
    word's own first letter ("وقف": the halt of "إلى وقف إطلاق النار" is no coordinated verb)."""
    return key.startswith(conjunction) and key[len(conjunction) :].startswith(word[:2])


def _stretch_start(sentence: Sentence, first: int, window: int) -> int:
    """Unparsed: where the stretch of text before token `first` begins (a punctuation mark or
    `window` tokens back)."""
    start = first
    while (
        start > 0
        and first - start < window
        and sentence.toks[start - 1].pos != "PUNCT"
        and sentence.toks[start - 1].text not in _SCOPE_STOP_TEXT | {"،", ",", "."}
        # unparsed text has no punctuation tokens: more than a space between two words is a mark
        and (sentence.parsed or sentence.toks[start].start - sentence.toks[start - 1].end <= 1)
    ):
        start -= 1
    return start


def _failed_before(sentence: Sentence, first: int, lexicon: Lexicon) -> bool:
    """Unparsed: a failure word ("فشل"), or an attempt word right after a negation ("لم يتمكن"),
    in the stretch before the trigger: the act did not happen."""
    for i in range(_stretch_start(sentence, first, FAILURE_WINDOW), first):
        keys = set(keys_of(sentence.toks[i]))
        if keys & lexicon.failures:
            return True
        if keys & lexicon.implicatives and i > 0 and sentence.toks[i - 1].key in lexicon.negation:
            return True
    return False
