"""The rule coder: triggers from the lexicon, arguments from the parse, then one event per happening.

For each sentence: find triggers; drop a weak trigger that a strong one shares its clause with
("a réaffirmé son soutien" is SUPPORT, not "réaffirmer"); drop a trigger noun of the same
category inside another trigger's clause; code each remaining trigger (arguments, aux, date,
place, confidence); a future or invited meeting becomes AGREE (PLOVER rule), and so does any
other promised cooperative act ("will withdraw", "will release"), while an announced conflictual
one is THREATEN ("will boycott"); a meeting with several persons is one event per person met.
With no recipient named (or only the territory it is about), the country of the event's place
is the recipient. An undated event that follows recently dated ones takes the date of the one it
shares most participants with (the narrative date) rather than the publication date. A text voted
by an assembly ("the resolution", "le texte", "القرار") acts for it, and an abstention or a
reaction to the text is addressed to it (`VOTING_BODIES`). Then merge repeats over the document.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from diplowatch.actors.descriptions import described
from diplowatch.actors.occasion_names import names_occasion
from diplowatch.events import confidence
from diplowatch.events.anaphora import refers_back
from diplowatch.events.argument_set import Arguments
from diplowatch.events.arguments import (
    arguments,
    inverted_subject,
    meetings_before,
    predicate,
    reacts_to_told_act,
)
from diplowatch.events.asked_acts import act_names
from diplowatch.events.asks import advocated, asked, asked_parties, commits_to_act, pledged
from diplowatch.events.attributes import without_attributes
from diplowatch.events.attribution import sources
from diplowatch.events.authored import text_authors
from diplowatch.events.background import (
    is_authorship,
    is_description,
    is_relative,
    named_by_past_year,
    without_authors,
    without_scenery,
)
from diplowatch.events.behalf import spoken_for
from diplowatch.events.between import attendees, between_sides
from diplowatch.events.categories import REACTIONS, REQUESTS, STANCES
from diplowatch.events.clause_status import (
    antecedent,
    asked_for,
    completes_trigger_noun,
    condemned_act,
    in_name,
    is_nested,
    is_reference,
    main_clause,
    not_ruled_out,
    offered,
    on_condition,
    reacted_on,
    readiness_apart,
    told_before,
    told_in_past,
)
from diplowatch.events.coder import CoderContext
from diplowatch.events.commitments import commitment, plan_words, pledged_plan
from diplowatch.events.companions import without_companions
from diplowatch.events.comparisons import compared
from diplowatch.events.compounds import in_compound
from diplowatch.events.conveyed import CONVEYS, conveyed, not_by_trip
from diplowatch.events.coordination import covered
from diplowatch.events.counterparts import counterpart_addressed
from diplowatch.events.dating import (
    Dated,
    backstory_goes_on,
    document_dates,
    event_date,
    in_story,
    is_historical,
    is_past,
    is_upcoming,
    narrative,
    narrative_previous,
    past_perfect,
    publication_fallback,
    relative_dates,
    tells_of_occasion,
)
from diplowatch.events.decided_acts import decided_elsewhere, decided_names, decision
from diplowatch.events.decrees import signs_a_decree
from diplowatch.events.draft import Draft
from diplowatch.events.generic import generic_subject, habitual, state_subject
from diplowatch.events.holding import held_by_unnamed
from diplowatch.events.invitations import answering, invites
from diplowatch.events.lexicon import Lexicon, lexicon
from diplowatch.events.meeting_acts import said_at_meetings, told_by_verb
from diplowatch.events.members import listed_members, with_members
from diplowatch.events.membership import leaves_organisation
from diplowatch.events.merge import MEETINGS, merge
from diplowatch.events.missions import mission_postings
from diplowatch.events.modality import aux_of, future_in_past, negated_outright, not_denial_tokens
from diplowatch.events.named_subjects import names_unknown_person
from diplowatch.events.naming import as_naming
from diplowatch.events.nominal import construct_holder, holder, owned, voiced
from diplowatch.events.object_pronouns import only_in_content, pronoun_addressee
from diplowatch.events.obligation import QUOTED_FLAG, obligations
from diplowatch.events.occasions import outside_occasions, own_occasions
from diplowatch.events.offices import in_title
from diplowatch.events.origins import without_origins
from diplowatch.events.pairs import (
    Earlier,
    after_quiet_sentence,
    after_sentence,
    names_the_pair,
    pair_addressed,
    pair_told,
)
from diplowatch.events.parties import (
    addressed_sides,
    addresses_collective,
    agreeing_sides,
    dispute_sides,
    first_states,
    named_with_states,
    names_two_sides,
    state_of,
    subject_states,
)
from diplowatch.events.phone_calls import as_phone_call
from diplowatch.events.places import clause_place, clause_places, event_place, governed_places, in_scene
from diplowatch.events.portfolios import without_portfolios
from diplowatch.events.possessed import possessive_owner
from diplowatch.events.pruning import prune
from diplowatch.events.purposes import for_purpose
from diplowatch.events.quoted_dates import outside_quoted_clauses
from diplowatch.events.reactions import addressed, answers_undated, doers, reacted_to
from diplowatch.events.refusals import refuses_to_criticise
from diplowatch.events.relatives import relative_addressees, relative_partner
from diplowatch.events.restraint import holds_back_act
from diplowatch.events.same_sentence import same_sentence_merged
from diplowatch.events.scene_dates import dated_by_scene
from diplowatch.events.scenes import Scene, scene_of, scene_phrases
from diplowatch.events.sequels import sequels_addressed
from diplowatch.events.short_names import (
    arabic_short_names,
    latin_short_names,
    resolve_short_names,
    short_name,
)
from diplowatch.events.sidelines import without_occasions
from diplowatch.events.sides import (
    MUTUAL,
    acting_state,
    goes_home,
    has_target,
    mutual_act,
    same_side,
    two_sided,
    with_governments_states,
    without_own_agents,
    without_own_side,
)
from diplowatch.events.speech import SPOKEN, spoken_arguments
from diplowatch.events.subject_matter import (
    happening_places,
    without_invoked_norms,
    without_subject_matter,
    without_topics,
    without_wronged,
)
from diplowatch.events.sustained import sustained
from diplowatch.events.threats import ADDRESSED, FORETOLD, foretold, threat_on_condition, warns_of_an_act
from diplowatch.events.titles import title_complements
from diplowatch.events.topics import as_topic
from diplowatch.events.tours import Looks, Telling, meetings
from diplowatch.events.transitive import lacks_object
from diplowatch.events.triggers import Match, find
from diplowatch.events.unpublished import NOT_HAPPENED, dated_by_latest  # not (yet) happened
from diplowatch.events.venues import without_venues
from diplowatch.events.verbal import attacks_in_words, attacks_words, holds_a_post
from diplowatch.events.visitors import act_arrives, visitor
from diplowatch.events.voices import voices
from diplowatch.events.voting import (
    about_instrument,
    adopted_by_assembly,
    cast_by,
    is_tally,
    voters_apart,
    voting_body,
)
from diplowatch.events.weapons import struck_by_weapon
from diplowatch.events.withheld import withholds_comment
from diplowatch.events.witnesses import only_witnesses
from diplowatch.model import UNREAL_AUX, Article, Event, EventDate, Evidence, Location
from diplowatch.quotes.spans import QuoteSpan, quote_spans
from diplowatch.text.assemblies import VOTING_BODIES
from diplowatch.text.mentions import ActorMention, actor_key, mentions, outermost, within
from diplowatch.text.sentences import Sentence, sentences

# PLOVER codes a stated future act by what it commits to: a cooperative act that is promised is
# AGREE, a conflictual one that is announced is THREATEN ("will withdraw", "will boycott").
# Not SUPPORT: the annotated corpora code a declared future support ("Francia apoyará a Marruecos") as
# SUPPORT, though PLOVER's own sentences code "will support" as AGREE.
PROMISED = frozenset({"RETREAT", "AID", "COOPERATE", "CONCEDE"})
THREATENED = frozenset({"SANCTION", "COERCE", "ASSAULT", "PROTEST", "MOBILIZE"})
# A stated readiness ("ready to host talks", "prepared to impose martial law") offers a cooperative
# act (AGREE) or threatens a conflictual one (THREATEN); verbal stances keep their category.
OFFERED = frozenset({"CONSULT", "SUPPORT", "CONCEDE"}) | PROMISED
ONE_SIDED = ("investigate",)  # modes PLOVER codes without a recipient
# categories whose verb with an infinitive ("agreed to withdraw", "refused to lift") is an event with no
# counterpart named: the act agreed to or refused is its object
ACTS_AGREED_OR_REFUSED = frozenset({"AGREE", "REJECT"})
REFUSED = "refused"  # flag of a stance whose negation is a refusal ("does not recognise")


@dataclass(frozen=True, slots=True)
class RuleOptions:
    unlinked_actors: bool = (
        True  # a parsed subject the linker did not know ("Senior officials") names the actor
    )
    split_meetings: bool = True  # "met A and B" (two persons) -> two CONSULT events
    # Events below this are dropped, except the best one of a document that would otherwise have
    # none (a one-sentence document still gets its event). 0.7 ~ a strong trigger with a parsed
    # actor, or a weaker one with both actor and recipient (see events.confidence).
    min_confidence: float = 0.7


@dataclass(frozen=True, slots=True)
class _Doc:
    """What every sentence of one article needs."""

    article: Article
    context: CoderContext
    mentions: tuple[ActorMention, ...]
    dates: list[Dated]
    sentences: list[Sentence]
    countries: dict[str, str]  # ISO alpha-3 -> the key of the article's country actor
    sides: tuple[str, ...] = ()  # the sides the article names of its dispute: who "the parties" are
    relative: tuple[Dated, ...] = ()  # with no publication day: "demain", "hier"... (dating.relative_dates)
    states: tuple[str, ...] = ()  # the first three states named: "both countries", "the three countries"
    quoted: tuple[QuoteSpan, ...] = ()  # the article's quotations (events.quoted_dates)


class RuleCoder:
    name = "rules"

    def __init__(self, options: RuleOptions | None = None) -> None:
        self.options = options or RuleOptions()

    def code(self, article: Article, context: CoderContext) -> list[Event]:
        drafts = self.drafts(article, context)
        merged = merge(drafts, context.actor_kind, acting_state(context))  # rebels do not act for their state
        # Negated and hypothetical events are always kept (the record says what was *not* done);
        # the threshold only filters events that would count as real.
        # (a draft equal to a real one is real too: its aux are the same)
        real = [d for d in merged if not UNREAL_AUX.intersection(d.aux)]
        kept = [
            d for d in merged if UNREAL_AUX.intersection(d.aux) or d.confidence >= self.options.min_confidence
        ]
        if real and all(UNREAL_AUX.intersection(d.aux) for d in kept):
            kept.append(max(real, key=lambda d: d.confidence))
        if article.published is None:  # its undated events: when the report was likely written
            kept = dated_by_latest(kept)
        states = _article_states(article)
        unknown = frozenset(a.name for a in article.actors if a.id is None and a.kind == "person")
        kept = [
            d.replace(
                actor=with_governments_states(d.actor, context, states, unknown),
                recipient=with_governments_states(d.recipient, context, states, unknown),
            )
            for d in kept
        ]
        return [d.to_event() for d in sorted(kept, key=lambda d: d.evidence[0].start)]

    def drafts(self, article: Article, context: CoderContext) -> list[Draft]:
        countries = _article_states(article)
        named = without_attributes(
            latin_short_names(
                arabic_short_names(resolve_short_names(outermost(mentions(article)), article), article.body),
                article.body,
                article.language or "",
            ),
            article.body,
        )
        told = sentences(article)
        # "to discuss the situation in Mali": Mali is where nothing happened (events.subject_matter)
        context = dataclasses.replace(context, places=happening_places(told, context.places))
        doc = _Doc(
            article,
            context,
            named,
            document_dates(article),
            told,
            countries,
            dispute_sides(named_with_states(named, context, countries)),
            tuple(relative_dates(article)),
            first_states(named, context),
            tuple(quote_spans(article.body)),
        )
        out: list[Draft] = []
        earlier = Earlier()
        stories: list[Draft] = []  # the events the text dated near publication (see dating.narrative)
        scene: tuple[Draft | None, int] = (None, 0)  # the last event placed by its own sentence, and where
        inviters: tuple[str, ...] = ()  # who made the last invitation told (events.invitations)
        met: tuple[Draft, ...] = ()  # the meetings the sentence just before told (events.meeting_acts)
        for sentence in doc.sentences:
            found = self._sentence(doc, sentence, earlier, frozenset(d.type for d in out), met)
            found = sequels_addressed(found)  # "bombed Beirut, then launched an offensive" (events.sequels)
            met = tuple(d for d in found if d.type in MEETINGS)
            lex = lexicon(sentence.language)
            found = [answering(d, sentence, lex, inviters, context.actor_kind) for d in found]
            # "Yerevan rejected the demand": addressed to whoever made it (events.reactions)
            found = [addressed(d, out, context.actor_kind, self.options.min_confidence) for d in found]
            inviters = next((d.actor for d in reversed(found) if invites(d, lex)), inviters)
            placed = [d for d in found if d.location is not None and not NOT_HAPPENED & set(d.aux)]
            found = [in_scene(d, scene[0], sentence.index - scene[1]) for d in found]
            scene = (placed[-1], sentence.index) if placed else scene
            # "accused Washington in a post after the meeting": that meeting's day (events.scene_dates)
            found = [dated_by_scene(d, sentence, lex, out) for d in found]
            found = [
                in_story(d, stories)
                if d.date_source == "published" and not answers_undated(d, out, self.options.min_confidence)
                else d
                for d in found
            ]
            out.extend(found)
            if found:
                earlier = after_sentence(
                    earlier,
                    found,
                    context.actor_kind,
                    lambda key: state_of(key, context, countries),
                    context.actor_country,
                )
            else:  # "Albares compareció ante la prensa. Instó a X a..." (events.pairs)
                earlier = after_quiet_sentence(
                    earlier, sentence, within(doc.mentions, sentence.start, sentence.end)
                )
            # (a sentence in the past perfect goes back before the story: "Rubio had renewed this position
            # when he received Bourita on 8 April" dates no later reaction)
            if not past_perfect(sentence, lex.perfect_auxiliaries):
                stories += [
                    d
                    for d in found
                    if d.date_source in ("clause", "sentence")
                    and narrative(d.date, article.anchor)
                    and not NOT_HAPPENED & set(d.aux)
                ]
        return out

    def _sentence(
        self,
        doc: _Doc,
        sentence: Sentence,
        earlier: Earlier,
        told: frozenset[str] = frozenset(),
        met: tuple[Draft, ...] = (),
    ) -> list[Draft]:
        """The events of one sentence; `told`: the categories of the events of earlier sentences; `met`:
        the meetings of the sentence just before."""
        lex = lexicon(sentence.language)
        triggers = find(sentence, lex)
        quotes = doc.article.quotes
        if not triggers and not obligations(sentence, lex, set(), quotes):
            return []  # no trigger and no reported obligation: nothing below would find an event
        in_sentence = without_authors(sentence, within(doc.mentions, sentence.start, sentence.end), lex)
        in_sentence = without_scenery(sentence, in_sentence, lex)  # "an Algerian plane": not a participant
        in_sentence = without_portfolios(sentence, in_sentence, lex)  # "Ministerio de ..., Unión Europea y"
        in_sentence = without_occasions(sentence, in_sentence, lex, doc.article.body)  # "en marge du sommet"
        found = [
            appraised  # "called X a fascist": no call (events.naming)
            for m in triggers
            if not _names_no_event(sentence, m, lex, in_sentence, doc.article.body, told)
            and (appraised := as_naming(sentence, asked(sentence, m, lex), lex, triggers)) is not None
        ]
        # "Biden called Macron on Tuesday": a talk by phone, no request (events.phone_calls)
        found = [as_phone_call(sentence, m, lex, in_sentence) for m in found]
        found = [pledged(sentence, m, lex, found) for m in found]
        found = [advocated(sentence, m, found) for m in found]  # "a plaidé pour le retrait": a call
        found = [owned(sentence, m, in_sentence, lex) for m in found]  # "welcomed X's call": X's call
        occasions = own_occasions(sentence, found, doc.dates, lex)  # "briefed X on the meeting held in May"
        # a weak meeting word that sets the scene with its own partner ("During a briefing before the
        # Council, X called on...") is the meeting, not a weaker reading of the call beside it
        # (and a meeting after which another is told, "After talks with X, Y travelled to Rabat", is no
        # repeat of it)
        every = {m.head: m for m in found}
        scenes = {
            m.head: scene
            for m in found
            if (scene := scene_of(sentence, m, every, lex, doc.article.body)) is not None
            and (m.trigger.weak or scene.act.trigger.type in MEETINGS)
        }
        # a meeting told as before another ("After talks with X in Algiers, Y travelled to Rabat") and
        # that other are two happenings: each holds a part of the sentence of its own (Draft.parts)
        told_before = [
            (h, scene.act.head) for h, scene in scenes.items() if scene.act.trigger.type in MEETINGS
        ]
        if sentence.parsed:  # "Tras reunirse con X en Argel, Y viajó a Rabat"
            told_before += [
                (before, m.head)
                for m in found
                if m.trigger.type in MEETINGS
                for before in meetings_before(sentence, m.head, lex)
            ]
        parts = {head: frozenset({(sentence.start, -2 - head)}) for pair in told_before for head in pair}
        matches = prune(sentence, found, lex.scenes, occasions.keys() | scenes.keys())
        matches = readiness_apart(sentence, matches, lex)  # "s'est dit prêt à rencontrer X": one offer
        # "X said Y must...": X's REQUEST; a quoted one binds a named actor ("« Le Maroc doit... »")
        demands = obligations(
            sentence, lex, {m.head for m in matches}, quotes, covered(sentence, in_sentence)
        )
        matches += [d.match for d in demands]
        obliged = {d.match.head: d.obliged for d in demands}
        # "appelant le Maroc, le Front Polisario, l'Algérie et la Mauritanie à": all asked (events.asks)
        obliged |= {m.head: parties for m in matches if (parties := asked_parties(sentence, m, lex))}
        heads = {m.head: m for m in matches}
        # "Iran's mission to the UN": the UN only says where the mission sits (events.missions)
        qualifying = title_complements(
            sentence, in_sentence, lex.postings, lex.attack_targets
        ) | mission_postings(sentence, in_sentence, lex)
        in_sentence = [m for m in in_sentence if m not in qualifying]
        drafts: list[Draft] = []
        said: list[Draft] = []  # drafts told by a verb or a phrase: acts someone did (events.meeting_acts)
        votes: list[Draft] = []  # drafts of votes cast ("with Russia abstaining"; events.voting)
        named = covered(sentence, in_sentence)
        for match in sorted(matches, key=lambda m: m.indices[0]):
            bound = obliged.get(match.head, ())
            extra = tuple(m.key for m in in_sentence if sentence.token_at(m.start) in bound) if bound else ()
            draft = self._draft(
                doc, sentence, match, lex, heads, in_sentence, earlier, extra, occasions, before=drafts
            )
            if draft is not None and refuses_to_criticise(sentence, match, lex):
                continue  # "refused to condemn X": the criticism, unreal, is the event (events.refusals)
            if draft is not None:
                draft = draft.replace(parts=parts[match.head]) if match.head in parts else draft
                drafts.append(draft)
                spoken = told_by_verb(sentence, match, lex, named) or voiced(
                    sentence, match, in_sentence, lex
                )
                said += [draft] if spoken else []
                votes += [draft] if "vote" in match.trigger.flags else []
        drafts = voters_apart(drafts, votes)
        # "met X and called for...": said to the one met (events.meeting_acts, issue 9)
        drafts = said_at_meetings(
            drafts,
            said,
            doc.context,
            parsed=sentence.parsed,
            before=met,
            two_sides=names_two_sides(sentence, lex),
        )
        out: list[Draft] = []
        tours: tuple[Telling, Looks] | None = None  # built for the first meeting to split only
        for draft in same_sentence_merged(drafts):
            split = self.options.split_meetings and draft.type in MEETINGS
            if split and tours is None:
                tours = _telling(doc, sentence, lex, found, in_sentence), _looks(doc)
            out.extend(meetings(draft, *tours) if split and tours is not None else [draft])
        return out

    def _draft(
        self,
        doc: _Doc,
        sentence: Sentence,
        match: Match,
        lex: Lexicon,
        heads: dict[int, Match],
        in_sentence: list[ActorMention],
        earlier: Earlier,
        obliged: tuple[str, ...] = (),
        occasions: dict[int, frozenset[int]] | None = None,
        *,
        before: Sequence[Draft] = (),
    ) -> Draft | None:
        """`before`: the drafts of the sentence's earlier triggers (whom "both" stands for)."""
        if signs_a_decree(sentence, match, lex):
            return None  # "signed a decree imposing sanctions on X": no support of X (events.decrees)
        if withholds_comment(sentence, match, lex):
            return None  # "declined to comment": nothing turned down (events.withheld)
        if is_authorship(sentence, match, lex):
            return None  # "a text proposed by Spain": no event of the author's (events.background)
        if named_by_past_year(sentence, match, lex, doc.article.anchor):
            return None  # "the 1991 ceasefire": a past text the article recalls (events.background)
        if generic_subject(sentence, match, lex) or state_subject(sentence, match, lex):
            return None  # "Everyone supported him", "un conflit oppose X à Y": nobody did it (events.generic)
        if holds_a_post(sentence, match, lex):
            return None  # "a occupé le poste de directeur": a career, no seizure (events.verbal)
        if compared(sentence, match, lex):
            return None  # "Contrairement à ses précédentes visites": other occasions (events.comparisons)
        if is_tally(sentence, match):
            return None  # "14 votes in favour and Russia abstaining": no vote of Russia's (events.voting)
        occasions = occasions or {}
        nested = is_nested(sentence, match, heads) or completes_trigger_noun(sentence, match, heads)
        scene = scene_of(sentence, match, heads, lex, doc.article.body)
        args = arguments(
            sentence,
            match,
            in_sentence,
            lex,
            nested=nested,
            antecedent=lambda at, latest, feminine: pronoun_person(
                doc, sentence, at, latest=latest, feminine=feminine
            ),
            body=doc.article.body,
        )
        visiting = None if nested else visitor(sentence, match, in_sentence, lex)
        if visiting is not None:  # "intervient après la visite de X à Washington": X visits (events.visitors)
            others = tuple(k for k in args.recipient if k != visiting)
            args = dataclasses.replace(args, actor=(visiting,), recipient=others, source="parse")
        if condemned_act(sentence, match, heads, lex.relatives):  # "أدانت الوزارة الهجوم": not the ministry's
            # "أدان المغرب هجوم البوليساريو على السمارة": the name the noun is construct with did it
            doer = construct_holder(sentence, match, in_sentence, stances_only=False)
            targets = tuple(k for k in args.recipient if k != doer and k not in args.actor)
            args = dataclasses.replace(
                args, actor=(doer,) if doer else (), recipient=targets, source="parse" if doer else "none"
            )
            nested = True
        if scene is not None:  # "Lors de son entretien avec X, Y a appelé...": Y met X (events.scenes)
            args, nested = self._scene_arguments(doc, sentence, scene, lex, in_sentence), False
        else:
            args = self._without_scenes(doc, sentence, match, lex, heads, in_sentence, args)
        if match.head in occasions:  # "the meeting held in May with A and B": nobody hosts, all act
            theirs = _occasion_arguments(sentence, in_sentence, occasions[match.head])
            # naming nobody ("like the first round, held in Doha in January"), it is the act's parties'
            args, nested = (theirs, True) if theirs.actor else (args, nested)
        else:
            args = _without_occasions(sentence, match, in_sentence, args, occasions)
        args = without_venues(sentence, match, args, in_sentence, lex)  # "defendió en el Congreso su apoyo"
        args = without_companions(sentence, match, args, in_sentence, lex)  # "accompanied by his deputy X"
        args = without_origins(sentence, args, in_sentence, lex)  # "Desde La Habana, X acusó al Gobierno"
        if CONVEYS in match.trigger.flags:  # "the tour will take him to Algiers" (events.conveyed)
            args = conveyed(
                sentence,
                match,
                in_sentence,
                lambda at, latest, fem: pronoun_person(doc, sentence, at, latest=latest, feminine=fem),
                lex,
                args.clause,
            )
        if obliged:  # the party a reported obligation binds is the demand's recipient (events.obligation)
            args = dataclasses.replace(args, recipient=tuple(dict.fromkeys(args.recipient + obliged)))
        spoken = spoken_arguments(doc.article.quotes, sentence, match, lex, in_sentence, args, nested=nested)
        if spoken is None:
            return None  # an evaluative word nobody is reported to say: the writer's (events.speech)
        args = spoken
        named = _named_tokens(sentence, in_sentence)  # (worked out once: four rules below read it)
        reaction = bool(before) and reacts_to_told_act(sentence, match, lex, frozenset(heads), named)
        if reaction and not args.recipient:
            # "Spain backed the plan, a decision that Algeria condemned": aimed at who did the act; an
            # event noun restating it is the act first told ("accused Iran of..., a charge that Tehran
            # rejected": Washington's accusation, not the charge's own reading)
            act = next(d for d in before if d.type == before[-1].type)
            done = tuple(k for k in doers(act) if k not in args.actor)
            args = dataclasses.replace(args, recipient=done)
        if QUOTED_FLAG in match.trigger.flags and all(
            same_side((k,), args.actor, doc.context) for k in args.recipient
        ):
            return None  # « Le Maroc doit poursuivre ses efforts », said a Moroccan: a resolve, no demand
        # "Spain's support for the plan": Spain's stance; "Russia's invasion of Ukraine": Russia's act
        own = holder(sentence, match, in_sentence, lex, acts=True)
        if own is not None and same_side(
            own.actor, tuple(k for k in args.actor if k not in own.participants), doc.context
        ):
            # "Attaf reaffirmed Algeria's support for X": the verb's own event, whose recipient is X; the
            # holder is on the actor's side, not a counterpart
            holders = tuple(k for k in own.actor if k not in args.actor)
            recipient = tuple(k for k in args.recipient if k not in holders)
            args = dataclasses.replace(args, actor=args.actor + holders, recipient=recipient)
            own = None
        construct = construct_holder(sentence, match, in_sentence)  # "وجدد عطاف دعم الجزائر": Algeria's
        if construct in args.recipient and same_side((construct,), args.actor, doc.context):
            recipient = tuple(k for k in args.recipient if k != construct)
            args = dataclasses.replace(args, actor=args.actor + (construct,), recipient=recipient)
        own_stance = own  # "a dénoncé le soutien de l'Espagne au Maroc": Spain's stance, not Algiers'
        if own is not None:
            nested = False
            args = dataclasses.replace(
                args,
                actor=own.actor,
                recipient=own.recipient,
                source="parse",
                clause=args.clause | own.clause,
            )
        actor, how = self._actor(args, nested, earlier, doc, sentence, match, lex, before)
        between_args = (sentence, match, in_sentence, lex, doc.article.body)
        sides = between_sides(*between_args)
        if sides:  # "welcomed the ceasefire agreed between Israel and Hezbollah": theirs (events.between)
            actor, how, nested = sides, "parse", False
            args = dataclasses.replace(args, recipient=())
        elif own_stance is None and scene is None and reacted_on(sentence, match, heads):
            # "agradeció a Catar su mediación": not the thanker's act
            actor, how = (), "none"
            if told_before(sentence, match):
                return None  # "ورحب X بالزيارة": the visit the article told before, no event of its own
        elif match.trigger.type in MEETINGS and not actor and (present := attendees(*between_args)):
            # "une réunion s'est tenue en présence du Maroc, de l'Algérie...": nobody hosts, all took part
            actor, how = present, "parse"
            args = dataclasses.replace(args, recipient=tuple(k for k in args.recipient if k not in present))
        # a name near the trigger is no better than its subject ("X announced that the parties agreed")
        guessed = not args.actor or args.source == "proximity"
        if match.trigger.type in MUTUAL and guessed and not nested and args.subject_text:
            # "the parties agreed to a truce": the sides of the article's dispute (events.parties)
            agreed = agreeing_sides(args.subject_text, lex, doc.sides)
            actor, how = (agreed, "parse") if agreed else (actor, how)
        # "Rockets hit Smara": nobody named did it (events.weapons)
        if strike := struck_by_weapon(sentence, match, named, lex):
            actor, how = (), "struck"
            place = clause_place(sentence, strike, match.head, doc.context.places, doc.context.place_name)
            struck = tuple(k for k in self._host(place, actor, doc) if k not in args.recipient)
            args = dataclasses.replace(args, recipient=args.recipient + struck, clause=args.clause | strike)
        if (not args.recipient or only_in_content(sentence, match.head, args.recipient, in_sentence)) and (
            addressee := pronoun_addressee(sentence, match, in_sentence, actor, lex)
        ):
            args = dataclasses.replace(
                args, recipient=(addressee,)
            )  # "met X, urging him to" (events.object_pronouns)
        owner = (
            possessive_owner(sentence, match, lex, _before(doc, sentence), lambda k: _own_side(k, actor, doc))
            if actor and not any(doc.context.actor_kind(k) == "person" for k in args.recipient)
            else None
        )
        if owner is not None and owner not in args.recipient:  # "a salué ses efforts" (events.possessed)
            args = dataclasses.replace(args, recipient=args.recipient + (owner,))
        partner = relative_partner(sentence, match, in_sentence, lex)  # "Bourita, avec qui il a signé"
        if partner and partner not in actor and partner not in args.recipient:
            args = dataclasses.replace(args, recipient=args.recipient + (partner,))
        # "Maduro y la oposición, a quienes instó a...": whom the act addresses (events.relatives)
        addressees = [k for k in relative_addressees(sentence, match, in_sentence, lex) if k not in actor]
        if addressees:
            args = dataclasses.replace(
                args, recipient=tuple(dict.fromkeys(args.recipient + tuple(addressees)))
            )
        sides = addressed_sides(sentence, match, args, lex, doc.sides, doc.states)  # "urged the parties to"
        if sides:
            # the sides are the ones asked: names only inside the asked act are not addressed
            inside = act_names(sentence, match, {m: sentence.token_at(m.start) for m in in_sentence}, lex)
            kept = tuple(k for k in args.recipient if k not in inside or k in sides)
            addressed = kept + tuple(k for k in sides if k not in actor)
            args = dataclasses.replace(args, recipient=tuple(dict.fromkeys(addressed)))
            if "mutual" in match.trigger.flags and not actor:
                # "ووقع طرفا النزاع اتفاقا": the two sides after a verb of what both do are its subject
                actor, how = sides, "parse"
                args = dataclasses.replace(args, recipient=tuple(k for k in args.recipient if k not in sides))
        # "a félicité les deux dirigeants", "Trump received the two ministers": the two persons of the last
        # act that named two (events.pairs); a host's guests are its actor
        if earlier.pair and pair_addressed(sentence, match, lex):
            pair = tuple(k for k in earlier.pair if k not in actor and k not in args.recipient)
            if "host" in match.trigger.flags and not actor:
                actor, how = pair, "parse"
            elif not any(doc.context.actor_kind(k) in ("person", "country") for k in args.recipient):
                args = dataclasses.replace(args, recipient=args.recipient + pair)
        # "a appelé son homologue à...": the other one of the last meeting told (events.counterparts)
        other = counterpart_addressed(
            sentence, match, lex, named, earlier.met, actor, doc.context.actor_country
        )
        if other:
            args = dataclasses.replace(args, recipient=tuple(dict.fromkeys(args.recipient + other)))
        if actor and not args.recipient and (target := antecedent(sentence, match, lex)) is not None:
            # "une visite que le Maroc a dénoncée": what the relative clause is about is its antecedent
            about = arguments(sentence, Match(match.trigger, (target,), target), in_sentence, lex)
            args = dataclasses.replace(
                args, recipient=tuple(k for k in about.actor + about.recipient if k not in actor)
            )
        # "speaking on behalf of X": X is not addressed, and speaks through the actor; others the phrase
        # names ("of the African members of the Council") do not act (events.behalf). The assembly a voted
        # text is addressed to comes back below ("au nom des membres du Conseil, a salué la résolution")
        principals, spoken_of = spoken_for(sentence, lex, in_sentence, doc.article.body)
        if spoken_of & set(args.recipient):
            args = dataclasses.replace(args, recipient=tuple(k for k in args.recipient if k not in spoken_of))
        speakers = tuple(k for k in actor if k not in spoken_of)
        if speakers and spoken_of:
            actor = speakers + tuple(k for k in principals if k not in speakers)
        # "Moscou, par la voix de sa porte-parole X, a critiqué...": X speaks with the subject (events.voices)
        through, voiced = voices(sentence, lex, in_sentence)
        if voiced:
            args = dataclasses.replace(args, recipient=tuple(k for k in args.recipient if k not in voiced))
            actor += tuple(k for k in through if k not in actor)
        # (a text its sides sign together is theirs, no assembly's: "ont signé une déclaration commune")
        voted = voting_body(doc.mentions, sentence) if "mutual" not in match.trigger.flags else None
        if (
            voted is not None
            and voted not in actor
            and voted not in args.recipient
            and (
                "vote" in match.trigger.flags
                or match.trigger.type in REACTIONS
                and about_instrument(
                    sentence,
                    match,
                    args,
                    lex,
                    anywhere=SPOKEN in match.trigger.flags,
                    owners=_named_tokens(sentence, [m for m in in_sentence if m.key not in VOTING_BODIES]),
                )
            )
        ):
            args = dataclasses.replace(args, recipient=args.recipient + (voted,))
        if "vote" in match.trigger.flags and not actor and (voters := cast_by(args.recipient)):
            # "deux abstentions, celles de la Russie et de la Chine": whose votes they are (events.voting)
            actor, how = voters, "parse"
            args = dataclasses.replace(args, recipient=tuple(k for k in args.recipient if k not in voters))
        # "condemned the draft prepared by the United States": the text's author (events.authored); an
        # assembly that adopts the text acts on it, not toward its author
        everyone = within(doc.mentions, sentence.start, sentence.end)
        reacting = bool(actor) and not set(actor) & VOTING_BODIES
        authors = text_authors(sentence, match, args.clause, everyone, lex) if reacting else ()
        if any(k not in actor and k not in args.recipient for k in authors):
            extra = tuple(k for k in authors if k not in actor and k not in args.recipient)
            args = dataclasses.replace(args, recipient=args.recipient + extra)
        committed = commitment(sentence, match, in_sentence, lex) if match.trigger.type in MEETINGS else None
        if committed is not None:  # "the commitment of A, B and C to meet again": theirs (events.commitments)
            actor, how = committed.holders, "parse"
            args = dataclasses.replace(args, recipient=tuple(k for k in args.recipient if k not in actor))
        decided = decision(sentence, match, in_sentence, lex) if committed is None else None
        if decided is not None:  # "welcomed Niamey's decision to end...": Niger's act (events.decided_acts)
            acted_on = args.recipient + decided_names(sentence, decided, in_sentence)
            counterparts = tuple(k for k in dict.fromkeys(acted_on) if k not in decided.holders)
            # (done to no one named, "Sudan's decision to close the border" stays as it was told)
            decided = decided if counterparts else None
        if decided is not None:
            actor, how = decided.holders, "parse"
            args = dataclasses.replace(args, recipient=counterparts)
        elif match.trigger.type in REACTIONS and (
            elsewhere := decided_elsewhere(sentence, match, in_sentence, lex, args.recipient)
        ):  # "...to end its agreements with France": France is the decided act's, not the welcome's
            args = dataclasses.replace(args, recipient=tuple(k for k in args.recipient if k not in elsewhere))
        if not actor and not args.recipient:
            return None
        if "vote" in match.trigger.flags and holds_back_act(sentence, match, heads, lex):
            return None  # "s'est abstenu de critiquer Rabat": a restraint, no abstention in a vote
        aux = aux_of(sentence, match, lex, heads, nested=nested, named=named)
        if committed is not None:  # the commitment was made: the act it names is planned, not supposed
            aux = tuple(a for a in aux if a != "hypothetical") + (() if "future" in aux else ("future",))
        if decided is not None:  # what a decision decides was done, whatever stance is taken on it (a day
            aux = tuple(a for a in aux if a not in ("hypothetical", "future"))  # ahead still makes it future)
        if FORETOLD in match.trigger.flags:  # "X will pay a heavy price": a threat made now (events.threats)
            if not foretold(sentence, match, lex):
                return None
            aux = tuple(a for a in aux if a not in ("hypothetical", "future"))
        kind, mode = match.trigger.type, ((match.trigger.mode,) if match.trigger.mode else ())
        if attacks_words(sentence, match, lex) or kind == "ASSAULT" and attacks_in_words(actor, doc.context):
            # "attacked Spain's position", "the minister attacked Algeria": criticism (events.verbal)
            kind, mode = "ACCUSE", ("disapprove",)
        # the sentence goes back to the occasion told before it ("à cette occasion"), or goes on with the
        # background the sentence before began (both in the past perfect): that sentence's date is its own
        occasion = tells_of_occasion(sentence, lex.occasion_anaphors) or backstory_goes_on(
            doc.sentences, sentence.index, lex.perfect_auxiliaries, lex.then_marks
        )
        previous = (
            doc.sentences[sentence.index - 1]
            if occasion and sentence.index
            else narrative_previous(doc.sentences, sentence.index, doc.article.body, lex.perfect_auxiliaries)
        )

        def dated(
            clause: frozenset[int], head: int, dates: list[Dated], carried: bool = True
        ) -> tuple[EventDate | None, str]:
            return event_date(
                sentence,
                clause,
                head,
                dates,
                previous if carried else None,
                publication_fallback(doc.article.published),
                lex.date_bounds,
                lex.instruments | lex.issued_texts,
                lex.year_words,
                lex.perfect_auxiliaries,
                occasion,
                lex.time_clause_marks,
                lex.attributions,
                lex.scene_participles,
            )

        # (a date the words of a quotation give is the speaker's: events.quoted_dates)
        dates = outside_quoted_clauses(doc.dates, doc.quoted, sentence, match.head)
        if scene is not None and scene.act.trigger.type in MEETINGS:
            # "After talks in Algiers, X travelled to Rabat on Tuesday": Tuesday is the later meeting's
            dates = [
                d for d in dates if not sentence.start <= d.start < sentence.end or _in(sentence, d, scene)
            ]
        date, date_source = dated(args.clause, match.head, dates)
        # "the commitment of A and B to meet again in May", "a promise by A and B to hold talks in May": dated
        # when they committed, not when they plan to meet
        plan = committed.plan if committed is not None else pledged_plan(sentence, match, lex)
        if plan:
            pledged = [d for d in doc.dates if sentence.token_at(d.start) not in plan]
            date, date_source = dated(
                args.clause - plan, committed.noun if committed is not None else match.head, pledged
            )
        if date_source == "previous" and not {"future", "hypothetical"}.intersection(aux):
            # "agreed to hold a summit in March 2026. Russia criticised...": the day of a plan told just
            # before, after the day of writing, dates no act told as done
            if is_upcoming(date, doc.article.anchor, next((d.week for d in doc.dates if d.date is date), "")):
                date, date_source = dated(args.clause, match.head, dates, carried=False)
        if date_source != "clause" and is_description(sentence, match, lex):
            return None  # "the rebels backed by Algiers": who they are (events.background)
        # "since 2020" bounds a state that lasts; it never dates the event (events.dating).
        if date_source in ("published", "none") and not reaction and is_relative(sentence, match, lex):
            date, date_source = None, "background"  # "the envoy, who visited the camps": not the news
        if date_source in ("clause", "sentence", "reference") and is_historical(date, doc.article.anchor):
            aux = aux + ("historical",)
        # "meets Attaf tomorrow", "يلتقي غدا": dated after publication by its own words, not yet held
        # (unless told in the past: "launched on Monday" in a Saturday dispatch is last Monday's)
        upcoming = (
            date_source in ("clause", "sentence")
            and is_upcoming(date, doc.article.anchor, next((d.week for d in doc.dates if d.date is date), ""))
            and not told_in_past(sentence, match)
        )
        if not upcoming and doc.relative and date_source not in ("clause", "sentence"):
            # a text with no publication day: "يلتقي غدا", "doit se rendre demain" still tell a plan
            upcoming = _ahead(sentence, args.clause, match.head, doc.relative, lex) and not told_in_past(
                sentence, match
            )
        if upcoming and "future" not in aux:
            aux = aux + ("future",)
        refused = REFUSED in match.trigger.flags and "negation" in aux and "hypothetical" not in aux
        if refused and negated_outright(sentence, match, lex):
            # "does not recognise the court", "ne reconnaît pas": not recognising it is rejecting it
            kind, mode = "REJECT", ()
            aux = tuple(a for a in aux if a != "negation")
        if kind in MEETINGS and "future" in aux:
            kind, mode = "AGREE", ()  # PLOVER: planned meetings and visits are AGREE
            read = date_source in ("clause", "sentence")
            told = is_past(date, doc.article.anchor) or future_in_past(sentence, match, lex)
            if committed is None and read and told:
                # a plan names no day gone by, and one told in the past is dated when it was told ("said on
                # Tuesday that X would visit Rabat in May": Tuesday)
                plan = plan_words(sentence, match, match.indices[0])
                date, date_source = dated(
                    args.clause - plan,
                    match.head,
                    [d for d in doc.dates if sentence.token_at(d.start) not in plan],
                )
        elif "future" in aux and "negation" not in aux and kind == "SUPPORT" and set(actor) & VOTING_BODIES:
            kind, mode = "AGREE", ()  # "the Council is due to vote on renewing the mandate": a decision ahead
        elif kind in THREATENED and "negation" not in aux and threat_on_condition(sentence, match, lex):
            # "warned it would reimpose sanctions if...": the threat was made (events.threats)
            kind, mode = "THREATEN", ()
            aux = tuple(a for a in aux if a != "hypothetical")
        elif "future" in aux and "negation" not in aux and kind in PROMISED | THREATENED:
            # "will withdraw its observers unless...": a promise with an "unless" is a threat
            promise = kind in PROMISED and not on_condition(sentence, match, lex)
            kind, mode = ("AGREE" if promise else "THREATEN"), ()
        elif kind in OFFERED | THREATENED and "negation" not in aux and offered(sentence, match, lex):
            kind, mode = ("AGREE" if kind in OFFERED else "THREATEN"), ()
        elif kind in OFFERED | THREATENED and not_ruled_out(sentence, match, lex):
            # "no descarta imponer sanciones": held open, as stated readiness is, not merely supposed
            kind, mode = ("AGREE" if kind in OFFERED else "THREATEN"), ()
            aux = tuple(a for a in aux if a not in ("hypothetical", "negation"))
        place = event_place(
            sentence,
            args.clause,
            match.head,
            doc.context.places,
            doc.context.place_name,
            visit=match.trigger.mode == "visit",
            lexicon=lex,
        )
        # "according to a statement from spokesperson X": the source of the account is no recipient
        told_by = sources(sentence, in_sentence, lex, doc.article.body) if actor else frozenset()
        recipient = tuple(k for k in args.recipient if k not in actor and k not in told_by)
        # each side without the other side's state and its bodies ("a reçu X au département d'État")
        recipient, actor = (
            without_own_side(recipient, actor, doc.context),
            without_own_side(actor, recipient, doc.context),
        )
        if goes_home(recipient, actor, doc.context):
            if match.trigger.mode == "visit" or kind == "RETREAT" and match.trigger.weak:
                return None  # "Bourita returned to Rabat", "will fly back to Washington": no one is visited
            if kind in MEETINGS:  # "Lavrov met the (unknown) delegation backed by Russia": not Russia
                recipient = ()
        if kind in STANCES and _only_own_state(recipient, actor, doc):
            # "Colonna a qualifié ces allégations de fausses et affirmé que l'objectif de la France...": a
            # minister's stance is not aimed at the state she serves; its object may name its target
            recipient = ()
        if kind == "SANCTION":  # "recalled its ambassador, X,": its own envoy is no counterpart
            recipient = without_own_agents(recipient, actor, doc.context)
        # "criticised France's position on Western Sahara": the territory is the topic, France is addressed
        recipient = without_topics(sentence, recipient, in_sentence, lex)
        # "condemned the strikes as a violation of Yemen's sovereignty": Yemen is wronged, not accused
        if kind == "ACCUSE":
            recipient = without_wronged(sentence, recipient, in_sentence, lex)
        if kind in NORMS_INVOKED:  # "condemned a decision contrary to UN resolutions": the UN is no target
            acts = [match.head]
            if kind == "REJECT":  # "declined to adopt the resolution": what is declined is the act's object
                acts += [c for c in sentence.children(match.head) if sentence.toks[c].dep == "xcomp"]
            recipient = without_invoked_norms(sentence, recipient, in_sentence, lex, acts)
        if kind in SIGNED:  # "signed the agreement in the presence of Raúl Castro": a witness, no party
            witnesses = only_witnesses(sentence, in_sentence, lex)
            recipient = tuple(k for k in recipient if k not in witnesses)
            actor = tuple(k for k in actor if k not in witnesses) or actor
        if kind == "CONSULT":  # "several leaders took part, among them A, B and C": they all did
            actor, recipient = with_members(actor, recipient, listed_members(sentence, in_sentence, lex))
        if match.trigger.type in MEETINGS:  # "met X to discuss the situation in Mali": Mali took no part
            recipient = without_subject_matter(sentence, recipient, in_sentence, lex)
            actor = without_subject_matter(sentence, actor, in_sentence, lex) or actor
        if leaves_organisation(kind, mode, recipient, doc.context, actor):  # "quit ECOWAS": events.membership
            kind, mode = "SANCTION", ()
        elif "membership" in match.trigger.flags:
            return None  # "quitter" is leaving an organisation, or no event ("a quitté Rabat")
        if "paired" in match.trigger.flags and not recipient and len(actor) < 2:
            return None  # "spoke to reporters": no one met
        if ADDRESSED in match.trigger.flags and (
            sentence.parsed and how != "parse" or not recipient and not warns_of_an_act(sentence, match, lex)
        ):
            return None  # "analysts warn", "warned that it remained fragile": no threat (events.threats)
        mutual = mutual_act(match, kind)
        # its own two sides in the actor: where they met or signed is not a party ("X and Y signed in Z")
        paired = two_sided(kind, actor, doc.context, mutual=mutual)
        if paired:
            places = clause_places(sentence, args.clause, doc.context.places, doc.context.place_name)
            named_there = {loc.id for _, loc in places}
            recipient = tuple(k for k in recipient if k not in named_there)
        # no recipient, or only the territory it is about
        if not paired and all(doc.context.actor_kind(k) == "territory" for k in recipient):
            # Only a place of the trigger's own clause hosts it: not "Alger" in "Rabat a salué la
            # démarche, tandis qu'Alger a dénoncé...".
            if kind in MEETINGS:  # talks held in several places: each one's state hosted (events.tours)
                other_heads = [i for i in heads if i != match.head]
                stops = governed_places(
                    sentence, args.clause, match.head, doc.context.places, doc.context.place_name, other_heads
                )
                hosts = [k for _, stop in stops for k in self._host(stop, actor, doc)]
            else:
                host = clause_place(
                    sentence, args.clause, match.head, doc.context.places, doc.context.place_name
                )
                hosts = list(self._host(host, actor, doc))
            recipient += tuple(k for k in dict.fromkeys(hosts) if k not in recipient)
        # a planned tour: every stop of it hosts; envoys recalled from several capitals ("retiró a sus
        # embajadores en Bamako y Niamey"): every state they served in is a counterpart
        if (
            kind == "AGREE"
            and match.trigger.mode == "visit"
            or kind == "SANCTION"
            and _of_envoys(sentence, match, lex)
        ):
            stops = clause_places(sentence, args.clause, doc.context.places, doc.context.place_name)
            hosts = [k for _, stop in stops for k in self._host(stop, actor, doc)]
            recipient += tuple(k for k in dict.fromkeys(hosts) if k not in recipient)
        # "Turkey is ready to host a meeting between the two leaders": with no guest named, the plan or offer
        # to host is the host's own, one-sided as an organiser's conference is
        hosting_alone = kind == "AGREE" and "host" in match.trigger.flags and not actor and bool(recipient)
        if hosting_alone:  # (found where the actor is looked for: the host is the subject of "host")
            actor, recipient, how = recipient, (), "parse" if sentence.parsed else "proximity"
        reference = own is None and not scene and is_reference(sentence, match, lex)
        # "has repeatedly called for": a stance held, not the day's happening (events.generic)
        habit = date_source != "clause" and habitual(sentence, match, lex)
        main = main_clause(sentence, match, lex)
        score = confidence.score(
            phrase=len(match.indices) > 1,
            weak=match.trigger.weak and committed is None,  # "l'engagement de A à se réunir": a meeting
            arguments=how,
            # a meeting's two sides both in the actor are its dyad (not in a mere reference to it)
            has_recipient=has_target(kind, recipient, doc.context)
            or not reference
            and paired
            # "urged the international community to act": an addressee no actor id names
            or kind in REQUESTS
            and addresses_collective(sentence, match, args, lex),
            main_clause=main,
            aux=aux,
            reference=reference,
            # a conference or summit the sentence announces is its organiser's plan, with many counterparts
            # or none named (not one it refers to: "pour préparer la prochaine table ronde")
            one_sided=mode == ONE_SIDED
            or hosting_alone
            or adopted_by_assembly(match, lex, actor)  # "The Security Council adopted resolution 2756"
            or committed is not None  # "the commitment of A, B and C to meet": all its sides are its actor
            or "alone" in match.trigger.flags
            and kind == match.trigger.type  # not once a plan made it AGREE ("will resign")
            # "Haftar agreed to withdraw the mercenaries", "refused to lift the blockade": the act agreed
            # to or refused, whoever asked for it
            or kind == match.trigger.type
            and kind in ACTS_AGREED_OR_REFUSED
            and commits_to_act(sentence, match, lex)
            or kind == "AGREE"
            and match.trigger.mode == "multilateral"
            and main
            and not asked_for(sentence, match, lex),
            habit=habit,
        )
        body = doc.article.body
        evidence = Evidence(sentence.start, sentence.end, body[sentence.start : sentence.end])
        rule = f"rules:{sentence.language}:{match.trigger.type}:{' '.join(match.trigger.words)}:{how}"
        week = next((d.week for d in doc.dates if d.week and d.date is date), "")
        # "Yerevan rejected the demand": the act its object names, told before (events.reactions)
        object_act = (
            reacted_to(sentence, match, args, lex, named)
            if kind in REACTIONS and actor and not has_target(kind, recipient, doc.context)
            else ()
        )
        return Draft(
            kind, mode, actor, recipient, place, date, date_source, aux, (evidence,), score, rule, how
        ).replace(week=week, about=object_act)

    @staticmethod
    def _scene_arguments(
        doc: _Doc, sentence: Sentence, scene: Scene, lex: Lexicon, in_sentence: list[ActorMention]
    ) -> Arguments:
        """A scene meeting's arguments: the partners its phrase names, met by the actor of the act it
        sets the scene of; the act's clause dates and places it too."""
        # without a parse, the act's actor is not looked for in the scene's phrase ("بعد لقائه مع عطاف،
        # توجه دي ميستورا": de Mistura travelled, and met Attaf before)
        outside = in_sentence if sentence.parsed else _outside(sentence, in_sentence, scene.phrase)
        act = arguments(
            sentence,
            scene.act,
            outside,
            lex,
            antecedent=lambda at, latest, fem: pronoun_person(doc, sentence, at, latest=latest, feminine=fem),
            body=doc.article.body,
        )
        if "host" in scene.act.trigger.flags and act.recipient:  # "..., Y received X": Y met the partners
            act = dataclasses.replace(act, actor=act.recipient, recipient=act.actor)
        inside = [m.key for m in in_sentence if sentence.token_at(m.start) in scene.phrase]
        if any(sentence.toks[i].key in lex.between_marks for i in scene.phrase) and len(set(inside)) > 1:
            # "after talks in Rabat between X and Y": they met, whoever acts in the clause; nobody hosts
            return dataclasses.replace(
                act, actor=tuple(dict.fromkeys(inside)), recipient=(), clause=act.clause | scene.phrase
            )
        partners = tuple(dict.fromkeys(k for k in inside if k not in act.actor))
        # a meeting before another is dated and placed by its own phrase, not by the later one's clause
        clause = scene.phrase if scene.act.trigger.type in MEETINGS else act.clause | scene.phrase
        return dataclasses.replace(act, recipient=partners, clause=clause)

    @staticmethod
    def _without_scenes(
        doc: _Doc,
        sentence: Sentence,
        match: Match,
        lex: Lexicon,
        heads: dict[int, Match],
        in_sentence: list[ActorMention],
        args: Arguments,
    ) -> Arguments:
        """An act with a scene meeting: the meeting's partners are not its counterparts, nor its actors,
        when it has others ("Lors de son entretien avec X, Y a appelé *le Maroc* à...")."""
        phrase = scene_phrases(sentence, match, heads, lex, doc.article.body)
        if not phrase:
            return args
        met = {m.key for m in in_sentence if sentence.token_at(m.start) in phrase}
        if not sentence.parsed and args.actor and set(args.actor) <= met:
            # proximity took the actor from the scene's phrase: look again outside it
            args = arguments(
                sentence, match, _outside(sentence, in_sentence, phrase), lex, body=doc.article.body
            )
        left = tuple(k for k in args.recipient if k not in met)
        args = dataclasses.replace(args, recipient=left) if left else args
        # nor guests of the act ("Following a meeting with X, Y received his counterpart")
        guests = tuple(k for k in args.actor if k not in met)
        return dataclasses.replace(args, actor=guests) if guests else args

    def _actor(
        self,
        args: Arguments,
        nested: bool,
        earlier: Earlier,
        doc: _Doc,
        sentence: Sentence,
        match: Match,
        lex: Lexicon,
        before: Sequence[Draft] = (),
    ) -> tuple[tuple[str, ...], str]:
        guessed = not args.actor or args.source == "proximity"
        if guessed and not nested and (state := self._possessed_government(args, doc, sentence, match, lex)):
            return (state,), "parse"  # "anunció que su Gobierno reanudará": the speaker's state
        if guessed and not nested:  # "said the two countries would coordinate" (events.parties)
            # (with no meeting told, the two of the last agreement: a meeting's two come first below)
            joint = () if earlier.met else earlier.states
            states = subject_states(
                sentence, match, lex, doc.mentions, doc.context, doc.countries, joint=joint
            )
            if states:
                return states, "parse"
        if not nested and before and names_the_pair(sentence, match, lex):
            # "firmó con su homólogo X una declaración en la que ambos condenaron": the two of that act
            pair = pair_told(before, doc.context.actor_kind)
            if pair:
                return pair, "parse"
        if (
            earlier.met
            and not nested
            # "Ambos cancilleres": one of the two, read as a title; a name near a subject that is "the two"
            # does not act ("Los dos gobiernos alcanzaron un acuerdo, según la Cancillería colombiana")
            and (set(args.actor) <= set(earlier.met) or args.source == "proximity")
            and names_the_pair(sentence, match, lex)
        ):
            if any(doc.context.actor_kind(k) not in ("country", "person") for k in earlier.met):
                # "The talks are co-hosted by Saudi Arabia and the United States. ... the two countries
                # urged": two states, not the two armed sides who met
                previous = doc.sentences[sentence.index - 1] if sentence.index else None
                states = subject_states(
                    sentence, match, lex, doc.mentions, doc.context, doc.countries, previous, earlier.states
                )
                if states:
                    return states, "parse"
            return earlier.met, "parse"  # "Les deux ministres ont convenu de...": both who met (events.pairs)
        if guessed and not nested and not earlier.met and names_the_pair(sentence, match, lex):
            # "the two sides agreed to a truce" with no meeting told: the first two states the article names
            # (not a dispute's sides from the data file: "واتفق البلدان" in a report on Saudi Arabia and Iran
            # is no act of the Yemeni war's sides)
            if len(doc.states) >= 2:
                return doc.states[:2], "parse"
        # "Attaf compareció... Acusó a Marruecos y exigió a Madrid": the subject the verbs leave out, not
        # the actor nearest them (events.pairs)
        left_out = (
            bool(earlier.subject) and not args.subject_text and _finite_without_subject(sentence, match)
        )
        if left_out and args.source == "proximity":
            return earlier.subject, "previous"
        short = short_name(args.subject_text, doc.mentions, doc.article.body)
        if short is not None and args.source == "proximity":
            # "El Consejo reiteró su apoyo a X y pidió a Y...": the parsed subject, named short, acts, not X
            return (short,), "parse"
        if args.actor:
            return args.actor, args.source
        if args.subject_head and args.subject_head in lex.instruments:  # "Le texte appelle", "ويدعو القرار"
            body = voting_body(doc.mentions, sentence)
            return ((body,), "parse") if body else ((), "none")
        if short is not None:
            return (short,), "parse"
        if nested or args.source == "modifier":  # a noun's or a participle's actor is not the sentence's
            return (), "none"
        if left_out:
            return earlier.subject, "previous"
        # a description the linker could not tell ("la junte" with two juntas named) is not the last actor
        unresolved = described(args.subject_text, lex.language)
        # "Une réunion des chefs d'état-major se tient à Abuja": they met, not the last actor (events.holding)
        named = _named_tokens(sentence, within(doc.mentions, sentence.start, sentence.end))
        if match.trigger.type in MEETINGS and held_by_unnamed(sentence, match.head, lex.held_verbs, named):
            return (), "none"
        # "El ministro Gil": a titled name the linker did not know is someone else (events.named_subjects)
        unresolved = unresolved or names_unknown_person(sentence, match, named)
        if _happening_as_subject(sentence, match):
            return (), "none"
        carried = earlier.actor
        if carried and not set(carried) & set(args.recipient) and not unresolved:
            if not _hosts_someone_else(sentence, match):
                return carried, "previous"
        # "La Cumbre Iberoamericana reunió...": an occasion's name is nobody acting (actors.occasion_names)
        if names_occasion(args.subject_text, lex.language):
            return (), "none"
        if self.options.unlinked_actors and args.subject_text and not args.recipient:
            return (args.subject_text,), "unlinked"
        return (), "none"

    @staticmethod
    def _possessed_government(
        args: Arguments, doc: _Doc, sentence: Sentence, match: Match, lex: Lexicon
    ) -> str | None:
        """The state of the person a possessive subject stands for ("Maduro anunció que su Gobierno
        reanudará...", "said his government would"), or that person when the article does not name the
        state; not the state named last before it."""
        if args.subject_head not in lex.own_governments or not sentence.parsed:
            return None
        verb = predicate(sentence, match.head)
        subjects = [c for c in sentence.children(verb) if sentence.toks[c].dep.startswith("nsubj")]
        owned = any(
            sentence.toks[d].key in lex.person_possessives for c in subjects for d in sentence.children(c)
        )
        at = sentence.toks[min(subjects)].start if subjects else sentence.end
        # the person named last before it in the sentence, who says it ("X anunció que su Gobierno")
        persons = [m.key for m in within(doc.mentions, sentence.start, at) if m.kind == "person"]
        person = persons[-1] if persons else None
        if not owned or person is None:
            return None
        # the state when the article names it (an actor must be one the article names), else the person
        return state_of(person, doc.context, doc.countries) or person

    @staticmethod
    def _host(place: Location | None, actor: tuple[str, ...], doc: _Doc) -> tuple[str, ...]:
        """With no recipient named (or only the territory it is about), the country of the event's place
        is it ("a rappelé son ambassadeur à Madrid", "visited Rabat"), unless the actor acts for it."""
        if place is None or not place.country:
            return ()
        country = doc.countries.get(place.country) or doc.context.country_actor(place.country)
        mine = {doc.context.actor_country(k) for k in actor}
        return (country,) if country and country not in actor and place.country not in mine else ()


def _of_envoys(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """The trigger's words name envoys ("recalled its ambassadors", lexicon `envoy_words`)."""
    return any(
        sentence.toks[i].key in lex.envoy_words or sentence.toks[i].lemma in lex.envoy_words
        for i in match.indices
    )


def _finite_without_subject(sentence: Sentence, match: Match) -> bool:
    """The trigger is a finite verb with no subject of its own (Spanish "Instó a Venezuela a...")."""
    tok = sentence.toks[match.head]
    if not sentence.parsed or tok.pos != "VERB" or "VerbForm=Fin" not in tok.morph:
        return False
    return not any(sentence.toks[c].dep.startswith(("nsubj", "expl")) for c in sentence.children(match.head))


def _telling(
    doc: _Doc, sentence: Sentence, lex: Lexicon, found: list[Match], in_sentence: list[ActorMention]
) -> Telling:
    """What `events.tours` reads of a sentence to tell its meetings apart."""
    return Telling(
        sentence=sentence,
        body=doc.article.body,
        found=in_sentence,
        # every meeting verb, weak ones too ("Outre ses entretiens avec X, il s'est réuni avec Y"); a
        # noun is more often the scene or a reference ("the first such visit since...")
        meetings=tuple(
            sentence.toks[m.head].start
            for m in found
            if m.trigger.type in MEETINGS and (sentence.toks[m.head].pos == "VERB" or not sentence.parsed)
        ),
        meeting_words=tuple(sentence.toks[m.head].start for m in found if m.trigger.type in MEETINGS),
        sequence=lex.sequence,
        conjunctions=lex.conjunctions,
        partners=lex.partner_prepositions,
        bounds=lex.date_bounds,
        separately=lex.has_cue(lex.separately, [t.key for t in sentence.toks]),
        glued=lex.glued_conjunctions,
        lookalikes=lex.glued_lookalikes,
        additions=lex.additions,
    )


def _looks(doc: _Doc) -> Looks:
    return Looks(
        doc.context.actor_kind,
        doc.context.actor_country,
        doc.dates,
        doc.context.places,
        doc.context.place_name,
        publication_fallback(doc.article.published),
    )


def _ahead(
    sentence: Sentence, clause: frozenset[int], head: int, relative: tuple[Dated, ...], lex: Lexicon
) -> bool:
    """The relative expression that would date the event points after the day of writing. Without a
    parse, not across a complementizer or a clause opener: "عقب لقائها ب X أن البعثة تحضر لعقد ... مطلع
    نوفمبر القادم" dates the plan, not the meeting held before it."""
    near, source = event_date(
        sentence, clause, head, list(relative), None, None, lex.date_bounds, lex.instruments
    )
    dated = next((d for d in relative if d.date is near and d.ahead), None)
    if source not in ("clause", "sentence") or dated is None:
        return False
    if sentence.parsed:
        return True
    at = sentence.token_at(dated.start)
    if at is None:
        return False
    between = sentence.toks[min(at, head) + 1 : max(at, head)]
    return not {t.key for t in between} & (lex.complementizers | lex.clause_openers)


def _named_tokens(sentence: Sentence, found: list[ActorMention]) -> frozenset[int]:
    """The token indices inside the sentence's actor mentions."""
    return frozenset(i for m in found for i in sentence.starting_within(m.start, m.end))


def _names_no_event(
    sentence: Sentence,
    match: Match,
    lex: Lexicon,
    in_sentence: list[ActorMention],
    body: str,
    told: frozenset[str],
) -> bool:
    """A trigger word that names no event of its own: part of a name or a title, a reference back to
    an event told before, part of a compound, an aim, a topic, or a transitive verb with no object."""
    return (
        in_name(sentence, match, in_sentence)
        or in_title(sentence, match, lex, in_sentence, body)
        or (match.trigger.type in told and refers_back(sentence, match, lex))  # "cette réunion": told before
        or in_compound(sentence, match, body)  # "the Iran-backed Houthis"
        or for_purpose(sentence, match, lex, body)  # "سبل تجديد الهدنة"
        or as_topic(sentence, match, lex)  # "the question of the talks", "chargé des négociations"
        or sustained(sentence, match, lex)  # "to consolidate the ceasefire": agreed before (events.sustained)
        or lacks_object(sentence, match, lex)  # "was struck by the conviction" (events.transitive)
        or not_by_trip(sentence, match, lex)  # "will take time": no trip takes anyone (events.conveyed)
        or act_arrives(sentence, match, lex)  # "La decisión británica llega tras...": nobody arrives
        or not not_denial_tokens(sentence, lex).isdisjoint(match.indices)  # "sin embargo": however
    )


PRONOUN_REACH = 2  # sentences back from a pronoun searched for the person it stands for


def _before(doc: _Doc, sentence: Sentence) -> list[ActorMention]:
    """The actor mentions of the sentence and the `PRONOUN_REACH` sentences before it, in order."""
    start = doc.sentences[max(0, sentence.index - PRONOUN_REACH)].start
    return [m for m in doc.mentions if start <= m.start < sentence.end]


def _only_own_state(recipient: tuple[str, ...], actor: tuple[str, ...], doc: _Doc) -> bool:
    """Every recipient is the state that every actor, an official, serves (a person of the government
    sector: not a rebel negotiator, whose nationality is the state he fights; not a pair of whom one is a
    foreign guest, as unparsed Arabic may give the one met beside the one who speaks)."""
    kind, sector = doc.context.actor_kind, doc.context.actor_sector
    officials = bool(actor) and all(kind(k) == "person" and "GOV" in (sector(k) or "") for k in actor)
    return (
        bool(recipient)
        and officials
        and all(
            kind(k) == "country" and all(same_side((k,), (a,), doc.context) for a in actor) for k in recipient
        )
    )


def _own_side(key: str, actor: tuple[str, ...], doc: _Doc) -> bool:
    """The key is one of the actor's or acts for the actor's state."""
    return key in actor or same_side((key,), actor, doc.context)


STATE_KINDS = ("country", "organization", "group")
# stances that measure their target against a norm ("violates UN resolutions", "respect the law"); a supported
# text's owner is what the support is for ("the process enshrined in resolution 2602 of the Council")
NORMS_INVOKED = frozenset({"ACCUSE", "REJECT", "REQUEST"})
# what a ceremony with witnesses is coded as: signing or ratifying (SUPPORT), agreeing (AGREE)
SIGNED = frozenset({"SUPPORT", "AGREE"})


def pronoun_person(
    doc: _Doc, sentence: Sentence, position: int, *, latest: bool, feminine: bool
) -> str | None:
    """Who "il", "he", "él" is: opening its sentence, the person the sentence before has as its subject
    ("Haftar a reçu X à Benghazi. La veille, il s'était entretenu..."); otherwise, among the persons named
    in its sentence before it and in the sentences just before, the one the article has named most so far
    (its protagonist), the nearest sentence's first on a tie. A feminine
    pronoun may stand for a state ("la Russie ... elle s'est abstenue"): when a state or organisation
    named there is more prominent, it is nobody's (left to the clause rules). A demonstrative
    ("celui-ci", "the latter") is the person named last."""
    first = max(0, sentence.index - PRONOUN_REACH)
    spans = [(sentence.start, position)] + [
        (s.start, s.end) for s in reversed(doc.sentences[first : sentence.index])
    ]
    kinds = ("person", *STATE_KINDS) if feminine else ("person",)
    window = [
        [m for m in doc.mentions if m.kind in kinds and start <= m.start and m.end <= end]
        for start, end in spans
    ]
    if latest:
        return next((p[-1].key for named in window if (p := [m for m in named if m.kind == "person"])), None)
    if (ahead := _main_subject_ahead(doc, sentence, position)) is not None:
        return ahead  # "Speaking in Ankara, where he met Erdogan, Zelensky said...": Zelensky
    if not window[0] and (subject := _previous_subject(doc, sentence)) is not None:
        return (
            subject  # "Haftar a reçu X... La veille, il s'était entretenu": whom the last sentence is about
        )
    candidates = list({m.key: m for named in window for m in named}.values())
    counts = {m.key: sum(n.key == m.key and n.start < position for n in doc.mentions) for m in candidates}
    best = max(candidates, key=lambda m: counts[m.key], default=None)
    return best.key if best is not None and best.kind == "person" else None


def _main_subject_ahead(doc: _Doc, sentence: Sentence, position: int) -> str | None:
    """The person the main clause names as its subject after a pronoun of a clause put before it ("After he
    met Macron in Paris, Sánchez flew to Rabat", "Speaking in Ankara, where he met Erdogan, Zelensky
    said"): the one the pronoun stands for, unless the main clause has a pronoun of its own for someone
    ("When he arrived, Bourita received him": the visitor is not Bourita)."""
    pronoun = sentence.token_at(position)
    if not sentence.parsed or pronoun is None or not sentence.toks[pronoun].dep.startswith("nsubj"):
        return None
    root = next((i for i, tok in enumerate(sentence.toks) if tok.head < 0), None)
    if root is None or sentence.toks[pronoun].head == root:
        return None
    subject = next((c for c in sentence.children(root) if sentence.toks[c].dep.startswith("nsubj")), None)
    if subject is None or subject < pronoun or root < subject:
        return None
    if any(sentence.toks[c].pos == "PRON" for c in sentence.children(root) if c > subject):
        return None
    return _person_in(doc, sentence, sentence.subtree(subject))


def _happening_as_subject(sentence: Sentence, match: Match) -> bool:
    """The trigger noun is its own clause's subject ("clashes erupted in Tripoli", "heavy fighting
    shook the capital", "des affrontements ont éclaté"): a happening told for itself, not an act of the
    last actor the text named. Meetings are left out ("la réunion a porté sur..." tells the last one)."""
    tok = sentence.toks[match.head]
    return (
        sentence.parsed
        and match.trigger.type not in MEETINGS
        and tok.pos == "NOUN"
        and tok.dep in ("nsubj", "nsubj:pass", "nsubjpass")
    )


def _previous_subject(doc: _Doc, sentence: Sentence) -> str | None:
    """The person the sentence before names as its main clause's subject, if it is a person."""
    if sentence.index == 0:
        return None
    before = doc.sentences[sentence.index - 1]
    roots = [i for i, tok in enumerate(before.toks) if tok.head < 0] if before.parsed else []
    subject = next(
        (c for root in roots for c in before.children(root) if before.toks[c].dep.startswith("nsubj")), None
    )
    # "« ... », a lancé mardi le président de la Commission": the subject after a quotation
    words = (
        before.subtree(subject)
        if subject is not None
        else next((found for root in roots if (found := inverted_subject(before, root))), set())
    )
    return _person_in(doc, before, words) if words else None


def _person_in(doc: _Doc, sentence: Sentence, words: set[int]) -> str | None:
    """The actor a subject's words name first, if it is a person."""
    named = [
        m for m in within(doc.mentions, sentence.start, sentence.end) if sentence.token_at(m.start) in words
    ]
    return named[0].key if named and named[0].kind == "person" else None


def _occasion_arguments(
    sentence: Sentence, in_sentence: list[ActorMention], extent: frozenset[int]
) -> Arguments:
    """A meeting told as an occasion of its own (events.occasions): those its phrase and holding clause
    name took part; nobody hosts."""
    named = tuple(dict.fromkeys(m.key for m in in_sentence if sentence.token_at(m.start) in extent))
    return Arguments(named, (), "parse", extent)


def _without_occasions(
    sentence: Sentence,
    match: Match,
    in_sentence: list[ActorMention],
    args: Arguments,
    occasions: dict[int, frozenset[int]],
) -> Arguments:
    """Who took part in a meeting told as an occasion of its own in the act's sentence (events.occasions)
    takes no part in the act, unless named outside it too."""
    inside = outside_occasions(match.head, occasions)
    if not inside:
        return args
    there = {m.key for m in in_sentence if sentence.token_at(m.start) in inside}
    elsewhere = {m.key for m in in_sentence if sentence.token_at(m.start) not in inside}
    only = there - elsewhere
    return dataclasses.replace(
        args,
        actor=tuple(k for k in args.actor if k not in only),
        recipient=tuple(k for k in args.recipient if k not in only),
        clause=args.clause - inside,
    )


def _hosts_someone_else(sentence: Sentence, match: Match) -> bool:
    """A host whose guests are a noun phrase the linker did not know ("Diop a reçu une délégation",
    "received a delegation"): they are not the actor of the sentence before; a pronoun ("l'a reçu",
    "received him") may stand for them."""
    if "host" not in match.trigger.flags or not sentence.parsed:
        return False
    verb = predicate(sentence, match.head)
    objects = [
        sentence.toks[c].pos for c in sentence.children(verb) if sentence.toks[c].dep in ("obj", "dobj")
    ]
    # (a day the parser read as an object, "l'a reçu mardi", sits beside the pronoun)
    return "PRON" not in objects and any(pos in ("NOUN", "PROPN") for pos in objects)


def _outside(sentence: Sentence, found: list[ActorMention], phrase: Collection[int]) -> list[ActorMention]:
    """The mentions that stand outside a phrase of the sentence."""
    return [m for m in found if sentence.token_at(m.start) not in phrase]


def _article_states(article: Article) -> dict[str, str]:
    """ISO alpha-3 -> the key of each state the article names as an actor."""
    return {a.country: actor_key(a.id, a.name) for a in article.actors if a.kind == "country" and a.country}


def _in(sentence: Sentence, date: Dated, scene: Scene) -> bool:
    """The date is written in the scene's own phrase."""
    return sentence.token_at(date.start) in scene.phrase
