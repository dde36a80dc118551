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
from dataclasses import dataclass

from diplowatch.actors.descriptions import described
from diplowatch.events import confidence
from diplowatch.events.anaphora import refers_back
from diplowatch.events.arguments import Arguments, arguments, copular, predicate
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
from diplowatch.events.coder import CoderContext
from diplowatch.events.compounds import in_compound
from diplowatch.events.conveyed import CONVEYS, conveyed, not_by_trip
from diplowatch.events.coordination import covered
from diplowatch.events.dating import (
    Dated,
    document_dates,
    event_date,
    in_story,
    is_historical,
    is_upcoming,
    narrative,
    publication_fallback,
    relative_dates,
)
from diplowatch.events.draft import Draft
from diplowatch.events.generic import generic_subject, habitual, state_subject
from diplowatch.events.invitations import answering, invites
from diplowatch.events.lexicon import Lexicon, lexicon
from diplowatch.events.meeting_acts import said_at_meetings, told_by_verb
from diplowatch.events.membership import leaves_organisation
from diplowatch.events.merge import MEETINGS, combine, dates_agree, merge, places_differ
from diplowatch.events.modality import aux_of
from diplowatch.events.nominal import holder
from diplowatch.events.obligation import obligations
from diplowatch.events.offices import in_title
from diplowatch.events.pairs import Earlier, after_sentence, names_the_pair
from diplowatch.events.parties import addressed_sides, agreeing_sides, dispute_sides, named_with_states
from diplowatch.events.places import clause_place, clause_places, event_place, in_scene
from diplowatch.events.portfolios import without_portfolios
from diplowatch.events.purposes import for_purpose
from diplowatch.events.reactions import addressed, reacted_to
from diplowatch.events.relatives import object_relative, relative_partner, relative_pronoun
from diplowatch.events.scenes import Scene, scene_of, scene_phrases
from diplowatch.events.shapes import nominal_shape
from diplowatch.events.speech import SPOKEN, spoken_arguments
from diplowatch.events.titles import title_complements
from diplowatch.events.topics import TOLD_BY_NOUN, as_topic
from diplowatch.events.tours import Looks, Telling, meetings
from diplowatch.events.transitive import lacks_object
from diplowatch.events.triggers import Match, find, keys_of
from diplowatch.events.unpublished import NOT_HAPPENED, dated_by_latest  # not (yet) happened
from diplowatch.events.verbal import attacks_words
from diplowatch.model import UNREAL_AUX, Article, Event, Evidence, Location
from diplowatch.text.langdata import lang_data
from diplowatch.text.mentions import ActorMention, actor_key, mentions, outermost, within
from diplowatch.text.normalise import fold
from diplowatch.text.sentences import Sentence, sentences

UNPARSED_CLAUSE = 4  # tokens: a weak trigger this close to a strong one in an unparsed sentence loses
# PLOVER codes a stated future act by what it commits to: a cooperative act that is promised is
# AGREE, a conflictual one that is announced is THREATEN ("will withdraw", "will boycott").
# Not SUPPORT: the annotated corpora code a declared future support ("Francia apoyará a Marruecos") as
# SUPPORT, though PLOVER's own sentences code "will support" as AGREE.
PROMISED = frozenset({"RETREAT", "AID", "COOPERATE", "CONCEDE"})
THREATENED = frozenset({"SANCTION", "COERCE", "ASSAULT", "PROTEST", "MOBILIZE"})
# A stated readiness ("ready to host talks", "prepared to impose martial law") offers a cooperative
# act (AGREE) or threatens a conflictual one (THREATEN); verbal stances keep their category.
OFFERED = frozenset({"CONSULT", "SUPPORT", "CONCEDE"}) | PROMISED
READINESS_DEPS = ("xcomp", "advcl", "acl", "ccomp")
# Assemblies that vote on texts. A text they adopted acts for them ("Le texte appelle les parties",
# "The resolution calls on", "ويدعو القرار"), and a vote or a reaction to the text is addressed to
# them ("Russia abstained", "Rabat welcomed the resolution", "انتقدت البوليساريو النص").
VOTING_BODIES = frozenset(lang_data("events.yaml")["voting_bodies"])  # data: lang/events.yaml
ONE_SIDED = ("investigate",)  # modes PLOVER codes without a recipient
REACTIONS = frozenset({"SUPPORT", "ACCUSE", "REJECT"})  # categories whose object may be a voted text
REACTED = frozenset({"SUPPORT", "ACCUSE", "REJECT", "REQUEST", "AGREE"})  # stances a reaction may answer
STANCES = frozenset({"SUPPORT", "ACCUSE", "REJECT", "REQUEST"})  # what one says of, or asks of, another
INSTRUMENT_WINDOW = 4  # tokens after an unparsed trigger searched for the text it is about


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


class RuleCoder:
    name = "rules"

    def __init__(self, options: RuleOptions | None = None) -> None:
        self.options = options or RuleOptions()

    def code(self, article: Article, context: CoderContext) -> list[Event]:
        drafts = self.drafts(article, context)
        merged = merge(drafts, context.actor_kind, context.actor_country)
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
        return [d.to_event() for d in sorted(kept, key=lambda d: d.evidence[0].start)]

    def drafts(self, article: Article, context: CoderContext) -> list[Draft]:
        countries = {
            a.country: actor_key(a.id, a.name) for a in article.actors if a.kind == "country" and a.country
        }
        named = resolve_short_names(outermost(mentions(article)), article)
        doc = _Doc(
            article,
            context,
            named,
            document_dates(article),
            sentences(article),
            countries,
            dispute_sides(named_with_states(named, context, countries)),
            tuple(relative_dates(article)),
        )
        out: list[Draft] = []
        earlier = Earlier()
        stories: list[Draft] = []  # the events the text dated near publication (see dating.narrative)
        scene: tuple[Draft | None, int] = (None, 0)  # the last event placed by its own sentence, and where
        inviters: tuple[str, ...] = ()  # who made the last invitation told (events.invitations)
        for sentence in doc.sentences:
            found = self._sentence(doc, sentence, earlier, frozenset(d.type for d in out))
            lex = lexicon(sentence.language)
            found = [answering(d, sentence, lex, inviters, context.actor_kind) for d in found]
            # "Yerevan rejected the demand": addressed to whoever made it (events.reactions)
            found = [addressed(d, out, context.actor_kind, self.options.min_confidence) for d in found]
            inviters = next((d.actor for d in reversed(found) if invites(d, lex)), inviters)
            placed = [d for d in found if d.location is not None and not NOT_HAPPENED & set(d.aux)]
            found = [in_scene(d, scene[0], sentence.index - scene[1]) for d in found]
            scene = (placed[-1], sentence.index) if placed else scene
            found = [in_story(d, stories) if d.date_source == "published" else d for d in found]
            out.extend(found)
            earlier = after_sentence(earlier, found, context.actor_kind)
            stories += [
                d
                for d in found
                if d.date_source in ("clause", "sentence")
                and narrative(d.date, article.anchor)
                and not NOT_HAPPENED & set(d.aux)
            ]
        return out

    def _sentence(
        self, doc: _Doc, sentence: Sentence, earlier: Earlier, told: frozenset[str] = frozenset()
    ) -> list[Draft]:
        """The events of one sentence; `told`: the categories of the events of earlier sentences."""
        lex = lexicon(sentence.language)
        triggers = find(sentence, lex)
        if not triggers and not obligations(sentence, lex, set()):
            return []  # no trigger and no reported obligation: nothing below would find an event
        in_sentence = without_authors(sentence, within(doc.mentions, sentence.start, sentence.end), lex)
        in_sentence = without_scenery(sentence, in_sentence, lex)  # "an Algerian plane": not a participant
        in_sentence = without_portfolios(sentence, in_sentence, lex)  # "Ministerio de ..., Unión Europea y"
        found = [
            asked(sentence, m, lex)
            for m in triggers
            if not _names_no_event(sentence, m, lex, in_sentence, doc.article.body, told)
        ]
        found = [pledged(sentence, m, lex, found) for m in found]
        matches = prune(sentence, found)
        demands = obligations(sentence, lex, {m.head for m in matches})  # "X said Y must...": X's REQUEST
        matches += [d.match for d in demands]
        obliged = {d.match.head: d.obliged for d in demands}
        heads = {m.head: m for m in matches}
        qualifying = title_complements(sentence, in_sentence, lex.postings)
        in_sentence = [m for m in in_sentence if m not in qualifying]
        drafts = []
        said: list[Draft] = []  # drafts told by a verb or a phrase: acts someone did (events.meeting_acts)
        named = covered(sentence, in_sentence)
        for match in sorted(matches, key=lambda m: m.indices[0]):
            bound = obliged.get(match.head, ())
            extra = tuple(m.key for m in in_sentence if sentence.token_at(m.start) in bound) if bound else ()
            draft = self._draft(doc, sentence, match, lex, heads, in_sentence, earlier, extra)
            if draft is not None:
                drafts.append(draft)
                said += [draft] if told_by_verb(sentence, match, lex, named) else []
        # "met X and called for...": said to the one met (events.meeting_acts, issue 9)
        drafts = said_at_meetings(drafts, said, doc.context.actor_kind, parsed=sentence.parsed)
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
    ) -> Draft | None:
        if is_authorship(sentence, match, lex):
            return None  # "a text proposed by Spain": no event of the author's (events.background)
        if named_by_past_year(sentence, match, lex, doc.article.anchor):
            return None  # "the 1991 ceasefire": a past text the article recalls (events.background)
        if generic_subject(sentence, match, lex) or state_subject(sentence, match, lex):
            return None  # "Everyone supported him", "un conflit oppose X à Y": nobody did it (events.generic)
        nested = is_nested(sentence, match, heads)
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
        if condemned_act(sentence, match, heads):  # "أدانت الوزارة الهجوم": not the ministry's attack
            args, nested = dataclasses.replace(args, actor=(), source="none"), True
        if scene is not None:  # "Lors de son entretien avec X, Y a appelé...": Y met X (events.scenes)
            args, nested = self._scene_arguments(doc, sentence, scene, lex, in_sentence), False
        else:
            args = self._without_scenes(doc, sentence, match, lex, heads, in_sentence, args)
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
        own = holder(sentence, match, in_sentence, lex)  # "Spain's support for the plan": Spain's stance
        if own is not None and _same_side(
            own.actor, tuple(k for k in args.actor if k not in own.participants), doc.context
        ):
            # "Attaf reaffirmed Algeria's support for X": the verb's own event, whose recipient is X; the
            # holder is on the actor's side, not a counterpart
            holders = tuple(k for k in own.actor if k not in args.actor)
            recipient = tuple(k for k in args.recipient if k not in holders)
            args = dataclasses.replace(args, actor=args.actor + holders, recipient=recipient)
            own = None
        if own is not None:
            nested = False
            args = dataclasses.replace(
                args,
                actor=own.actor,
                recipient=own.recipient,
                source="parse",
                clause=args.clause | own.clause,
            )
        actor, how = self._actor(args, nested, earlier, doc, sentence, match, lex)
        if match.trigger.type in MUTUAL and not args.actor and not nested and args.subject_text:
            # "the parties agreed to a truce": the sides of the article's dispute (events.parties)
            agreed = agreeing_sides(args.subject_text, lex, doc.sides)
            actor, how = (agreed, "parse") if agreed else (actor, how)
        partner = relative_partner(sentence, match, in_sentence, lex)  # "Bourita, avec qui il a signé"
        if partner and partner not in actor and partner not in args.recipient:
            args = dataclasses.replace(args, recipient=args.recipient + (partner,))
        sides = addressed_sides(sentence, match, args, lex, doc.sides)  # "urged the parties to"
        if sides:
            addressed = args.recipient + tuple(k for k in sides if k not in actor)
            args = dataclasses.replace(args, recipient=tuple(dict.fromkeys(addressed)))
        if actor and not args.recipient and (target := antecedent(sentence, match, lex)) is not None:
            # "une visite que le Maroc a dénoncée": what the relative clause is about is its antecedent
            about = arguments(sentence, Match(match.trigger, (target,), target), in_sentence, lex)
            args = dataclasses.replace(
                args, recipient=tuple(k for k in about.actor + about.recipient if k not in actor)
            )
        voted = voting_body(doc.mentions, sentence)
        if (
            voted is not None
            and voted not in actor
            and voted not in args.recipient
            and (
                "vote" in match.trigger.flags
                or match.trigger.type in REACTIONS
                and about_instrument(sentence, match, args, lex, anywhere=SPOKEN in match.trigger.flags)
            )
        ):
            args = dataclasses.replace(args, recipient=args.recipient + (voted,))
        # "condemned the draft prepared by the United States": the text's author (events.authored); an
        # assembly that adopts the text acts on it, not toward its author
        everyone = within(doc.mentions, sentence.start, sentence.end)
        reacting = bool(actor) and not set(actor) & VOTING_BODIES
        authors = text_authors(sentence, match, args.clause, everyone, lex) if reacting else ()
        if any(k not in actor and k not in args.recipient for k in authors):
            extra = tuple(k for k in authors if k not in actor and k not in args.recipient)
            args = dataclasses.replace(args, recipient=args.recipient + extra)
        if not actor and not args.recipient:
            return None
        aux = aux_of(sentence, match, lex, heads, nested=nested, named=_named_tokens(sentence, in_sentence))
        kind, mode = match.trigger.type, ((match.trigger.mode,) if match.trigger.mode else ())
        if attacks_words(sentence, match, lex):  # "attacked Spain's position": criticism (events.verbal)
            kind, mode = "ACCUSE", ("disapprove",)
        previous = doc.sentences[sentence.index - 1] if sentence.index else None
        date, date_source = event_date(
            sentence,
            args.clause,
            match.head,
            doc.dates,
            previous,
            publication_fallback(doc.article.published),
            lex.date_bounds,
            lex.instruments,
            lex.year_words,
            lex.perfect_auxiliaries,
        )
        if date_source != "clause" and is_description(sentence, match, lex):
            return None  # "the rebels backed by Algiers": who they are (events.background)
        # "since 2020" bounds a state that lasts; it never dates the event (events.dating).
        if date_source in ("published", "none") and is_relative(sentence, match, lex):
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
        if kind in MEETINGS and "future" in aux:
            kind, mode = "AGREE", ()  # PLOVER: planned meetings and visits are AGREE
        elif "future" in aux and "negation" not in aux and kind in PROMISED | THREATENED:
            # "will withdraw its observers unless...": a promise with an "unless" is a threat
            promise = kind in PROMISED and not on_condition(sentence, match, lex)
            kind, mode = ("AGREE" if promise else "THREATEN"), ()
        elif kind in OFFERED | THREATENED and "negation" not in aux and offered(sentence, match, lex):
            kind, mode = ("AGREE" if kind in OFFERED else "THREATEN"), ()
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
            _without_own_side(recipient, actor, doc.context),
            _without_own_side(actor, recipient, doc.context),
        )
        if leaves_organisation(kind, mode, recipient, doc.context, actor):  # "quit ECOWAS": events.membership
            kind, mode = "SANCTION", ()
        elif "membership" in match.trigger.flags:
            return None  # "quitter" is leaving an organisation, or no event ("a quitté Rabat")
        mutual = _mutual(match, kind)
        # its own two sides in the actor: where they met or signed is not a party ("X and Y signed in Z")
        paired = _two_sided(kind, actor, doc.context, mutual=mutual)
        if paired:
            places = clause_places(sentence, args.clause, doc.context.places, doc.context.place_name)
            named_there = {loc.id for _, loc in places}
            recipient = tuple(k for k in recipient if k not in named_there)
        # no recipient, or only the territory it is about
        if not paired and all(doc.context.actor_kind(k) == "territory" for k in recipient):
            # Only a place of the trigger's own clause hosts it: not "Alger" in "Rabat a salué la
            # démarche, tandis qu'Alger a dénoncé...".
            host = clause_place(sentence, args.clause, match.head, doc.context.places, doc.context.place_name)
            recipient += tuple(k for k in self._host(host, actor, doc) if k not in recipient)
        if kind == "AGREE" and match.trigger.mode == "visit":  # a planned tour: every stop of it hosts
            stops = clause_places(sentence, args.clause, doc.context.places, doc.context.place_name)
            hosts = [k for _, stop in stops for k in self._host(stop, actor, doc)]
            recipient += tuple(k for k in dict.fromkeys(hosts) if k not in recipient)
        reference = own is None and not scene and is_reference(sentence, match)
        # "has repeatedly called for": a stance held, not the day's happening (events.generic)
        habit = date_source != "clause" and habitual(sentence, match, lex)
        main = _main_clause(sentence, match, lex)
        score = confidence.score(
            phrase=len(match.indices) > 1,
            weak=match.trigger.weak,
            arguments=how,
            # a meeting's two sides both in the actor are its dyad (not in a mere reference to it)
            has_recipient=_has_target(kind, recipient, doc.context) or not reference and paired,
            main_clause=main,
            aux=aux,
            reference=reference,
            # a conference or summit the sentence announces is its organiser's plan, with many counterparts
            # or none named (not one it refers to: "pour préparer la prochaine table ronde")
            one_sided=mode == ONE_SIDED
            or "alone" in match.trigger.flags
            and kind == match.trigger.type  # not once a plan made it AGREE ("will resign")
            or kind == "AGREE"
            and match.trigger.mode == "multilateral"
            and main
            and not _asked_for(sentence, match, lex),
            habit=habit,
        )
        body = doc.article.body
        evidence = Evidence(sentence.start, sentence.end, body[sentence.start : sentence.end])
        rule = f"rules:{sentence.language}:{match.trigger.type}:{' '.join(match.trigger.words)}:{how}"
        week = next((d.week for d in doc.dates if d.week and d.date is date), "")
        # "Yerevan rejected the demand": the act its object names, told before (events.reactions)
        object_act = (
            reacted_to(sentence, match, args, lex, _named_tokens(sentence, in_sentence))
            if kind in REACTIONS and actor and not _has_target(kind, recipient, doc.context)
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
        act = arguments(
            sentence,
            scene.act,
            in_sentence,
            lex,
            antecedent=lambda at, latest, fem: pronoun_person(doc, sentence, at, latest=latest, feminine=fem),
            body=doc.article.body,
        )
        inside = [m.key for m in in_sentence if sentence.token_at(m.start) in scene.phrase]
        partners = tuple(dict.fromkeys(k for k in inside if k not in act.actor))
        return dataclasses.replace(act, recipient=partners, clause=act.clause | scene.phrase)

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
        """An act with a scene meeting: the meeting's partners are not its counterparts, when it has
        others ("Lors de son entretien avec X, Y a appelé *le Maroc* à...")."""
        phrase = scene_phrases(sentence, match, heads, lex, doc.article.body)
        if not phrase:
            return args
        met = {m.key for m in in_sentence if sentence.token_at(m.start) in phrase}
        left = tuple(k for k in args.recipient if k not in met)
        return dataclasses.replace(args, recipient=left) if left else args

    def _actor(
        self,
        args: Arguments,
        nested: bool,
        earlier: Earlier,
        doc: _Doc,
        sentence: Sentence,
        match: Match,
        lex: Lexicon,
    ) -> tuple[tuple[str, ...], str]:
        if (
            earlier.met
            and not nested
            and set(args.actor) <= set(earlier.met)  # "Ambos cancilleres": one of the two, read as a title
            and names_the_pair(sentence, match, lex)
        ):
            return earlier.met, "parse"  # "Les deux ministres ont convenu de...": both who met (events.pairs)
        if args.actor:
            return args.actor, args.source
        if args.subject_head and args.subject_head in lex.instruments:  # "Le texte appelle", "ويدعو القرار"
            body = voting_body(doc.mentions, sentence)
            return ((body,), "parse") if body else ((), "none")
        short = short_name(args.subject_text, doc.mentions, doc.article.body)
        if short is not None:
            return (short,), "parse"
        if nested or args.source == "modifier":  # a noun's or a participle's actor is not the sentence's
            return (), "none"
        # a description the linker could not tell ("la junte" with two juntas named) is not the last actor
        unresolved = described(args.subject_text, lex.language)
        carried = earlier.actor
        if carried and not set(carried) & set(args.recipient) and not unresolved:
            return carried, "previous"
        if self.options.unlinked_actors and args.subject_text and not args.recipient:
            return (args.subject_text,), "unlinked"
        return (), "none"

    @staticmethod
    def _host(place: Location | None, actor: tuple[str, ...], doc: _Doc) -> tuple[str, ...]:
        """With no recipient named (or only the territory it is about), the country of the event's place
        is it ("a rappelé son ambassadeur à Madrid", "visited Rabat"), unless the actor acts for it."""
        if place is None or not place.country:
            return ()
        country = doc.countries.get(place.country) or doc.context.country_actor(place.country)
        mine = {doc.context.actor_country(k) for k in actor}
        return (country,) if country and country not in actor and place.country not in mine else ()


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
        or lacks_object(sentence, match)  # "was struck by the conviction" (events.transitive)
        or not_by_trip(sentence, match, lex)  # "will take time": no trip takes anyone (events.conveyed)
    )


PRONOUN_REACH = 2  # sentences back from a pronoun searched for the person it stands for


STATE_KINDS = ("country", "organization", "group")


def pronoun_person(
    doc: _Doc, sentence: Sentence, position: int, *, latest: bool, feminine: bool
) -> str | None:
    """Who "il", "he", "él" is: among the persons named in its sentence before it and in the sentences
    just before, the one the article has named most so far (its protagonist: "il s'est réuni avec..."
    after a background sentence about someone else), the nearest sentence's first on a tie. A feminine
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
    candidates = list({m.key: m for named in window for m in named}.values())
    counts = {m.key: sum(n.key == m.key and n.start < position for n in doc.mentions) for m in candidates}
    best = max(candidates, key=lambda m: counts[m.key], default=None)
    return best.key if best is not None and best.kind == "person" else None


def same_sentence_merged(drafts: list[Draft]) -> list[Draft]:
    """Two triggers of one category in one sentence with an actor in common tell one happening
    ("arrived in Rabat on a working visit", "a rencontré ... lors d'un entretien"); meetings with
    several people are split again afterwards (`events.tours`)."""
    out: list[Draft] = []
    for draft in drafts:
        if _restated(draft, drafts):
            continue
        host = next((i for i, kept in enumerate(out) if continues_meeting(kept, draft)), None)
        if host is not None:
            kept = out[host]
            extra = tuple(k for k in draft.actor + draft.recipient if k not in kept.participants())
            out[host] = kept.replace(recipient=kept.recipient + extra)
            continue
        twin = next(
            (
                i
                for i, kept in enumerate(out)
                if same_actor_meets(kept, draft)
                or kept.type == draft.type
                and set(kept.actor) & set(draft.actor)
                and set(kept.aux) == set(draft.aux)
                and dates_agree(kept, draft)
                and not places_differ(kept, draft)
            ),
            None,
        )
        if twin is None:
            out.append(draft)
        else:
            out[twin] = combine(out[twin], draft)
    return out


def _restated(draft: Draft, drafts: list[Draft]) -> bool:
    """An endorsement another draft of the sentence already tells, with no participant of its own: the
    same stance told twice ("welcomed the plan, presented in 2007, as a serious basis"), whose own date or
    place (the plan's "presented in 2007") must not override the one told with its actor. Endorsements
    only: in the other categories a second trigger often brings the one event's date or place."""
    if draft.type != "SUPPORT":
        return False
    position = next(i for i, d in enumerate(drafts) if d is draft)
    return any(
        other.type == draft.type
        and other.actor
        and set(draft.recipient) <= set(other.recipient)
        and (not draft.actor or i < position and set(draft.actor) <= set(other.actor))
        for i, other in enumerate(drafts)
        if other is not draft
    )


def continues_meeting(kept: Draft, draft: Draft) -> bool:
    """A later meeting trigger of the sentence whose actor was only guessed from a name before it that
    the earlier meeting met ("التقى X بوريطة قبل أن يجتمع مع لافروف"): the same actor's next meeting;
    its counterparts join the earlier one's, and `events.tours` tells the meetings apart again."""
    return (
        _meetings_alike(kept, draft)
        and bool(kept.actor)
        and bool(draft.actor)
        and draft.arguments != "parse"
        and set(draft.actor) <= set(kept.recipient)
    )


def same_actor_meets(kept: Draft, draft: Draft) -> bool:
    """Two meeting triggers of one sentence with an actor in common, whatever their days and places
    ("held talks with A on Monday before meeting B on Thursday"): `events.tours` tells the meetings
    apart by the stretch of the sentence each is told in."""
    return _meetings_alike(kept, draft) and bool(set(kept.actor) & set(draft.actor))


def _meetings_alike(kept: Draft, draft: Draft) -> bool:
    """Two meetings of one category told with the same modality (both real, both planned...)."""
    return kept.type == draft.type and kept.type in MEETINGS and set(kept.aux) == set(draft.aux)


def _has_target(kind: str, recipient: tuple[str, ...], context: CoderContext) -> bool:
    """A stance needs someone it is addressed to: a territory alone is what it is about ("su rechazo a
    cualquier solución ... del pueblo saharaui", "viola la legalidad ... en el Sáhara"), not a target."""
    if kind not in STANCES:
        return bool(recipient)
    return any(context.actor_kind(k) != "territory" for k in recipient)


def _two_sided(kind: str, actor: tuple[str, ...], context: CoderContext, *, mutual: bool = False) -> bool:
    """A meeting or an agreement whose actors are two sides or more ("Lula y Petro conversaron", "the
    government and the rebels met", "el Gobierno y el ELN firmaron un cese al fuego"): PLOVER puts
    every participant in the actor when nobody hosts or when the act is mutual, so it has its two
    sides without a recipient. A side is an armed or political group, or the state an actor belongs
    to; in an agreement a body of states is a party of its own ("the AES and ECOWAS adopted the
    conclusions"); in a meeting an international body or a person of none (a UN envoy) is no side.
    `mutual`: the act is one the sides do together (`_mutual`)."""
    if kind not in MEETINGS and not mutual:
        return False
    sides = {_side(k, mutual, context) for k in actor}
    return len(sides - {None}) >= 2


MUTUAL = frozenset({"AGREE"})  # acts PLOVER codes with every party in the actor when they are mutual


def _mutual(match: Match, kind: str) -> bool:
    """The act is one its sides do together: an agreement (not a planned meeting coded AGREE), or a
    trigger flagged `mutual` that kept its own category ("Colombia and Venezuela signed a trade
    deal": the signing's parties are each other's counterparts)."""
    if match.trigger.type in MUTUAL:
        return kind in MUTUAL
    return "mutual" in match.trigger.flags and kind == match.trigger.type


def _side(key: str, bodies: bool, context: CoderContext) -> str | None:
    kind = context.actor_kind(key)
    if kind == "group" or bodies and kind == "organization" and context.actor_country(key) is None:
        return key
    country = context.actor_country(key)
    # an opposition party or a rebel movement (and its people) faces its own state's government:
    # "the government and the Unitary Platform signed" has two sides
    camp = NON_STATE_SECTORS.intersection((context.actor_sector(key) or "").split())
    return f"{country} {min(camp)}" if country and camp else country


NON_STATE_SECTORS = frozenset({"PTY", "REB"})  # PLOVER sectors of a country's non-state camps


def _without_own_side(
    recipient: tuple[str, ...], actor: tuple[str, ...], context: CoderContext
) -> tuple[str, ...]:
    """`recipient` without the state a person of `actor` serves, and its government bodies, when
    someone else is the counterpart: "Blinken stressed the United States' commitment to de Mistura's
    efforts", "met X at the State Department" (a US minister's counterpart is not the US)."""
    own = {context.actor_country(k) for k in actor if context.actor_kind(k) == "person"} - {None}
    if not own or not recipient:
        return recipient

    def on_own_side(key: str) -> bool:
        kind = context.actor_kind(key)
        governing = kind == "country" or kind == "organization" and "GOV" in (context.actor_sector(key) or "")
        return governing and context.actor_country(key) in own

    others = tuple(k for k in recipient if not on_own_side(k))
    return others if others else recipient


def _same_side(holders: tuple[str, ...], actors: tuple[str, ...], context: CoderContext) -> bool:
    """The noun's holder is the verb's actor or the state that actor acts for."""
    sides = {context.actor_country(k) or k for k in actors}
    return any((context.actor_country(k) or k) in sides for k in holders)


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
    return tok.head if relative_object else None


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


def asked(sentence: Sentence, match: Match, lex: Lexicon) -> Match:
    """An "ask" trigger followed by an infinitive is a (strong) REQUEST: "encouraged the parties to
    resume talks" asks for an act, "encouraged the efforts" supports them. An invitation to take
    part ("invited to attend the round table") stays an invitation (AGREE)."""
    if "ask" not in match.trigger.flags:
        return match
    verb = asks_to(sentence, match, lex)
    taking_part = verb is not None and bool(set(keys_of(sentence.toks[verb])) & lex.participation)
    if verb is None or match.trigger.type == "AGREE" and taking_part:
        return match
    trigger = dataclasses.replace(
        match.trigger, type="REQUEST", mode="", flags=match.trigger.flags - {"weak", "ask"}
    )
    return dataclasses.replace(match, trigger=trigger)


def pledged(sentence: Sentence, match: Match, lex: Lexicon, found: list[Match]) -> Match:
    """A weak "pledge" noun followed by an infinitive commits to an act: "reiterated his commitment to
    keep working", "son engagement à poursuivre", "su compromiso de seguir" are a strong AGREE. A
    pledge of support stays the SUPPORT its infinitive says ("l'engagement des Etats-Unis à soutenir"):
    the corpora code a declared support as SUPPORT."""
    if "pledge" not in match.trigger.flags or not match.trigger.weak:
        return match
    verb = _pledged_act(sentence, match, lex)
    if verb is None or any(m.head == verb and m.trigger.type == "SUPPORT" for m in found):
        return match
    strong = dataclasses.replace(match.trigger, flags=match.trigger.flags - {"weak"})
    return dataclasses.replace(match, trigger=strong)


ASK_WINDOW = 12  # tokens after an "ask" trigger searched for its infinitive ("encouraged A, B, C and D to")


PLEDGE_WINDOW = 6  # tokens from a pledge noun to its mark ("the commitment of the United States to")


def _pledged_act(sentence: Sentence, match: Match, lex: Lexicon) -> int | None:
    """The infinitive right after a pledge mark near the noun, with no finite verb between them (not
    "l'engagement de la France au Sahel a permis de réduire"); a pledge verb's infinitive may follow
    it with no mark ("ofrecieron liberar")."""
    toks = sentence.toks
    after = match.indices[-1] + 1
    if toks[match.head].pos == "VERB" and after < len(toks) and "VerbForm=Inf" in toks[after].morph:
        return after
    for i in range(match.indices[-1] + 1, min(len(toks), match.indices[-1] + 1 + PLEDGE_WINDOW)):
        if toks[i].pos in ("VERB", "AUX") or toks[i].text in (".", ";", ":", ","):
            return None
        if toks[i].key in lex.pledge_marks:
            nxt = i + 1
            return nxt if nxt < len(toks) and "VerbForm=Inf" in toks[nxt].morph else None
    return None


def asks_to(sentence: Sentence, match: Match, lex: Lexicon) -> int | None:
    """The infinitive after an infinitive mark (and an optional quote) within a few tokens of the
    trigger, in its sentence part: "encouragé le Maroc et l'Algérie à « travailler »". Read from
    words, not the parse, which often hangs the infinitive on the last object."""
    toks = sentence.toks
    end = min(len(toks), match.indices[-1] + 1 + ASK_WINDOW)
    for i in range(match.indices[-1] + 1, end):
        if toks[i].text in (".", ";", ":"):
            return None
        if toks[i].key in lex.infinitive_marks:
            nxt = next((j for j in range(i + 1, min(i + 3, len(toks))) if toks[j].pos != "PUNCT"), None)
            if nxt is not None and "VerbForm=Inf" in toks[nxt].morph:
                return nxt
    return None


def on_condition(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """A threat's condition follows the trigger ("unless", "à moins que", "a menos que", "ما لم")."""
    return lex.has_cue(lex.threat_conditions, [t.key for t in sentence.toks[match.indices[-1] + 1 :]])


def offered(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """The trigger's verb is governed by a word of readiness ("ready to host", "prêt à accueillir")."""
    if not sentence.parsed or not lex.readiness:
        return False
    tok = sentence.toks[predicate(sentence, match.head)]
    return (
        tok.dep in READINESS_DEPS
        and tok.head >= 0
        and bool(set(keys_of(sentence.toks[tok.head])) & lex.readiness)
    )


def voting_body(found: tuple[ActorMention, ...], sentence: Sentence) -> str | None:
    """The assembly of the article nearest the sentence: named in it, else the last one named before
    it, else the first one named after it."""
    bodies = [m for m in found if m.key in VOTING_BODIES]
    inside = [m for m in bodies if sentence.start <= m.start < sentence.end]
    before = [m for m in bodies if m.start < sentence.start]
    pick = inside[0] if inside else before[-1] if before else bodies[0] if bodies else None
    return pick.key if pick else None


def about_instrument(
    sentence: Sentence, match: Match, args: Arguments, lex: Lexicon, *, anywhere: bool = False
) -> bool:
    """The trigger's object is a voted text ("welcomed the resolution", "a déploré le texte",
    "رحبت الرباط بتبني القرار"): a text word after the trigger, in its clause (within a few tokens
    without a parse); `anywhere` in its clause for an evaluative word ("the resolution is biased")."""
    last = match.indices[-1]
    if sentence.parsed:
        span = [i for i in sorted(args.clause) if i > last or anywhere]
    else:
        span = list(range(last + 1, min(len(sentence.toks), last + 1 + INSTRUMENT_WINDOW)))
    return any(set(keys_of(sentence.toks[i])) & lex.instruments for i in span)


SHORT_NAME_MIN = 4  # letters: "Conseil" may stand for "Conseil de sécurité", "UN" may not stand for anything


def short_name(subject: str, found: tuple[ActorMention, ...], body: str) -> str | None:
    """An unlinked subject whose last word opens the name of an organisation the article mentions
    ("les membres du Conseil" after "le Conseil de sécurité") is that organisation."""
    words = subject.split()
    if not words or len(words[-1]) < SHORT_NAME_MIN or not words[-1][:1].isupper():
        return None
    last = fold(words[-1])
    named = {
        m.key for m in found if m.kind == "organization" and last == _first_name_word(body[m.start : m.end])
    }
    return named.pop() if len(named) == 1 else None


def resolve_short_names(found: tuple[ActorMention, ...], article: Article) -> tuple[ActorMention, ...]:
    """A one-word actor the KB does not know ("Conseil") that opens the name of exactly one known
    organisation of the article ("Conseil de sécurité") is that organisation."""
    unknown = {a.name for a in article.actors if a.id is None and len(a.name.split()) == 1}
    if not unknown:
        return found
    known = [m for m in found if m.kind == "organization" and m.key not in unknown]
    out = []
    for m in found:
        short = short_name(m.key, tuple(known), article.body) if m.key in unknown else None
        out.append(dataclasses.replace(m, key=short, kind="organization") if short else m)
    return tuple(out)


def _first_name_word(text: str) -> str:
    """ "le Conseil de sécurité" -> "conseil": the first capitalised word of a name."""
    return next((fold(w) for w in text.replace("’", " ").replace("'", " ").split() if w[:1].isupper()), "")


def prune(sentence: Sentence, matches: list[Match]) -> list[Match]:
    """Drop a weak trigger that shares its clause with a strong one, and a trigger's own repeat. A
    trigger that stops an act ("prevented the demonstration", "a bloqué les négociations") is
    the event, and the act it stops, its object, is none. A reaction ("celebró el llamamiento de X",
    flag "reacts") to a stance its object names is an event of its own, beside that stance."""
    stoppers = [m for m in matches if "blocks" in m.trigger.flags]
    pairs = [(b, a) for b in stoppers for a in matches if _stops(sentence, b, a)]
    stopped = {a.head for _, a in pairs}
    chosen = {b.head for b, _ in pairs} - stopped
    matches = [m for m in matches if m.head not in stopped]
    chosen |= {
        r.head
        for r in matches
        if "reacts" in r.trigger.flags
        and any(a.trigger.type in REACTED and _stops(sentence, r, a) for a in matches)
    }
    strong = [m for m in matches if not m.trigger.weak or m.head in chosen]
    kept = [
        m
        for m in matches
        if m.head in chosen
        or not (
            m.trigger.weak
            and any(_same_clause(sentence, m, s) and not _about(sentence, m, s) for s in strong)
        )
    ]
    heads = {m.head: m for m in kept}
    return [m for m in kept if not _inner_repeat(sentence, m, heads)]


STANCE_WORDS = ("NOUN", "ADJ")  # "satisfaction", "satisfait": their complement is what they are about
STANCE_REACH = 2  # dependency steps from an event noun up to the stance word it completes ("with" + noun)


def _about(sentence: Sentence, stance: Match, event: Match) -> bool:
    """A weak stance word whose own complement is the stronger event noun ("satisfaction après la
    visite", "satisfaction with the talks", "concern over the attacks"): the noun is what the stance is
    about, and the stance is an event of its own."""
    if stance.trigger.type not in REACTED - {"AGREE"} or not sentence.parsed:
        return False
    if sentence.toks[stance.head].pos not in STANCE_WORDS:
        return False  # a verb's object may be what it does ("celebró una reunión": held, not welcomed)
    at = event.head
    for _ in range(STANCE_REACH):
        tok = sentence.toks[at]
        if tok.head < 0 or tok.dep.startswith(("nsubj", "csubj")):
            return False  # "el encuentro se celebró": the meeting is what was held, not what is welcomed
        at = tok.head
        if at == stance.head:
            return True
    return False


STOPPED_WINDOW = 2  # unparsed: tokens after a stopping trigger in which the act it stops begins


def _stops(sentence: Sentence, stopper: Match, act: Match) -> bool:
    """The act is the object of the stopping (or reacting) trigger ("prevented *the demonstration*")."""
    if act is stopper:
        return False
    if not sentence.parsed:
        return 0 < act.indices[0] - stopper.indices[-1] <= STOPPED_WINDOW
    tok = sentence.toks[act.head]
    return tok.head == stopper.head and tok.dep in ("obj", "dobj")


def _same_clause(sentence: Sentence, a: Match, b: Match) -> bool:
    if not sentence.parsed:
        return abs(a.head - b.head) <= UNPARSED_CLAUSE
    pa, pb = predicate(sentence, a.head), predicate(sentence, b.head)
    if pa != pb and (_own_subject(sentence, pa) and _own_subject(sentence, pb)):
        return False  # "Rabat saludó la decisión, aunque Argel la condenó": two actors, two events
    return pa == pb or sentence.toks[b.head].head == a.head or sentence.toks[a.head].head == b.head


def _own_subject(sentence: Sentence, verb: int) -> bool:
    return any(
        sentence.toks[c].dep.startswith("nsubj") and sentence.toks[c].pos != "PRON"
        for c in sentence.children(verb)
    )


def is_nested(sentence: Sentence, match: Match, heads: dict[int, Match]) -> bool:
    """A trigger noun whose predicate is another trigger ("condemned the attack")."""
    if not sentence.parsed:
        return False
    verb = predicate(sentence, match.head)
    return verb != match.head and verb in heads and heads[verb] is not match


MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"})
CONDEMNING = frozenset({"ACCUSE", "REJECT"})
CONDEMNED_GAP = 6  # tokens from a condemning verb to the act it condemns ("أدانت وزارة الخارجية بشدة الهجوم")


def condemned_act(sentence: Sentence, match: Match, heads: dict[int, Match]) -> bool:
    """Without a parse: a material act told by its noun right after a verb of condemnation ("أدانت
    الجزائر بشدة الهجوم الذي استهدف"): whoever condemns it did not do it; the parse tells this by
    nesting (`is_nested`)."""
    if sentence.parsed or match.trigger.type not in MATERIAL_CONFLICT:
        return False
    first = match.indices[0]
    if not nominal_shape(match.trigger.words[0], sentence.toks[first].text):
        return False
    before = [m for m in heads.values() if m is not match and m.indices[-1] < first]
    last = max(before, key=lambda m: m.indices[-1], default=None)  # no other act between them
    return last is not None and last.trigger.type in CONDEMNING and first - last.indices[-1] <= CONDEMNED_GAP


def _inner_repeat(sentence: Sentence, match: Match, heads: dict[int, Match]) -> bool:
    """ "visited Rabat for talks": the noun repeats its verb's event."""
    if not is_nested(sentence, match, heads):
        return False
    return heads[predicate(sentence, match.head)].trigger.type == match.trigger.type


REFERENCE_DEPS = ("nsubj", "obl", "nmod", "pobj", "appos")


def is_reference(sentence: Sentence, match: Match) -> bool:
    """A single trigger noun that is the subject of its clause ("La visite de X s'inscrit dans...",
    "This visit prompted...") or sits in a prepositional phrase ("à la veille de la réunion", "in the
    framework of the agreement") refers to an event the article tells elsewhere, or sets the scene:
    it is not the event the clause reports. Material conflict is the exception: it is mostly told by
    its noun ("des explosions ont touché la ville", "the attack killed three")."""
    tok = sentence.toks[match.head]
    return (
        sentence.parsed
        and len(match.indices) == 1
        and tok.pos == "NOUN"
        and tok.dep.startswith(REFERENCE_DEPS)
        and match.trigger.type not in TOLD_BY_NOUN
        and not copular(sentence, match.head)  # "la Russie s'est abstenue": a clause's own predicate
    )


def _asked_for(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
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


def _main_clause(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """The trigger's predicate is the sentence's root, a verb coordinated with it, or the complement
    of a reporting root or of a reporting verb coordinated with it ("X did Y, officials said", "a salué
    ... et annoncé que l'ONU organisera"). A plan verb's infinitive stands for it ("is preparing to
    hold", "se prépare à organiser")."""
    if not sentence.parsed:
        return True
    tok = sentence.toks[predicate(sentence, match.head)]
    while (
        tok.dep.startswith(("xcomp", "advcl", "acl"))
        and set(keys_of(sentence.toks[tok.head])) & lex.future_heads
    ):
        # "the commitment of A and B to meet": the plan noun's own predicate
        above = tok.head if sentence.toks[tok.head].pos in ("VERB", "AUX") else predicate(sentence, tok.head)
        if above == tok.head and sentence.toks[above].pos not in ("VERB", "AUX"):
            break
        tok = sentence.toks[above]
    if tok.head < 0:
        return True
    parent = sentence.toks[tok.head]
    if tok.dep == "conj":
        return parent.head < 0
    said = tok.dep in ("ccomp", "parataxis") and bool({parent.lemma, parent.key} & lex.reporting)
    return said and (parent.head < 0 or parent.dep == "conj" and sentence.toks[parent.head].head < 0)
