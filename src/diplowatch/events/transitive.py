"""Triggers that are events only in one form: as an active verb with a direct object (flag
`transitive`), as a verb or a noun (flag `verbal`), as a pronominal verb (flag `reflexive`), as an
adjective predicated of its subject by a copula (flag `predicative`), as a noun a clause calls its
named subject (flag `appraisal`), as a verb whose means is no act of its own (flag `means`), as a verb
without a clause of its own (flag `claims`), or as a verb whose complement clause is not in the
indicative (flag `mood`: Spanish "insistió en que Marruecos retire" demands, "insistió en que el plan es
la base" asserts).

English "struck" is an attack when it has a target ("warplanes struck the airport"), not when it
is passive ("was deeply struck by the conviction": impressed) or has no object ("dockers struck":
a walkout). English "back" supports as a verb or a noun ("Spain backed the plan", "Algeria's
backing"), not as an adverb ("risked dragging the country back into war"). Spanish "verse con" is
meeting someone ("se vio con su homólogo", "tras verse con X"), "ver con" is not ("ve con
preocupación"). "Responsable" blames its subject when said of it ("la
Russie est responsable de l'attaque", "Russia was responsible for"), not as a noun ("un responsable
marocain": an official) nor as an attribute ("the official responsible for the file"). French
"soutenir que", Spanish "defender que", English "uphold that" state a claim: the subject argues what
the clause says, it backs nobody. A noun of blame ("betrayal", "trahison", "error") is a speaker's
criticism only as what a clause calls its named subject: after a copula ("the Spanish decision was a
betrayal", "la décision est une trahison") or as the object of a copular verb (`copular_verbs`: "constituait
une grave erreur", "constituye una violación"); "the betrayal of 1975" or "an error in the text" is no
appraisal. Without a parse the trigger is kept as it is.
"""

from __future__ import annotations

from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match
from diplowatch.text.sentences import Sentence

TRANSITIVE = "transitive"
VERBAL = "verbal"
VERBAL_TAGS = ("VERB", "NOUN", "AUX")
REFLEXIVE = "reflexive"
PREDICATIVE = "predicative"
APPRAISAL = "appraisal"
MEANS = "means"
CLAIMS = "claims"
MOOD = "mood"
_COPULA_DEPS = ("cop",)  # UD (French, Spanish): the copula hangs on the adjective
_PREDICATE_DEPS = ("acomp", "attr")  # English: the adjective hangs on the copula
_CLITICS = ("se",)  # an enclitic reflexive on the verb's own form ("verse", "viéndose")
_OBJECT_DEPS = ("obj", "dobj")
_PASSIVE_DEPS = ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass")


def lacks_object(sentence: Sentence, match: Match, lex: Lexicon | None = None) -> bool:
    """A `transitive` trigger that is passive or has no direct object here; a `verbal` one that is neither
    a verb nor a noun (an adverb, a particle); a `reflexive` one without
    its reflexive pronoun; a `predicative` one that is no adjective after a copula; a `claims` one
    whose complement is a clause opened by a complementizer ("soutient que le Maroc occupe")."""
    if VERBAL in match.trigger.flags and sentence.parsed and sentence.toks[match.head].pos not in VERBAL_TAGS:
        return True
    if REFLEXIVE in match.trigger.flags and sentence.parsed and not _reflexive(sentence, match.indices[0]):
        return True
    if PREDICATIVE in match.trigger.flags and sentence.parsed and not _predicative(sentence, match.head):
        return True
    if APPRAISAL in match.trigger.flags and sentence.parsed and not _appraisal(sentence, match.head, lex):
        return True
    if MEANS in match.trigger.flags and sentence.parsed and _by_an_act(sentence, match.head, lex):
        return True
    if CLAIMS in match.trigger.flags and sentence.parsed and _claims(sentence, match.head):
        return True
    if MOOD in match.trigger.flags and sentence.parsed and _indicative_clause(sentence, match.head, lex):
        return True
    if TRANSITIVE not in match.trigger.flags or not sentence.parsed:
        return False
    verb = sentence.toks[match.head]
    deps = [sentence.toks[c].dep for c in sentence.children(match.head)]
    passive = "Voice=Pass" in verb.morph or any(d in _PASSIVE_DEPS for d in deps)
    return passive or not any(d in _OBJECT_DEPS for d in deps)


def _reflexive(sentence: Sentence, verb: int) -> bool:
    """The verb has a reflexive pronoun: a child ("se vio") or glued to its form ("verse")."""
    tok = sentence.toks[verb]
    glued = tok.key.endswith(_CLITICS) and tok.key != tok.lemma
    return glued or any("Reflex=Yes" in sentence.toks[c].morph for c in sentence.children(verb))


def _predicative(sentence: Sentence, word: int) -> bool:
    """The word is an adjective its clause predicates of a named subject: "la Russie est responsable",
    "Russia is responsible" (the French parser may tag it a noun: one with a copula and no determiner);
    not of a pronoun ("qui est responsable du dossier": a remit, the writer's)."""
    tok = sentence.toks[word]
    deps = {sentence.toks[c].dep for c in sentence.children(word)}
    if tok.pos in ("ADJ", "NOUN") and deps & set(_COPULA_DEPS):
        clause = word if tok.pos == "ADJ" or "det" not in deps else -1
    elif tok.pos == "ADJ" and tok.dep in _PREDICATE_DEPS and sentence.toks[tok.head].pos in ("AUX", "VERB"):
        clause = tok.head
    else:
        return False
    return clause >= 0 and _named_subject(sentence, clause)


def _named_subject(sentence: Sentence, clause: int) -> bool:
    """The clause has a subject that is a noun or a name, not a pronoun."""
    return any(
        sentence.toks[c].dep.startswith("nsubj") and sentence.toks[c].pos in ("NOUN", "PROPN")
        for c in sentence.children(clause)
    )


def _by_an_act(sentence: Sentence, verb: int, lex: Lexicon | None) -> bool:
    """The verb says how it was done with a verb of its own ("retaliated *by suspending* trade"): that act
    is the event, the retaliation only frames it (`means_marks`)."""
    marks = lex.means_marks if lex is not None else frozenset()
    toks = sentence.toks
    return any(
        toks[c].key in marks and any(toks[g].pos == "VERB" for g in sentence.children(c))
        for c in sentence.children(verb)
    )


def _appraisal(sentence: Sentence, word: int, lex: Lexicon | None) -> bool:
    """The noun (or the first of coordinated ones: "une grave erreur et une trahison") is what its clause
    calls a named subject: with a copula (UD hangs it on the noun; English hangs the noun on the copula as
    its attribute), or as the object of a copular verb ("constituait une grave erreur")."""
    toks = sentence.toks
    while toks[word].dep == "conj" and toks[word].head >= 0:
        word = toks[word].head
    tok = toks[word]
    if tok.pos != "NOUN":
        return False
    copular = lex.copular_verbs if lex is not None else frozenset()
    if any(toks[c].dep in _COPULA_DEPS for c in sentence.children(word)):
        clause = word
    elif tok.dep in _PREDICATE_DEPS and toks[tok.head].pos in ("AUX", "VERB"):
        clause = tok.head
    elif tok.dep in _OBJECT_DEPS and {toks[tok.head].lemma, toks[tok.head].key} & copular:
        clause = tok.head
    else:
        return False
    return _named_subject(sentence, clause)


def _indicative_clause(sentence: Sentence, verb: int, lex: Lexicon | None = None) -> bool:
    """The verb's complement clause is in the indicative ("insistió en que el plan *es* la base", "insisted
    that Ethiopia *would pursue*"): it asserts; a demand puts it in the subjunctive ("insistió en que
    Marruecos *retire*", "insisted that Morocco *withdraw*"). English marks no mood: a tense of its own or
    a modal of prediction (`assertive_modals`) is the indicative, a bare verb or "should" is not."""
    toks = sentence.toks
    for c in sentence.children(verb):
        if toks[c].dep != "ccomp":
            continue
        finite = [c] + [g for g in sentence.children(c) if toks[g].dep in ("cop", "aux")]
        moods = {m for i in finite for m in toks[i].morph.split("|") if m.startswith("Mood=")}
        if "Mood=Ind" in moods and "Mood=Sub" not in moods:
            return True
        if moods or lex is None or not lex.assertive_modals:
            continue
        # (a modal carries no tense: "should withdraw" stays a demand; a bare present without a person,
        # "that Algeria take part", is the subjunctive the tagger reads as a plural)
        if any(toks[i].lemma in lex.assertive_modals or _tensed(toks[i].morph) for i in finite):
            return True
    return False


def _tensed(morph: str) -> bool:
    """An English verb form with a tense of its own: a past, or a present of the third person."""
    return "VerbForm=Fin" in morph and (
        "Tense=Past" in morph or "Tense=Pres" in morph and "Person=3" in morph
    )


def _claims(sentence: Sentence, verb: int) -> bool:
    """The verb's complement is a finite clause its complementizer opens ("soutient *que* le Maroc...")."""
    return any(
        sentence.toks[c].dep == "ccomp" and any(sentence.toks[g].dep == "mark" for g in sentence.children(c))
        for c in sentence.children(verb)
    )
