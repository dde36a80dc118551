"""The actor-linking stage: who is mentioned in an article, with every mention's offsets.

Five passes over each segment (in the segment's own language, so an Arabic
tweet inside a French article is read as Arabic):

1. names: KB aliases found by the alias index (people, organisations,
   countries; a capital standing for its government: "Rabat a dénoncé").
   A capital right after a place preposition ("à Rabat", "in Rabat", "في
   الرباط", "بالرباط") is a *place*, not an actor: the rule is deliberately
   that simple, and places go to `Article.places` for the event stage;
2. named entities from the spaCy parse that the KB does not know: persons
   (near-misses go through rapidfuzz first) and organisations whose name holds
   an organisation noun; they become actors with id None;
3. role phrases ("le chef de la diplomatie russe") resolved by apposition to a
   named person, else by country cue and publication date, else to a person
   already named who holds the role; demonyms not used as a role's cue denote
   their country ("la diplomatie marocaine");
4. within-document references: bare surnames, titles + surname, "le diplomate";
5. descriptions that stand for an actor the article names ("le royaume", "la Cancillería", "les
   putschistes"): the one actor they fit, else none (actors.descriptions, lang/descriptions.yaml).

`ActorLinker(kb)` is cheap to call; `ActorLinker.default()` loads the package KB.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from datetime import date
from typing import Any

from diplowatch.actors import coref, demonyms, descriptions, era, roles
from diplowatch.actors.given_names import given_names, named_like_person
from diplowatch.actors.langdata import LangCues, cues
from diplowatch.actors.matcher import AliasIndex, Cue, Hit
from diplowatch.actors.occasion_names import names_occasion
from diplowatch.actors.outlets import datelines, is_outlet
from diplowatch.actors.results import NESTED_ROLE, UNKNOWN, Linking, Work
from diplowatch.actors.shared_demonyms import narrowed, shared_demonyms
from diplowatch.actors.text_names import names_a_text
from diplowatch.kb import KB, Entry, default_kb
from diplowatch.model import Article, DateValue, ParsedSegment, PlaceMention, Segment
from diplowatch.reading.published import LEAD_WEEKDAY_YEAR, WEEKDAY_YEAR, lead_weekday
from diplowatch.text.normalise import (
    ARABIC_ARTICLE,
    ARABIC_PROCLITICS,
    Token,
    alias_keys,
    fold,
    is_arabic,
    is_capitalised,
    tokens,
    variants,
)
from diplowatch.text.parse import parsed_segments

NAMES_ONLY = frozenset({"name"})
NAME_LINKS = frozenset({"alias", "skeleton", "fuzzy"})  # how a mention naming a person in full is linked
HOLDERS_YEAR = "dateline+weekday+holders"  # that year moved into the named office holders' time
ROLES_ONLY = frozenset({"role"})
PERSON_LABELS = frozenset({"PER", "PERSON"})
ORG_LABELS = frozenset({"ORG"})
PLACE_LABELS = frozenset({"LOC", "GPE"})
MAX_NAME_WORDS = 4  # spaCy spans longer than this are run-ons ("Rabat\n\nStaffan de Mistura ...")
APOSTROPHES = frozenset("'’")
ARABIC_AND = "و"  # the conjunction, glued to the word after it
_BREAK = re.compile(r"[;:!?()«»\"\n]")


@dataclasses.dataclass(frozen=True, slots=True)
class _Segment:
    body: str
    segment: Segment
    doc: Any | None  # spaCy Doc of the segment's text, None without a pipeline
    toks: list[Token]
    hits: list[Hit]
    # the recogniser's spans in body offsets (`_entity_spans`), worked out once for every pass that reads them
    entities: tuple[tuple[int, int, str], ...] = ()


class ActorLinker:
    """Stage: Article -> Article with `actors` set. See the module docstring for the passes."""

    name = "actors"
    requires: tuple[str, ...] = ("body", "language", "segments", "parses")
    assigns: tuple[str, ...] = ("actors", "places")

    def __init__(self, kb: KB, *, use_spacy: bool = True) -> None:
        self.kb = kb
        self.index = AliasIndex.for_kb(kb)
        self.use_spacy = (
            use_spacy  # False: KB matching only, even over a parse (Arabic-like behaviour everywhere)
        )
        self._surnames: dict[str, list[tuple[str, ...]]] = {}  # person id -> surname forms, filled on demand
        self._outlet: dict[str, bool] = {}  # entry id -> whether it is a news outlet (filled on demand)

    @functools.cached_property
    def given_names(self) -> frozenset[str]:
        return given_names(self.kb)

    @classmethod
    def default(cls) -> ActorLinker:
        return cls(default_kb())

    def __call__(self, article: Article) -> Article:
        linking = self.link(article)
        published = linking.published or article.published
        return dataclasses.replace(article, actors=linking.actors, places=linking.places, published=published)

    def link(self, article: Article) -> Linking:
        """Actors and places of the article, with how each mention was linked."""
        work = Work(article.body, self.kb)
        parts = [self._prepare(article.body, part.segment, part.doc) for part in self._parsed(article)]
        on = article.anchor
        spans = datelines(article.body)
        home = self._home_state(parts, spans[:1])
        for start, end in spans:
            self._dateline_places(work, parts, start, end)
            work.block(start, end)
        for part in parts:
            self._names(work, part, on)
        for part in parts:
            self._entities(work, part)
        stated = article.published is not None and not article.published.approximate
        work.firm_date = on is not None and stated
        published = self._weekday_year(work, article)
        if published is not None:
            on = date.fromisoformat(published.value)
        elif not work.firm_date:
            on = self._era(work, on) or on
        for part in parts:
            self._roles(work, part, on)
        for part in parts:
            self._coref(work, part, on)
        for part in parts:
            self._descriptions(work, part, on, home)
        return dataclasses.replace(work.result(), published=published)

    def _parsed(self, article: Article) -> tuple[ParsedSegment, ...]:
        parts = parsed_segments(article)
        return parts if self.use_spacy else tuple(ParsedSegment(p.segment) for p in parts)

    def _prepare(self, body: str, segment: Segment, doc: Any | None) -> _Segment:
        toks = tokens(body[segment.start : segment.end], segment.start)
        hits = self.index.find(body, toks, segment.language)
        entities = tuple(_entity_spans(body, segment, doc)) if doc is not None else ()
        return _Segment(body, segment, doc, toks, hits, entities)

    # --- pass 1: names -------------------------------------------------------

    def _dateline_places(self, work: Work, parts: list[_Segment], start: int, end: int) -> None:
        """The places a dateline names ("Djeddah (Arabie saoudite), 21 mai (AFP) -"): where the story
        is told from, a place for its events, never an actor."""
        for part in parts:
            for hit in part.hits:
                if not (start <= hit.start and hit.end <= end) or work.overlaps(hit.start, hit.end):
                    continue
                for ref in (t.ref for t in hit.targets if t.kind == "name"):
                    entry = self.kb.get(ref)
                    if entry is not None and entry.kind == "place":
                        country = self.kb.governed_by(ref)
                        work.add_place(
                            self._place(work, hit, ref, self.kb.iso3(country) if country else None)
                        )
                        break

    def _names(self, work: Work, part: _Segment, on: date | None) -> None:
        for k, hit in enumerate(part.hits):
            names = [t.ref for t in hit.targets if t.kind == "name"]
            if hit.last - hit.first == 1:
                names = [ref for ref in names if self._surname_in_office(ref, on, loose=hit.loose)]
            if names:
                ref = _pick(names, work, self.kb)
                if self._of_another_state(part, k, ref) or self._organ_of_another_body(part, k, ref):
                    continue
                self._name(work, part, hit, ref)
            else:
                descriptions = {t.ref for t in hit.targets if t.kind == "description"}
                if len(descriptions) == 1 and not self._serves_elsewhere(next(iter(descriptions))):
                    work.add(hit.start, hit.end, descriptions.pop(), "description")

    def _name(self, work: Work, part: _Segment, hit: Hit, ref: str) -> None:
        entry = self.kb.get(ref)
        if entry is None or work.overlaps(hit.start, hit.end):
            return
        if self._is_outlet(entry) or is_outlet(work.text(hit)):
            work.block(hit.start, hit.end)
            return
        how = "skeleton" if hit.loose else "alias"
        if hit.loose and entry.kind == "person" and _tagged_place(part, hit.start, hit.end):
            return  # "une frappe près de Saïda": a place the KB does not know, only spelled like "Saïed"
        at_place = _after_place_preposition(part, hit)
        if entry.kind == "place":
            at_place = at_place or _listed_after_place(part, hit, work)
            if names_a_text(part.toks, hit.first, hit.last, part.body, _cues_at(part, hit)):
                work.block(hit.start, hit.end)  # "the Algiers agreement": no actor, no place
                return
            country = self.kb.governed_by(ref)
            # "the Saudi capital, Riyadh", "la ville de Rabat": the city named as such, a place only
            if at_place or country is None or _after_place_noun(part, hit):
                work.add_place(self._place(work, hit, ref, self.kb.iso3(country)))
            else:
                work.add(hit.start, hit.end, country, "metonym")
                if _after_destination_preposition(part, hit):  # "a visit to Riyadh": and where
                    work.add_place(self._place(work, hit, ref, self.kb.iso3(country), destination=True))
            return
        work.add(hit.start, hit.end, ref, how)
        if entry.kind in ("country", "territory") and at_place:  # "en Algérie": an actor and a place
            work.add_place(self._place(work, hit, ref, entry.country))

    def _place(
        self, work: Work, hit: Hit, ref: str, iso3: str | None, *, destination: bool = False
    ) -> PlaceMention:
        entry = self.kb.get(ref)
        state = self.kb.country_id(iso3) if iso3 else None
        return PlaceMention(
            hit.start, hit.end, work.text(hit), ref, iso3, entry.name if entry else None, state, destination
        )

    def _capital(self, work: Work, noun: Token, hit: Hit, country: str) -> None:
        """The place "the <demonym> capital" names: the state's capital city."""
        state = self.kb.get(country)
        if state is None or not state.capital:
            return
        city = self.kb.get(state.capital)
        start, end = min(noun.start, hit.start), max(noun.end, hit.end)
        text = work.body[start:end]
        work.add_place(
            PlaceMention(start, end, text, state.capital, state.country, city.name if city else None, country)
        )

    def _surname_in_office(self, ref: str, on: date | None, *, loose: bool = False) -> bool:
        """A generated person's one-word alias (a surname) links only while the person holds an office:
        "Tinubu" in 2024 is Nigeria's president, "Hamdi" in 2018 is no longer Tunisia's minister. So does
        any office holder's surname matched only by its skeleton, in a dated text: "el Teatro Colón" in
        2016 is not "Colonna", France's minister from 2022 to 2024."""
        entry = self.kb.get(ref)
        if entry is None:
            return True
        skeleton_only = loose and entry.kind == "person" and bool(entry.roles) and on is not None
        if not entry.generated and not skeleton_only:
            return True
        return any(spell.covers(on) if on else spell.end is None for spell in entry.roles)

    def _is_outlet(self, entry: Entry) -> bool:
        if entry.id not in self._outlet:
            self._outlet[entry.id] = entry.kind == "organization" and any(
                is_outlet(a) for _, a in entry.aliases()
            )
        return self._outlet[entry.id]

    def _weekday_year(self, work: Work, article: Article) -> DateValue | None:
        """The publication day of a yearless dateline whose year its weekday chose, moved into the time
        of the office holders the text names in full, when it was outside it (actors.era)."""
        guessed, anchor = article.published, article.anchor
        if guessed is None or guessed.source not in (WEEKDAY_YEAR, LEAD_WEEKDAY_YEAR) or anchor is None:
            return None
        weekdays = {anchor.weekday()}
        if guessed.source == LEAD_WEEKDAY_YEAR:
            # "RABAT, 17 déc. - ... a annoncé vendredi": the dateline's day is that weekday or the next
            lead = lead_weekday(guessed.text, article.body, article.language or "")
            weekdays = weekdays if lead is None else {lead, (lead + 1) % 7}
        moved = era.weekday_year_by_holders(anchor, self._terms(work), date.today(), weekdays)
        return dataclasses.replace(guessed, value=moved.isoformat(), source=HOLDERS_YEAR) if moved else None

    def _terms(self, work: Work) -> list[era.Terms]:
        named = {f.key for f in work.found if f.how in NAME_LINKS}
        people = [era.terms_of(e.roles) for key in named if (e := self.kb.get(key)) and e.kind == "person"]
        return [terms for terms in people if terms]

    def _era(self, work: Work, guess: date | None) -> date | None:
        """A day in the period the office holders named in full share, when the publication day is
        unknown, or was guessed from the text and falls outside it (actors.era)."""
        return era.era_day(self._terms(work), guess)

    # --- pass 2: unknown persons and organisations ------------------------------

    def _entities(self, work: Work, part: _Segment) -> None:
        lang = cues(part.segment.language)
        for first, last in _honorific_names(part.toks, lang, work):
            self._person_span(work, part.toks[first].start, part.toks[last - 1].end)
        if part.doc is None:
            for first, last in _titled_names(part, lang):
                self._person_span(work, part.toks[first].start, part.toks[last - 1].end)
            return
        for start, end, label in part.entities:
            text = part.body[start:end]
            plausible = _plausible_name(text) or (label in ORG_LABELS and _plausible_body_name(text, lang))
            if not plausible or work.overlaps(start, end):
                continue
            if is_outlet(text):
                work.block(start, end)
                continue
            if _common_noun_phrase(text, lang):  # "El Gobierno" (tagged a person or a body): no name
                continue
            if names_occasion(text, part.segment.language):  # "Reunión de Alto Nivel" (tagged a person)
                continue
            if label in PERSON_LABELS:
                # "M. Aoun": the title is no part of the name; a surname alone is left to coref
                first = _after_honorific(part.toks, start, end, lang)
                self._person_span(work, first, _name_end(text, start, lang))
            elif label in ORG_LABELS and named_like_person(text, self.given_names, lang.org_heads):
                self._person_span(work, start, end)  # "Morgan Ortagus", tagged a body (actors.given_names)
            elif (
                label in ORG_LABELS
                and lang.org_heads & {fold(w) for w in text.split()}
                and not (_inside_role(part, start, end) and not self._a_name(part, start, end))
            ):
                work.add(start, end, work.unknown("organization", text), "ner")

    def _a_name(self, part: _Segment, start: int, end: int) -> bool:
        """The characters are one name of the KB, whole ("Frente Polisario" inside "secretario general del
        Frente Polisario"), not a role's words around one ("Commission de la Cedeao")."""
        inner = [t for t in part.toks if start <= t.start and t.end <= end]
        return any(
            hit.start == start and hit.end == end
            for hit in self.index.find(part.body, inner, part.segment.language, NAMES_ONLY)
        )

    def _person_span(self, work: Work, start: int, end: int) -> None:
        text = work.body[start:end]
        known = self.index.fuzzy_person(text)
        if known:
            work.add(start, end, known, "fuzzy")
        elif len(text.split()) >= 2:  # one word is a surname: left to coref, which knows who was named
            work.add(start, end, work.unknown("person", text), "ner")

    # --- pass 3: roles, demonyms, ambiguous descriptions --------------------------

    @functools.cached_property
    def _shared_demonyms(self) -> dict[tuple[str, ...], tuple[str, ...]]:
        return shared_demonyms(self.kb)

    def _one_state_per_demonym(self, work: Work, part: _Segment) -> None:
        """A demonym two states share stands for the one the article names (actors.shared_demonyms)."""
        named = work.keys()
        for k, hit in enumerate(part.hits):
            if hit.cue is None and not any(t.kind == "demonym" for t in hit.targets):
                continue
            words = " ".join(t.text for t in part.toks[hit.first : hit.last])
            cue = hit.cue
            cue_words = " ".join(t.text for t in part.toks[cue.first : cue.last]) if cue else None
            part.hits[k] = narrowed(
                hit,
                alias_keys(words),
                alias_keys(cue_words) if cue_words else None,
                self._shared_demonyms,
                named,
            )

    def _roles(self, work: Work, part: _Segment, on: date | None) -> None:
        lang = cues(part.segment.language)
        if self._shared_demonyms:
            self._one_state_per_demonym(work, part)
        used: set[int] = set()  # hits consumed as a role's country cue
        for k, hit in enumerate(part.hits):
            if any(t.kind == "name" for t in hit.targets):
                continue
            role_keys = [t.ref for t in hit.targets if t.kind == "role"]
            if role_keys and _construct_head(part, hit) and not self._state_named_next(part, k):
                continue  # "رئيس جهة العيون": the head of the region, not "the president"
            if role_keys and not _is_complement(part, k, lang):
                cue, cue_hit = self._country_cue(part, k, lang)
                if cue_hit is not None and not any(t.kind == "name" for t in part.hits[cue_hit].targets):
                    # A demonym cue is part of the description ("chef de la diplomatie russe"); a
                    # country name next to the role ("the US Secretary of State") stays a mention of its own.
                    used.add(cue_hit)
                    self._state_of_role(work, part, role_keys, cue, part.hits[cue_hit])
                    hit = _widen(hit, part.hits[cue_hit])
                elif hit.cue is not None:
                    self._state_of_role(work, part, role_keys, cue, hit.cue)
                linked = self._role(work, part, hit, role_keys, cue, on)
                if not linked and cue is not None and cue_hit is not None and cue_hit in used:
                    # "l'envoyé spécial américain", "el enviado estadounidense": a holder the KB does not
                    # know; the demonym still says which state sent them, as it does with no role
                    cued = part.hits[cue_hit]
                    work.add(cued.start, cued.end, cue, "demonym")
                self._named_inside(work, part, hit)
                self._holders_inside(work, part, hit, on)
                if cue_hit is not None and cue_hit > k:
                    self._listed_holders(work, part, cue_hit, role_keys, lang, on)
        for k, hit in enumerate(part.hits):
            kinds = {t.kind for t in hit.targets}
            if k in used or "name" in kinds or "role" in kinds:
                continue
            if "demonym" in kinds and "description" not in kinds:
                country = next(t.ref for t in hit.targets if t.kind == "demonym")
                lang = cues(part.segment.language)
                first = demonyms.compound_start(part.toks, part.body, hit.first)
                head = part.toks[first - 1] if first > 0 else None
                titled = None
                if head is not None and _is_person_noun(head, lang.nominal_heads | lang.nationality_heads):
                    # "le ministre soudanais X": X is Sudanese and in government
                    titled = work.person_starting_near(hit.end, limit=3, body_gap_ok=_appositive_gap)
                after = part.toks[hit.last] if hit.last < len(part.toks) else None
                if not titled and after is not None and _is_person_noun(after, lang.nominal_heads):
                    # "the Sudanese minister X": the adjective before its noun
                    titled = work.person_starting_near(after.end, limit=3, body_gap_ok=_appositive_gap)
                if titled:
                    work.describe_unknown(titled, self.kb.iso3(country), "GOV")
                if titled and not (head is not None and _is_person_noun(head, lang.nationality_heads)):
                    # the demonym is part of the named person's title ("le ministre algérien Ahmed Attaf"):
                    # the person acts, the state is no mention of its own ("l'émissaire français X": below)
                    work.block(hit.start, hit.end)
                    continue
                if head is not None and _is_person_noun(head, lang.nationality_heads):
                    # "le diplomate sahraoui" is a person, not the territory: the last one named of that
                    # nationality
                    self._national(work, part, hit, self.kb.iso3(country), first)
                    continue
                if after is not None and _is_person_noun(after, lang.nationality_heads):
                    # "the Ghanaian diplomat": the adjective before its noun, the same person
                    person = self._last_of_nationality(work, part, hit, first, self.kb.iso3(country))
                    if person is not None:
                        work.add(hit.start, after.end, person, "nominal")
                    else:
                        work.block(hit.start, hit.end)
                    continue
                if demonyms.is_descriptive(part.toks, first, hit.last, lang, {p.end for p in work.places}):
                    work.block(hit.start, hit.end)  # "l'ancienne colonie espagnole": no state acts
                    capital = demonyms.capital_noun(part.toks, first, hit.last, lang)
                    if capital is not None:  # "arrived in the Eritrean capital": a place, that state's
                        self._capital(work, part.toks[capital], hit, country)
                    continue
                if not self._person_of_nationality(work, part, hit, first, self.kb.iso3(country)):
                    work.add(hit.start, hit.end, country, "demonym")
            elif "description" in kinds and not self._description(work, hit, on):
                self._named_within(work, part, hit)

    def _role(
        self, work: Work, part: _Segment, hit: Hit, role_keys: list[str], cue: str | None, on: date | None
    ) -> bool:
        """Link the role phrase to the person who holds it; whether it did."""
        person = _apposition(work, part, hit)
        how = "apposition"
        if person and _role_sector(self.kb, role_keys) == "GOV":
            # "le ministre soudanais des Affaires étrangères, X": what the title says about X
            work.describe_unknown(person, self.kb.iso3(cue), "GOV")
        if (
            not person
            and cue is None
            and part.toks[hit.first].key in cues(part.segment.language).plural_role_heads
        ):
            return True  # "los jefes de Estado de la Cedeao": several holders, not the one named before
        if cue is None and self._of_unlisted_state(work, part, hit):
            return True  # "le président du Somaliland": its holder is nobody the KB or the text knows
        if not person and _former_title(part, hit):
            return True  # "a former President of Germany": a past holder the day does not give
        for role in role_keys:
            if person:
                break
            if not work.firm_date:  # someone the text names who held the office beats a guessed day's holder
                person, how = self._named_holder(work, role, self.kb.iso3(cue)), "role-named"
                if person:
                    break
            holder = roles.resolve(self.kb, role, country=self.kb.iso3(cue), on=on)
            if holder and self._posted(role) and not self._named(work, holder.person):
                holder = None  # "l'ambassadeur d'Algérie": which of its ambassadors the day does not say
            person, how = (holder.person, "role") if holder else (None, how)
            if person is None:
                person = next(
                    (
                        p
                        for p in reversed(work.persons_before(hit.start))
                        if roles.holds(self.kb, p, role, on, self.kb.iso3(cue))
                    ),
                    None,
                )
                how = "role-coref"
            if person is None and cue is None:
                person, how = self._dossier_holder(work, role, on), "role-dossier"
        if person:
            work.add(hit.start, hit.end, person, how)
        return person is not None

    def _of_unlisted_state(self, work: Work, part: _Segment, hit: Hit) -> bool:
        """The role's of-phrase names a state with no ISO code ("le président | du Somaliland", "the
        president | of Transnistria"): no holder the KB lists, and not the last president named."""
        return _unlisted_state(
            self.kb.get(_of_phrase_key(work, part.toks, hit.last, cues(part.segment.language)))
        )

    def _posted(self, role: str) -> bool:
        definition = self.kb.roles.get(role)
        return definition is not None and definition.posted

    @staticmethod
    def _named(work: Work, person: str) -> bool:
        """The document names `person` (not only by a title)."""
        return any(f.key == person and f.how in NAME_LINKS for f in work.found)

    def _named_holder(self, work: Work, role: str, iso3: str | None) -> str | None:
        """The one person named in full in the document who held `role` (for `iso3`) at any time."""
        named = {f.key for f in work.found if f.how in NAME_LINKS}
        held = [
            key
            for key in named
            if (entry := self.kb.get(key))
            and any(s.role == role and (iso3 is None or s.country == iso3) for s in entry.roles)
        ]
        return held[0] if len(held) == 1 else None

    def _state_of_role(
        self, work: Work, part: _Segment, role_keys: list[str], state: str | None, cue: Hit | Cue
    ) -> None:
        """The state a title's holder acts for is mentioned too: "l'ambassadeur *allemand*", "ministre
        *russe* des Affaires étrangères" (nested in the title: named, never a participant). A UN
        role's country is its mandate ("l'envoyé de l'ONU pour le Yémen"), not whom the holder acts for."""
        definitions = [self.kb.roles.get(role) for role in role_keys]
        if state is None or not any(d is not None and d.needs_country and d.org is None for d in definitions):
            return
        start, end = part.toks[cue.first].start, part.toks[cue.last - 1].end
        work.add_nested(start, end, state, "title-state")

    def _person_of_nationality(
        self, work: Work, part: _Segment, hit: Hit, first: int, iso3: str | None
    ) -> bool:
        """A demonym naming a person (actors.demonyms): right before their name, or used as a noun
        after a singular determiner for the last person named of that nationality. Whether it did."""
        lang = cues(part.segment.language)
        determined = first > 0 and part.toks[first - 1].key in lang.singular_determiners
        start = part.toks[first - 1].start if determined else part.toks[first].start
        named = _name_right_after(work, hit.end)
        if named and (determined or is_arabic(part.toks[hit.last - 1].text)):
            return work.add(start, hit.end, named, "nominal")
        if not determined or not _noun_use(part, hit):
            return False
        words = [t.key for t in part.toks[first : hit.last]]
        for person in reversed(work.persons_before(hit.start)):
            if self._of_nationality(work, person, iso3, words):
                return work.add(start, hit.end, person, "nominal")
        return False

    def _of_nationality(self, work: Work, person: str, iso3: str | None, words: list[str]) -> bool:
        if person.startswith(UNKNOWN):
            return iso3 is not None and work.details.get(person, (None, None))[0] == iso3
        state = iso3 is not None and iso3 in demonyms.nationalities(self.kb, person)
        return state or demonyms.described_as(self.kb, person, words)

    def _national(self, work: Work, part: _Segment, hit: Hit, iso3: str | None, first: int) -> None:
        head = first - 1
        start = (
            head - 1
            if head > 0 and part.toks[head - 1].key in cues(part.segment.language).determiners
            else head
        )
        named = _name_right_after(work, hit.end)
        if named is not None:  # "l'émissaire français Jean-Yves Le Drian": the title of the name after it
            work.add(part.toks[start].start, hit.end, named, "nominal")
            return
        person = self._last_of_nationality(work, part, hit, first, iso3)
        if person is not None:
            work.add(part.toks[start].start, hit.end, person, "nominal")
        else:
            work.block(hit.start, hit.end)

    def _last_of_nationality(
        self, work: Work, part: _Segment, hit: Hit, first: int, iso3: str | None
    ) -> str | None:
        """The last person named before the demonym who is of its nationality."""
        words = [t.key for t in part.toks[first : hit.last]]
        return next(
            (
                p
                for p in reversed(work.persons_before(hit.start))
                if self._of_nationality(work, p, iso3, words)
            ),
            None,
        )

    def _listed_holders(
        self, work: Work, part: _Segment, cue_hit: int, role_keys: list[str], lang: LangCues, on: date | None
    ) -> None:
        """Holders for a list of countries after a role: "les chefs d'État du Burkina Faso, du Mali et du
        Niger" names three presidents; each is mentioned (nested in the country's words)."""
        glue = lang.genitives | lang.determiners | lang.conjunctions
        j = cue_hit
        while j + 1 < len(part.hits) and _listed_next(part, part.hits[j], part.hits[j + 1], glue):
            j += 1
            country = self._country_of(part.hits[j])
            if country is None:
                return
            for role in role_keys:
                holder = roles.resolve(self.kb, role, country=self.kb.iso3(country), on=on)
                if holder:
                    work.add_nested(part.hits[j].start, part.hits[j].end, holder.person, "role-list")
                    break

    def _dossier_holder(self, work: Work, role: str, on: date | None) -> str | None:
        """An organisation's role by country ("the UN envoy") with no cue: the holder for the country
        the document names most, among those that have one ("l'émissaire onusien" in a Yemen story)."""
        definition = self.kb.roles.get(role)
        if definition is None or not definition.needs_country or definition.org is None:
            return None
        counts: dict[str, int] = {}
        for found in work.found:
            entry = self.kb.get(found.key)
            if entry is not None and entry.kind in ("country", "territory") and entry.country:
                counts[entry.country] = counts.get(entry.country, 0) + 1
        for country in sorted(counts, key=lambda c: -counts[c]):
            holder = roles.resolve(self.kb, role, country=country, on=on)
            if holder:
                return holder.person
        return None

    def _named_inside(self, work: Work, part: _Segment, hit: Hit) -> None:
        """Organisations and countries named inside a role phrase are mentioned too:
        "le porte-parole *de l'ONU*", "l'ambassadeur *du Maroc* auprès *des Nations unies*"."""
        inner = part.toks[hit.first : hit.last]
        for sub in self.index.find(part.body, inner, part.segment.language, NAMES_ONLY):
            for target in sub.targets:
                entry = self.kb.get(target.ref)
                if (
                    target.kind == "name"
                    and entry
                    and entry.kind in ("organization", "country", "territory", "group")
                ):
                    work.add_nested(sub.start, sub.end, entry.id, "inside-role")
                    break

    def _holders_inside(self, work: Work, part: _Segment, hit: Hit, on: date | None) -> None:
        """A role named inside another role's phrase is mentioned too: "l'envoyé personnel *du
        secrétaire général de l'ONU*" names the Secretary-General as well as the envoy (a nested
        mention: the envoy is who acts, the events stage keeps the outer one)."""
        inner = part.toks[hit.first + 1 : hit.last]
        outer = {f.key for f in work.found if f.start == hit.start and f.end == hit.end}
        lang = cues(part.segment.language)
        for sub in self.index.find(part.body, inner, part.segment.language, ROLES_ONLY):
            if sub.end == hit.end and _heads_the_title(part, hit.first + 1 + sub.first, lang):
                continue  # "Arab League Secretary-General": the title's own head, not a role named in it
            for target in sub.targets:
                holder = roles.resolve(self.kb, target.ref, country=None, on=on)
                if holder is not None and holder.person not in outer:
                    if not outer:  # a holder the KB does not tell: who acts is still the outer role's
                        text = part.body[hit.start : hit.end]
                        outer = {work.unknown("person", text)}
                        work.add_nested(hit.start, hit.end, next(iter(outer)), "role-unknown")
                    work.add_nested(sub.start, sub.end, holder.person, NESTED_ROLE)
                    break

    def _country_cue(self, part: _Segment, k: int, lang: LangCues) -> tuple[str | None, int | None]:
        """The country a role phrase is about: inside it, right after it, or right before it."""
        hit = part.hits[k]
        if hit.cue is not None:
            return hit.cue.ref, None
        glue = lang.genitives | lang.determiners
        if k + 1 < len(part.hits) and _gap(part, hit.last, part.hits[k + 1].first, glue, 2):
            country = self._country_of(part.hits[k + 1])
            if country:
                return country, k + 1
        if (  # "وزير الخارجية في الحكومة اليمنية", "the foreign minister in the Yemeni government"
            k + 1 < len(part.hits)
            and _gap(part, hit.last, part.hits[k + 1].first, lang.government_links | lang.determiners, 2)
            and any(
                set(alias_keys(t.text)) & lang.government_heads
                for t in part.toks[part.hits[k + 1].first : part.hits[k + 1].last]
            )
            and (country := self._country_of(part.hits[k + 1]))
        ):
            return country, k + 1
        if (
            k > 0
            and _gap(part, part.hits[k - 1].last, hit.first, glue | {"s"}, 1)
            and "," not in part.body[part.hits[k - 1].end : hit.start]  # "au Sahara, le secrétaire général"
        ):
            country = self._country_of(part.hits[k - 1])
            if country:
                return country, k - 1
        return None, None

    def _of_another_state(self, part: _Segment, k: int, ref: str) -> bool:
        """A state's body named by its bare title, then qualified by another state ("el Ministerio de
        Exteriores argelino", "el Ministerio de Asuntos Exteriores de Argelia"): the bare title is one
        state's alias (Spain's ministry in Spanish), the qualifier says whose body it is here. The
        qualifier stays a mention of its own state; the bare title names nobody."""
        entry = self.kb.get(ref)
        if entry is None or entry.kind != "organization" or entry.sector != "GOV" or not entry.country:
            return False
        if k + 1 >= len(part.hits):
            return False
        lang = cues(part.segment.language)
        hit, following = part.hits[k], part.hits[k + 1]
        if not _gap(part, hit.last, following.first, lang.genitives | lang.determiners, 2):
            return False
        if not _WORDS_ONLY.fullmatch(part.body[hit.end : following.start]):  # "the Polisario Front, Algeria"
            return False
        state = self._country_of(following)
        state_entry = self.kb.get(state) if state else None
        return state_entry is not None and state_entry.country not in (None, entry.country)

    def _organ_of_another_body(self, part: _Segment, k: int, ref: str) -> bool:
        """An organ's bare name qualified by another organisation ("the General Assembly of the OAS", "la
        Asamblea General de la OEA"): the bare name is one body's alias (the UN's), the qualifier says whose
        organ it is here, and stays a mention of its own. Not when the first body's own names hold the
        second's ("Security Council of the United Nations": "UN Security Council")."""
        entry = self.kb.get(ref)
        if entry is None or entry.kind != "organization" or k + 1 >= len(part.hits):
            return False
        lang = cues(part.segment.language)
        hit, following = part.hits[k], part.hits[k + 1]
        if not _gap(part, hit.last, following.first, lang.genitives | lang.determiners, 2):
            return False
        between = part.toks[hit.last : following.first]
        if not any(t.key in lang.of_words for t in between):
            return False  # "the OAS General Assembly": two names side by side
        if not _WORDS_ONLY.fullmatch(part.body[hit.end : following.start]):
            return False
        others = [
            other
            for t in following.targets
            if t.kind == "name" and t.ref != ref and (other := self.kb.get(t.ref)) is not None
        ]
        if not others or any(other.kind != "organization" for other in others):
            return False
        own = [alias_keys(alias) for _, alias in entry.aliases()]
        return not any(
            _holds(names, alias_keys(alias))
            for other in others
            for _, alias in other.aliases()
            for names in own
        )

    def _state_named_next(self, part: _Segment, k: int) -> bool:
        """The word right after a role in construct names a state ("ملك المغرب", "أمير قطر", "رئيس
        موريتانيا"): the office of that state, as "the king of Morocco" is; a region or a body there
        ("رئيس جهة العيون", "رئيس البرلمان") is not one."""
        if k + 1 >= len(part.hits) or part.hits[k + 1].first != part.hits[k].last:
            return False
        entries = (self.kb.get(t.ref) for t in part.hits[k + 1].targets if t.kind == "name")
        return any(entry is not None and entry.kind == "country" for entry in entries)

    def _country_of(self, hit: Hit) -> str | None:
        for target in hit.targets:
            entry = self.kb.get(target.ref)
            if entry is None:
                continue
            if target.kind == "demonym" or entry.kind in ("country", "territory"):
                return entry.id
            if entry.kind == "place" and self.kb.governed_by(entry.id):
                return self.kb.governed_by(entry.id)
        return None

    def _serves_elsewhere(self, ref: str) -> str | None:
        """The place (an entry id) the body `ref` serves in, whose naming its descriptions wait for."""
        entry = self.kb.get(ref)
        return entry.serves if entry is not None else None

    def _description(self, work: Work, hit: Hit, on: date | None) -> bool:
        """A description several people share: the one named in the document, else the one in office.
        Whether it found one."""
        known = work.keys()
        # the states named, the places and their states, and the states of the people named (a UN mission
        # in an article on Libyan leaders is the one in Libya)
        states_of_people = {
            self.kb.country_id(e.country) for k in known if (e := self.kb.get(k)) and e.kind == "person"
        }
        places = (
            known
            | {p.id for p in work.places if p.id}
            | {p.country_id for p in work.places if p.country_id}
            | {s for s in states_of_people if s}
        )
        refs = [  # a mission's description only where it or the place it serves in is named (KB `serves`)
            ref
            for ref in dict.fromkeys(t.ref for t in hit.targets if t.kind == "description")
            if (serves := self._serves_elsewhere(ref)) is None or serves in places or ref in known
        ]
        named = [r for r in refs if r in known]
        if len(named) == 1:
            work.add(hit.start, hit.end, named[0], "description")
            return True
        if len(refs) == 1 and self._serves_elsewhere(refs[0]) is not None:  # its place is named
            work.add(hit.start, hit.end, refs[0], "description")
            return True
        serving = (
            [r for r in refs if (e := self.kb.get(r)) and any(s.covers(on) for s in e.roles)] if on else []
        )
        if len(serving) == 1:
            work.add(hit.start, hit.end, serving[0], "description")
            return True
        return False

    def _named_within(self, work: Work, part: _Segment, hit: Hit) -> None:
        """A description that fits no one here still names the body it belongs to: "the UN mission" in
        an article that names no place a UN mission serves in is the UN's."""
        inner = part.toks[hit.first : hit.last]
        for sub in self.index.find(part.body, inner, part.segment.language, NAMES_ONLY):
            entry = next((self.kb.get(t.ref) for t in sub.targets if t.kind == "name"), None)
            if entry is not None and entry.kind in ("organization", "country"):
                work.add(sub.start, sub.end, entry.id, "name")
                return

    # --- pass 4: within-document references --------------------------------------

    def _coref(self, work: Work, part: _Segment, on: date | None) -> None:
        forms = self._surname_forms(work)
        _surnames_over_skeletons(work, part, forms)
        for first, last, person in coref.find_surnames(part.toks, work.covered, forms):
            work.add(part.toks[first].start, part.toks[last - 1].end, person, "surname")
        lang = cues(part.segment.language)
        for i, tok in enumerate(part.toks):
            if (
                work.covered[tok.start]
                or not _is_nominal(part.toks, i, lang)
                or _titles_a_name(part, i, work, lang)
                or _posted_by_possessor(part.toks, i, lang)
            ):
                continue
            earlier = self._of_state(work, part.toks, i, lang, work.persons_before(tok.start))
            kinds = lang.diplomat_roles if set(variants(tok.key)) & lang.diplomat_heads else frozenset()
            target = coref.nominal_target(tok, earlier, self.kb, on, kinds)
            if target:
                start = (
                    part.toks[i - 1].start if i and part.toks[i - 1].key in lang.determiners else tok.start
                )
                work.add(start, tok.end, target, "nominal")

    def _of_state(
        self, work: Work, toks: list[Token], i: int, lang: LangCues, persons: list[str]
    ) -> list[str]:
        """The persons a role noun may stand for, when a demonym right after it names their state ("el
        ministro ruso", "le ministre algérien", "الوزير الروسي") or an of-phrase does ("le représentant
        de la France", "the representative of Sudan", "el representante de Rusia"): those of that state
        only, so that the nearest diplomat of another state is not taken (none: the words name the state).
        An of-phrase names the state the person speaks for: one who speaks for none (a UN envoy) is out."""
        after = toks[i + 1].start if i + 1 < len(toks) else -1
        state = next((f.key for f in work.found if f.start == after and f.how == "demonym"), None)
        accepted: tuple[str | None, ...] = (None,)
        if state is None and (state := _of_phrase_key(work, toks, i + 1, lang)) is not None:
            accepted = ()
        entry = self.kb.get(state) if state else None
        if _unlisted_state(entry):
            return []  # "le président du Somaliland": a state with no ISO code, none of whose people is known
        if entry is None or not entry.country:
            return persons
        return [p for p in persons if self._state_of(work, p) in (*accepted, entry.country)]

    def _state_of(self, work: Work, person: str) -> str | None:
        """The state a person acts for: the KB's, or the one a title gave an unknown person."""
        entry = self.kb.get(person)
        return entry.country if entry is not None else work.details.get(person, (None, None))[0]

    def _surname_forms(self, work: Work) -> dict[tuple[str, ...], str]:
        """Surname key sequences of the persons named so far; a surname two of them share is dropped."""
        owners: dict[tuple[str, ...], set[str]] = {}
        for key in work.keys():
            entry = self.kb.get(key)
            if entry is not None and entry.kind == "person":
                if key not in self._surnames:
                    self._surnames[key] = coref.person_surnames(entry)
                forms = self._surnames[key]
            elif key.startswith("?person:"):
                forms = coref.surname_forms(work.names[key])
            else:
                continue
            for form in forms:
                owners.setdefault(form, set()).add(key)
        return {form: next(iter(keys)) for form, keys in owners.items() if len(keys) == 1}

    # --- pass 5: descriptions of an actor the article names ---------------------------

    def _home_state(self, parts: list[_Segment], spans: list[tuple[int, int]]) -> str | None:
        """The state whose capital opens the article's first dateline ("Alger, le 14 octobre (APS) -"):
        where the story is told from, whose government an unqualified "le gouvernement" is."""
        for start, end in spans:
            for hit in (h for part in parts for h in part.hits if start <= h.start and h.end <= end):
                for ref in (t.ref for t in hit.targets if t.kind == "name"):
                    entry, state = self.kb.get(ref), self.kb.governed_by(ref)
                    governing = self.kb.get(state)
                    if entry is not None and entry.kind == "place" and governing is not None:
                        if governing.capital == entry.name:
                            return state
        return None

    def _descriptions(self, work: Work, part: _Segment, on: date | None, home: str | None = None) -> None:
        """ "le royaume", "la Cancillería", "les putschistes": the one actor of the article they fit
        (actors.descriptions; lang/descriptions.yaml); `home`: the dateline's state."""
        lang = part.segment.language
        determiners = cues(lang).determiners
        for first, end, description in descriptions.find(part.toks, lang, determiners, work.covered):
            near = _states_near(work, part.toks[first].start)
            before = [(f.key, f.text) for f in work.found if f.end <= part.toks[first].start]
            # "el Gobierno de Colombia", "the government of Sudan": whose body it is, the words after say
            owned = _named_right_after(work, part, end)
            actor = descriptions.resolve(
                description, work.keys(), self.kb, lang, on, near, before, None if owned else home
            )
            if actor is not None:
                start = first - 1 if first and part.toks[first - 1].key in determiners else first
                work.add(part.toks[start].start, part.toks[end - 1].end, actor, "description")


SENTENCE_END = re.compile(r"[.!?\n]")
OWNER_REACH = 2  # tokens after a description in which a name says whose it is ("de Colombia", "of Sudan")


def _named_right_after(work: Work, part: _Segment, end: int) -> bool:
    """A linked name begins within a few tokens after the description's last one."""
    if end >= len(part.toks):
        return False
    first, last = part.toks[end].start, part.toks[min(end + OWNER_REACH, len(part.toks) - 1)].start
    return any(first <= f.start <= last for f in work.found)


def _surnames_over_skeletons(work: Work, part: _Segment, forms: dict[tuple[str, ...], str]) -> None:
    """A one-word name linked only by the skeleton of its spelling ("Salam" ~ "Salamé") is the person of
    the document whose surname it is, exactly ("M. Salam" after "Nawaf Salam")."""
    loose = {f.start: f for f in work.found if f.how == "skeleton" and f.start < part.segment.end}
    for tok in part.toks:
        found = loose.get(tok.start)
        if found is None or found.end != tok.end:
            continue
        owner = next((forms[(key,)] for key in variants(tok.key) if (key,) in forms), None)
        if owner is not None and owner != found.key:
            work.relink(found, owner, "surname")


def _name_right_after(work: Work, end: int) -> str | None:
    """The person named in full right after `end`, a space between ("français | Jean-Yves Le Drian")."""
    return next(
        (
            f.key
            for f in work.found
            if end <= f.start <= end + 2
            and f.how in NAME_LINKS | {"ner"}
            and work.is_person(f.key)
            and not work.body[end : f.start].strip()
        ),
        None,
    )


def _holds(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """`part` runs inside `words`, word for word."""
    size = len(part)
    return 0 < size <= len(words) and any(words[i : i + size] == part for i in range(len(words) - size + 1))


def _tagged_place(part: _Segment, start: int, end: int) -> bool:
    """The entity recogniser calls exactly these characters a place."""
    return any((s, e) == (start, end) and label in PLACE_LABELS for s, e, label in part.entities)


def _entity_spans(body: str, segment: Segment, doc: Any) -> list[tuple[int, int, str]]:
    """The entity recogniser's spans in body offsets, with a long name it cut in two made whole again:
    two person spans with nothing but capitalised words between them ("Kacou Houadja | Léon Adom",
    "Kacou | Houadja | Léon Adom") are one person."""
    offset = segment.start
    spans: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        start, end, label = offset + ent.start_char, offset + ent.end_char, ent.label_
        if spans and label in PERSON_LABELS and spans[-1][2] in PERSON_LABELS:
            if _NAME_GAP.fullmatch(body[spans[-1][1] : start]):
                spans[-1] = (spans[-1][0], end, spans[-1][2])
                continue
        spans.append((start, end, label))
    return spans


# Between two pieces of one name: spaces, and capitalised words the recogniser left out
_NAME_GAP = re.compile(r"(?:\s+[A-ZÀ-Ý][\w'’-]*)*\s+")


def _common_noun_phrase(text: str, lang: LangCues) -> bool:
    """An entity that is only a determiner and the noun of a body ("El Gobierno", "Le Conseil", capitalised
    by a sentence's start or a house style): no name of its own; whose body it is, the words after it
    say ("El Gobierno de Estados Unidos")."""
    words = [fold(w) for w in re.findall(r"\w+", text)]
    return bool(words) and all(w in lang.org_heads or w in lang.determiners for w in words)


def _inside_role(part: _Segment, start: int, end: int) -> bool:
    """The characters lie inside a role phrase ("président de la Commission de la Cedeao"): the roles pass
    reads the body it names (`_named_inside`), which is no unknown organisation of its own."""
    return any(
        hit.start <= start and end <= hit.end and any(t.kind == "role" for t in hit.targets)
        for hit in part.hits
    )


def _states_near(work: Work, at: int) -> frozenset[str]:
    """The states (ISO codes) named in the sentence around offset `at`: by the places it names ("à
    Niamey") and the actors it links (a demonym, a capital as metonym)."""
    body = work.body
    start = max((m.end() for m in SENTENCE_END.finditer(body, 0, at)), default=0)
    stop = SENTENCE_END.search(body, at)
    end = stop.start() if stop else len(body)
    places = {p.country for p in work.places if start <= p.start < end and p.country}
    linked = (work.kb.get(f.key) for f in work.found if start <= f.start < end)
    actors = {e.country for e in linked if e is not None and e.country}
    return frozenset(places | actors)


TITLE_REACH = 3  # words from a role noun to the name it titles ("le ministre algérien X")


def _titles_a_name(part: _Segment, i: int, work: Work, lang: LangCues) -> bool:
    """The role noun is the title of the person named right after it, with nothing but linked words
    (a demonym) between ("le ministre algérien Ahmed Attaf"): not a reference back to a person named
    before ("le ministre a reçu Ahmed Attaf" still is)."""
    persons = {f.start for f in work.found if work.is_person(f.key)}
    for tok in part.toks[i + 1 : i + 1 + TITLE_REACH]:
        if tok.start in persons:
            return True
        if not work.covered[tok.start]:
            # "el ministro de Asuntos Exteriores, Unión Europea y Cooperación, José Manuel Albares"
            end = part.toks[i].end
            if any(
                end <= at <= end + TITLE_CHARS
                and (
                    _modifier_gap(part.body[end:at])
                    or _office_gap(part.body, end, at, work, lang)
                    # "la ministre *congolaise* des Affaires étrangères, X": qualifiers, then the office
                    or _office_gap(
                        part.body, end + _modifiers_length(part.body[end:at], lang), at, work, lang
                    )
                )
                for at in persons
            ):
                return True
            break
    return _apposed_name(part, i, work, persons)


# a role's phrase set off by commas around a capitalised name of two to four words
APPOSED_NAME = re.compile(r"[^.;:()«»\"\n,]{0,40}?,\s+((?:[A-ZÀ-Ý][\w'’-]+\s+){1,3}[A-ZÀ-Ý][\w'’-]+)\s*,")


def _apposed_name(part: _Segment, i: int, work: Work, persons: set[int]) -> bool:
    """The role noun is set off before a person's name, known or not ("Su representante en España,
    Abdulah Arabi, acusó..."): the role titles that person, it refers back to no one named before."""
    found = APPOSED_NAME.match(part.body, part.toks[i].end)
    return found is not None and (found.start(1) in persons or not work.covered[found.start(1)])


def _office_gap(body: str, start: int, end: int, work: Work, lang: LangCues) -> bool:
    """The rest of an office's title up to the comma before its holder's name: its portfolios, the body
    it belongs to, that body in common nouns, or the state it serves."""
    gap = body[start:end]
    return (
        _title_gap(gap)
        or _body_gap(gap, work, start, lang)
        or _complement_gap(gap, lang)
        or _state_gap(gap, work, start, lang)
    )


STATE_KINDS = frozenset({"country"})


def _state_gap(gap: str, work: Work, start: int, lang: LangCues) -> bool:
    """The office's portfolio and the state it serves, up to the comma before its holder's name ("le
    ministre *des Affaires étrangères du gouvernement yéménite,* X", "the minister *of Foreign Affairs of
    the Yemeni government,* X"): an of-phrase with a state linked in it. The role noun titles the name
    after it; it is not the minister of another state named before."""
    if not _of_phrase_words(gap, lang) or any(c in gap for c in '.;:()«»"\n'):
        return False
    end = start + len(gap)
    return any(
        start <= found.start
        and found.end <= end
        and (entry := work.kb.get(found.key)) is not None
        and entry.kind in STATE_KINDS
        for found in work.found
    )


def _modifiers_length(gap: str, lang: LangCues) -> int:
    """The characters of the lower-case words (MODIFIER_WORDS at most) opening a gap before its first
    "of" word: a role noun's qualifiers, such as a demonym the KB leaves out because two states share it
    ("congolaise"). 0 when the gap opens otherwise."""
    length = 0
    for count, word in enumerate(re.finditer(r"\s*([^\W\d_]+)", gap)):
        text = word.group(1)
        if count >= MODIFIER_WORDS or not text.islower() or text in lang.of_words or word.start() != length:
            break
        length = word.end()
    return length


def _body_gap(gap: str, work: Work, start: int, lang: LangCues) -> bool:
    """The body an office belongs to, up to the comma before its holder's name, when the KB does not
    know that body ("le président *de la Chambre des représentants,* Aguila Saleh", "the speaker *of the
    House of Representatives,* X"): an "of" word first, a capitalised word, no actor linked in it. The
    role noun is the title of the name after it, not a reference back to someone named before."""
    words = _of_phrase_words(gap, lang)
    return (
        bool(words)
        and not any(c in gap for c in '.;:()«»"\n')
        and any(w[:1].isupper() for w in words)
        and not any(work.covered[at] for at in range(start, start + len(gap)))
    )


def _of_phrase_words(gap: str, lang: LangCues) -> list[str]:
    """The words of a gap that is an "of" phrase ending in the one comma before a name ("de la délégation,
    "), none when it is not one."""
    words = gap.replace(",", " ").replace("'", " ").replace(RIGHT_QUOTE, " ").split()
    is_phrase = (
        bool(words)
        and words[0].lower() in lang.of_words
        and gap.rstrip().endswith(",")
        and gap.count(",") == 1
        and len(words) <= TITLE_WORDS
    )
    return words if is_phrase else []


TITLE_CHARS = 80  # characters of a ministry's title between its noun and the name it titles
TITLE_WORDS = 9
PORTFOLIO_JOINERS = frozenset({"y", "e", "et", "and"})  # a list of portfolios, not "chef du Front Polisario"
RIGHT_QUOTE = "\u2019"


MODIFIER_WORDS = 2  # lower-case words qualifying a role noun before the comma and its holder's name


def _modifier_gap(gap: str) -> bool:
    """A role noun's own qualifiers up to the comma before its holder's name ("el jefe *negociador hutí,*
    Mohamed Abdelsalam", "le porte-parole *adjoint,* X"): one or two lower-case words, one comma, ending
    the gap. The role noun titles the name, it is not a reference back to someone named before."""
    words = gap.replace(",", " ").split()
    return (
        gap.rstrip().endswith(",")
        and gap.count(",") == 1
        and 0 < len(words) <= MODIFIER_WORDS
        and all(w.isalpha() and w.islower() for w in words)
    )


def _complement_gap(gap: str, lang: LangCues) -> bool:
    """The body a role is in, in common nouns, up to the comma before its holder's name ("el jefe *de la
    delegación opositora,* X", "le chef *de la délégation,* X"): an "of" word first, lower-case words,
    one comma ending the gap. The role noun titles the name, not a person named before."""
    words = _of_phrase_words(gap, lang)
    return bool(words) and all(w.isalpha() and w.islower() for w in words)


def _title_gap(gap: str) -> bool:
    """The rest of an office's title up to the comma before its holder's name, when it lists portfolios
    ("de Asuntos Exteriores, Unión Europea y Cooperación, "): capitalised words and short joining words
    only (not "du Front Polisario, ")."""
    words = gap.replace(",", " ").replace("'", " ").replace(RIGHT_QUOTE, " ").split()
    listed = gap.rstrip()[:-1].count(",") > 0 or any(w in PORTFOLIO_JOINERS for w in words)
    return (
        listed
        and gap.rstrip().endswith(",")
        and not any(c in gap for c in '.;:()«»"\n')
        and 0 < len(words) <= TITLE_WORDS
        and any(w[:1].isupper() for w in words)
        and all(w[:1].isupper() or (w.islower() and len(w) <= JOINER_LENGTH) for w in words)
    )


def _noun_use(part: _Segment, hit: Hit) -> bool:
    """The parse reads the demonym as a singular noun ("L'Allemand a saisi", "the German said"), not as
    an adjective ("the German government", "les Marocains")."""
    if part.doc is None:
        return False
    at = part.toks[hit.last - 1].start - part.segment.start
    tok = next((t for t in part.doc if t.idx <= at < t.idx + len(t.text)), None)
    if tok is None or tok.pos_ not in ("NOUN", "PROPN", "PRON") or "Plur" in tok.morph.get("Number"):
        return False
    after = tok.nbor() if tok.i + 1 < len(part.doc) else None
    return after is None or after.pos_ not in ("NOUN", "PROPN")  # "the Moroccan Sahara": a name's word


FORMER_REACH = 2  # words before a title that may date it: "a former", "l'ancien", "the then"


def _former_title(part: _Segment, hit: Hit) -> bool:
    """The title is qualified as a past one ("a former President of Germany", "l'ancien président",
    "الرئيس السابق"): its holder on the article's day is someone else."""
    before = part.toks[max(0, hit.first - FORMER_REACH) : hit.first]
    after = part.toks[hit.last : hit.last + 1]
    return any(not coref.former_words().isdisjoint(alias_keys(t.text)) for t in [*before, *after])


def _is_person_noun(tok: Token, nouns: frozenset[str]) -> bool:
    return not nouns.isdisjoint(alias_keys(tok.text))


def _role_sector(kb: KB, role_keys: list[str]) -> str:
    """A role of an organisation makes its holder IGO (UN envoy); a state's role, GOV."""
    return "IGO" if any((d := kb.roles.get(r)) and d.org == "United_Nations" for r in role_keys) else "GOV"


def _widen(hit: Hit, cue: Hit) -> Hit:
    first, last = min(hit.first, cue.first), max(hit.last, cue.last)
    return dataclasses.replace(
        hit, first=first, last=last, start=min(hit.start, cue.start), end=max(hit.end, cue.end)
    )


def _pick(refs: list[str], work: Work, kb: KB) -> str:
    """One entry for an ambiguous alias: one already named in the document, else one of a state the
    document names ("FAR" in an article on Sudan is the RSF, not Morocco's army), else a non-place,
    else the first."""
    known = work.keys()
    named = [r for r in refs if r in known]
    if named:
        return named[0]
    actors = [r for r in refs if (e := kb.get(r)) and e.kind != "place"]
    states = _states_named(work, kb)
    local = [r for r in actors if (e := kb.get(r)) and e.country and e.country in states]
    return (local or actors or refs)[0]


def _states_named(work: Work, kb: KB) -> set[str]:
    """The ISO codes of the states the document names so far: as actors, as the state of a named actor,
    or as the state of a place."""
    codes = {e.country for k in work.keys() if (e := kb.get(k)) and e.country}
    return codes | {p.country for p in work.places if p.country}


def _after_place_preposition(part: _Segment, hit: Hit) -> bool:
    first = part.toks[hit.first]
    if is_arabic(first.text):
        lang = cues("ar")
        if any(first.key.startswith(p + "ال") for p in lang.place_proclitics):
            return True
    else:
        lang = cues(part.segment.language)
    if hit.first == 0:
        return False
    before = part.toks[hit.first - 1].key
    if before in lang.determiners and hit.first >= 2:  # "at the White House", "à la Maison-Blanche"
        before = part.toks[hit.first - 2].key
    if before in lang.motion_prepositions:
        return _moved_to(part, hit, lang)
    return before in lang.place_prepositions


def _listed_after_place(part: _Segment, hit: Hit, work: Work) -> bool:
    """The name is a later member of a list that a place preposition opens with a city ("talks in Rabat,
    Algiers and Nouakchott", "à Rabat et Alger"): a place as the first member is, not a state acting.
    Not after a country ("in Algeria, Nouakchott and Algiers": the parse's list, not the text's)."""
    span = _hit_span(part, hit)
    if span is None or not len(span) or span.root.dep_ != "conj":
        return False
    first = span.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    lang = cues(part.segment.language)
    if first.dep_ == "pobj":  # English parses the preposition as the head: "in" -> "Rabat"
        opened = fold(first.head.text) in lang.place_prepositions
    else:
        opened = any(c.dep_ == "case" and fold(c.text) in lang.place_prepositions for c in first.children)
    at = part.segment.start + first.idx
    return opened and any(p.start == at and p.id != p.country_id for p in work.places)


def _moved_to(part: _Segment, hit: Hit, lang: LangCues) -> bool:
    """The name is where someone goes: the word governing it is one of motion ("viajó a Rabat", "su
    visita a Argel"), not a verb whose object it is ("criticó a Argelia"). No parse: no way to tell,
    no place."""
    span = _hit_span(part, hit)
    if span is None or not len(span):
        return False
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "viajó a Rabat y a Argel"
        tok = tok.head
    for _ in range(MOTION_REACH):  # through nouns only: "la visita del presidente a Argel"
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if fold(tok.lemma_ or tok.text) in lang.motion_words:
            return True
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False  # a verb of no motion governs it: its object
    return False


MOTION_REACH = 3  # governors climbed from a name to its word of motion


def _cues_at(part: _Segment, hit: Hit) -> LangCues:
    """The cues of the hit's own language: Arabic for a name in Arabic script, whatever the segment's."""
    return cues("ar" if is_arabic(part.toks[hit.first].text) else part.segment.language)


def _after_destination_preposition(part: _Segment, hit: Hit) -> bool:
    lang = _cues_at(part, hit)
    return hit.first > 0 and part.toks[hit.first - 1].key in lang.destination_prepositions


PLACE_NOUN_REACH = 3  # tokens: "la capitale ougandaise, Kampala", "العاصمة السعودية الرياض"


def _after_place_noun(part: _Segment, hit: Hit) -> bool:
    """A capital right after a word naming a city ("la capitale ougandaise, Kampala", "the city of
    Damascus", "مدينة دمشق"), with no sentence break between."""
    lang = _cues_at(part, hit)
    before = part.toks[max(0, hit.first - PLACE_NOUN_REACH) : hit.first]
    for back, tok in enumerate(reversed(before)):
        if set(alias_keys(tok.text)) & lang.place_nouns:  # folded as the cue list is ("العاصمة")
            return not _BREAK.search(part.body, tok.end, part.toks[hit.first].start)
        if back and tok.text in {",", "،"}:
            return False
    return False


def _listed_next(part: _Segment, hit: Hit, following: Hit, glue: frozenset[str]) -> bool:
    """The following hit goes on a list of countries: glue words between ("du Mali *et du* Niger"), or,
    right after it, an Arabic "و" glued to its first word ("المغرب والجزائر"); a hit right after another
    with nothing between is another phrase ("وزير الخارجية المغربي النظام الجزائري": the minister and the
    regime he is named beside)."""
    if not _gap(part, hit.last, following.first, glue, 3):
        return False
    if following.first > hit.last:
        return True
    first = part.toks[following.first].text
    return is_arabic(first) and first.startswith(ARABIC_AND)


_WORDS_ONLY = re.compile(r"[\w\s'’]*")


def _gap(part: _Segment, left: int, right: int, glue: frozenset[str] | set[str], most: int) -> bool:
    """Tokens [left, right) are at most `most` glue words, with no sentence break in between."""
    between = part.toks[left:right]
    if right < left or len(between) > most or any(t.key not in glue for t in between):
        return False
    if left == 0 or right >= len(part.toks):
        return True
    before = part.toks[left - 1]
    gap = part.body[before.end : part.toks[right].start]
    # A dot after one letter is an abbreviation ("U.S. envoy"), not the end of a sentence.
    return not _BREAK.search(gap) and ("." not in gap or len(before.text) == 1)


def _is_complement(part: _Segment, k: int, lang: LangCues) -> bool:
    """A role right after another role through a genitive: "l'envoyé personnel *du secrétaire général*"."""
    if k == 0 or not any(t.kind == "role" for t in part.hits[k - 1].targets):
        return False
    return _gap(part, part.hits[k - 1].last, part.hits[k].first, lang.genitives | lang.determiners, 3)


def _construct_head(part: _Segment, hit: Hit) -> bool:
    """An Arabic one-word role without its article before another word ("رئيس جهة العيون", "رئيس
    البرلمان"): a noun in construct, the head of what follows, not the office the role names with its
    article ("الرئيس"), which the alias index matched with the article set aside."""
    if hit.last - hit.first != 1 or hit.last >= len(part.toks):
        return False
    key, after = part.toks[hit.first].key, part.toks[hit.last].key
    if not is_arabic(key) or not is_arabic(after):
        return False
    bare = key[1:] if key[:1] in ARABIC_PROCLITICS and len(key) > 3 else key
    return not (bare.startswith(ARABIC_ARTICLE) or key.startswith("لل"))


def _heads_the_title(part: _Segment, first: int, lang: LangCues) -> bool:
    """The inner role ends the title and follows its qualifier directly, with no "of" word ("Arab League
    *Secretary-General*"), as a role named inside it does not ("l'envoyé du *secrétaire général*")."""
    if first == 0:
        return False
    before = part.toks[first - 1].key
    return before not in lang.of_words and before not in lang.genitives


def _apposition(work: Work, part: _Segment, hit: Hit) -> str | None:
    """A person named right next to a role phrase: "le chef de la diplomatie russe, Sergueï Lavrov". Not
    one a genitive makes the role's complement: "the envoy of António Guterres" is not Guterres."""
    lang = cues(part.segment.language)
    after = work.person_starting_near(
        hit.end,
        limit=40,
        body_gap_ok=lambda gap: (
            (
                _appositive_gap(gap)
                and not _of_gap(gap, lang.genitives, lang.of_words)
                and not _clause_between(part, hit.end, gap, lang)
            )
            or _portfolio_gap(gap)
        ),
    )
    if after:
        return after
    # "the Secretary-General's envoy" is not the Secretary-General: a possessive is no apposition; nor is
    # a name with no comma before the title ("واستقبل بدر البوسعيدي السفير الأمريكي": the one received)
    if _role_is_subject(part, hit):
        return None  # "Accueilli par le roi Mohammed VI, le président français a signé": two people
    return work.person_ending_near(
        hit.start, limit=BACK_APPOSITION_CHARS, body_gap_ok=lambda gap: _back_appositive_gap(gap, lang)
    )


def _role_is_subject(part: _Segment, hit: Hit) -> bool:
    """The parse makes the role phrase a verb's subject, not an apposition to the name before it."""
    span = _hit_span(part, hit)
    return span is not None and span.root.dep_.startswith("nsubj")


def _hit_span(part: _Segment, hit: Hit) -> Any | None:
    """The parse's span of the hit's characters (spaCy Span), None without a parse."""
    if part.doc is None:
        return None
    return part.doc.char_span(
        hit.start - part.segment.start, hit.end - part.segment.start, alignment_mode="expand"
    )


BACK_APPOSITION_CHARS = 16  # ", the new ", ", el actual ", ", son nouveau "


def _back_appositive_gap(gap: str, lang: LangCues) -> bool:
    """Between a name and the role after it: a comma, then at most a determiner and one more lower-case
    word ("George Gerapetritis, the new Greek foreign minister", "X, el actual canciller", "X, ministre")."""
    if not _appositive_gap(gap) or set(gap) & APOSTROPHES or not set(gap) & COMMAS:
        return False
    words = gap.replace(",", " ").replace("،", " ").split()
    if not words:
        return True
    opener = alias_keys(words[0])
    determined = bool(opener) and opener[0] in lang.determiners
    return len(words) <= 2 and determined and all(w.islower() for w in words)


def _clause_between(part: _Segment, start: int, gap: str, lang: LangCues) -> bool:
    """The words between a role and a name tell an act, so the name is not the role's holder: "el canciller
    chadiano *entregó a* Abdel Fattah al Burhan", "سلم وزير الخارجية التشادي *رسالة خطية إلى* البرهان".
    With a parse, a verb among them; without one (Arabic), any word but an honorific."""
    words = gap.replace(",", " ").split()
    if not words:
        return False
    if part.doc is None:
        # (an honorific, or a word that dates the title: "وزير الخارجية الإسرائيلي آنذاك يائير لبيد")
        titling = {h[0] for h in lang.honorifics if len(h) == 1} | lang.title_qualifiers
        return any(alias_keys(w)[:1] and alias_keys(w)[0] not in titling for w in words)
    low = start - part.segment.start
    high = low + len(gap)
    # only the tokens overlapping the gap: walking the whole segment for each role was a cost per token
    span = part.doc.char_span(low, high, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span if low <= t.idx < high)


def _of_gap(gap: str, genitives: frozenset[str], of_words: frozenset[str]) -> bool:
    """Between a role and a name: only genitive words ("envoy of", "envoyé d'"), or an "of" word first and
    no comma ("el enviado del secretario general António Guterres"): the name is whose the role is."""
    words = [w.lower() for w in gap.replace("'", " ").replace("\u2019", " ").split()]
    if not words:
        return False
    return all(w in genitives for w in words) or (words[0] in of_words and "," not in gap)


COMMAS = frozenset(",،")


def _appositive_gap(gap: str) -> bool:
    words = [w for w in gap.replace(",", " ").split()]
    return "\n\n" not in gap and not any(c in gap for c in '.;:()«»"') and len(words) <= 3


PORTFOLIO_WORDS = 6  # "ministro de Asuntos Exteriores, Unión Europea y Cooperación, José Manuel Albares"
JOINER_LENGTH = 3  # "y", "et", "and", "of", "del": the short words that join a title's portfolios


def _portfolio_gap(gap: str) -> bool:
    """The rest of a ministry's title, its portfolios listed after a comma ("..., Unión Europea y
    Cooperación, "): capitalised words and short joining words only."""
    words = gap.replace(",", " ").split()
    return (
        gap.lstrip().startswith(",")
        and "\n\n" not in gap
        and not any(c in gap for c in '.;:()«»"')
        and 0 < len(words) <= PORTFOLIO_WORDS
        and any(w[:1].isupper() for w in words)
        and all(w[:1].isupper() or (w.islower() and len(w) <= JOINER_LENGTH) for w in words)
    )


def _of_phrase_key(work: Work, toks: list[Token], i: int, lang: LangCues) -> str | None:
    """The actor an of-phrase starting at `i` names ("de la | France", "of | Sudan"), if it names one."""
    named = _after_of_words(toks, i, lang)
    return (
        next((f.key for f in work.found if f.start == toks[named].start), None) if named is not None else None
    )


def _unlisted_state(entry: Entry | None) -> bool:
    """A government with no ISO code (Somaliland, Kosovo: kb/data/organizations_world.yaml)."""
    return entry is not None and entry.sector == "GOV" and entry.country is None


def _after_of_words(toks: list[Token], i: int, lang: LangCues) -> int | None:
    """The token after an of-word and its determiner starting at `i` ("de la | France", "of | Sudan",
    "del | Reino Unido"), if one starts there."""
    if i >= len(toks) or toks[i].key not in lang.of_words:
        return None
    i += 1
    if i < len(toks) and toks[i].key in lang.determiners:
        i += 1
    return i if i < len(toks) else None


def _posted_by_possessor(toks: list[Token], i: int, lang: LangCues) -> bool:
    """ "Alger a rappelé son ambassadeur à Paris", "su embajador en Madrid": the possessor's own envoy to a
    place, whom the text has not named, not the diplomat it named last (another state's, as often as not)."""
    return (
        0 < i < len(toks) - 1
        and toks[i - 1].key in lang.possessive_determiners
        and toks[i + 1].key in lang.posting_prepositions
    )


def _is_nominal(toks: list[Token], i: int, lang: LangCues) -> bool:
    tok = toks[i]
    if lang.nominal_heads.isdisjoint(alias_keys(tok.text)):
        return False
    if is_arabic(tok.text):
        return tok.key.startswith("ال")
    if is_capitalised(tok.text) and i > 0 and is_capitalised(toks[i - 1].text):
        return False
    followed_by_name = i + 1 < len(toks) and is_capitalised(toks[i + 1].text)
    return i > 0 and toks[i - 1].key in lang.determiners and not followed_by_name


def _honorific_names(toks: list[Token], lang: LangCues, work: Work) -> list[tuple[int, int]]:
    """Token spans of names right after a title ("M. Dupont Moretti", "السيد عمر هلال")."""
    spans = []
    by_first_key: dict[str, list[tuple[str, ...]]] = {}  # a look-up per token, not a scan of every title
    for keys in lang.honorifics + cues("ar").honorifics:
        by_first_key.setdefault(keys[0], []).append(keys)
    for i, tok in enumerate(toks):
        for keys in by_first_key.get(tok.key, ()):
            end = i + len(keys)
            if tuple(t.key for t in toks[i:end]) != keys or end >= len(toks):
                continue
            last = end
            while (
                last < len(toks)
                and last - end < 3
                and _name_word(toks[last])
                and not work.covered[toks[last].start]
            ):
                last += 1
            if last - end >= 2:
                spans.append((end, last))
    return spans


def _after_honorific(toks: list[Token], start: int, end: int, lang: LangCues) -> int:
    """Where the name of a person span starts once a title opening it is left out ("M. Aoun": "Aoun")."""
    inside = [t for t in toks if start <= t.start and t.end <= end]
    keys = tuple(t.key for t in inside)
    for title in lang.honorifics:
        if len(title) < len(keys) and keys[: len(title)] == title:
            return inside[len(title)].start
    return start


def _titled_names(part: _Segment, lang: LangCues) -> list[tuple[int, int]]:
    """Unparsed text: the two words after a title that ends in a demonym ("الوزير السوداني كمال
    تستادق", "وزير الخارجية السوداني ..."), when neither is a function word or a title word."""
    spans = []
    for k, hit in enumerate(part.hits):
        kinds = {t.kind for t in hit.targets}
        if "demonym" not in kinds or "name" in kinds or hit.first == 0:
            continue
        before = part.toks[hit.first - 1]
        after_role = k > 0 and part.hits[k - 1].last == hit.first and _has_role(part.hits[k - 1])
        if not (_is_person_noun(before, lang.nominal_heads) or after_role):
            continue
        spans += _two_name_words(part, hit.last, lang)
    for hit in part.hits:  # a demonym inside the role phrase, at its end ("وزير الخارجية السوداني")
        if _has_role(hit) and hit.cue is not None and hit.cue.last == hit.last:
            spans += _two_name_words(part, hit.last, lang)
    return spans


def _two_name_words(part: _Segment, first: int, lang: LangCues) -> list[tuple[int, int]]:
    if first < len(part.toks) and _is_person_noun(part.toks[first], lang.title_qualifiers):
        first += 1  # "وزير الخارجية الإسرائيلي آنذاك يائير لبيد": the then minister's name follows "then"
    words = part.toks[first : first + 2]
    ok = len(words) == 2 and all(is_arabic(w.text) and not _is_person_noun(w, lang.name_stops) for w in words)
    # a word with the accusative ending (tanween) is no name: "وجّه ولي العهد السعودي انتقاداً صريحاً"
    ok = ok and not any(TANWEEN_FATH in w.text for w in words)
    # one name, not two words a comma parts ("أدان وزير الخارجية الجزائري الهجوم، داعيا": the attack, calling)
    ok = ok and not part.body[words[0].end : words[1].start].strip()
    # a word the KB knows is no part of an unknown name ("نظيره الجزائري": a demonym, not a surname)
    known = any(hit.first < first + 2 and first < hit.last for hit in part.hits)
    return [(first, first + 2)] if ok and not known else []


TANWEEN_FATH = "\u064b"


def _has_role(hit: Hit) -> bool:
    return any(t.kind == "role" for t in hit.targets)


def _name_word(tok: Token) -> bool:
    return is_capitalised(tok.text) or is_arabic(tok.text)


def _name_end(text: str, start: int, lang: LangCues) -> int:
    """Where a tagged name at `start` ends: before a word no name holds (`name_stops`: "Francisco al
    Gobierno" is Francisco), else at its end."""
    for word in re.finditer(r"\S+", text):
        if word.start() and word.group().islower() and fold(word.group()) in lang.name_stops:
            return start + len(text[: word.start()].rstrip())
    return start + len(text)


def _plausible_name(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= MAX_NAME_WORDS
        and "\n" not in text
        and all(w[:1].isupper() or w in coref.particles() for w in words)
    )


def _plausible_body_name(text: str, lang: LangCues) -> bool:
    """A body's name joined by an "of" word ("House of Representatives", "Conseil des ministres" is no
    name: its last word is lower-case): capitalised at both ends, "of" words only between; its article
    aside ("The Supreme Council of State")."""
    words = text.split()
    words = words[1:] if words and fold(words[0]) in lang.determiners else words
    return (
        1 < len(words) <= MAX_NAME_WORDS
        and "\n" not in text
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or fold(w) in lang.of_words for w in words)
    )
