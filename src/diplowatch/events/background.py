"""What a sentence says only to identify someone or to set the scene: not participants, not news.

Authorship. The agent of a drafting participle ("the text drafted by X", "le texte rédigé par
X", "redactado por X"), the subject of such a relative clause ("the text that X drafted"), or the
holder named after a role noun ("the penholder, X", "لصاحبة القلم X") wrote a text; they are not
the actor or recipient of the events around it (the Council adopted the text, X did not). Verbs
that author anything (`authorship`: draft, sponsor) count always; verbs that also present plans
(`authorship_of_texts`: propose, present) count only for a voted text ("the resolution proposed
by X"; "the autonomy plan presented by Morocco" is still Morocco's plan to support). The
participle itself is no event of the author's either. Appointments and convened meetings are not
authorship: "nommé par le Secrétaire général" may be coded as his SUPPORT, and "a round table
convened by X" has X among its participants.

Background. An event told in a relative clause ("the envoy, who visited the camps, said...",
"دي ميستورا الذي زار...") identifies who someone is: without a date in its sentence it does not
take the publication date (it is undated, not today's news; the gold corpora annotate such
events, so they are re-dated, not dropped). A "since" date bounds a state, it never dates it
(events.dating). A past participle qualifying a noun ("the government backed by Riyadh") says who
someone is: without a date of its own in its clause, it is no event. An event noun named by a past
year ("the 1991 ceasefire", "l'accord de 1975") is a known text or happening the article recalls: no
event either.
"""

from __future__ import annotations

from datetime import date

from diplowatch.events.arguments import AGENTS, SUBJECTS, predicate
from diplowatch.events.categories import FORCE
from diplowatch.events.dating import HISTORICAL_YEARS
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match, find, keys_of, tokens_keyed
from diplowatch.text.mentions import ActorMention
from diplowatch.text.normalise import Token
from diplowatch.text.sentences import Sentence

RELATIVE_DEPS = ("acl:relcl", "relcl")
PARTICIPLE_DEPS = ("acl", "amod", "appos")
AFTER_CUE = 3  # unparsed: tokens after an authorship word in which its author's mention starts


def without_authors(sentence: Sentence, found: list[ActorMention], lexicon: Lexicon) -> list[ActorMention]:
    """The sentence's mentions minus those that only authored or chose something."""
    tokens = author_tokens(sentence, lexicon)
    if not tokens:
        return found
    return [m for m in found if sentence.token_at(m.start) not in tokens]


def author_tokens(sentence: Sentence, lexicon: Lexicon) -> set[int]:
    out: set[int] = set()
    for tokens in authors_by_word(sentence, lexicon).values():
        out |= tokens
    return out


def authors_by_word(sentence: Sentence, lexicon: Lexicon) -> dict[int, set[int]]:
    """Each authoring word of the sentence ("drafted", "the penholder") -> the tokens of its authors."""
    out: dict[int, set[int]] = {}
    # only a token with an authorship word among its keys can be authoring (see `_authoring`)
    for i in tokens_keyed(sentence, lexicon.authorship, lexicon.authorship_of_texts):
        if _authoring(sentence, i, lexicon):
            out[i] = _authors(sentence, i, lexicon) if sentence.parsed else _following(sentence, i)
    return out


def is_authorship(sentence: Sentence, match: Match, lexicon: Lexicon) -> bool:
    """The trigger is itself an authoring participle or relative ("a text *proposed* by Spain")."""
    if not sentence.parsed or not _authoring(sentence, match.head, lexicon):
        return False
    return bool(_authors(sentence, match.head, lexicon))


def _authoring(sentence: Sentence, i: int, lexicon: Lexicon) -> bool:
    keys = set(keys_of(sentence.toks[i]))
    if keys & lexicon.authorship:
        return True
    if not keys & lexicon.authorship_of_texts or not sentence.parsed:
        return False
    noun = sentence.toks[i].head  # the text the participle or relative clause modifies
    return noun >= 0 and bool(set(keys_of(sentence.toks[noun])) & lexicon.instruments)


def _authors(sentence: Sentence, i: int, lexicon: Lexicon) -> set[int]:
    tok = sentence.toks[i]
    out: set[int] = set()
    if tok.pos == "NOUN":  # a role noun: what it names ("the penholder, the United States")
        if tok.dep.startswith("nsubj"):
            return out  # "the penholder, the United Kingdom, ignored X": an actor of its own clause
        out |= sentence.subtree(i) - {i}
        if tok.dep == "appos" and tok.head >= 0:
            out |= sentence.subtree(tok.head)
        return out
    relative = tok.dep.startswith(RELATIVE_DEPS)
    participle = "VerbForm=Part" in tok.morph and tok.dep.startswith(PARTICIPLE_DEPS)
    passive = "Voice=Pass" in tok.morph or any(
        sentence.toks[c].dep in ("aux:pass", "auxpass") for c in sentence.children(i)
    )
    for child in sentence.children(i):
        dep = sentence.toks[child].dep
        by = (participle or passive) and not dep.startswith("nsubj") and _by(sentence, child, lexicon)
        if dep in AGENTS or by:  # "redactado por X": the parser may call the agent an object
            out |= sentence.subtree(child)
        elif relative and dep.startswith("nsubj") and not passive:
            out |= sentence.subtree(child)
    return out


def _by(sentence: Sentence, i: int, lexicon: Lexicon) -> bool:
    return any(sentence.toks[c].key in lexicon.agent_markers for c in sentence.children(i))


def _following(sentence: Sentence, i: int) -> set[int]:
    return set(range(i + 1, min(len(sentence.toks), i + 1 + AFTER_CUE)))


def is_description(sentence: Sentence, match: Match, lexicon: Lexicon) -> bool:
    """The trigger is a past participle qualifying a noun ("the government backed by Riyadh", "les
    rebelles soutenus par Alger", "los rebeldes respaldados por Argel"): who someone is, not a
    happening. Not a voted text's ("la résolution adoptée par le Conseil" is the Council's act)."""
    if not sentence.parsed:
        return False
    tok = sentence.toks[match.head]
    if (
        tok.pos != "VERB"
        or "VerbForm=Part" not in tok.morph
        or "Tense=Past" not in tok.morph  # not "en soutenant": a gerund tells what was done
        or not tok.dep.startswith(PARTICIPLE_DEPS)
        or tok.dep.startswith(RELATIVE_DEPS)
        or tok.head < 0
        or sentence.toks[tok.head].dep == "attr"  # "at no point was Rabat consulted": a clause misparsed
    ):
        return False
    if any(sentence.toks[c].dep.startswith(("aux", "nsubj", "cop")) for c in sentence.children(match.head)):
        return False
    return not set(keys_of(sentence.toks[tok.head])) & lexicon.instruments


def is_relative(sentence: Sentence, match: Match, lexicon: Lexicon) -> bool:
    """The trigger's clause is a relative clause on a noun that is not a voted text."""
    if not sentence.parsed:
        first = match.indices[0]
        return first > 0 and sentence.toks[first - 1].key in lexicon.relatives
    verb = predicate(sentence, match.head)
    tok = sentence.toks[verb]
    if not tok.dep.startswith(RELATIVE_DEPS) or tok.head < 0:
        return False
    if _told_by_pronoun(sentence, verb, lexicon):
        return False
    # "la résolution, qui prolonge le mandat...": what a voted text does is its assembly's act.
    return not set(keys_of(sentence.toks[tok.head])) & lexicon.instruments


def _told_by_pronoun(sentence: Sentence, verb: int, lexicon: Lexicon) -> bool:
    """A relative clause whose subject is a personal pronoun ("rejected the remarks of Rubio, whom it
    accused of lying"): the act of the one the sentence is about, told with the news."""
    first = min(sentence.subtree(verb))  # a relative pronoun opens its clause ("who met X")
    return any(
        sentence.toks[c].dep in SUBJECTS
        and sentence.toks[c].pos == "PRON"
        and c != first
        and sentence.toks[c].key not in lexicon.relatives
        and "Rel" not in sentence.toks[c].morph
        for c in sentence.children(verb)
    )


YEAR_WORDS_AFTER = 2  # unparsed: words after a trigger noun before its year ("اتفاق عام 1991")
YEAR_DEPS = ("nummod", "compound", "nmod", "amod", "obl:mod", "npadvmod")
YEAR_PHRASE = 3  # tokens of a noun's year modifier: "1991", "de 1991", "del año 1991"


def named_by_past_year(sentence: Sentence, match: Match, lexicon: Lexicon, anchor: date | None) -> bool:
    """The trigger noun is named by a year of the past ("the 1991 ceasefire", "l'accord de 1975", "el
    acuerdo de paz de 2015", "اتفاق 1991"; historical: two years or more before publication): a known
    past text or happening the article recalls to situate its news, not a happening it reports."""
    if anchor is None or set(keys_of(sentence.toks[match.head])) & lexicon.instruments:
        return False  # "resolution 1920": a number, not a year
    if not sentence.parsed:
        after = sentence.toks[match.indices[-1] + 1 : match.indices[-1] + 1 + YEAR_WORDS_AFTER + 1]
        for tok in after:
            year = _year(tok.text)
            if year is not None:
                return year <= anchor.year - HISTORICAL_YEARS
            if tok.key not in lexicon.genitive and tok.key not in lexicon.year_words:
                return False
        return False
    if sentence.toks[match.head].pos != "NOUN":
        return False
    # The trigger and a noun of its own category naming it ("l'accord de cessez-le-feu de 1991"); not
    # what it is about ("son soutien au plan de 2007": the support is today's, the plan is of 2007).
    nouns = set(match.indices)
    nouns |= {
        c
        for i in match.indices
        for c in sentence.children(i)
        if sentence.toks[c].pos == "NOUN"
        and sentence.toks[c].dep.startswith(("nmod", "compound"))
        and _same_category(sentence.toks[c], match, lexicon)
    }
    past = anchor.year - HISTORICAL_YEARS
    for child in (c for i in nouns for c in sentence.children(i)):
        if child in nouns or not sentence.toks[child].dep.startswith(YEAR_DEPS):
            continue
        years = [y for j in sentence.subtree(child) if (y := _year(sentence.toks[j].text)) is not None]
        if years and len(sentence.subtree(child)) <= YEAR_PHRASE and years[0] <= past:
            return True
    return False


def _same_category(tok: Token, match: Match, lexicon: Lexicon) -> bool:
    return any(t.type == match.trigger.type for k in keys_of(tok) for t in lexicon.exact_index.get(k, ()))


def _year(text: str) -> int | None:
    return int(text) if len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100 else None


SCENERY_GAP = 2  # unparsed: words from a scene noun to the demonym that qualifies it ("طائرة مدنية جزائرية")


def without_scenery(sentence: Sentence, found: list[ActorMention], lexicon: Lexicon) -> list[ActorMention]:
    """The sentence's mentions minus a country named only as the adjective of a place, a vehicle or the
    press ("an Algerian plane", "la capitale saoudienne", "العاصمة السعودية"): it sets the scene, it does
    not take part. Not a government, a minister or a position ("la position algérienne")."""
    if not lexicon.scenery:
        return found
    # "Israeli jets struck Damascus": a vehicle that strikes is the force of the state it is of
    striking = (
        frozenset(m.head for m in find(sentence, lexicon) if m.trigger.type in FORCE)
        if sentence.parsed
        else frozenset()
    )
    return [
        m
        for m in found
        if m.kind != "country" or not _scenery(sentence, sentence.token_at(m.start), lexicon, striking)
    ]


def _scenery(
    sentence: Sentence, i: int | None, lexicon: Lexicon, striking: frozenset[int] = frozenset()
) -> bool:
    if i is None:
        return False
    if not sentence.parsed:
        before = [t.key for t in sentence.toks[max(0, i - SCENERY_GAP) : i]]
        return any(k in lexicon.scenery for k in before)
    tok = sentence.toks[i]
    if tok.pos != "ADJ" or not tok.dep.startswith("amod") or tok.head < 0:
        return False
    # the noun it qualifies, or the noun that one completes: "un avión de la Fuerza Aérea española"
    t, steps = tok.head, 0
    while t >= 0 and steps <= SCENERY_CHAIN:
        noun = sentence.toks[t]
        if {noun.key, noun.lemma} & lexicon.scenery:
            return not (noun.dep in SUBJECTS and noun.head in striking)
        if not noun.dep.startswith(("nmod", "compound", "pobj", "prep")):  # (English: "of" between)
            return False
        t, steps = noun.head, steps + 1
    return False


SCENERY_CHAIN = 3  # words on the way up from a country adjective to a scenery noun ("plane of the Air Force")
