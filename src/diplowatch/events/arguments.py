"""Who did what to whom: the actor and recipient of a trigger.

With a dependency parse: the subject of the trigger's predicate is the actor
(for a passive, the agent "par X / by X"), the other mentions of its clause are
recipients; a predicate without a subject (conjunct, infinitive, participle,
pronoun subject) takes the subject of the predicate that governs it, which is
how reported speech works too: in "X a déclaré que Y a rencontré Z" the
embedded verb has its own subject Y, and X is never reached. Without a parse
(Arabic) or when the parse gives nothing: proximity (events.proximity: the nearest
mention before the trigger; verb-initial sentences take the first one after it; a
mention right after a partner preposition "مع" is a recipient). Host triggers
(receive, accueillir) swap the roles: the host is the recipient.

Two constructions get their own subject. An inverted subject after a quotation
("« ... », a déploré l'ambassadeur", "», avait martelé X") is the object that follows
the verb when a closing quote mark or comma comes right before it. A participle that
modifies a noun ("la résolution 2703 prolongeant la mission") acts for that noun: its
actor is a mention inside the noun phrase, or, for an instrument ("résolution",
"resolution"), the organisation named nearest in the sentence; it never climbs to the
main verb's subject (that subject voted on, or did not vote on, the resolution).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

from diplowatch.events.argument_set import Arguments
from diplowatch.events.asked_acts import without_asked_acts, without_clauses
from diplowatch.events.asks import asked
from diplowatch.events.case_marks import case_marked, marked_nominal
from diplowatch.events.categories import MEETING, REACTIONS, REQUESTS
from diplowatch.events.coordination import (
    conjoined_acts,
    pronoun_antecedent,
    subjected_conjuncts,
)
from diplowatch.events.cue_phrases import contrasted, phrase_at
from diplowatch.events.gerunds import gerund_acts, gerund_host, participle_acts
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.meeting_aims import meeting_aims
from diplowatch.events.misdeeds import attacked, victims
from diplowatch.events.object_relatives import with_relative_object
from diplowatch.events.proximity import proximity
from diplowatch.events.reasons import without_reasons
from diplowatch.events.relatives import RELATIVE_CLAUSES, relative_pronoun
from diplowatch.events.subject_matter import without_subject_matter
from diplowatch.events.time_anchors import time_anchored
from diplowatch.events.triggers import Match, find, keys_of
from diplowatch.text.mentions import ActorMention
from diplowatch.text.normalise import Token
from diplowatch.text.sentences import Sentence
from diplowatch.text.trailing_participles import after_comma

# (character offset of a pronoun, whether it is a demonstrative, whether it is feminine) -> the person
# it stands for
Antecedent = Callable[[int, bool, bool], str | None]
SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "expl:subj", "csubj"})
PASSIVE_AUX = frozenset({"aux:pass", "auxpass"})
PASSIVE_SUBJECTS = frozenset({"nsubj:pass", "nsubjpass"})
AGENTS = frozenset({"obl:agent", "agent"})
# Children that open a clause of their own: their mentions belong to that clause.
CLAUSES = frozenset({"ccomp", "advcl", "parataxis", "conj", "acl:relcl", "relcl", "csubj", "acl", "xcomp"})
PREDICATES = frozenset({"VERB", "AUX"})
# what joins a noun to the nouns of its own phrase ("an incursion by Venezuelan ships", "une incursion de
# navires"): English prepositions and their objects, UD nominal modifiers
NOUN_PHRASE_LINKS = frozenset({"prep", "pobj", "nmod"})
REASONED = frozenset({"ACCUSE", "SUPPORT"})  # stances whose adverbial clause may name whom they are about
MAX_CLIMB = 3  # governing predicates visited when a clause has no subject
NOUN_TO_VERB = (
    5  # dependency steps from a trigger noun up to its verb ("not subject to discussion, negotiation")
)
PROXIMITY_GAP = 2  # tokens between a partner preposition and the mention it introduces
INSTRUMENT_GAP = 7  # tokens between a voted text and a participle the parser hung on the verb


def arguments(
    sentence: Sentence,
    match: Match,
    found: list[ActorMention],
    lexicon: Lexicon,
    *,
    nested: bool = False,
    antecedent: Antecedent | None = None,
    body: str = "",
) -> Arguments:
    """`nested`: the trigger is a noun that another trigger's verb governs ("n'a pas condamné *les
    tirs*"): it is its own small clause, whose mentions are recipients and whose actor is unknown
    (the verb's subject did the condemning, not the firing). `antecedent`: the person a pronoun at a
    character offset refers back to ("il", "she", "celui-ci"), when the caller knows the document.
    `body`: the article's text, which tells where punctuation splits an unparsed sentence."""
    at = {m: sentence.token_at(m.start) for m in found}
    if nested and sentence.parsed:
        clause = sentence.subtree(match.head)
        inside = _keys(at, clause)
        if not inside:  # the parser hung the noun's complements on the verb: take the verb's objects
            outer = _parsed(sentence, match, at)
            return Arguments((), outer.recipient, "none", outer.clause)
        return Arguments((), inside, "none", frozenset(clause))
    host = gerund_host(sentence, match.head, lexicon) if sentence.parsed else None
    if host is not None:  # "a salué les efforts de X tout en critiquant Y": the subject criticised Y
        hosting = _parsed(sentence, Match(match.trigger, (host,), host), at, antecedent, lexicon)
        gerund_clause = sentence.subtree(match.head)
        recipient = tuple(k for k in _keys(at, gerund_clause) if k not in hosting.actor)
        return dataclasses.replace(hosting, recipient=recipient, clause=frozenset(gerund_clause))
    if sentence.parsed and _modified(sentence, match.head, lexicon) is not None:
        own = _participle(sentence, match, at, lexicon)
        # A present participle is often an adverbial the parser hung on a noun ("..., saluant le rôle"):
        # it keeps the sentence's subject unless its noun phrase names the actor.
        # A voted text's participle never takes the subject: "n'a pas voté la résolution prolongeant".
        if (
            own.actor
            or "Tense=Past" in sentence.toks[match.head].morph
            or _of_instrument(sentence, match.head, lexicon)
        ):
            return _sent_to(sentence, match, own, at, lexicon)
    args = _parsed(sentence, match, at, antecedent, lexicon) if sentence.parsed else None
    if args is not None and not args.actor and antecedent is not None:
        owner = _possessor(sentence, match, lexicon, antecedent)
        if owner is not None:  # "avant sa rencontre avec X": the person "sa" stands for met X
            others = tuple(k for k in args.recipient if k != owner)
            args = Arguments((owner,), others, "parse", args.clause, args.subject_text, args.subject_head)
    if (args is None or not args.actor) and not (
        args is not None and args.subject_head in lexicon.instruments
    ):
        # nor one acting in a participle of the patient ("the plan, endorsed by Spain, was discussed")
        shielded = (
            _patient_participles(sentence, match, lexicon) | _subject_relatives(sentence, match)
            if sentence.parsed
            else set()
        )
        near = proximity(sentence, match, {m: i for m, i in at.items() if i not in shielded}, lexicon, body)
        if args is None or (near.actor and not set(near.actor) & set(args.recipient)):
            # Proximity names the actor only: the recipients stay those of the trigger's clause, not the
            # mentions of another clause ("Rabat a salué la démarche, tandis qu'Alger a dénoncé...").
            in_clause = set(_keys(at, set(args.clause))) if args is not None else set()
            if args is not None and _verbless(sentence):
                in_clause |= set(near.recipient)  # "L'Algérie étrille l'Espagne": no clause was parsed
            args = _combine(args, near, in_clause)
    if "host" in match.trigger.flags:
        # the hosted come from the object: not what the hosted meeting is about ("hosted a summit on Sudan")
        hosted = without_subject_matter(sentence, args.recipient, found, lexicon)
        if args.recipient and not hosted:  # only what the meeting is about: the host holds it
            args = Arguments(args.actor, (), args.source, args.clause, args.subject_text, args.subject_head)
        else:
            args = Arguments(
                hosted, args.actor, args.source, args.clause, args.subject_text, args.subject_head
            )
    args = without_reasons(sentence, match, _without_motives(sentence, match, args, at, lexicon), at, lexicon)
    args = without_asked_acts(sentence, match, args, at, lexicon)
    args = with_relative_object(sentence, match, args, at)  # "Venezuela, which it accused of...": Venezuela
    return _sent_to(sentence, match, args, at, lexicon)


def _sent_to(
    sentence: Sentence, match: Match, args: Arguments, at: dict[ActorMention, int | None], lexicon: Lexicon
) -> Arguments:
    """A request told by the participle of a letter sent to someone is addressed to them
    (`_letter_addressees`)."""
    if args.recipient or match.trigger.type not in REQUESTS:
        return args
    sent = tuple(
        k for k in _keys(at, _letter_addressees(sentence, match.head, lexicon)) if k not in args.actor
    )
    return dataclasses.replace(args, recipient=sent) if sent else args


def _without_motives(
    sentence: Sentence, match: Match, args: Arguments, at: dict[ActorMention, int | None], lexicon: Lexicon
) -> Arguments:
    """Recipients named only after a motive word that follows the trigger ("recalled its ambassador to
    France *after* Paris recognised Moroccan sovereignty", "tras reconocer París...") belong to the
    cause, another happening: dropped, as long as a recipient other than a person, named before the
    word, remains."""
    if not args.recipient:
        return args
    cut = _motive_at(sentence, match.indices[-1] + 1, lexicon)
    if cut is None:
        return args
    first: dict[str, int] = {}
    persons: set[str] = set()
    for mention, i in at.items():
        if i is not None and mention.key in args.recipient:
            first[mention.key] = min(i, first.get(mention.key, i))
            if mention.kind == "person":
                persons.add(mention.key)
    kept = tuple(k for k in args.recipient if first.get(k, 0) < cut)
    # Only a person left ("its ambassador in France, X, after Paris..."): often the actor's own envoy,
    # the state acted on being named by a place or in the cause; nothing is dropped then.
    if all(k in persons for k in kept) or len(kept) == len(args.recipient):
        return args
    return Arguments(args.actor, kept, args.source, args.clause, args.subject_text, args.subject_head)


def _motive_at(sentence: Sentence, start: int, lexicon: Lexicon) -> int | None:
    """The index of the first token from `start` that begins a motive phrase (lexicon.motives)."""
    following = range(start, len(sentence.toks))
    return next((j for j in following if phrase_at(sentence, j, lexicon.motives)), None)


def _possessor(sentence: Sentence, match: Match, lexicon: Lexicon, antecedent: Antecedent) -> str | None:
    """The person a possessive determiner of the trigger noun stands for ("son entrevue avec X",
    "his talks with X", "su visita a Rabat"). French and Spanish determiners agree with the noun,
    so only an English pronoun ("her") tells the owner's gender."""
    if sentence.toks[match.head].pos != "NOUN":
        return None
    for child in sentence.children(match.head):
        tok = sentence.toks[child]
        if child < match.head and tok.key in lexicon.person_possessives:
            return antecedent(tok.start, False, tok.pos == "PRON" and "Gender=Fem" in tok.morph)
    return None


def _verbless(sentence: Sentence) -> bool:
    """No word the tagger read as a verb: a headline it parsed as a noun phrase ("L'Algérie étrille
    l'Espagne", "Argelia arremete contra España"), whose clauses say nothing."""
    return not any(t.pos in ("VERB", "AUX") for t in sentence.toks)


def _combine(parsed: Arguments | None, near: Arguments, inside: set[str]) -> Arguments:
    if parsed is None:
        return near
    extra = tuple(k for k in near.recipient if k in inside)
    recipient = tuple(k for k in dict.fromkeys(parsed.recipient + extra) if k not in near.actor)
    return Arguments(
        near.actor, recipient, "proximity", parsed.clause, parsed.subject_text, parsed.subject_head
    )


# --- dependency parse -----------------------------------------------------------

CLOSING_QUOTES = frozenset({"»", "”", '"'})
INVERSION_MARKS = CLOSING_QUOTES | {","}
_AUX_DEPS = ("aux", "aux:tense", "aux:pass", "auxpass", "cop")


def _modifier_of(sentence: Sentence, verb: int) -> int | None:
    """The noun a participial clause modifies ("la résolution ... prolongeant"), if it is one."""
    tok = sentence.toks[verb]
    # acl:relcl + present participle: the French parser's reading of "la résolution 2703 prolongeant" (the
    # number as a relative subject); a past participle there is a relative clause ("que le Maroc a dénoncée")
    relative_participle = tok.dep == "acl:relcl" and "Tense=Pres" in tok.morph
    if (
        tok.pos in ("VERB", "ADJ")
        and "VerbForm=Part" in tok.morph
        and (tok.dep in ("acl", "amod") or relative_participle)
        and tok.head >= 0
        and sentence.toks[tok.head].pos in ("NOUN", "PROPN")
    ):
        return tok.head
    return None


def _finite_relative(sentence: Sentence, verb: int) -> bool:
    """A participle with a tense auxiliary and a subject of its own is the verb of a relative clause
    ("une attaque que l'Union africaine a condamnée", "una decisión que Caracas ha tachado de
    provocación"), not a participle modifying the noun."""
    deps = {sentence.toks[c].dep for c in sentence.children(verb)}
    return bool(deps & {"aux", "aux:tense"}) and any(d.startswith("nsubj") for d in deps)


def _reaction_or_act(sentence: Sentence, verb: int, noun: int, lexicon: Lexicon) -> bool:
    """The verb is a word of reaction (a stance on what the noun names: "une attaque que l'UA a
    condamnée"), or the noun a word for an act ("une mesure que Rabat a dénoncée")."""
    return bool(set(keys_of(sentence.toks[noun])) & lexicon.acts) or _reaction_word(sentence, verb, lexicon)


def _reaction_word(sentence: Sentence, verb: int, lexicon: Lexicon) -> bool:
    """The verb is a trigger word of a stance on another's act ("condemned", "a salué", "rechazó"); not
    signing, the signatories' own act ("l'accord que la Libye et la Turquie ont signé")."""
    return any(
        t.type in REACTIONS and "mutual" not in t.flags
        for k in keys_of(sentence.toks[verb])
        for t in lexicon.exact_index.get(k, ())
    )


def reacts_to_told_act(
    sentence: Sentence, match: Match, lexicon: Lexicon, acts: frozenset[int], named: frozenset[int]
) -> bool:
    """The trigger is the verb of a relative clause with a subject of its own whose antecedent is the act
    the sentence told before it: a word for an act set in apposition ("Spain backed the plan, a decision
    that Algeria condemned", "une décision que l'Algérie a dénoncée"), an event noun ("an attack on a
    ship, which Washington condemned", "une attaque que l'UA a condamnée", "an assault the AU
    condemned"), or a thing or place that act was done to ("struck a school in Gaza, which Jordan
    condemned"): a reaction to that act. `acts`: the head tokens of the sentence's triggers; `named`: the
    tokens of actor mentions (an antecedent that names someone is whom the clause acts on: "met Lavrov,
    whom Kyiv criticised", events.object_relatives)."""
    if not sentence.parsed or match.trigger.type not in REACTIONS or "mutual" in match.trigger.flags:
        return False
    verb = predicate(sentence, match.head)
    tok = sentence.toks[verb]
    if not tok.dep.startswith(("acl", "relcl")) or tok.head < 0 or tok.head > verb:
        return False
    if not (_finite_relative(sentence, verb) or tok.dep != "acl" and "VerbForm=Fin" in tok.morph):
        return False
    first = min(sentence.subtree(verb))  # a relative word opens its clause (the tagger may not mark "que")
    children = [(c, sentence.toks[c]) for c in sentence.children(verb)]
    if not any(t.dep.startswith("nsubj") and not _relative_word(t, lexicon) for _, t in children):
        return False  # "the attack, which killed ten": the antecedent acts, no one reacts to it
    if any(t.dep in OBJECTS and c != first and not _relative_word(t, lexicon) for c, t in children):
        return False  # an object of its own: "the strike, after which Jordan condemned Israel"
    noun = tok.head
    if set(keys_of(sentence.toks[noun])) & lexicon.acts:
        start = min(sentence.subtree(noun))
        return sentence.toks[noun].dep == "appos" or start > 0 and sentence.toks[start - 1].text == ","
    earlier = [a for a in acts if a < noun and a != verb]
    return noun in acts or noun not in named and any(noun in sentence.subtree(a) for a in earlier)


def _relative_word(tok: Token, lexicon: Lexicon) -> bool:
    """A relative pronoun, marked so by the tagger or listed ("which", which the English tagger leaves
    unmarked)."""
    return relative_pronoun(tok) or tok.key in lexicon.relatives


def _of_instrument(sentence: Sentence, verb: int, lexicon: Lexicon) -> bool:
    noun = _modified(sentence, verb, lexicon)
    return noun is not None and _is_instrument(sentence, noun, lexicon)


def _is_instrument(sentence: Sentence, noun: int, lexicon: Lexicon) -> bool:
    return bool({sentence.toks[noun].lemma, sentence.toks[noun].key} & lexicon.instruments)


def _modified(sentence: Sentence, verb: int, lexicon: Lexicon) -> int | None:
    """The noun a participle modifies; also a present participle the parser hung on the verb right
    after a voted text ("n'a pas voté la résolution 2703 (2023) prolongeant la mission": advcl)."""
    noun = _modifier_of(sentence, verb)
    if (
        noun is not None
        and _finite_relative(sentence, verb)
        and _reaction_or_act(sentence, verb, noun, lexicon)
    ):
        return None
    tok = sentence.toks[verb]
    if (
        noun is not None
        or tok.dep != "advcl"
        or "VerbForm=Part" not in tok.morph
        or "Tense=Pres" not in tok.morph
    ):
        return noun
    if after_comma(sentence.toks, verb) and _reaction_word(sentence, tok.head, lexicon):
        return None  # "condemned the US decision, saying it...": who reacts says it, not the decision
    before = [
        i
        for i in range(max(0, verb - INSTRUMENT_GAP), verb)
        if sentence.toks[i].head == tok.head and _is_instrument(sentence, i, lexicon)
    ]
    return before[-1] if before else None


def _participle(
    sentence: Sentence, match: Match, at: dict[ActorMention, int | None], lexicon: Lexicon
) -> Arguments:
    verb = match.head
    noun = _modified(sentence, verb, lexicon)
    assert noun is not None
    own = sentence.subtree(verb)
    clause = _clause(sentence, verb) | sentence.subtree(match.head)
    phrase = sentence.subtree(noun) - own
    agent = _participle_agent(sentence, verb, lexicon)
    if agent:  # "le Front Polisario, soutenu par l'Algérie": Algeria supports the Polisario
        actor = _keys(at, agent)
        if actor:
            recipient = tuple(k for k in _keys(at, phrase | (clause - agent)) if k not in actor)
            return Arguments(actor, recipient, "modifier", frozenset(clause))
    actor = (
        ()
        if _addressed(sentence, noun, lexicon)
        else _keys({m: i for m, i in at.items() if m.kind != "territory"}, phrase)
    )
    words = {sentence.toks[noun].lemma, sentence.toks[noun].key}
    if not actor and words & (lexicon.instruments | lexicon.utterances):
        # "France issued a statement urging Russia to...", "dans un communiqué appelant X à, le Polisario a":
        # a text says what its issuer, the subject of the clause it belongs to, says
        issuer = _issuer(sentence, noun, lexicon.issuing)
        actor = _keys({m: i for m, i in at.items() if m.kind != "territory"}, issuer - own)
    if not actor and words & lexicon.instruments:
        # not an organisation the participle acts on ("prolongeant la mission de la MINURSO")
        bodies = [
            (abs(i - noun), m.key)
            for m, i in at.items()
            if i is not None and m.kind == "organization" and i not in own
        ]
        actor = (min(bodies)[1],) if bodies else ()
    if set(actor) & set(_keys(at, own)):
        # "l'expulsion de l'ambassadeur de France, accusant Paris de...": nobody acts on itself, the
        # participle is an adverbial the parser hung on the nearest noun
        actor = ()
    recipient = tuple(k for k in _keys(at, clause) if k not in actor)
    return Arguments(actor, recipient, "parse" if actor else "modifier", frozenset(clause))


def _issuer(sentence: Sentence, noun: int, issuing: frozenset[str]) -> set[int]:
    """The subject of the verb a text's noun is the object of, when the verb issues it (`issuing`: "France
    *issued* a statement"), or the adverbial of ("*in* a statement, France said"): the tokens of who issued
    it, or none ("Russia received a statement": not Russia's)."""
    verb = predicate(sentence, noun)
    toks = sentence.toks
    issued = toks[noun].head == verb and toks[noun].dep in OBJECTS and toks[verb].lemma in issuing
    if verb == noun or not (issued or noun in adjunct_nouns(sentence, verb)):
        return set()
    return _subject_tokens(sentence, verb)


def _agented_participles_inside(sentence: Sentence, tokens: set[int], lexicon: Lexicon | None) -> set[int]:
    """The subtrees of the past participles modifying a noun among `tokens` that have an agent of their
    own ("the plan, endorsed by Spain", "le plan, appuyé par l'Espagne")."""
    if lexicon is None:
        return set()
    out: set[int] = set()
    for i in tokens:
        tok = sentence.toks[i]
        if tok.head in tokens and tok.dep.startswith(("acl", "amod")) and "VerbForm=Part" in tok.morph:
            if _participle_agent(sentence, i, lexicon):
                out |= sentence.subtree(i)
    return out


def _patient_participles(sentence: Sentence, match: Match, lexicon: Lexicon) -> set[int]:
    """The agented participles (`_agented_participles_inside`) of the passive subject of the trigger's
    predicate."""
    verb = predicate(sentence, match.head)
    patient = set()
    for c in sentence.children(verb):
        if sentence.toks[c].dep in PASSIVE_SUBJECTS:
            patient |= sentence.subtree(c)
    return _agented_participles_inside(sentence, patient, lexicon) - {match.head} if patient else set()


def _subject_relatives(sentence: Sentence, match: Match) -> set[int]:
    """The relative clauses on the subject of the trigger's predicate ("Les militaires qui ont renversé
    X ont rejeté l'ultimatum", "The diplomats who met X criticised"): whom they name is their own act's,
    never the unnamed subject's stand-in."""
    verb = predicate(sentence, match.head)
    inside: set[int] = set()
    for c in sentence.children(verb):
        if not sentence.toks[c].dep.startswith("nsubj"):
            continue
        for r in sentence.children(c):
            if sentence.toks[r].dep in RELATIVE_CLAUSES:
                inside |= sentence.subtree(r)
    return inside - {match.head}


def _participle_agent(sentence: Sentence, verb: int, lexicon: Lexicon) -> set[int]:
    """The agent of a past participle ("endorsed *by Spain*", "soutenu *par l'Algérie*", "respaldado *por
    España*"): the tokens of its phrase, or none."""
    if "Tense=Pres" in sentence.toks[verb].morph:
        return set()
    for c in sentence.children(verb):
        kid = sentence.toks[c]
        if kid.dep in AGENTS or marked_nominal(sentence, c, lexicon.agent_markers):
            return sentence.subtree(c)
    return set()


def _adjunct_acts(sentence: Sentence, verb: int, acts: set[int]) -> set[int]:
    """ "Dans un communiqué accusant le Maroc de..., le Polisario a appelé l'ONU à agir": another act, told
    by a present participle on a noun of the verb's adverbial phrase; whom it names is its own."""
    out: set[int] = set()
    for noun in adjunct_nouns(sentence, verb):
        for g in sentence.children(noun):
            if g in acts and _present_participle(sentence, g):
                out |= sentence.subtree(g)
    return out


def _relative_acts(
    sentence: Sentence,
    verb: int,
    acts: set[int],
    lexicon: Lexicon,
    *,
    within: tuple[set[int], int] | None = None,
) -> set[int]:
    """ "a signé avec X une déclaration dans laquelle les deux condamnent Y": a relative clause with a
    subject of its own, on a noun of the verb (or on a noun set in apposition to it: "backed the plan, a
    decision that Algeria condemned"), telling another act; whom it names is its own. The French and
    Spanish parsers label such a clause acl, as they do a noun's complement clause ("la necesidad de que
    Marruecos reanude el diálogo": whom it binds is the verb's): an acl counts on a word for an act, or
    on a name with a relative pronoun of its own ("recibió a Mauritania, a la que España apoyó").
    `within`: the tokens of a trigger noun's phrase and the noun, whose nouns are searched instead ("an
    attack on a ship in the Red Sea, which Washington condemned": the relative clause hangs deep inside
    it); on the trigger noun itself, only a stance's clause tells another act ("the attack that the AU
    condemned"), others tell its own ("l'accord que la Libye et la Turquie ont signé")."""
    out: set[int] = set()
    own_noun = within[1] if within is not None else -1
    if within is not None:
        nouns = sorted(within[0])
    else:
        nouns = list(sentence.children(verb))
        nouns += [a for n in nouns for a in _appositions(sentence, n)]
    for noun in nouns:
        for g in sentence.children(noun):
            tok = sentence.toks[g]
            own_subject = any(  # a named subject, not the relative pronoun ("the efforts that have led X")
                sentence.toks[c].dep.startswith("nsubj") and sentence.toks[c].pos != "PRON"
                for c in sentence.children(g)
            ) or bool(  # or a passive's agent: "an incident that was condemned by the United States"
                g in acts and _passive_agent(sentence, g, lexicon)
            )
            relative = tok.dep.startswith(("acl:relcl", "relcl")) or (
                tok.dep == "acl"
                and (
                    bool(set(keys_of(sentence.toks[noun])) & lexicon.acts)
                    or _finite_relative(sentence, g)  # "une attaque que l'UA a condamnée"
                    # on a name: "a Mauritania, a la que España apoyó" (on a common noun, the clause tells
                    # whose the thing is: "denunció los obstáculos que las FAR ponen")
                    # or a passive one with its agent: "un incidente que fue condenado por X"
                    or (
                        sentence.toks[noun].pos == "PROPN"
                        or g in acts
                        and _passive_agent(sentence, g, lexicon)
                    )
                    and any(relative_pronoun(sentence.toks[c]) for c in sentence.children(g))
                )
            )
            if g in acts and relative and own_subject:
                if noun != own_noun or _reaction_word(sentence, g, lexicon):
                    out |= sentence.subtree(g)
    return out


def _appositions(sentence: Sentence, noun: int) -> list[int]:
    """The nouns set in apposition to the noun or to a noun of its own phrase ("an incursion by Venezuelan
    ships, an incident that..."), not past a clause of its own."""
    out: list[int] = []
    todo = [noun]
    while todo:
        head = todo.pop()
        for c in sentence.children(head):
            dep = sentence.toks[c].dep
            if dep == "appos":
                out.append(c)
            elif dep in NOUN_PHRASE_LINKS:
                todo.append(c)
    return out


def passive_patient(sentence: Sentence, verb: int, lexicon: Lexicon) -> set[int]:
    """The tokens of the subject of a passive with its agent: what is done ("*the offensive* was
    condemned by the AU", "*l'attaque* a été dénoncée par", "*el ataque* fue condenado por"), else none."""
    if not _passive_agent(sentence, verb, lexicon):
        return set()
    return _subject_tokens(sentence, verb)


def _passive_agent(sentence: Sentence, verb: int, lexicon: Lexicon) -> bool:
    """The verb is a passive with its agent ("was condemned by X", "a été condamné par X", "fue condenado
    por X", which the Spanish parser reads as an object)."""
    if any(sentence.toks[c].dep in AGENTS for c in sentence.children(verb)):
        return True
    return bool(_unmarked_agents(sentence, verb, lexicon) or _stray_agents(sentence, verb, lexicon))


TIME_NOUN_DEPS = frozenset({"npadvmod", "obl:tmod", "nmod:tmod"})


def _stray_agents(sentence: Sentence, verb: int, lexicon: Lexicon) -> list[int]:
    """The agent of a marked passive that the parser hung on a noun of the verb's adverbial ("were
    condemned the same day *by Turkey*", "a été dénoncée dans un communiqué *par le ministère*")."""
    children = sentence.children(verb)
    toks = sentence.toks
    if any(toks[c].dep in AGENTS for c in children) or not (
        {toks[c].dep for c in children} & PASSIVE_AUX or "Voice=Pass" in toks[verb].morph
    ):
        return []
    nouns = adjunct_nouns(sentence, verb) + [c for c in children if toks[c].dep in TIME_NOUN_DEPS]
    out: list[int] = []
    for noun in nouns:
        for g in sentence.children(noun):
            if toks[g].dep in AGENTS or marked_nominal(sentence, g, lexicon.agent_markers):
                out.append(g)
            elif toks[g].dep == "prep" and toks[g].key in lexicon.agent_markers:  # spaCy English: by -pobj->
                out += [o for o in sentence.children(g) if toks[o].dep == "pobj"]
    return out


def _present_participle(sentence: Sentence, i: int) -> bool:
    tok = sentence.toks[i]
    return tok.dep.startswith("acl") and "Tense=Pres" in tok.morph and "VerbForm=Part" in tok.morph


def adjunct_nouns(sentence: Sentence, verb: int) -> list[int]:
    """The nouns of the verb's adverbial phrases: its obliques (UD), or the objects of its prepositions
    (spaCy English: "In -prep-> statement -pobj->")."""
    out: list[int] = []
    for child in sentence.children(verb):
        dep = sentence.toks[child].dep
        if dep.startswith("obl"):
            out.append(child)
        elif dep == "prep":
            out += [g for g in sentence.children(child) if sentence.toks[g].dep == "pobj"]
    return out


def _addressed(sentence: Sentence, noun: int, lexicon: Lexicon) -> bool:
    """The noun is whom the sentence's act is addressed to ("une lettre *au Conseil de sécurité* accusant
    le Maroc"): the parser hung the participle on it, but the addressee does not do what it says."""
    return case_marked(sentence, noun, lexicon.dative_marks)


def inverted_subject(sentence: Sentence, verb: int) -> set[int]:
    """ "« ... », a déploré l'ambassadeur": the object right of a finite verb that follows a closing
    quote (or a comma after one)."""
    auxiliaries = [c for c in sentence.children(verb) if sentence.toks[c].dep in _AUX_DEPS]
    if not auxiliaries and "VerbForm=Fin" not in sentence.toks[verb].morph:
        return set()  # a participle or infinitive ("..., saluant le rôle de X") has no inverted subject
    if "Person=1" in sentence.toks[verb].morph:
        return set()  # "Instamos a las Fuerzas...": the speaker acts, the object is who is urged
    first = min([verb, *auxiliaries])
    before = [t.text for t in sentence.toks[:first]]
    if not before or before[-1] not in INVERSION_MARKS or not set(before) & CLOSING_QUOTES:
        return set()
    if before[-1] == '"' and before.count('"') % 2:
        return set()  # a straight quote that opens the quotation the verb begins, not one that closes it
    objects = [
        c
        for c in sentence.children(verb)
        if sentence.toks[c].dep in ("obj", "dobj", "nsubj")
        and c > verb
        and sentence.toks[c].pos in ("NOUN", "PROPN")
    ]
    return sentence.subtree(objects[0]) if objects else set()


def predicate(sentence: Sentence, i: int) -> int:
    """The verb a trigger noun depends on ("a tenu des entretiens" -> tenu); a verb is its own."""
    if copular(sentence, i):
        return i
    t, steps = i, 0
    if sentence.toks[t].dep == "compound" and sentence.toks[t].head >= 0:  # "the negotiating table"
        t, steps = sentence.toks[t].head, 1  # a verb form inside a noun is no clause of its own
    while sentence.toks[t].pos not in PREDICATES and sentence.toks[t].head >= 0 and steps < NOUN_TO_VERB:
        t, steps = sentence.toks[t].head, steps + 1
    return t if sentence.toks[t].pos in PREDICATES else i


def copular(sentence: Sentence, i: int) -> bool:
    """A pronominal verb in a compound tense that the parser read as a noun or adjective with a copula
    ("la Russie s'est *abstenue*"): with its subject, it is its clause's predicate."""
    return i in sentence.derived("copular", _copular_tokens)


def _copular_tokens(sentence: Sentence) -> frozenset[int]:
    """The sentence's copular predicates (see `copular`), found once: `predicate` asks for every word."""
    found = set()
    for i in range(len(sentence.toks)):
        children = sentence.children(i)
        if len(children) < 2:  # a copula and a subject at least
            continue
        deps = {sentence.toks[c].dep for c in children}
        if (
            "cop" in deps
            and deps & SUBJECTS
            and any("Reflex=Yes" in sentence.toks[c].morph for c in children)
        ):
            found.add(i)
    return frozenset(found)


def _parsed(
    sentence: Sentence,
    match: Match,
    at: dict[ActorMention, int | None],
    antecedent: Antecedent | None = None,
    lexicon: Lexicon | None = None,
) -> Arguments:
    verb = predicate(sentence, match.head)
    clause = _clause(sentence, verb, lexicon) | sentence.subtree(match.head)
    if match.head == verb:  # the subject of a subordinate clause acts there, it is not this verb's recipient
        addressed: set[int] = set()
        if match.trigger.type in REQUESTS:
            named = {t for m in at for t in mention_span(sentence, m)}
            addressed = _addressees(sentence, verb, lexicon, named)
        clause -= _other_subjects(sentence, verb) - addressed
        # a call, or an act naming its own counterpart before the contrast ("accused Morocco of..., while
        # the Polisario blamed Spain"), takes nothing from it; a stance naming none shares its topic
        contrast = _contrasts(sentence, verb, lexicon, whole=True)
        own = match.trigger.type in REQUESTS or len(set(_keys(at, clause - contrast))) >= 2
        clause -= contrast if own else _contrasts(sentence, verb, lexicon)
        clause |= _stranded_complements(sentence, verb)
        clause -= _conjunct_objects(sentence, verb)
        if lexicon is not None:  # "criticised X and called on Y to": Y is the request's (events.coordination)
            # an ask is the REQUEST it makes: "welcomed the talks and encouraged Algeria to take part"
            told = find(sentence, lexicon)
            kinds = {m.head: asked(sentence, m, lexicon).trigger.type for m in told}
            acts = {predicate(sentence, m.head) for m in told if kinds[m.head] != match.trigger.type}
            asks = {predicate(sentence, m.head) for m in told if kinds[m.head] in REQUESTS} - {verb}
            clause -= conjoined_acts(sentence, verb, acts)
            clause -= subjected_conjuncts(sentence, verb)
            clause -= _adjunct_acts(sentence, verb, acts)
            clause -= victims(sentence, lexicon, verb)  # "estimant qu'elle viole la souveraineté de X"
            if match.trigger.type == "ACCUSE":  # "condemned the Israeli attack on Lebanon": Lebanon suffers
                clause -= attacked(
                    sentence, lexicon, verb, {t for m in at for t in mention_span(sentence, m)}
                )
            clause -= gerund_acts(sentence, verb, acts, lexicon)  # "tout en critiquant Y": Y is its own
            # "received X, accusing Y of": Y is the accusation's, not a second visitor; a stance's participle
            # tells whom the stance is against ("rechazó la tutela extranjera, acusando a X de")
            if match.trigger.type == MEETING:
                clause -= participle_acts(sentence, verb, acts)
            else:  # "a salué le rôle de X, appelant Y à": an ask addresses its own (as a conjunct's does)
                clause -= participle_acts(sentence, verb, asks)
            # (of any category: "denounced the incursion, an incident that was condemned by X": X's own)
            clause -= _relative_acts(sentence, verb, {predicate(sentence, m.head) for m in told}, lexicon)
            # "a été reçu par Y, avant de s'entretenir avec Z": Z is the second meeting's, of any category
            clause -= _adverbial_acts(sentence, verb, lexicon)
            clause -= time_anchored(sentence, match.head, lexicon)  # "au lendemain de la visite de X"
            if match.trigger.type == MEETING:  # "met X to consolidate the truce between Y and Z"
                clause -= meeting_aims(sentence, verb, lexicon)
    if lexicon is not None and match.head != verb:
        # a trigger noun's phrase too: "an attack on a ship in the Red Sea, which Washington condemned"
        acts = {predicate(sentence, m.head) for m in find(sentence, lexicon)} - {verb}
        clause -= _relative_acts(sentence, verb, acts, lexicon, within=(clause, match.head))
    if lexicon is not None and lexicon.bearers:  # "X, porteur d'un message de Y à Z": Y and Z take no part
        clause -= _borne_messages(sentence, clause, lexicon)
    # "Köhler, former head of the IMF, met Bourita": the body he once served takes no part
    former = _former_offices(sentence, clause, lexicon) if lexicon is not None else set()
    clause -= former
    pronoun, latter = _pronoun_subject(sentence, verb, lexicon.latter_phrases if lexicon else frozenset())
    person = None
    if pronoun is not None and (teller := _object_relative_teller(sentence, verb, at)):
        # "s'en est pris à X, qu'il accuse de partialité": "il" is not X, whom "qu'" stands for, but who
        # the clause X belongs to tells of
        others = tuple(k for k in _keys(at, clause - {pronoun}) if k not in teller)
        return Arguments(teller, others, "parse", frozenset(clause))
    if pronoun is not None and not latter and (traveller := _place_relative_teller(sentence, verb, at)):
        # "then flew to Asmara, where he was received by Isaias": "he" is who went there
        others = tuple(k for k in _keys(at, clause - {pronoun}) if k not in traveller)
        return Arguments(traveller, others, "parse", frozenset(clause))
    if antecedent is not None and pronoun is not None:
        morph = sentence.toks[pronoun].morph
        demonstrative = latter or "PronType=Dem" in morph
        person = antecedent(sentence.toks[pronoun].start, demonstrative, "Gender=Fem" in morph)
    if pronoun is not None and person is not None:  # "Il a rencontré X": who "il" is, not the clause above
        others = _keys(at, clause - {pronoun})
        return Arguments((person,), tuple(k for k in others if k != person), "parse", frozenset(clause))
    feeling = lexicon is not None and bool(set(keys_of(sentence.toks[match.head])) & lexicon.feelings)
    named = {i for i in at.values() if i is not None}
    subject, recipient_side = _subject(sentence, verb, named, lexicon, feeling=feeling)
    subject, recipient_side = subject - former, recipient_side - former
    # "Spain's decision angered Algiers": Algiers feels it (not a word that urges: "encouraged X's efforts")
    stirring = feeling and match.trigger.type in REASONED and "ask" not in match.trigger.flags
    felt = _feeling_stirred(sentence, match, at) if stirring else set()
    if felt and subject and not recipient_side:
        subject, recipient_side = felt, subject
    if not subject and "awaited" in match.trigger.flags:  # "X is expected in Rabat": X is who comes
        subject, recipient_side = recipient_side, set()
    if match.head not in subject:  # "The text, drafted by the United States, urges": the text acts
        # (but "The visit that took X to Y" keeps its own words). Whoever the participle names is no
        # recipient either: "Köhler, appointed by Guterres, held talks with Bourita" did not meet Guterres.
        # (A finite relative clause keeps its mentions as recipients: the parser often hangs a
        # coordinated subject on it, "the ministers of the AES, which groups A and B, and X met".)
        qualifying = _clauses_inside(sentence, subject)
        subject -= qualifying
        clause -= _participles_inside(sentence, qualifying) - {match.head}
        if lexicon is not None:  # "l'Algérie, qui soutient le Polisario, a dénoncé...": an act of its own
            clause -= _acts_inside(sentence, qualifying, match, lexicon)
        if lexicon is not None:  # "Argelia, principal aliado del Polisario,": the ally is no participant
            tied = _ties_inside(sentence, subject, lexicon)
            subject -= tied
            clause -= tied
    # "The plan, endorsed by Spain, was discussed": who acts in a participle of the patient acts there
    agented = _agented_participles_inside(sentence, recipient_side, lexicon) - {match.head}
    recipient_side -= agented
    clause -= agented
    # A territory inside the subject phrase is what it is about ("le dossier du Sahara"), not who acts.
    subject_keys = _keys(
        {m: i for m, i in at.items() if m.kind != "territory" or i in _heads(sentence, subject)}, subject
    )
    subject_keys += _split_names(sentence, verb, at, subject_keys)
    others = _keys(at, (clause - subject) | recipient_side)
    recipient = tuple(k for k in others if k not in subject_keys)
    if not recipient and match.head == verb:  # "criticó a X y le exigió...": "le" is X
        recipient = tuple(k for k in _keys(at, pronoun_antecedent(sentence, verb)) if k not in subject_keys)
    if not recipient and match.trigger.type in REQUESTS and match.head == verb and lexicon is not None:
        # "a écrit à Guterres pour réclamer un référendum": the one written to is the one asked
        recipient = tuple(
            k for k in _keys(at, _purpose_addressees(sentence, verb, lexicon)) if k not in subject_keys
        )
    if match.trigger.type in REASONED and lexicon is not None:
        stances = {predicate(sentence, m.head) for m in find(sentence, lexicon) if m.trigger.type in REASONED}
        clauses = _reason_clauses(sentence, verb, stances, lexicon)
        inside = set().union(*(sentence.subtree(c) for c in clauses)) if clauses else set()
        # "deplored that France had chosen to back the Moroccan plan": whose act it is, before the names
        # its clause holds (Morocco, only named in France's act)
        if not recipient or not _keys(at, (clause - subject - inside) | recipient_side):
            doers = _keys(at, _clause_subjects(sentence, clauses))
            recipient = tuple(dict.fromkeys(tuple(k for k in doers if k not in subject_keys) + recipient))
    text = subject_phrase(sentence, subject) if subject and not subject_keys else ""
    head = "" if subject_keys or not subject else sentence.toks[min(_heads(sentence, subject))].lemma
    return Arguments(subject_keys, recipient, "parse", frozenset(clause), text, head)


def _feeling_stirred(sentence: Sentence, match: Match, at: dict[ActorMention, int | None]) -> set[int]:
    """The direct object of a word of feeling used as an active verb ("the decision angered Algeria", "a
    indigné l'Algérie", "indignó a Argelia"): who feels it, the subject being its cause; empty when the
    object names no actor ("s'est indigné": the reflexive)."""
    tok = sentence.toks[match.head]
    if tok.pos != "VERB" or "Voice=Pass" in tok.morph:
        return set()
    children = sentence.children(match.head)
    if any(sentence.toks[c].dep in PASSIVE_AUX for c in children):
        return set()
    objects = [
        c for c in children if sentence.toks[c].dep in ("obj", "dobj") and sentence.toks[c].pos != "PRON"
    ]
    felt = set().union(*(sentence.subtree(c) for c in objects)) if objects else set()
    return felt if _keys(at, felt) else set()


def _ties_inside(sentence: Sentence, tokens: set[int], lexicon: Lexicon) -> set[int]:
    """Appositions of the subject phrase headed by a noun of a tie to another actor ("Algeria, the main
    ally of the Polisario,", "l'Algérie, principal allié du Polisario,"): their words describe the
    subject, and the actor they name takes no part in its act."""
    out: set[int] = set()
    for i in tokens:
        tok = sentence.toks[i]
        if tok.dep == "appos" and tok.head in tokens and {tok.key, tok.lemma} & lexicon.ties:
            out |= sentence.subtree(i)
    return out


def _former_offices(sentence: Sentence, tokens: set[int], lexicon: Lexicon) -> set[int]:
    """Appositions telling a past office ("Köhler, former head of the IMF,", "ancien directeur général du
    FMI", "expresidente de Alemania y antiguo director del FMI"): a career, whose bodies take no part in
    the act (`former_marks` in lang/<xx>/events.yaml)."""
    out: set[int] = set()
    if not lexicon.former_marks:
        return out
    for i in sorted(tokens):
        if sentence.toks[i].dep != "appos" or i in out:
            continue
        below = sentence.subtree(i)
        if any(_former(sentence.toks[j], lexicon) for j in below):
            out |= below
    return out


def _former(tok: Token, lexicon: Lexicon) -> bool:
    """A word of a past office: "former", "ancien", "ex", and "ex-" glued to the office ("ex-président")."""
    return bool({tok.key, tok.lemma, tok.key.split("-")[0]} & lexicon.former_marks)


BEARER_DEPS = frozenset({"appos", "amod", "acl"})  # the messenger described, not named as the subject


def _borne_messages(sentence: Sentence, clause: set[int], lexicon: Lexicon) -> set[int]:
    """The phrases of a messenger's apposition ("Musalia Mudavadi, porteur d'un message du président Ruto
    au roi", "portador de un mensaje de"): the message's sender and addressee are not the act's parties."""
    out: set[int] = set()
    for i in clause:
        tok = sentence.toks[i]
        if tok.dep in BEARER_DEPS and {tok.key, tok.lemma} & lexicon.bearers:
            out |= sentence.subtree(i)
    return out


def _clauses_inside(sentence: Sentence, tokens: set[int]) -> set[int]:
    """Participial and relative clauses that modify a noun of the subject phrase: their mentions
    belong to their own predicate ("the text drafted by the United States"), not to the subject."""
    out: set[int] = set()
    for i in tokens:
        tok = sentence.toks[i]
        if tok.head in tokens and (
            tok.dep.startswith(("acl", "relcl"))
            and tok.pos in PREDICATES | {"ADJ"}
            or _participle_phrase(sentence, i)
        ):
            out |= sentence.subtree(i)
    return out


def _acts_inside(sentence: Sentence, tokens: set[int], match: Match, lexicon: Lexicon) -> set[int]:
    """The subtrees of the relative clauses among `tokens` that tell an act of their own (their verb is a
    trigger's): whom they name is that act's counterpart, not the subject's act's. Relative clauses
    that tell no act keep their mentions (the parser often hangs a coordinated subject on one)."""
    out: set[int] = set()
    acts = {predicate(sentence, m.head) for m in find(sentence, lexicon)} - {predicate(sentence, match.head)}
    for i in tokens & acts:
        tok = sentence.toks[i]
        if tok.dep.startswith(("acl", "relcl")) and tok.pos in PREDICATES:
            out |= sentence.subtree(i)
    return out


def _participles_inside(sentence: Sentence, tokens: set[int]) -> set[int]:
    """The subtrees of the participles among `tokens` whose head lies outside them."""
    out: set[int] = set()
    for i in tokens:
        tok = sentence.toks[i]
        if tok.head not in tokens and "VerbForm=Part" in tok.morph:
            out |= sentence.subtree(i)
    return out


def _participle_phrase(sentence: Sentence, i: int) -> bool:
    """A participle the parser reads as an adjective, with words of its own ("el expresidente,
    nombrado en agosto por Guterres"): a clause, though tagged amod; a bare "alemán" is not."""
    tok = sentence.toks[i]
    return (
        tok.dep == "amod"
        and "VerbForm=Part" in tok.morph
        and any(sentence.toks[c].dep not in ("punct", "advmod") for c in sentence.children(i))
    )


def _clause(sentence: Sentence, verb: int, lexicon: Lexicon | None = None) -> set[int]:
    """The verb's subtree without the subtrees of clauses that have a predicate of their own, nor of
    a phrase of contrast, whatever the parser made of its predicate ("tandis que la Russie s'est
    *abstenue*" read as a noun)."""
    keep = {verb}
    for child in sentence.children(verb):
        if sentence.toks[child].dep in CLAUSES and sentence.toks[child].pos in PREDICATES:
            continue
        if contrasted(sentence, child, lexicon):
            continue
        keep |= sentence.subtree(child)
    return keep


STRANDED = frozenset({"obl", "obj", "nmod", "iobj"})
OBJECTS = frozenset({"obj", "dobj"})


def _stranded_complements(sentence: Sentence, verb: int) -> set[int]:
    """ "Albares volvió a reunirse con Lavrov en Moscú": the parser hung the infinitive's complements on
    the verb that governs it. Those after the infinitive are its own."""
    tok = sentence.toks[verb]
    if tok.head < 0:
        return set()
    if tok.dep == "conj":  # "a dénoncé et rejeté le communiqué": the object both verbs share
        return _shared_object(sentence, verb)
    if tok.dep != "xcomp":
        return set()
    out: set[int] = set()
    for child in sentence.children(tok.head):
        if child > verb and sentence.toks[child].dep in STRANDED:
            out |= sentence.subtree(child)
    return out


def _conjunct_objects(sentence: Sentence, verb: int) -> set[int]:
    """The objects the parser hung on the verb after a verb coordinated to it, when the verb has an
    object of its own before: the coordinated verb's ("a salué l'Espagne et rejeté la proposition de
    l'Algérie": the proposal is rejected, not welcomed)."""
    toks = sentence.toks
    children = sentence.children(verb)
    out: set[int] = set()
    for conj in children:
        if toks[conj].dep != "conj" or toks[conj].pos != "VERB":
            continue
        if not any(c < conj and toks[c].dep in OBJECTS for c in children):
            continue
        out |= _shared_object(sentence, conj)
    return out


def _shared_object(sentence: Sentence, verb: int) -> set[int]:
    """A verb coordinated to the one before it, with no object of its own, shares the object the parser
    hung on the first verb after both ("a dénoncé et rejeté le communiqué de la Cédéao")."""
    toks = sentence.toks
    if any(toks[c].dep in OBJECTS for c in sentence.children(verb)):
        return set()
    out: set[int] = set()
    for child in sentence.children(toks[verb].head):
        if child > verb and toks[child].dep in OBJECTS:
            out |= sentence.subtree(child)
    return out


def _contrasts(sentence: Sentence, verb: int, lexicon: Lexicon | None, *, whole: bool = False) -> set[int]:
    """The subjects of the phrases of contrast under the verb, whatever the parser made of their
    predicate ("tandis que la Russie s'est *abstenue*", read as a noun): another actor's act. What the
    phrase is about stays for a stance naming no counterpart of its own, as with `_other_subjects`
    ("Rabat welcomed the outcome, while the Polisario criticised the resolution": both about the
    resolution); `whole`: the phrase with all it names ("Russia called for calm, while the US envoy
    praised Tetteh's efforts": the call is addressed to no one the phrase names)."""
    out: set[int] = set()
    for child in sentence.children(verb):
        if contrasted(sentence, child, lexicon):
            if whole:
                out |= sentence.subtree(child)
                continue
            for c in sentence.children(child):
                if sentence.toks[c].dep in SUBJECTS:
                    out |= sentence.subtree(c)
    return out


def _other_subjects(sentence: Sentence, verb: int) -> set[int]:
    """The subjects of the clauses under the verb ("Rabat a salué la démarche, tandis qu'Alger a
    dénoncé...", "Rabat welcomed the outcome, while the Polisario criticised the text"): another
    actor's event. The rest of those clauses stays with the verb (what they are about often names
    the verb's recipient too: "...criticised the resolution")."""
    out: set[int] = set()
    for child in _clause_children(sentence, verb):
        tok = sentence.toks[child]
        if tok.dep in CLAUSES and tok.pos in PREDICATES:
            for c in sentence.children(child):
                if sentence.toks[c].dep in SUBJECTS and sentence.toks[c].pos != "PRON":
                    out |= sentence.subtree(c)
    return out


def _clause_children(sentence: Sentence, verb: int) -> list[int]:
    """The verb's children, and those of a parenthetical reporting clause after it that the parser hung
    on it ("X accepted the invitation, Bathily said, while Y demanded...": "while Y demanded" under
    "said")."""
    children = list(sentence.children(verb))
    asides = [c for c in children if sentence.toks[c].dep == "parataxis" and c > verb]  # told after it
    return children + [g for c in asides for g in sentence.children(c)]


def _split_names(
    sentence: Sentence, verb: int, at: dict[ActorMention, int | None], subject_keys: tuple[str, ...]
) -> tuple[str, ...]:
    """Persons whose name the parser broke into several subjects of the verb, its first word hung
    elsewhere ("Sudan's army chief Abdel Fattah al-Burhan rejected": "Fattah" an adverbial modifier, "al",
    "-", "Burhan" each a subject): a name one of whose words is the verb's subject is its subject."""
    children = sentence.children(verb)
    subjects = {c for c in children if sentence.toks[c].dep in SUBJECTS}
    return tuple(
        dict.fromkeys(
            m.key
            for m in at
            if m.kind == "person"
            and m.key not in subject_keys
            and subjects & set(mention_span(sentence, m))
            and len(set(children) & set(mention_span(sentence, m))) >= 2  # broken: two words hang on the verb
        )
    )


def mention_span(sentence: Sentence, mention: ActorMention) -> range:
    """The token indices a mention covers."""
    first, last = sentence.token_at(mention.start), sentence.token_at(max(mention.start, mention.end - 1))
    return range(first, last + 1) if first is not None and last is not None else range(0)


def _addressees(sentence: Sentence, verb: int, lexicon: Lexicon | None, named: set[int]) -> set[int]:
    """The subjects of what a request asks for: its complement clause ("demanded that the UN organise",
    "a demandé que l'Algérie participe", "insistió en que Argelia participe") or an adverbial clause an
    addressee mark opens ("called for Russia to withdraw", "a insisté pour que l'Algérie participe").
    Who is asked to act is the request's recipient: a subject that is itself a named actor (not "only
    the format with Algeria can lead to", a claim about a thing)."""
    marks = lexicon.addressee_marks if lexicon is not None else frozenset()
    out: set[int] = set()
    for child in sentence.children(verb):
        tok = sentence.toks[child]
        if tok.pos not in PREDICATES:
            continue
        opened = {sentence.toks[c].key for c in sentence.children(child) if sentence.toks[c].dep == "mark"}
        if tok.dep == "ccomp" or tok.dep == "advcl" and opened & marks:
            for c in sentence.children(child):
                subject = sentence.toks[c].dep in SUBJECTS and sentence.toks[c].pos != "PRON"
                if subject and _names(sentence, c, named):
                    out |= sentence.subtree(c)
    return out


OWNERS = frozenset({"poss", "nmod:poss", "compound", "amod"})  # "Niger's military", "Venezuelan authorities"


PURPOSE_DEPS = ("advcl", "xcomp")


def _purpose_addressees(sentence: Sentence, verb: int, lexicon: Lexicon) -> set[int]:
    """The addressee of the verb an infinitive of purpose depends on ("wrote to Guterres to demand",
    "a écrit à Guterres pour réclamer", "escribió a Guterres para reclamar"): a complement that a
    dative mark opens (`dative_marks`; English: its "to" preposition's object)."""
    tok = sentence.toks[verb]
    if tok.head < 0 or not tok.dep.startswith(PURPOSE_DEPS) or "VerbForm=Inf" not in tok.morph:
        return set()
    return _datives(sentence, tok.head, verb, lexicon)


def _letter_addressees(sentence: Sentence, verb: int, lexicon: Lexicon) -> set[int]:
    """The addressee of a letter or a message whose participle asks ("a transmis au Conseil une lettre
    demandant une enquête", "sent the Council a letter demanding"): the dative complement of the verb
    the noun is the object of (English: also its indirect object)."""
    while (
        sentence.toks[verb].dep == "conj" and sentence.toks[verb].head >= 0
    ):  # "condemning ... and demanding"
        verb = sentence.toks[verb].head
    tok = sentence.toks[verb]
    if tok.head < 0 or not tok.dep.startswith("acl") or not any(f in tok.morph for f in PARTICIPLES):
        return set()
    noun = sentence.toks[tok.head]
    if noun.head < 0 or noun.dep not in ("obj", "dobj"):
        return set()
    return _datives(sentence, noun.head, tok.head, lexicon)


PARTICIPLES = ("VerbForm=Part", "VerbForm=Ger")
INDIRECT_OBJECTS = ("iobj", "dative")


def _datives(sentence: Sentence, verb: int, skip: int, lexicon: Lexicon) -> set[int]:
    out: set[int] = set()
    for child in sentence.children(verb):
        if child == skip:
            continue
        kid = sentence.toks[child]
        if kid.dep == "prep" and kid.key in lexicon.dative_marks:  # English: "to" + its object
            out |= {
                t
                for c in sentence.children(child)
                if sentence.toks[c].dep == "pobj"
                for t in sentence.subtree(c)
            }
        elif kid.dep in INDIRECT_OBJECTS:
            out |= sentence.subtree(child)
        elif marked_nominal(sentence, child, lexicon.dative_marks):
            out |= sentence.subtree(child)
    return out


def _names(sentence: Sentence, head: int, named: set[int] | frozenset[int]) -> bool:
    """The phrase is a named actor, or a body its name or demonym owns ("Niger's military rulers", "the
    Venezuelan authorities"); not a thing merely about one ("only the format with Algeria")."""
    # a mention begins at its article ("the UN", "l'ONU"): the article stands for it
    return head in named or any(
        sentence.toks[c].dep in OWNERS | {"det"} and c in named for c in sentence.children(head)
    )


REASON_DEPS = frozenset({"advcl"})
# A complement clause needs no subordinator: "regretted (that) the Council ignored", "regrette que le
# Conseil ait ignoré", "lamentó que el Consejo ignorara" say what the stance is about.
COMPLEMENT_DEPS = frozenset({"ccomp"})


def _reason_clauses(sentence: Sentence, verb: int, stances: set[int], lexicon: Lexicon) -> list[int]:
    """The adverbial or complement clauses under a stance verb ("expressed outrage after Mali's junta
    expelled its ambassador", "a protesté après que l'Algérie a reçu", "regretted that the Council ignored
    its proposals"): whose subjects did the act the stance is about.
    Not a clause that states a stance of its own ("Rabat a salué la décision, tandis qu'Alger a
    dénoncé ce choix"): another actor's event beside this one."""
    out: list[int] = []
    for child in sentence.children(verb):
        tok = sentence.toks[child]
        marked = any(sentence.toks[c].dep == "mark" for c in sentence.children(child))
        # a subordinator opens it ("after", "après que"): not a clause the parser hung after a colon
        reason = tok.dep in REASON_DEPS and marked or tok.dep in COMPLEMENT_DEPS
        # "Japan backed the text, whereas China voted against it": a contrast, not what it is about
        contrast = contrasted(sentence, child, lexicon)
        # (a complement a subordinator opens is what the stance is about, a stance of its own included:
        # "deplored that France backed the plan")
        own_stance = child in stances and not (tok.dep in COMPLEMENT_DEPS and marked)
        if reason and tok.pos in PREDICATES and not own_stance and not contrast:
            out.append(child)
    return out


def _clause_subjects(sentence: Sentence, clauses: list[int]) -> set[int]:
    out: set[int] = set()
    for clause in clauses:
        for c in sentence.children(clause):
            if sentence.toks[c].dep in SUBJECTS and sentence.toks[c].pos != "PRON":
                out |= sentence.subtree(c)
    return out


def _subject(
    sentence: Sentence,
    verb: int,
    named: set[int] | frozenset[int] = frozenset(),
    lexicon: Lexicon | None = None,
    *,
    feeling: bool = False,
) -> tuple[set[int], set[int]]:
    """(tokens of the acting subject, tokens that are the patient of a passive), climbing when empty.
    A pronoun subject is climbed over unless the linker gave it an actor (`named`: token indices of
    mentions; "L'Italo-Suédois" read as a pronoun). A passive the parser did not mark ("fue criticada
    por Argelia": aux + participle + an object introduced by "por") is read from the lexicon's words.
    A `feeling` ("disappointed by", "déçue par", "preocupado por": `feelings`) is its subject's, and
    what follows "by" is its cause, the stance's target."""
    current, came_by_conj, came_by_xcomp, controlled = verb, False, False, False
    active_start = True  # the verb asked about is active (set at the first step)
    came_by_reason = False  # "acusó a Argelia de enviar": the infinitive gives the reason of an appraisal
    own_act = False  # the climb came up from a finite verb coordinated with an infinitive
    for step in range(MAX_CLIMB + 1):
        children = sentence.children(current)
        deps = {sentence.toks[c].dep for c in children}
        subjects = [c for c in children if sentence.toks[c].dep in SUBJECTS]
        if (
            step
            and came_by_xcomp
            and not own_act
            and not (
                lexicon is not None and _unmarked_agents(sentence, current, lexicon)
            )  # "fue instado por X a"
            and (
                controller := _controlling_object(sentence, current, named, lexicon, by_reason=came_by_reason)
            )
        ):
            # "urged Rwanda to stop supporting the M23", "a exhorté le Maroc à reprendre": who is asked
            # does the infinitive's act, not who asks
            return controller, set()
        agents = [c for c in children if sentence.toks[c].dep in AGENTS]
        unmarked = [] if agents or lexicon is None else _unmarked_agents(sentence, current, lexicon)
        agents = agents or unmarked or ([] if lexicon is None else _stray_agents(sentence, current, lexicon))
        reflexive = any(
            sentence.toks[c].lemma == "se"
            and (sentence.toks[c].dep.startswith("expl") or sentence.toks[c].pos == "PRON")
            for c in children
        )  # "s'en est pris à": a pronominal verb the parser read as passive (its "s'" an expletive, or
        # a mark); its subject acts
        passive = bool(deps & PASSIVE_AUX or "Voice=Pass" in sentence.toks[current].morph) and not reflexive
        # "Received by the king, the prime minister praised...": a participle with an agent is passive,
        # and who it happened to is the subject of the clause it opens
        opening = not subjects and agents and _opening_participle(sentence, current)
        if opening:
            parent = predicate(sentence, sentence.toks[current].head)
            above, _ = _subject(sentence, parent, named, lexicon)
            return _union(sentence, agents), above
        if (passive or unmarked) and feeling:
            cause = _union(sentence, agents)
            parent = sentence.toks[current].head
            if subjects or parent < 0:
                return _union(sentence, subjects), cause
            # "s'est dite déçue par X": who feels is the subject of the verb above
            above, side = _subject(sentence, predicate(sentence, parent), named, lexicon)
            return above, side | cause
        if step == 0:
            active_start = not (passive or unmarked)
        if passive or unmarked:
            # "X arrived in Riyadh and was received by Y": a passive conjunct shares the subject before it
            patient = _union(sentence, subjects or _shared_subject(sentence, current, step))
            if subjects and step and came_by_conj and active_start and not agents:
                # "Rabat had not been consulted about the trip, had objected to it": the active verb
                # coordinated with a passive shares its subject, who acts in it
                return patient, set()
            if subjects and controlled and not feeling:
                # "X a été reçu par Y, avant de s'entretenir avec Z": X met Z, not Y
                return patient, set()
            if (
                subjects
                and came_by_xcomp
                and not feeling
                and not own_act
                and _asking(sentence, current, lexicon)
            ):
                # "Morocco was urged by France to resume talks": who is asked does the act asked for
                return patient, set()
            if agents:
                return _union(sentence, agents), patient
            if subjects and came_by_xcomp and not feeling and _raising(sentence, current, lexicon):
                # "X is expected to visit Y", "X is scheduled to meet Y": X does what the infinitive says
                return patient, set()
            if subjects:
                return set(), patient
        elif subjects and any(_acting(sentence, s, named) for s in subjects):
            acting = _union(sentence, subjects) - _fronted_adjuncts(sentence, subjects)
            hung = _reported(sentence, current, lexicon) or _text_reason(sentence, current, subjects, lexicon)
            if not (step and came_by_conj and not acting & named and hung):
                return acting | _stranded_conjunct(sentence, acting), set()
            # "X said the text was flawed and criticised Y", "X abstained because the text ignored its
            # concerns, and criticised Y": the parser hung the second verb on the reported clause or on
            # the reason given, whose subject names nobody; it is the act of the clause above (climb on)
        elif subjects and step == 0 and (noun := _relative_antecedent(sentence, current, subjects, lexicon)):
            return noun, set()
        elif subjects and step == 0 and (noun := _stray_relative(sentence, current, subjects)):
            return noun, set()
        elif not subjects and step == 0 and (inverted := inverted_subject(sentence, current)):
            return inverted, set()
        elif not subjects and step == 0 and (before := _name_before(sentence, current)):
            return before, set()
        parent = sentence.toks[current].head
        if parent < 0:
            break
        came_by_conj = sentence.toks[current].dep == "conj"
        # "urged Morocco to resume talks and condemned Algeria", "ha instado a X a asumir... y ha
        # exigido": a finite verb the parser joined to the asked infinitive is the asker's next act
        own_act = (
            own_act
            or came_by_conj
            and _finite(sentence, current)
            and _non_finite(sentence.toks[parent].morph)
        )
        came_by_reason = _reason_infinitive(sentence, current, lexicon)
        came_by_xcomp = (
            sentence.toks[current].dep == "xcomp"
            or _asked_of_object(sentence, current, lexicon)
            or _reason_gerund(sentence, current, lexicon)
        )
        # an infinitive or gerund adverbial has the subject of its clause for its own
        controlled = sentence.toks[current].dep in CONTROLLED and _non_finite(sentence.toks[current].morph)
        current = predicate(sentence, parent)
    return set(), set()


def _reason_gerund(sentence: Sentence, verb: int, lexicon: Lexicon | None) -> bool:
    """A gerund under the reason an appraisal gives ("accused Rwanda *of supporting* the M23", "blamed
    France for arming"): the one appraised, the verb's object, did it (object control)."""
    tok = sentence.toks[verb]
    if lexicon is None or tok.dep != "pcomp" or tok.head < 0:
        return False
    return sentence.toks[tok.head].key in lexicon.reasons


def _reason_infinitive(sentence: Sentence, verb: int, lexicon: Lexicon | None) -> bool:
    """An infinitive complement marked by a word of reasons ("acusó a Argelia *de* enviar armas", the
    Spanish parser's dative object): what the one appraised did."""
    tok = sentence.toks[verb]
    return (
        lexicon is not None
        and tok.dep == "xcomp"
        and any(
            sentence.toks[c].dep == "mark" and sentence.toks[c].key in lexicon.reasons
            for c in sentence.children(verb)
        )
    )


def _controlling_object(
    sentence: Sentence,
    verb: int,
    named: set[int] | frozenset[int],
    lexicon: Lexicon | None,
    *,
    by_reason: bool = False,
) -> set[int]:
    """The object of a verb whose infinitive complement the climb came from, when it is an actor: it
    controls the infinitive (object control: "urged X to", "a exhorté X à"). A dative object ("instó a
    X a", the Spanish parser's iobj; "a demandé à X de") or the object of a call's particle ("called
    on X to") only under a request, or when the infinitive gives the reason of an appraisal (`by_reason`:
    "acusó a Argelia de enviar"): "prometió a X retirar" is the promiser's act. A body its name or
    demonym owns counts ("the Sudanese army", "les parties libyennes")."""
    asking = _asking(sentence, verb, lexicon)
    for c in sentence.children(verb):
        dep = sentence.toks[c].dep
        if dep in ("obj", "dobj") or dep == "iobj" and (asking or by_reason):
            asked = c
        elif asking and lexicon is not None and marked_nominal(sentence, c, lexicon.dative_marks):
            asked = c
        elif (
            asking
            and lexicon is not None
            and dep == "prep"
            and sentence.toks[c].key in lexicon.asked_particles
        ):
            asked = next((g for g in sentence.children(c) if sentence.toks[g].dep == "pobj"), -1)
        else:
            continue
        if asked >= 0 and _names(sentence, asked, named):
            return without_clauses(sentence, asked).union(*_stray_conjuncts(sentence, verb, asked))
    return set()


def _stray_conjuncts(sentence: Sentence, verb: int, asked: int) -> list[set[int]]:
    """The objects coordinated with the asked one that the parser joined to the verb ("a appelé le
    Maroc et *le Front Polisario* à reprendre")."""
    return [
        without_clauses(sentence, k)
        for k in sentence.children(verb)
        if k > asked and sentence.toks[k].dep == "conj" and sentence.toks[k].pos in NOMINAL_HEADS
    ]


def _asking(sentence: Sentence, verb: int, lexicon: Lexicon | None) -> bool:
    """The verb is a call (an invitation to act included: "invité à soutenir", events.asks)."""
    return lexicon is not None and any(
        m.head == verb and asked(sentence, m, lexicon).trigger.type in REQUESTS
        for m in find(sentence, lexicon)
    )


NOMINAL_HEADS = frozenset({"NOUN", "PROPN"})


def _asked_of_object(sentence: Sentence, verb: int, lexicon: Lexicon | None) -> bool:
    """The infinitive the French parser hangs on a call's object ("a appelé le Maroc et le Front
    Polisario *à reprendre*"), or on the call as an adverbial ("a exhorté l'Algérie *à rencontrer* le
    Maroc"): its act is asked of that object, as an infinitive complement's is."""
    tok = sentence.toks[verb]
    if "VerbForm=Inf" not in tok.morph or tok.head < 0:
        return False
    if tok.dep == "advcl" and lexicon is not None:
        marked = any(sentence.toks[c].key in lexicon.infinitive_marks for c in sentence.children(verb))
        return marked and _asking(sentence, tok.head, lexicon)
    if tok.dep != "acl":
        return False
    noun = tok.head
    while sentence.toks[noun].dep == "conj" and sentence.toks[sentence.toks[noun].head].pos in NOMINAL_HEADS:
        noun = sentence.toks[noun].head
    above = sentence.toks[noun].head
    # the parser may join the second object to the verb itself ("le Maroc et le Front Polisario à")
    return (
        sentence.toks[noun].dep in ("obj", "dobj", "conj")
        and above >= 0
        and _asking(sentence, above, lexicon)
    )


def _adverbial_acts(sentence: Sentence, verb: int, lexicon: Lexicon) -> set[int]:
    """The subtrees of the verb's infinitive or gerund adverbials of sequence that tell an act of their own
    (their verb is a trigger's): "avant de s'entretenir avec Z", "before meeting Z", "antes de reunirse
    con Z" (lexicon `sequence_marks`), and the meetings told as before it ("Tras reunirse con X en Argel,
    Y viajó a Rabat"; `after_scenes`). Not an aim ("pour présenter les demandes de X"): what the act is
    for is told with it."""
    adverbials = list(_controlled_adverbials(sentence, verb))
    if not adverbials:
        return set()  # most verbs have none: no trigger to look up
    acts = {predicate(sentence, m.head) for m in find(sentence, lexicon)} - {verb}
    before = meetings_before(sentence, verb, lexicon)
    out: set[int] = set()
    for c, a in adverbials:
        if a in before or a in acts and _in_sequence(sentence, c, a, lexicon.sequence_marks):
            out |= sentence.subtree(c)
    return out


def meetings_before(sentence: Sentence, verb: int, lexicon: Lexicon) -> set[int]:
    """The meeting verbs of the verb's adverbials opened by a word putting them before it ("After meeting
    X in Algiers, Y travelled to Rabat", "Tras reunirse con X"): happenings of their own."""
    adverbials = [(c, a) for c, a in _controlled_adverbials(sentence, verb) if a != verb]
    if not adverbials:
        return set()
    meetings = {predicate(sentence, m.head) for m in find(sentence, lexicon) if m.trigger.type == MEETING}
    return {a for c, a in adverbials if a in meetings and _in_sequence(sentence, c, a, lexicon.after_scenes)}


def _controlled_adverbials(sentence: Sentence, verb: int) -> Iterator[tuple[int, int]]:
    """The verb's non-finite adverbials with no subject of their own, each with the child of the verb it
    hangs under: itself, or a particle ("before *meeting*", "antes de *reunirse*"); not "tras reconocer
    París...": Paris's act, a motive."""
    for c in sentence.children(verb):
        for a in (c, *sentence.children(c)):
            tok = sentence.toks[a]
            if (
                tok.dep in CONTROLLED
                and (_non_finite(tok.morph) or _perfect_infinitive(sentence, a))
                and not any(sentence.toks[g].dep in SUBJECTS for g in sentence.children(a))
            ):
                yield c, a


def _perfect_infinitive(sentence: Sentence, verb: int) -> bool:
    """A participle with an infinitive auxiliary: "après avoir rencontré X", "tras haberse reunido"."""
    return "VerbForm=Part" in sentence.toks[verb].morph and any(
        sentence.toks[c].dep.startswith("aux") and "VerbForm=Inf" in sentence.toks[c].morph
        for c in sentence.children(verb)
    )


def _in_sequence(sentence: Sentence, c: int, act: int, words: frozenset[str]) -> bool:
    """A word of sequence opens the adverbial: the particle itself, or a mark of the act's verb."""
    marks = {c, *(g for g in sentence.children(act) if sentence.toks[g].dep in ("mark", "case", "advmod"))}
    return any(sentence.toks[m].key in words for m in marks)


CONTROLLED = ("advcl", "pcomp")  # non-finite adverbials whose subject is their clause's


def _finite(sentence: Sentence, verb: int) -> bool:
    """A finite verb, or a participle with a finite auxiliary ("a condamné", "ha exigido")."""
    return "VerbForm=Fin" in sentence.toks[verb].morph or any(
        sentence.toks[c].dep.startswith("aux") and "VerbForm=Fin" in sentence.toks[c].morph
        for c in sentence.children(verb)
    )


def _non_finite(morph: str) -> bool:
    """An infinitive or a gerund (English tags its gerund a present participle: "before meeting")."""
    return (
        "VerbForm=Inf" in morph
        or "VerbForm=Ger" in morph
        or "VerbForm=Part" in morph
        and "Tense=Pres" in morph
    )


def _raising(sentence: Sentence, verb: int, lexicon: Lexicon | None) -> bool:
    """A passive of planning whose subject is the infinitive's ("is expected to", "is scheduled to":
    lexicon `future_heads`), not one that acts on its subject ("was urged to")."""
    return lexicon is not None and bool(set(keys_of(sentence.toks[verb])) & lexicon.future_heads)


def _opening_participle(sentence: Sentence, verb: int) -> bool:
    """A past participle heading an adverbial clause before its main verb ("Received by X, Y said")."""
    tok = sentence.toks[verb]
    return (
        "VerbForm=Part" in tok.morph
        and tok.dep == "advcl"
        and 0 <= tok.head
        and verb < tok.head
        and "Tense=Pres" not in tok.morph
    )


def _reported(sentence: Sentence, verb: int, lexicon: Lexicon | None) -> bool:
    """The verb heads the clause a reporting verb reports ("said [the text was flawed]")."""
    tok = sentence.toks[verb]
    if lexicon is None or tok.dep != "ccomp" or tok.head < 0:
        return False
    above = sentence.toks[tok.head]
    return bool({above.lemma, above.key} & lexicon.reporting)


def _text_reason(sentence: Sentence, verb: int, subjects: list[int], lexicon: Lexicon | None) -> bool:
    """The verb heads an adverbial clause about a voted text ("abstained [because the text ignored its
    concerns]"): no act of the text's, the subject of the clause above acts."""
    return (
        lexicon is not None
        and sentence.toks[verb].dep.startswith("advcl")
        and any(set(keys_of(sentence.toks[s])) & lexicon.instruments for s in subjects)
    )


def _fronted_adjuncts(sentence: Sentence, subjects: list[int]) -> set[int]:
    """Adjuncts that open the sentence and that the parser hung on the subject noun ("Après sa
    tournée, en janvier au Maroc, l'envoyé a rencontré..."): they tell when and where of the clause,
    not who acts. A noun takes no oblique of its own before it."""
    out: set[int] = set()
    for head in subjects:
        for child in sentence.children(head):
            if child < head and sentence.toks[child].dep.startswith("obl"):
                out |= sentence.subtree(child)
    return out


NOUN_PHRASE = frozenset({"DET", "PROPN", "NOUN", "ADJ", "ADP"})


def _shared_subject(sentence: Sentence, verb: int, step: int) -> list[int]:
    """The subject of the verb a finite conjunct with none of its own is coordinated with (the verb asked
    about only, not one climbed to; not an infinitive: "a la espera de ser recibido por el rey" is no act
    done)."""
    tok = sentence.toks[verb]
    if step or tok.dep != "conj" or tok.head < 0 or not _finite(sentence, verb):
        return []
    return [c for c in sentence.children(tok.head) if sentence.toks[c].dep in SUBJECTS]


def _stranded_conjunct(sentence: Sentence, subject: set[int]) -> set[int]:
    """ "La Russie et l'Ukraine ont convenu", "Les Houthis et l'Arabie saoudite ont conclu": the parser
    made the first conjunct the root and left only the second as the verb's subject. A subject that
    follows a coordinating conjunction, itself after a bare noun phrase opening the sentence, shares
    the act with that noun phrase (joint acts: agreements, truces, exchanges). A dateline before it
    ("Bogotá, 3 de marzo (EFE) - El Gobierno colombiano y el ELN se reunieron") is no part of it."""
    if not subject:
        return set()
    start = min(subject)
    if start < 2 or sentence.toks[start - 1].pos != "CCONJ":
        return set()
    before = range(_after_dateline(sentence, start - 1), start - 1)
    if not all(sentence.toks[i].pos in NOUN_PHRASE for i in before):
        return set()
    if not any(sentence.toks[i].pos in ("PROPN", "NOUN") for i in before):
        return set()
    return set(before)


DATELINE_DASHES = frozenset({"-", "–", "—"})  # what ends a dateline ("Madrid, 3 mars (AFP) -")


def _after_dateline(sentence: Sentence, end: int) -> int:
    """The first token after a dateline's closing dash before token `end`, else 0. A dash glued to the
    word after it is a hyphen inside a name ("le Royaume-Uni et l'Irlande"), no dateline's."""
    toks = sentence.toks
    dash = next(
        (
            i
            for i in range(end - 1, -1, -1)
            if toks[i].text in DATELINE_DASHES and toks[i + 1].start > toks[i].end
        ),
        None,
    )
    return 0 if dash is None else dash + 1


def _unmarked_agents(sentence: Sentence, verb: int, lexicon: Lexicon) -> list[int]:
    """The agent of a passive the parser read as active: a past participle with a passive auxiliary
    ("fue", "a été") and a dependent introduced by an agent marker ("por Argelia")."""
    tok = sentence.toks[verb]
    if "VerbForm=Part" not in tok.morph or not lexicon.passive_auxiliaries:
        return []
    children = sentence.children(verb)
    if not any(
        sentence.toks[c].dep.startswith("aux") and sentence.toks[c].lemma in lexicon.passive_auxiliaries
        for c in children
    ):
        return []
    return [c for c in children if marked_nominal(sentence, c, lexicon.agent_markers)]


PERSONAL = frozenset({"Prs", "Dem"})


def _pronoun_subject(
    sentence: Sentence, verb: int, latter_phrases: frozenset[str]
) -> tuple[int | None, bool]:
    """The verb's own subject when it is a pronoun standing for one person ("il", "she", "celui-ci";
    not "it", "they", "on", a relative or a reflexive), and whether it is a noun phrase that works as
    one for the person named last ("ce dernier", "the latter", "este último")."""
    for child in sentence.children(verb):
        tok = sentence.toks[child]
        if tok.dep in SUBJECTS and _phrase_keys(sentence, child) in latter_phrases:
            return child, True
        if tok.dep not in SUBJECTS or tok.pos != "PRON":
            continue
        features = dict(f.split("=", 1) for f in tok.morph.split("|") if "=" in f)
        if (
            features.get("PronType", "Prs") in PERSONAL  # the French parser gives "il" no PronType
            and features.get("Number") == "Sing"
            and features.get("Gender") in ("Masc", "Fem")
            and features.get("Person", "3") == "3"
            and "Reflex" not in features
        ):
            return child, False
    return None, False


def _phrase_keys(sentence: Sentence, head: int) -> str:
    return " ".join(sentence.toks[i].key for i in sorted(sentence.subtree(head)))


def _object_relative_teller(
    sentence: Sentence, verb: int, at: dict[ActorMention, int | None]
) -> tuple[str, ...]:
    """The named subject of the clause an object relative clause hangs on ("X s'en est pris à Y, qu'il
    accuse de...", "X criticised Y, whom he accuses of..."): who the relative's pronoun subject stands
    for, since it cannot be Y; () when the verb heads no such clause or that subject names no one."""
    tok = sentence.toks[verb]
    if tok.dep not in RELATIVE_CLAUSES or tok.head < 0:
        return ()
    if not any(
        sentence.toks[c].dep in ("obj", "dobj") and sentence.toks[c].pos == "PRON" and c < verb
        for c in sentence.children(verb)
    ):
        return ()
    main = predicate(sentence, tok.head)
    if main == verb:
        return ()
    return tuple(_keys(at, _subject_tokens(sentence, main)))


def _place_relative_teller(
    sentence: Sentence, verb: int, at: dict[ActorMention, int | None]
) -> tuple[str, ...]:
    """The person subject of the clause a relative clause on a place hangs on ("X met Y in Addis Ababa,
    then flew to Asmara, where he was received by Z"): who the relative's pronoun subject stands for, the
    one who went there, not the last person named (Y); () otherwise. The subject is looked for up the
    chain of coordinated verbs ("then flew" shares "met"'s subject)."""
    tok = sentence.toks[verb]
    if tok.dep not in RELATIVE_CLAUSES or tok.head < 0:
        return ()
    place = tok.head
    if any(i == place and m.kind == "person" for m, i in at.items()) or sentence.toks[place].pos != "PROPN":
        return ()
    main = predicate(sentence, place)
    for _ in range(MAX_CLIMB):
        if main == verb:
            return ()
        tokens = _subject_tokens(sentence, main)
        if tokens:
            return tuple(dict.fromkeys(m.key for m, i in at.items() if i in tokens and m.kind == "person"))
        if sentence.toks[main].dep not in SHARING_SUBJECT or sentence.toks[main].head < 0:
            return ()
        main = sentence.toks[main].head
    return ()


SHARING_SUBJECT = ("conj", "dep")  # a verb the parser hung on the one before ("met X, then flew to Y")


def _relative_antecedent(
    sentence: Sentence, verb: int, subjects: list[int], lexicon: Lexicon | None = None
) -> set[int]:
    """ "Lavrov, who praised Morocco", "Albares, quien le ha expresado...": a relative clause whose
    subject is its pronoun acts for the noun it modifies (that noun's phrase without the clause). A
    personal pronoun subject is someone else ("ECOWAS, which they accused of..."): the noun is the object.
    A text's noun speaks for whoever issued it ("the Council adopted a resolution that condemns X", "aprobó
    una resolución que condena"): the issuer acts, as for "a statement urging" (`_issuer`)."""
    tok = sentence.toks[verb]
    if (
        tok.dep not in RELATIVE_CLAUSES
        or tok.head < 0
        or sentence.toks[tok.head].pos not in ("NOUN", "PROPN")
        or any("PronType=Prs" in sentence.toks[s].morph for s in subjects)
    ):
        return set()
    noun = sentence.toks[tok.head]
    if lexicon is not None and {noun.lemma, noun.key} & (lexicon.instruments | lexicon.utterances):
        # (the text issued, the object of "adopted": not one voted or commented on, "abstained on the
        # resolution, which calls on...")
        issuing = predicate(sentence, tok.head)
        if noun.dep in OBJECTS and noun.head == issuing and sentence.toks[issuing].lemma in lexicon.issuing:
            return _subject_tokens(sentence, issuing)
    return sentence.subtree(tok.head) - sentence.subtree(verb)


def _stray_relative(sentence: Sentence, verb: int, subjects: list[int]) -> set[int]:
    """ "s'est abstenue sur la résolution 2756, qui a prorogé le mandat": a clause whose subject is a
    relative pronoun, which the parser hung on the main verb rather than on the noun before the pronoun;
    that noun acts (its words without the clause), not the main verb's subject."""
    if sentence.toks[verb].dep in RELATIVE_CLAUSES or len(subjects) != 1:
        return set()
    pronoun = subjects[0]
    if "PronType=Rel" not in sentence.toks[pronoun].morph:
        return set()
    noun = pronoun - 1
    if noun >= 0 and sentence.toks[noun].pos == "PUNCT":
        noun -= 1
    if noun >= 0 and sentence.toks[noun].pos == "NUM":  # "la résolution 2756, qui"
        noun = sentence.toks[noun].head
    if noun < 0 or sentence.toks[noun].pos not in ("NOUN", "PROPN"):
        return set()
    return {i for i in sentence.subtree(noun) if i < pronoun}  # (the parse may hang it on the clause)


def _acting(sentence: Sentence, subject: int, named: set[int] | frozenset[int]) -> bool:
    """A subject that acts: not a bare pronoun, unless the linker named an actor in it."""
    return sentence.toks[subject].pos != "PRON" or bool(named & sentence.subtree(subject))


NAME_BEFORE = 4  # tokens of a name right before a main verb the parser left without a subject


CONJUNCT_NAMES = 2  # names joined by a conjunction before a verb the parser left without a subject


def _name_before(sentence: Sentence, verb: int) -> set[int]:
    """ "..., M. Salamé s'est entretenu avec": the parser hung the name on what came before, and the
    main verb has no subject. The proper name right before the verb (and its auxiliaries and clitics)
    is it."""
    if sentence.toks[verb].head >= 0:
        return set()
    first = min(
        [verb, *(c for c in sentence.children(verb) if c < verb and sentence.toks[c].pos in ("AUX", "PRON"))]
    )
    if any(sentence.toks[i].pos not in ("AUX", "PRON") for i in range(first, verb)):
        return set()
    out: set[int] = set()
    i = first - 1
    for _ in range(CONJUNCT_NAMES):
        out |= (name := _name_ending_at(sentence, i))
        i -= len(name)
        if name and i >= 1 and sentence.toks[i].pos == "DET":  # "La France et l'Allemagne ont condamné"
            i -= 1
        # "Bourita et Albares se sont entretenus": the parser left the first name apart, joined by "et"
        if not name or i < 1 or sentence.toks[i].pos != "CCONJ" or sentence.toks[i - 1].pos != "PROPN":
            break
        i -= 1
    if out and i >= 0 and sentence.toks[i].pos == "NOUN" and sentence.toks[i].text.endswith("."):
        out.add(i)  # "M.", "Mr."
    return out


def _name_ending_at(sentence: Sentence, last: int) -> set[int]:
    """The words of a name ending at token `last`; those the tagger read otherwise still begin with a
    capital ("Nasser" as a verb in "Nasser Bourita s'est entretenu")."""
    out: set[int] = set()
    i = last
    while (
        i >= 0
        and len(out) < NAME_BEFORE
        and (sentence.toks[i].pos == "PROPN" or _capitalised_word(sentence, i))
    ):
        out.add(i)
        i -= 1
    return out


def _capitalised_word(sentence: Sentence, i: int) -> bool:
    tok = sentence.toks[i]
    return tok.pos in ("VERB", "NOUN", "ADJ", "X") and tok.text[:1].isupper() and tok.text[1:].islower()


def _heads(sentence: Sentence, tokens: set[int]) -> set[int]:
    return {i for i in tokens if sentence.toks[i].head not in tokens}


def _subject_tokens(sentence: Sentence, verb: int) -> set[int]:
    """The tokens of the verb's own subjects (none when it has none)."""
    return _union(sentence, [c for c in sentence.children(verb) if sentence.toks[c].dep in SUBJECTS])


def _union(sentence: Sentence, heads: list[int]) -> set[int]:
    out: set[int] = set()
    for h in heads:
        out |= sentence.subtree(h)
    return out


def _keys(at: dict[ActorMention, int | None], tokens: set[int]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.key for m, i in at.items() if i is not None and i in tokens))


def subject_phrase(sentence: Sentence, tokens: set[int]) -> str:
    """The subject's words, when it names an actor the linker did not know ("Senior officials")."""
    nouns = [i for i in sorted(tokens) if sentence.toks[i].pos in ("NOUN", "PROPN")]
    if not nouns or any(
        "PronType=Dem" in sentence.toks[i].morph or sentence.toks[i].pos == "PRON" for i in tokens
    ):
        return ""  # "cette décision", "this move": a reference, not an actor
    first, last = min(tokens), max(nouns)
    while last + 1 in tokens and sentence.toks[last + 1].pos == "ADJ":  # "le mouvement séparatiste"
        last += 1
    words = [t.text for t in sentence.toks[first : last + 1]]
    return " ".join(words[-6:]) if len(words) <= 8 else sentence.toks[nouns[-1]].text


# --- proximity ----------------------------------------------------------------------
