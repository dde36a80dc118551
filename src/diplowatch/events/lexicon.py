"""Per-language event data (lang/<xx>/events.yaml): triggers, modality cues, reporting verbs.

Knowledge lives in the data files; this module only parses them into typed,
folded records so matching compares keys, never raw strings.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from diplowatch.errors import DataFileError
from diplowatch.text.langdata import fold_phrase, lang_data, lang_path

CATEGORIES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "SANCTION",
    "PROTEST",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
# host: the actor is the recipient of the visit; weak: ambiguous word; future: announces a future act;
# wide: the phrase's words may be WIDE_GAP tokens apart ("a retiré avec effet immédiat son ambassadeur");
# far: FAR_GAP apart, for an Arabic verb whose subject, date and object stand before its complement noun
# ("حمّل عبد الحميد الدبيبة يوم الأحد خليفة حفتر مسؤولية", "أعرب الاتحاد الإفريقي يوم الخميس عن قلقه");
# vote: a vote in an assembly (abstain): its recipient is the body that voted; ask: followed by an
# infinitive ("encourage the parties to resume talks") the trigger is a REQUEST; advocates: with an act
# in its object ("a plaidé pour le retrait des troupes") the trigger is a REQUEST (events.asks); title:
# the word also names offices ("ministre de la Coopération"): inside an office's title it is no event.
# spoken: an evaluative word ("biased", "inacceptable"): an event only when someone says it (events.speech).
# blocks: the trigger stops an act ("prevented the demonstration"): with a trigger as its object it is
# the event (even when weak) and the act it stops is none. reacts: with a stance noun as its object
# ("celebró el llamamiento de X") the weak trigger is an event of its own (not "celebrar una reunión").
# transitive: an event only as an active verb with a direct object ("struck the airport"; events.transitive).
# awaited: the subject of the passive acts ("the envoy is expected in Rabat": the envoy travels).
# conveys: a trip takes its object somewhere ("the tour will take him to Algiers"; events.conveyed).
# pledge: a weak noun of commitment that, followed by an infinitive ("reiterated his commitment to keep
# working"), is a strong AGREE (unless what is pledged is support: events.asks.pledged).
# mutual: an act the sides of its subject do together ("X and Y signed an accord"): two sides in the
# actor are its dyad, with no recipient (events.sides.mutual_act).
# alone: an act PLOVER codes with no counterpart ("withdrew its troops", "lifted the curfew", "released 50
# prisoners"): no recipient lowers its confidence no more than an investigation's (events.confidence).
# paired: an event only with a counterpart named, a recipient or a second actor ("spoke to Putin"; not
# "spoke to reporters", which would otherwise take the place of the speaker's real meetings when merged).
# naming: a verb that names its object as something ("termed the visit a provocation", "a qualifié la
# décision d'inacceptable"): an event only when the name is one of blame or praise (events.naming).
# speaker: an Arabic first-person verb ("نطالب", "ندين": we demand, we condemn), whose subject is in the
# verb: the one who says it acts, and the name after it is its object, not its subject (events.speech).
# crowd: a noun of those who act ("protesters", "manifestants"): as a verb's object ("dispersed the
# protesters") it is acted on, no act of the verb's subject (events.triggers).
# adverbial: an Arabic active participle opening an adverbial clause ("..., داعيا البعثة إلى": calling on):
# its subject is the main clause's, and the name after it its object (events.proximity._shared_subject).
# foretold: a consequence foretold to someone ("Israel will pay a heavy price"): an event only told ahead,
# a future or a conditional; the one who says so makes the threat now (events.threats.foretold).
# refused: a stance that, negated, is a refusal ("does not recognise the court", "no reconocerá el
# resultado", "لن تعترف بأي نتائج"): the negated trigger is a REJECT told as done (events.rules).
# passive: an Arabic verb form that is only a passive ("أُدينت الغارات من جانب X": the strikes were
# condemned by X): the name after an agent marker ("من جانب", "من قبل") acts, the names before it are
# what was done to (events.proximity._passive_arguments).
# addressed: a warning, a threat only from an actor its own clause names (parsed text) and addressed to a
# party, or warning of an act told ahead ("warned Finland that...", "warned that police will no longer
# tolerate rallies"; not "analysts warn", "warned that the situation remained fragile": events.threats).
FLAGS = frozenset(
    {
        "alone",
        "foretold",
        "passive",
        "refused",
        "adverbial",
        "mutual",
        "pledge",
        "awaited",
        "conveys",
        "host",
        "weak",
        "future",
        "wide",
        "far",
        "tight",
        "vote",
        "ask",
        "advocates",
        "title",
        "membership",
        "spoken",
        "blocks",
        "reacts",
        "transitive",
        "verbal",
        "reflexive",
        "predicative",
        "appraisal",
        "means",
        "claims",
        "mood",
        "speaker",
        "naming",
        "paired",
        "addressed",
        "street",
        "lodged",
        "crowd",
    }
)
_CUE_KEYS = (
    "negation",
    "negation_scope",
    "negation_adjacent",
    "polarity_items",
    "implicatives",
    "failures",
    "cessations",
    "auxiliaries",
    "future_auxiliaries",
    "future_heads",
    "future_words",
    "hypothetical",
    "conditions",
    "reporting",
    "partner_prepositions",
    "partner_relatives",
    "addressee_prepositions",
    "addressee_relatives",
    "date_bounds",
    "time_clause_marks",
    "scene_participles",
    "instruments",
    "voted_acts",
    "mandates",
    "behalf_marks",
    "voice_marks",
    "complement_prepositions",
    "glued_prepositions",
    "additive_openers",
    "conjunctions",
    "glued_conjunctions",
    "glued_lookalikes",
    "additions",
    "wish_heads",
    "hypothetical_adjacent",
    "imperfect_prefixes",
    "authorship",
    "relatives",
    "agent_markers",
    "passive_auxiliaries",
    "assertive_modals",
    "issuing",
    "authorship_of_texts",
    "future_in_past",
    "conditional_endings",
    "future_endings",
    "not_negation",
    "negative_adverbials",
    "obligations",
    "infinitive_obligations",
    "demanding_wishes",
    "opening_attributions",
    "necessities",
    "copular_verbs",
    "means_marks",
    "phone_verbs",
    "separately",
    "sequence",
    "readiness",
    "ruling_out",
    "sustaining",
    "frames",
    "missions",
    "decrees",
    "withheld_comments",
    "adoptions",
    "violations",
    "genitive",
    "infinitive_marks",
    "pledge_marks",
    "glued_pledge_marks",
    "plan_copulas",
    "unplanned_infinitives",
    "phrase_breaks",
    "pledge_holders",
    "commitment_nouns",
    "addressee_marks",
    "destinations",
    "offices",
    "utterances",
    "issued_texts",
    "then_marks",
    "participation",
    "asked_conducts",
    "invitations",
    "acts",
    "decisions",
    "advances",
    "signings",
    "act_pronouns",
    "exceptives",
    "free_choice",
    "refrainings",
    "absences",
    "yet_marks",
    "refrain_particles",
    "ballot_verbs",
    "vote_nouns",
    "wronged_nouns",
    "norm_nouns",
    "presence_marks",
    "member_marks",
    "demonstratives",
    "purposes",
    "gerund_marks",
    "aim_marks",
    "provisions",
    "texts",
    "topics",
    "threat_conditions",
    "parties",
    "two_parties",
    "two_states",
    "collective_addressees",
    "three_states",
    "pairs",
    "person_possessives",
    "latter_phrases",
    "own_governments",
    "own_positions",
    "scenes",
    "after_scenes",
    "attack_targets",
    "envoy_words",
    "time_anchors",
    "trip_marks",
    "contrasts",
    "postings",
    "subject_matters",
    "about_marks",
    "topic_nouns",
    "jussive_particles",
    "feelings",
    "present_endings",
    "infinitive_endings",
    "between_marks",
    "concluded",
    "side_joints",
    "attendance",
    "held_verbs",
    "negative_subjects",
    "generic_subjects",
    "unnamed_subjects",
    "habits",
    "year_words",
    "state_subjects",
    "scenery",
    "not_triggers",
    "complementizers",
    "clause_openers",
    "prepositions",
    "attributions",
    "framing",
    "future_openers",
    "awaited_marks",
    "trips",
    "motives",
    "reasons",
    "contrast_marks",
    "portfolio_titles",
    "portfolio_links",
    "charges",
    "ties",
    "not_denials",
    "delays",
    "dative_marks",
    "asked_particles",
    "sequence_marks",
    "naming_verbs",
    "naming_marks",
    "sidelines",
    "venue_bodies",
    "venue_prepositions",
    "companions",
    "debates",
    "origin_openings",
    "held_posts",
    "comparisons",
    "former_marks",
    "bearers",
    "naming_blame",
    "naming_praise",
    "naming_denial",
    "changed_plans",
    "perfect_auxiliaries",
    "occasion_anaphors",
    "counterparts",
    "voicing_participles",
    "partner_topics",
    "object_clitics",
    "enclitics",
)


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger: folded words (a trailing "*" marks a prefix), its category, mode and flags."""

    words: tuple[str, ...]
    type: str
    mode: str
    flags: frozenset[str]
    order: int  # position in the file: earlier entries win ties

    @property
    def weak(self) -> bool:
        return "weak" in self.flags


@dataclass(frozen=True, slots=True)
class Lexicon:
    language: str
    triggers: tuple[Trigger, ...] = ()
    negation: frozenset[str] = frozenset()
    negation_scope: frozenset[str] = frozenset()  # particles negating the next content verb ("ne", "no")
    negation_adjacent: frozenset[str] = frozenset()  # ambiguous cues that negate only right before the verb
    polarity_items: frozenset[str] = frozenset()  # "أي": "any" right before a trigger a negation governs
    auxiliaries: frozenset[str] = frozenset()  # verb lemmas a scope particle skips ("avoir", "haber")
    future_auxiliaries: frozenset[str] = frozenset()
    future_heads: frozenset[str] = frozenset()
    future_words: frozenset[str] = frozenset()
    hypothetical: frozenset[str] = frozenset()
    conditions: frozenset[str] = frozenset()  # "if", "si": a conditional with one is hypothetical, not future
    threat_conditions: frozenset[str] = frozenset()  # "unless": a promised act on this condition is a threat
    # "after", "in protest at": what follows is the cause of the act, its names no recipients of it
    motives: frozenset[str] = frozenset()
    # "criticised X *for*...", "accusé X *de*...": the reason an appraisal gives (events.reasons)
    reasons: frozenset[str] = frozenset()
    reporting: frozenset[str] = frozenset()
    partner_prepositions: frozenset[str] = frozenset()
    partner_relatives: frozenset[str] = frozenset()  # ", avec qui il a signé": the antecedent is the partner
    addressee_prepositions: frozenset[str] = (
        frozenset()
    )  # ", à qui il a demandé": the antecedent is addressed
    addressee_relatives: frozenset[str] = (
        frozenset()
    )  # ", auquel il a remis": a preposition and a pronoun in one
    date_bounds: frozenset[str] = frozenset()
    # "when", "lorsque": a clause they open tells when its main clause happened ("when the commission awarded
    # the town to Eritrea in April 2002, Ethiopia refused": April 2002 dates the refusal; events.dating)
    time_clause_marks: frozenset[str] = frozenset()
    # "asked", "interrogé": a past participle before the clause it hangs on that tells the occasion of its
    # act ("Interrogé dimanche par la télévision, X a accusé": Sunday; events.dating)
    scene_participles: frozenset[str] = frozenset()
    instruments: frozenset[str] = (
        frozenset()
    )  # documents that act for the body that adopted them ("résolution")
    voted_acts: frozenset[str] = frozenset()  # what an assembly does by a vote ("renewal", "prorogation")
    mandates: frozenset[str] = frozenset()  # what a vote renews ("mandate", "mission")
    behalf_marks: frozenset[str] = frozenset()  # "on behalf of": whom a speaker speaks for (events.behalf)
    # "par la voix de": whom the subject speaks through (events.voices)
    voice_marks: frozenset[str] = frozenset()
    # Arabic: what opens a verb's complement after its object ("إلى", "على"; "ب" glued: "بعرقلة"), which
    # tells a name between as the object (events.coordination)
    complement_prepositions: frozenset[str] = frozenset()
    glued_prepositions: frozenset[str] = frozenset()
    # Arabic "also" before a verb ("كما اجتمع بـ"): it goes on with the subject before (events.proximity)
    additive_openers: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()  # "و" as a word: coordinates subjects in unparsed sentences
    glued_conjunctions: frozenset[str] = frozenset()  # "و" glued to the word it coordinates ("وعطاف")
    glued_lookalikes: frozenset[str] = frozenset()  # words beginning with that letter of their own ("وزير")
    additions: frozenset[str] = frozenset()  # "as well as", "ainsi que": coordinate like "and" (events.tours)
    # Modality (events.modality)
    wish_heads: frozenset[str] = frozenset()  # "hopes that X will meet": a wish, not an act
    hypothetical_adjacent: frozenset[str] = frozenset()  # "قد" right before an imperfect verb: "may"
    imperfect_prefixes: frozenset[str] = frozenset()  # how an imperfect verb begins ("ي")
    future_in_past: frozenset[str] = frozenset()  # "would": under a reporting verb, a future
    conditional_endings: frozenset[str] = frozenset()  # infinitive + ending = conditional ("rendrait")
    future_endings: frozenset[str] = frozenset()  # infinitive + ending = future ("visitera")
    negative_adverbials: frozenset[str] = frozenset()  # "at no *point*": its "no" negates the verb
    not_negation: frozenset[str] = frozenset()  # "غير أن" (however): a cue word that negates nothing
    obligations: frozenset[str] = frozenset()  # "must", "devoir": a reported obligation is a demand
    infinitive_obligations: frozenset[str] = frozenset()  # "have": "has to act", with its infinitive
    demanding_wishes: frozenset[str] = frozenset()  # "want": "X wants Y to act" is X's demand of Y
    opening_attributions: frozenset[str] = frozenset()  # "pour": "Pour X, ..." opening a sentence is X's view
    necessities: frozenset[str] = frozenset()  # "essential": "X said Y is essential" demands Y
    copular_verbs: frozenset[str] = frozenset()  # "constitute": "X constitutes a betrayal" names X
    means_marks: frozenset[str] = frozenset()  # "by": "retaliated by suspending trade" tells the act
    phone_verbs: frozenset[str] = frozenset()  # "call": "called Macron" asking nothing is a phone call
    implicatives: frozenset[str] = frozenset()  # "manage", "parvenir": negated, the act they govern is too
    failures: frozenset[str] = frozenset()  # "fail", "échouer": the act they govern did not happen
    # "abate", "faiblir": a stance noun whose decline is denied goes on ("la colère de X ne faiblit pas")
    cessations: frozenset[str] = frozenset()
    # Authorship and background (events.background)
    authorship: frozenset[str] = frozenset()  # "drafted by X": X is not a participant
    authorship_of_texts: frozenset[str] = frozenset()  # "proposed by X": only of a voted text
    agent_markers: frozenset[str] = frozenset()  # "by", "par": a passive's agent the parser left as obl
    passive_auxiliaries: frozenset[str] = frozenset()  # "ser": with a participle and "por X", a passive
    assertive_modals: frozenset[str] = frozenset()  # "would": a clause it carries asserts (flag mood)
    issuing: frozenset[str] = frozenset()  # "issue": its subject says what the text it issues says
    relatives: frozenset[str] = frozenset()  # relative pronouns of unparsed text ("الذي")
    separately: frozenset[str] = frozenset()  # "séparément": a meeting with several sides is one meeting each
    sequence: frozenset[str] = frozenset()  # "puis", "then": what follows is another meeting (events.tours)
    # Stances told indirectly (events.nominal, rules)
    readiness: frozenset[str] = frozenset()  # "ready to", "prêt à": an offer (AGREE) or a threat (THREATEN)
    ruling_out: frozenset[str] = frozenset()  # negated, "does not rule out using": an offer or a threat too
    sustaining: frozenset[str] = frozenset()  # "consolidate the truce": agreed before (events.sustained)
    frames: frozenset[str] = frozenset()  # "dans le cadre de", "as part of": a meeting's frame (meeting_aims)
    missions: frozenset[str] = frozenset()  # "Iran's mission to the UN": the UN acts not (events.missions)
    decrees: frozenset[str] = frozenset()  # "signed a decree imposing sanctions": no SUPPORT (events.decrees)
    withheld_comments: frozenset[str] = frozenset()  # "refused to comment": no REJECT (events.withheld)
    adoptions: frozenset[str] = frozenset()  # "adopted resolution 2756": one-sided (events.voting)
    violations: frozenset[str] = frozenset()  # "condemned a violation of the truce": the attack told before
    infinitive_marks: frozenset[str] = frozenset()  # "to", "à": an "ask" trigger followed by one is a REQUEST
    pledge_marks: frozenset[str] = frozenset()  # "to", "à", "de": a "pledge" noun followed by one commits
    phrase_breaks: frozenset[str] = frozenset()  # "without": no phrase trigger spans it (events.triggers)
    plan_copulas: frozenset[str] = frozenset()  # "be": "was to go", "is to meet" are plans (events.modality)
    unplanned_infinitives: frozenset[str] = frozenset()  # "blame": "is to blame" is guilt, not a plan
    glued_pledge_marks: frozenset[str] = frozenset()  # "ب" glued to the act committed to ("بالاجتماع")
    pledge_holders: frozenset[str] = frozenset()  # "of", "de": "the commitment *of* A and B to meet"
    commitment_nouns: frozenset[str] = frozenset()  # "commitment", "engagement": its holders plan the act
    # "for", "pour": an adverbial clause they open under a request says who is to act ("called for X to")
    addressee_marks: frozenset[str] = frozenset()
    participation: frozenset[str] = frozenset()  # "attend": an invitation to take part stays AGREE
    asked_conducts: frozenset[str] = frozenset()  # "invité les parties à la retenue": a conduct asked for
    invitations: frozenset[str] = frozenset()  # "invite", "invitation": an answer to one (events.invitations)
    acts: frozenset[str] = frozenset()  # "decision", "قرار": a reaction to one answers the last act told
    decisions: frozenset[str] = frozenset()  # "the decision": a decided act, no words said
    advances: frozenset[str] = frozenset()  # "welcomed the progress": the agreement or the talks told before
    signings: frozenset[str] = frozenset()  # "welcomed the signing": the agreement told before
    wronged_nouns: frozenset[str] = frozenset()  # "a violation of Yemen's sovereignty": Yemen is wronged
    norm_nouns: frozenset[str] = frozenset()  # "contrary to UN resolutions": the UN's norm is invoked
    presence_marks: frozenset[str] = frozenset()  # "signed in the presence of X": X witnessed it
    member_marks: frozenset[str] = frozenset()  # "several leaders attended, among them X": X is one
    absences: frozenset[str] = frozenset()  # "skipped the summit": a meeting its subject stayed away from
    refrainings: frozenset[str] = frozenset()  # "refrained from criticising": the act held back is none
    yet_marks: frozenset[str] = frozenset()  # "has yet to accept": not done yet
    refrain_particles: frozenset[str] = frozenset()  # "عن" between an Arabic refraining verb and the act
    ballot_verbs: frozenset[str] = frozenset()  # "votar": abstaining from it is still a vote
    vote_nouns: frozenset[str] = frozenset()  # "after the vote": the day it took place (events.scene_dates)
    exceptives: frozenset[str] = frozenset()  # "could not but denounce": the negation is undone
    free_choice: frozenset[str] = frozenset()  # "any attack", "toute intervention": no act in particular
    act_pronouns: frozenset[str] = frozenset()  # "condemned it": a reaction's object pronoun names an act
    demonstratives: frozenset[str] = frozenset()  # "cette réunion": an event told before (events.anaphora)
    destinations: frozenset[str] = (
        frozenset()
    )  # "à", "إلى": a mention right after one is a place, not who acts
    genitive: frozenset[str] = (
        frozenset()
    )  # "le soutien *de* la France": the stance noun's holder (events.nominal)
    offices: frozenset[str] = frozenset()  # "ministre", "وزير": heads of titles a "title" trigger may sit in
    utterances: frozenset[str] = frozenset()  # "position", "موقف": an attack on one is verbal (ACCUSE)
    issued_texts: frozenset[str] = frozenset()  # "communiqué": the day on its participle dates what it says
    then_marks: frozenset[str] = frozenset()  # "alors", "then": a past perfect at the time told before it
    purposes: frozenset[str] = frozenset()  # "سبل", "efforts to": a trigger hanging on one is an aim
    gerund_marks: frozenset[str] = frozenset()  # "en" of "tout en critiquant": an adverbial, no aim
    aim_marks: frozenset[str] = frozenset()  # "pour", "para", "to": a material act in its clause is an aim
    provisions: frozenset[str] = frozenset()  # "prévoit", "provides for": a text's content, no fact
    texts: frozenset[str] = frozenset()  # "plan", "accord": the texts whose provisions those verbs tell
    topics: frozenset[str] = frozenset()  # "the question of the talks", "in charge of": no event
    parties: frozenset[str] = frozenset()  # "the parties", "الأطراف": the sides of a dispute (events.parties)
    two_parties: frozenset[str] = frozenset()  # "both sides", "الطرفين": its first two sides named
    collective_addressees: frozenset[str] = frozenset()  # "the international community": asked, no id
    two_states: frozenset[str] = frozenset()  # "both countries": with no dispute named, the first two states
    three_states: frozenset[str] = frozenset()  # "the three countries": the first three states named
    pairs: frozenset[str] = frozenset()  # "les deux", "both", "الجانبان": the two who met last (events.pairs)
    # "avait", "had": in a past tense, a past perfect, whose date the next sentence does not take
    perfect_auxiliaries: frozenset[str] = frozenset()
    occasion_anaphors: frozenset[str] = frozenset()  # "à cette occasion": the previous sentence's occasion
    counterparts: frozenset[str] = frozenset()  # "son homologue": the other one of the last meeting
    # "la critique de Budapest, formulée par son ministre": whose voice a stance noun was (events.nominal)
    voicing_participles: frozenset[str] = frozenset()
    # "discussed the issue with X": after these nouns of subject matter a partner preposition names who
    # the talk was with, not what it was about (events.subject_matter; "the conflict with X" is about X)
    partner_topics: frozenset[str] = frozenset()
    object_clitics: frozenset[str] = frozenset()  # an object pronoun glued before its verb ("l'appelant")
    enclitics: frozenset[str] = frozenset()  # endings of a verb with its object glued on ("pidiéndole")
    person_possessives: frozenset[str] = frozenset()  # "son", "his", "su": "sa rencontre avec X" is his
    latter_phrases: frozenset[str] = frozenset()  # "ce dernier", "the latter": the person named last
    own_governments: frozenset[str] = frozenset()  # "su Gobierno", "his government": the possessor's state
    own_positions: frozenset[str] = frozenset()  # "su plan": the possessor is the actor itself
    scenes: frozenset[str] = frozenset()  # "lors", "during", "durante": a meeting noun after one is a scene
    after_scenes: frozenset[str] = frozenset()  # "after", "après": a scene before the act, even a meeting
    attack_targets: frozenset[str] = frozenset()  # "on", "contre": an attack noun's victim (events.misdeeds)
    envoy_words: frozenset[str] = frozenset()  # "ambassadeur": a recall hosts every posting of its clause
    time_anchors: frozenset[str] = frozenset()  # "lendemain", "eve": a happening that only dates the act
    trip_marks: frozenset[str] = frozenset()  # "a visit to X": where a trip noun went
    contrasts: frozenset[str] = frozenset()  # "لكنه": like "و", it begins an unparsed sentence's next act
    postings: frozenset[str] = frozenset()  # "envoy *for* X", "auprès de": where a title holder serves
    subject_matters: frozenset[str] = frozenset()  # "the situation in Mali": what a meeting is about
    present_endings: frozenset[str] = frozenset()  # "invite", "recibido": a verb form left unlemmatized
    infinitive_endings: frozenset[str] = frozenset()  # "-er": what replaces a present ending
    feelings: frozenset[str] = frozenset()  # "disappointed by X": X is the cause, not who acts
    jussive_particles: frozenset[str] = frozenset()  # "لم": the verb after it may have lost a weak letter
    about_marks: frozenset[str] = frozenset()  # "a summit *on* Sudan": what the meeting noun before is about
    topic_nouns: frozenset[str] = frozenset()  # "France's position *on* X": X is what the stance is about
    between_marks: frozenset[str] = frozenset()  # "agreed *between* X and Y": the act's sides follow
    concluded: frozenset[str] = frozenset()  # "agreed", "conclu": an agreement reached, not one in force
    side_joints: frozenset[str] = frozenset()  # "X *and the* Y": words joining the sides
    attendance: frozenset[str] = frozenset()  # "in the presence of X and Y": who attended a meeting
    held_verbs: frozenset[str] = frozenset()  # "the meeting *was held*": the meeting told, not a reference
    negative_subjects: frozenset[str] = frozenset()  # "nobody", "no member": the act did not happen
    generic_subjects: frozenset[str] = frozenset()  # "everyone", "tout le monde": no participant named
    unnamed_subjects: frozenset[str] = frozenset()  # "مسلحون": an unknown subject; names after it are objects
    habits: frozenset[str] = frozenset()  # "repeatedly", "toujours": a stance held, not a happening
    scenery: frozenset[str] = frozenset()  # "avion", "capitale": a country qualifying one only sets the scene
    state_subjects: frozenset[str] = frozenset()  # "conflit": a verb it is the subject of describes a state
    year_words: frozenset[str] = frozenset()  # "عام", "année": between an unparsed noun and its year
    # Words that begin no trigger whatever reading of them would ("وزارة" peeled of "و" reads "زارة",
    # "visited"; "هناك" begins like "هنأ"): checked against every key of the token.
    not_triggers: frozenset[str] = frozenset()
    trips: frozenset[str] = frozenset()  # "tournée", "trip", "gira": it takes someone on (events.conveyed)
    complementizers: frozenset[str] = frozenset()  # "أن", "إن": a name after one is the reported clause's
    clause_openers: frozenset[str] = frozenset()  # "بينما", "كما": the verb after one opens a clause
    prepositions: frozenset[str] = frozenset()  # "من", "لدى": a name after one is no subject (unparsed text)
    attributions: frozenset[str] = frozenset()  # "according", "selon": an account's source (no recipient)
    framing: frozenset[str] = frozenset()  # "وتأتي زيارة X": a verb presenting an event told before
    future_openers: frozenset[str] = frozenset()  # "من المقرر أن": what the sentence tells next is planned
    awaited_marks: frozenset[str] = frozenset()  # "until X releases", "tant que", "hasta que": a condition
    # "while", "tandis que": the clause one opens tells another actor's act, never this trigger's arguments
    contrast_marks: frozenset[str] = frozenset()
    # "Ministerio de Asuntos Exteriores, Unión Europea y Cooperación": words heading a ministry's title
    # and the words linking its portfolios; an actor named as one is part of the title (events.portfolios)
    portfolio_titles: frozenset[str] = frozenset()
    portfolio_links: frozenset[str] = frozenset()
    not_denials: frozenset[str] = frozenset()  # "sin embargo": a negative word and a noun that deny nothing
    delays: frozenset[str] = frozenset()  # "ne s'est pas fait attendre": denied, a prompt act
    charges: frozenset[str] = frozenset()  # "chargé du", "in charge of": what a title holder is in charge of
    # "ally", "aliado": an apposition to a subject headed by one ("Algeria, the main ally of the Polisario,")
    # names another actor that does not act with it (events.arguments)
    ties: frozenset[str] = frozenset()
    # "au", "to": a noun one introduces is whom an act is addressed to; a participle the parser hung on
    # it is not its act ("une lettre au Conseil accusant le Maroc": events.arguments)
    dative_marks: frozenset[str] = frozenset()
    asked_particles: frozenset[str] = frozenset()  # "called *on* X to": X is asked (events.asked_acts)
    sequence_marks: frozenset[str] = frozenset()  # "avant de s'entretenir avec Z": another act after it
    naming_verbs: frozenset[str] = frozenset()  # "called X a fascist": an appraisal (events.naming)
    sidelines: frozenset[str] = (
        frozenset()
    )  # "on the sidelines of the summit": an occasion (events.sidelines)
    venue_bodies: frozenset[str] = frozenset()  # "defendió en el Congreso su apoyo": the room (events.venues)
    venue_prepositions: frozenset[str] = frozenset()  # "en", "in", "au", "في": where, not whom
    former_marks: frozenset[str] = frozenset()  # "Köhler, former head of the IMF,": a career (arguments)
    companions: frozenset[str] = frozenset()  # "accompanied by X": X travels with (events.companions)
    debates: frozenset[str] = frozenset()  # "a vote on the deal": what is voted on (events.topics)
    comparisons: frozenset[str] = frozenset()  # "Contrairement à ses visites": other occasions
    held_posts: frozenset[str] = frozenset()  # "a occupé le poste de": a career, no seizure (events.verbal)
    origin_openings: frozenset[str] = frozenset()  # "Desde La Habana, X acusó": where X was (events.origins)
    bearers: frozenset[str] = frozenset()  # "porteur d'un message de X": X takes no part (events.arguments)
    naming_marks: frozenset[str] = frozenset()  # "described X *as* a violation", "qualifié X *de*"
    naming_blame: frozenset[str] = frozenset()  # the names that make it a criticism
    naming_praise: frozenset[str] = frozenset()  # and a support
    naming_denial: frozenset[str] = frozenset()  # and a rejection ("called the allegations false")
    changed_plans: frozenset[str] = (
        frozenset()
    )  # "devait initialement": a plan since changed (events.modality)
    # Triggers by first word, built once here: a cache keyed on the Lexicon would hash every
    # trigger and cue set again on each look-up (once per token of every sentence).
    exact_index: dict[str, list[Trigger]] = field(init=False, compare=False, hash=False, repr=False)
    prefix_index: dict[str, list[Trigger]] = field(init=False, compare=False, hash=False, repr=False)
    prefix_lengths: tuple[int, ...] = field(init=False, compare=False, hash=False, repr=False)
    # Token keys -> the triggers they may begin, filled as tokens are met: every token of every sentence
    # asks, and a few thousand words make most of a corpus.
    starts: dict[tuple[str, ...], tuple[Trigger, ...]] = field(
        init=False, compare=False, hash=False, repr=False
    )

    def __post_init__(self) -> None:
        index = _index(self.triggers)
        prefixes = {w[:-1]: ts for w, ts in index.items() if w.endswith("*")}  # stem -> triggers, file order
        object.__setattr__(self, "exact_index", {w: ts for w, ts in index.items() if not w.endswith("*")})
        object.__setattr__(self, "prefix_index", prefixes)
        object.__setattr__(self, "prefix_lengths", tuple(sorted({len(stem) for stem in prefixes})))
        object.__setattr__(self, "starts", {})

    def prefixed(self, keys: tuple[str, ...]) -> list[Trigger]:
        """The prefix triggers ("négoci*") whose stem begins one of the keys, in file order."""
        stems = {
            key[:n] for key in keys for n in self.prefix_lengths if len(key) >= n
        } & self.prefix_index.keys()
        return [t for stem, triggers in self.prefix_index.items() if stem in stems for t in triggers]

    def has_cue(self, cues: frozenset[str], keys: list[str]) -> bool:
        """Whether one of `cues` (single words or space-joined phrases) occurs in the key sequence."""
        text = f" {' '.join(keys)} "
        return any(f" {cue} " in text for cue in cues)


def _index(triggers: tuple[Trigger, ...]) -> dict[str, list[Trigger]]:
    """Triggers keyed by their first word (prefix words under their stem, marked by "*")."""
    out: dict[str, list[Trigger]] = {}
    for trigger in triggers:
        out.setdefault(trigger.words[0], []).append(trigger)
    return out


@functools.cache
def lexicon(language: str) -> Lexicon:
    """The lexicon of `language`; an empty one for a language without a file."""
    relative = f"{language}/events.yaml"
    if not lang_path(relative).is_file():
        return Lexicon(language)
    return build(language, lang_data(relative), str(lang_path(relative)))


def build(language: str, data: dict, where: str = "<data>") -> Lexicon:
    """A Lexicon from already-parsed data (tests build small ones in memory)."""
    unknown = set(data) - {"triggers", *_CUE_KEYS}
    if unknown:
        raise DataFileError(where, None, f"unknown keys {sorted(unknown)}")
    cues = {
        key: frozenset(w for item in data.get(key) or [] for w in _cue_words(str(item))) for key in _CUE_KEYS
    }
    return Lexicon(language, _triggers(data.get("triggers") or {}, where), **cues)


def _cue_words(item: str) -> tuple[str, ...]:
    """Cues are single words; a multiword cue ("according to") contributes its phrase key."""
    words = fold_phrase(item)
    return (" ".join(words),) if words else ()


def _triggers(table: dict, where: str) -> tuple[Trigger, ...]:
    out: list[Trigger] = []
    for category, entries in table.items():
        if category not in CATEGORIES:
            raise DataFileError(where, None, f"unknown PLOVER category {category!r}")
        for entry in entries or []:
            out.append(_trigger(str(entry), category, len(out), where))
    return tuple(out)


def _trigger(entry: str, category: str, order: int, where: str) -> Trigger:
    parts = [p.strip() for p in entry.split("|")]
    words = fold_phrase(parts[0])
    mode = parts[1] if len(parts) > 1 else ""
    flags = frozenset(parts[2].split()) if len(parts) > 2 else frozenset()
    if not words or flags - FLAGS:
        raise DataFileError(where, None, f"bad trigger {entry!r} in {category} (flags: {sorted(FLAGS)})")
    return Trigger(words, category, mode, flags, order)
