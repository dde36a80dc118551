"""When an event happened: the date attached to the trigger itself ("sa tournée en janvier dernier",
"the round table held last December"), else the date expression governing its clause, else the nearest one in
its sentence that no other clause owns (not "the plan presented in 2007") and that no noun
phrase holds ("the 2007 autonomy plan"), else the day of a reference event the sentence cites
("la résolution 2703", a MINURSO renewal "jusqu'au 31 octobre 2024": kb/data/reference_events.yaml),
else the previous sentence's, else the publication date (approximate). A date right after a bound word
("jusqu'au 31 octobre", "until") is a limit, not the event's date. The rule coder then
replaces a publication-date fallback by the narrative date: the date of the recent event the text
dated that shares most participants with it, the last one on a tie (see `narrative`, `in_story`).
A date a relative clause of the previous sentence gives a noun ("the march held on Sunday") is no
fallback for the next sentence. In an article whose publication date is unknown,
days and months written without a year take the year of its dated facts (events.yearless).

Expressions come from the date engineer's `find_dates`, run once per segment in the
segment's language and anchored on the publication date.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import takewhile

from diplowatch.dates import TimeExpression, find_dates, is_deadline
from diplowatch.dates.vocabulary import load as load_vocabulary
from diplowatch.events.draft import Draft
from diplowatch.events.yearless import yearless_dates
from diplowatch.model import Article, DateValue, EventDate
from diplowatch.reading.references import cited, renewal
from diplowatch.text.agreement import genders_clash
from diplowatch.text.normalise import Token, fold_aligned_word
from diplowatch.text.parse import segments_of
from diplowatch.text.sentences import INCISE_DEPS, Sentence
from diplowatch.text.trailing_participles import present_participle

_CALENDAR = re.compile(r"^\d{4}(-(\d{2}|W\d{2}|SP|SU|FA|WI|Q\d|H\d)(-\d{2})?)?")
_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4}  # finer first
HISTORICAL_YEARS = 2  # an event dated this many years or more before publication is "historical"


@dataclass(frozen=True, slots=True)
class Dated:
    start: int
    end: int
    date: EventDate
    reference: bool = False  # the day of a reference event the sentence cites, not a date it writes
    week: str = ""  # "2024-W10": the week "la semaine dernière" names (its date is the month, see as_month)
    ahead: bool = False  # (`relative_dates`) it points after the day the text was written ("demain")


def document_dates(article: Article) -> list[Dated]:
    """Calendar dates (not durations or sets) of the article, with body offsets, and the days of
    the reference events it cites ("la résolution 2703", "le mandat de la MINURSO jusqu'au 31
    octobre 2024": kb/data/reference_events.yaml)."""
    out: list[Dated] = []
    told: date | None = None  # the last day the segments before told, for the anaphors of the next
    named = _named_spans(article)
    for segment in segments_of(article):
        text = article.body[segment.start : segment.end]
        found_dates = find_dates(text, segment.language, article.anchor, told)
        told = _last_day_told(text, found_dates) or told
        for found in found_dates:
            value = _calendar_value(found.value)
            if (
                found.kind in ("date", "time")
                and value
                and found.granularity in _RANK
                and not _label(text, found.start, found.end, found.granularity)
                and not _dateline(article.body, segment.start + found.start, segment.start + found.end)
                and not _in_a_name(named, segment.start + found.start, segment.start + found.end)
            ):
                event_date = as_month(
                    EventDate(value, found.granularity, found.text, found.approximate)  # type: ignore[arg-type]
                )
                week = value if found.granularity == "week" and _WEEK.match(value) else ""
                start, end = segment.start + found.start, segment.start + found.end
                out.append(Dated(start, end, event_date, week=week))
                if day := _renewed(text, found.start, value):
                    out.append(
                        _reference(segment.start + found.start, segment.start + found.end, day, found.text)
                    )
        written = [d for d in out if d.start >= segment.start and not d.reference]
        for citation in cited(text, segment.language):
            start, end = segment.start + citation.start, segment.start + citation.end
            # "resolution 2440, adopted on Oct. 29, 2018": the text's own date beats the table's
            own = next(
                (
                    d
                    for d in written
                    if 0 <= d.start - end <= OWN_DATE_REACH
                    and d.date.granularity == "day"
                    and not _SENTENCE_END.search(article.body, end, d.start)
                ),
                None,
            )
            out.append(
                Dated(start, end, own.date, reference=True)
                if own
                else _reference(start, end, citation.day, text[citation.start : citation.end])
            )
    if article.anchor is None:  # "le 29 janvier" in a page with no date: the year of its dated facts
        taken = {(d.start, d.end) for d in out}
        cited_days = [date.fromisoformat(d.date.value) for d in out if d.reference]
        out += [
            Dated(start, end, found)
            for start, end, found in yearless_dates(article, cited_days)
            if (start, end) not in taken
        ]
    return sorted(out, key=lambda d: d.start)


def _named_spans(article: Article) -> list[tuple[int, int]]:
    return [(m.start, m.end) for actor in article.actors for m in actor.mentions]


def _in_a_name(named: list[tuple[int, int]], start: int, end: int) -> bool:
    """The date is part of an actor's name ("the March 23 Movement", "حركة 23 مارس", "le Mouvement du
    23-Mars"): it names the group, it dates nothing."""
    return any(s < end and start < e for s, e in named)


def _last_day_told(text: str, found: list[TimeExpression]) -> date | None:
    """The day of the last full date of a segment, not a deadline ("jusqu'au 31 octobre 2025")."""
    for timex in reversed(found):
        if timex.kind in ("date", "time") and timex.granularity == "day" and timex.value:
            if is_deadline(text, timex.start):
                continue
            try:
                return date.fromisoformat(timex.value[:10])
            except ValueError:
                continue
    return None


# Stand-in publication days for a text that has none: a relative expression ("demain", "next week",
# "نوفمبر القادم", "hier") gets no value there, yet whether it points after the day of writing does not
# depend on that day. Read alone and forward from two stand-ins half a year apart, it points ahead
# whatever the tense around it ("demain", "next month"; not "lundi" nor "en mars").
STAND_INS = (date(2001, 1, 3), date(2001, 7, 4))


def relative_dates(article: Article) -> list[Dated]:
    """The relative date expressions of a text with no publication day, dated against the first
    stand-in day (a value only good for comparing), `ahead` when they point forward (STAND_INS):
    they tell a planned act ("يلتقي غدا", "doit se rendre demain") from a held one."""
    if article.anchor is not None:
        return []
    out: list[Dated] = []
    for segment in segments_of(article):
        text = article.body[segment.start : segment.end]
        unanchored = {(f.start, f.end) for f in find_dates(text, segment.language, None) if f.value is None}
        for found in find_dates(text, segment.language, STAND_INS[0]):
            span = (found.start, found.end)
            value = _calendar_value(found.value)
            if span not in unanchored or value is None or found.kind not in ("date", "time"):
                continue
            if found.granularity not in _RANK:
                continue
            # read alone, out of its clause's tense: "demain", "next week", not "lundi" (past or coming)
            ahead = all(
                any(_begins_after(alone, day) for alone in find_dates(found.text, segment.language, day))
                for day in STAND_INS
            )
            when = EventDate(value, found.granularity, found.text, found.approximate)  # type: ignore[arg-type]
            out.append(Dated(segment.start + span[0], segment.start + span[1], as_month(when), ahead=ahead))
    return sorted(out, key=lambda d: d.start)


def _begins_after(found: TimeExpression, day: date) -> bool:
    """The expression's period begins after `day` ("next week": its Monday)."""
    week = _WEEK.match(found.value or "")
    if week is None:
        value = _calendar_value(found.value)
        return value is not None and is_upcoming(EventDate(value, "day", found.text), day)
    try:
        return date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1) > day
    except ValueError:
        return False


OWN_DATE_REACH = 40  # characters between a cited document and the date it was adopted on


_DATELINE_AFTER = re.compile(r"[^\S\n]*(?:\([^)\n]{1,30}\)[^\S\n]*)?[-–—:]")
DATELINE_REACH = 60  # characters: "الجزائر، 13 مارس 2024 (واج) -", "ALGIERS, March 13, 2024 (Reuters) -"


def _dateline(body: str, start: int, end: int) -> bool:
    """The wire dateline opening the body tells when the report was filed, not when its events
    happened: "on Friday" in its first sentence resolves against it instead."""
    line_start = body.rfind("\n", 0, start) + 1
    opening = body[:line_start].strip() == ""
    return (
        opening
        and start - line_start <= DATELINE_REACH
        and bool(_DATELINE_AFTER.match(body, end))
        and not re.search(r"[.!?]", body[line_start:start])
    )


def _renewed(text: str, start: int, value: str) -> date | None:
    """A mandate's new end ("jusqu'au 31 octobre 2024") in a sentence naming the mission: the day
    the resolution renewing it was adopted."""
    if not is_deadline(text, start):
        return None
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, start)
    return renewal(text[left : right.start() if right else len(text)], value)


_SENTENCE_END = re.compile(r"[.!?\n]")


def _reference(start: int, end: int, day: date, text: str) -> Dated:
    return Dated(start, end, EventDate(day.isoformat(), "day", text, True), reference=True)


_LABEL_BEFORE = re.compile(
    r"\d[\d\s/]*\(\s*$"
)  # "résolution 2703 (" -- the year is part of a document's name


def _label(text: str, start: int, end: int, granularity: str) -> bool:
    """A year in parentheses right after a number names a document ("S/RES/2703 (2023)"), not a date."""
    return (
        granularity == "year"
        and text[end : end + 1] == ")"
        and bool(_LABEL_BEFORE.search(text[max(0, start - 20) : start]))
    )


_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def _week_start(week: str) -> date | None:
    """The Monday of an ISO week ("2024-W12"), None when `week` is none."""
    found = _WEEK.match(week)
    if found is None:
        return None
    try:
        return date.fromisocalendar(int(found.group(1)), int(found.group(2)), 1)
    except ValueError:
        return None


def as_month(found: EventDate) -> EventDate:
    """ "last week", "la semaine dernière": the month of that week (of its Thursday, where most of
    its days lie), approximate. A week is no calendar unit a report or a timeline dates by."""
    week = _WEEK.match(found.value) if found.granularity == "week" else None
    if week is None:
        return found
    try:
        thursday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 4)
    except ValueError:
        return found
    return EventDate(thursday.isoformat()[:7], "month", found.text, True)


def _calendar_value(value: str | None) -> str | None:
    """ "2024-03-11TEV" -> "2024-03-11"; None for values without a year."""
    match = _CALENDAR.match(value or "")
    return match.group(0) if match else None


def event_date(
    sentence: Sentence,
    clause: frozenset[int],
    head: int,
    dates: list[Dated],
    previous: Sentence | None,
    published: EventDate | None,
    bounds: frozenset[str] = frozenset(),
    instruments: frozenset[str] = frozenset(),
    year_words: frozenset[str] = frozenset(),
    perfect_auxiliaries: frozenset[str] = frozenset(),
    occasion: bool = False,
    time_marks: frozenset[str] = frozenset(),
    attributions: frozenset[str] = frozenset(),
    scene_participles: frozenset[str] = frozenset(),
) -> tuple[EventDate | None, str]:
    """The event's date and where it came from (clause, sentence, reference, previous, published,
    none). `occasion`: the sentence tells of the occasion the previous one told ("à cette occasion", "on
    that occasion"): that sentence's date, whatever its tense or clause ("il avait été reçu le 8 avril par X.
    Ce dernier avait réaffirmé à cette occasion...": 8 April).
    A date right after a bound word ("until", "depuis") is a limit, not the event's date; the
    adoption date of the text the event is stated in dates it (`instruments`, see _adopted); a year
    a noun's year word introduces in unparsed text ("مخطط الحكم الذاتي لعام 2007") is the noun's
    (`year_words`, see _noun_year); a clause a word of `time_marks` opens ("when", "lorsque") tells when
    the clause it hangs on happened (see _told_when); a text an account is attributed to ("selon un
    communiqué publié dimanche": `attributions`) dates the account, not the act; a participle that sets
    the scene of the act's clause dates it too (see _sets_the_scene; `scene_participles`)."""
    here = [d for d in dates if sentence.start <= d.start < sentence.end]
    inside = [
        d
        for d in here
        if not d.reference
        and not bounded(sentence, d, bounds)
        and not _owned_elsewhere(sentence, d, head, instruments, time_marks, attributions, scene_participles)
        and not _in_noun_phrase(sentence, d, head)
        and not _names_a_noun(sentence, d, head)
        and not _noun_year(sentence, d, year_words)
    ]
    where = sentence.toks[head].start
    # the trigger's own adjunct ("sa tournée en janvier dernier", "the round table held last December")
    # beats the other dates of its clause ("..., il a rencontré ce jeudi X")
    own = [
        d
        for d in here
        if not d.reference and not bounded(sentence, d, bounds) and is_own_date(sentence, d, head)
    ]
    in_clause = [d for d in inside if (i := sentence.token_at(d.start)) is not None and i in clause]
    cited = [d for d in here if d.reference]  # "la résolution 2703": its adoption day, lacking a written date
    for pool, source in ((own, "clause"), (in_clause, "clause"), (inside, "sentence"), (cited, "reference")):
        if pool:
            best = min(pool, key=lambda d: (_RANK[d.date.granularity], abs(d.start - where)))
            return best.date, source
    if previous is not None and (occasion or not past_perfect(previous, perfect_auxiliaries)):
        root = next((i for i, t in enumerate(previous.toks) if t.head < 0), 0)
        # (a document the previous sentence cites is background, not this event's happening; so is
        # what a relative clause tells of a noun, "the march that was held on Sunday", unless the report
        # has no date of its own: then it is the best clue to when it was written)
        before = [
            d
            for d in dates
            if previous.start <= d.start < previous.end
            and not d.reference
            and not (
                bounded(previous, d, bounds)
                or in_bound_phrase(previous, d, bounds)
                or _in_noun_phrase(previous, d, root)
                or _names_a_noun(previous, d, root)
                or _noun_year(previous, d, year_words)
            )
            and (
                occasion
                or not (published and _in_adnominal_clause(previous, previous.token_at(d.start), root))
                # "..., alors que Nairobi avait reconnu la RASD en 2014": a clause that goes back before the
                # story dates nothing after it
                and not _in_past_perfect_clause(previous, d, perfect_auxiliaries)
            )
        ]
        # the date of the previous sentence's own act, not of a clause inside it ("se reunieron el lunes
        # para reanudar el diálogo suspendido en enero": Monday)
        main = [
            d for d in before if (i := previous.token_at(d.start)) is not None and _owner(previous, i) == root
        ]
        # and among those, the act's own adjunct, not a noun's date ("rechazó este miércoles las
        # declaraciones sobre las elecciones del 28 de julio": Wednesday)
        adjunct = [d for d in main if is_own_date(previous, d, root)]
        if adjunct or main:
            return (adjunct or main)[-1].date, "previous"
        if before:
            # unparsed (Arabic): the main act's date comes first, after its verb and subject; a later
            # one is most often a background clause's ("وقّع ... أمس الجمعة، في ختام جولة انطلقت يوم الاثنين")
            return (before[-1] if previous.parsed else before[0]).date, "previous"
    if published is not None:
        return published, "published"
    return None, "none"


def tells_of_occasion(sentence: Sentence, phrases: frozenset[str]) -> bool:
    """The sentence refers back to the occasion told before it (lexicon `occasion_anaphors`: "à cette
    occasion", "on that occasion", "en esa ocasión", "في تلك المناسبة")."""
    if not phrases:
        return False
    return sentence.derived_for("occasion", lambda s: _holds_phrase(s, phrases), phrases)


def _holds_phrase(sentence: Sentence, phrases: frozenset[str]) -> bool:
    keys = f" {' '.join(t.key for t in sentence.toks)} "
    return any(f" {phrase} " in keys for phrase in phrases)


def past_perfect(sentence: Sentence, auxiliaries: frozenset[str]) -> bool:
    """The sentence's main verb is in the past perfect ("avait refusé en septembre", "had recalled their
    ambassadors on Sunday", "había suspendido"; unparsed, opening on its auxiliary with the particle of
    the past perfect after it: "وكانت X قد التقت الأحد"): it goes back before the story, whose next
    sentence does not take its date, nor do the undated events of the report (events.rules: stories)."""
    if not auxiliaries:
        return False
    if not sentence.parsed:
        keys = [t.key for t in sentence.toks[: 1 + PLUPERFECT_REACH]]
        return bool(keys) and keys[0] in auxiliaries and any(k in auxiliaries for k in keys[1:])
    root = next((i for i, t in enumerate(sentence.toks) if t.head < 0), None)
    if root is None:
        return False
    return any(_past_auxiliary(sentence.toks[c], auxiliaries) for c in sentence.children(root))


def narrative_previous(
    sentences: Sequence[Sentence], index: int, body: str, auxiliaries: frozenset[str]
) -> Sentence | None:
    """The sentence before `index` whose date an undated event may take: past an aside in the past
    perfect within the paragraph ("La crise a éclaté le 18 septembre. Le militant avait été tué le 18
    juin. Dans la foulée, X a annoncé...": 18 September), which goes back before the story without
    moving it on. Else the sentence right before (event_date dates nothing from it when it is such an
    aside)."""
    nearest = sentences[index - 1] if index else None
    previous = nearest
    for _ in range(ASIDES_SKIPPED):
        if previous is None or not past_perfect(previous, auxiliaries):
            return previous
        if previous.index == 0 or "\n" in body[sentences[previous.index - 1].end : previous.start]:
            return nearest  # the aside opens the text or its paragraph: no story before it to go back to
        previous = sentences[previous.index - 1]
    return previous if previous is not None and not past_perfect(previous, auxiliaries) else nearest


ASIDES_SKIPPED = 2  # sentences in the past perfect an undated event looks past for its story's date


def backstory_goes_on(
    sentences: Sequence[Sentence], index: int, auxiliaries: frozenset[str], then_marks: frozenset[str]
) -> bool:
    """The sentence and the one right before it are both in the past perfect, and the sentence says it is
    at that time (`then_marks`: "En octobre 2023, le Conseil avait adopté la résolution 2703. L'Algérie
    avait alors dénoncé un texte déséquilibré", "Algeria had then denounced"): the background goes on at
    the time the one before gave it, not at the story's. (Without the mark a second past perfect may go
    back anywhere.)"""
    if not index or not past_perfect(sentences[index], auxiliaries):
        return False
    sentence = sentences[index]
    marked = (
        any(t.key in then_marks and t.dep == "advmod" for t in sentence.toks)
        if sentence.parsed
        else _holds_phrase(sentence, then_marks)
    )
    return marked and past_perfect(sentences[index - 1], auxiliaries)


PLUPERFECT_REACH = 4  # words from "كان" to its "قد" (the subject stands between: "وكانت تيتيه قد")


def _in_past_perfect_clause(sentence: Sentence, dated: Dated, auxiliaries: frozenset[str]) -> bool:
    """The date belongs to a verb in the past perfect, the main one or a subordinate's."""
    if not sentence.parsed or not auxiliaries:
        return False
    i = sentence.token_at(dated.start)
    owner = _owner(sentence, i) if i is not None else None
    return owner is not None and any(
        _past_auxiliary(sentence.toks[c], auxiliaries) for c in sentence.children(owner)
    )


def _past_auxiliary(tok: Token, auxiliaries: frozenset[str]) -> bool:
    """A finite auxiliary in a past tense ("avait", "had", "había"; not the participle "été" of "a été
    reçu")."""
    past = "Tense=Imp" in tok.morph or "Tense=Past" in tok.morph
    return tok.dep.startswith("aux") and tok.lemma in auxiliaries and past and "VerbForm=Fin" in tok.morph


def publication_fallback(published: DateValue | None) -> EventDate | None:
    """The publication date as an event's last-resort date: approximate, at its own precision
    (a page dated only 'date 2023-10' still places its undated events in October 2023)."""
    if published is None or published.granularity not in ("day", "month", "year"):
        return None
    return EventDate(published.value, published.granularity, "", True)


def bounded(sentence: Sentence, dated: Dated, bounds: frozenset[str]) -> bool:
    """A limit, not a date: "jusqu'au 31 octobre", "since a war broke out in 2014"."""
    i = sentence.token_at(dated.start)
    if i is None:
        return False
    # The expression may start with its bound word ("jusqu'au 31 octobre"), or follow it, with an
    # article between ("jusqu'à la fin avril 2018": jusqu' / à / la / fin).
    if any(t.key.rstrip("'’") in bounds for t in sentence.toks[max(0, i - BOUND_REACH) : i + 1]):
        return True
    # ... or date a clause that the bound word opens ("since a war broke out in 2014", "depuis que...")
    owner = _owner(sentence, i) if sentence.parsed else None
    return owner is not None and any(
        sentence.toks[c].dep == "mark" and sentence.toks[c].key in bounds for c in sentence.children(owner)
    )


def in_bound_phrase(sentence: Sentence, dated: Dated, bounds: frozenset[str]) -> bool:
    """The date sits deep in a phrase a bound word opens ("has not been to Sanaa since the raids on UN
    compounds in late August"), up to the clause's verb: it dates what the phrase names, and no act of
    the next sentence."""
    i = sentence.token_at(dated.start)
    if i is None or not sentence.parsed:
        return False
    for t in sentence.ancestors(i, BOUND_PHRASE_REACH):
        tok = sentence.toks[t]
        if t != i and tok.pos in ("VERB", "AUX"):
            return False
        if t != i and tok.pos in ("ADP", "SCONJ") and tok.key in bounds:
            return True
        if any(
            sentence.toks[c].dep == "case" and sentence.toks[c].key.rstrip("'’") in bounds
            for c in sentence.children(t)
        ):
            return True
    return False


BOUND_REACH = 3  # tokens
BOUND_PHRASE_REACH = 8  # dependency steps from a date up to the bound word of its phrase


def is_own_date(sentence: Sentence, dated: Dated, head: int) -> bool:
    """The date modifies the trigger itself: an adjunct of the trigger word ("a rencontré jeudi", "sa
    tournée en janvier dernier", "la reunión del 5 de marzo"), or of a participle or relative clause
    qualifying the trigger noun ("the first round table, held in Geneva last December"), through a name
    the parser hung it on. Not a date of another noun ("a évoqué la réunion du 5 mars") or of another
    clause. Unparsed ("عن لقائه مع بوريطة في يناير الماضي"): a date that closely follows the trigger."""
    if not sentence.parsed:
        at = sentence.token_at(dated.start)
        return at is not None and 0 < at - head <= OWN_WORDS
    i = _date_head(sentence, dated)
    if i is None or i == head:
        return False
    t, steps = sentence.toks[i].head, 0
    while t >= 0 and steps < OWN_REACH:
        if t == head:
            return True
        tok = sentence.toks[t]
        if tok.pos in ("VERB", "AUX"):  # a clause between: only one qualifying the trigger noun
            return _qualifies(tok, sentence.toks[head], head, ADNOMINAL_DEPS)
        if "VerbForm=Part" in tok.morph and tok.dep.startswith(PARTICIPLE_DEPS):  # "firmado" tagged ADJ
            return _qualifies(tok, sentence.toks[head], head, PARTICIPLE_DEPS)
        if tok.pos in ("NOUN", "PRON", "NUM"):
            return False
        # a name takes no date of its own: the parser hung the act's date on it ("une trêve négociée par
        # le Kenya en mai 2023": May 2023 is the negotiation's, not Kenya's)
        t, steps = tok.head, steps + (tok.pos != "PROPN")
    return False


def _qualifies(verb: Token, trigger: Token, head: int, deps: tuple[str, ...]) -> bool:
    """The participle or relative clause qualifies the trigger noun: hung on it, and agreeing with it
    ("la suspension du traité signé en 2002": "signé" is the treaty's, though hung on "suspension")."""
    return verb.dep.startswith(deps) and verb.head == head and not genders_clash(verb, trigger)


OWN_WORDS = 6  # unparsed: words from a trigger to the date that follows it ("لقائه مع ناصر بوريطة في")
OWN_REACH = 4  # dependency steps from a date up to its trigger ("en" / "janvier" / "tournée")


def _date_head(sentence: Sentence, dated: Dated) -> int | None:
    """The token of a date expression that the rest of the sentence governs it through."""
    first = sentence.token_at(dated.start)
    if first is None:
        return None
    span = list(takewhile(lambda j: sentence.toks[j].start < dated.end, range(first, len(sentence.toks))))
    inside = set(span)
    return next((j for j in span if sentence.toks[j].head not in inside), None)


def _in_noun_phrase(sentence: Sentence, dated: Dated, head: int) -> bool:
    """A year that modifies a noun other than the trigger never dates the event: "the 2007 autonomy
    plan", "l'initiative d'autonomie présentée en 2007", "el plan de 2007"."""
    if not sentence.parsed or dated.date.granularity != "year":
        return False
    i = sentence.token_at(dated.start)
    if i is None:
        return False
    above, t, steps, walked = _ancestors(sentence, head), sentence.toks[i].head, 0, 0
    while t >= 0 and walked < 8:
        tok = sentence.toks[t]
        if t in above:
            return False
        if tok.pos in ("NOUN", "PROPN"):
            # "retiré sa confiance en 2012", "withdrew from the agreement in 2018": a time adjunct the parse
            # hung on the object noun
            return steps > 0 or not _after_time_word(sentence, i)
        if tok.pos in ("VERB", "AUX") and not tok.dep.startswith(("acl", "amod")):
            return False  # a clause of its own: _owned_elsewhere decides
        # (spaCy English hangs the year on its preposition: "in -pobj-> 2018" is one step, not two)
        steps += tok.pos != "ADP"
        t, walked = tok.head, walked + 1
    return False


def _names_a_noun(sentence: Sentence, dated: Dated, head: int) -> bool:
    """A day in the genitive of a noun other than the trigger is that noun's day, not the event's:
    "l'élection de dimanche", "las elecciones del domingo", "Sunday's election" (dates.yaml
    `day_genitives`), in a phrase below the event's own clause. "Hours later, Panama suspended flights"
    after "X said they refused to recognise the result of Sunday's election" is not Sunday's."""
    if not sentence.parsed or dated.date.granularity not in ("day", "month"):
        return False
    genitives = _day_genitives(sentence.language)
    j = _date_head(sentence, dated)
    if not genitives or j is None:
        return False
    tok = sentence.toks[j]
    if tok.head >= 0 and sentence.toks[tok.head].key in genitives:  # English "the vote of Sunday"
        j, tok = tok.head, sentence.toks[tok.head]
    above = _ancestors(sentence, head)
    noun = tok.head
    if noun < 0 or sentence.toks[noun].pos != "NOUN":
        return False
    genitive = sentence.toks[j].key in genitives or any(
        sentence.toks[c].key in genitives or sentence.toks[c].text.lower() in genitives
        for c in sentence.children(j)
    )
    # a happening the event came after or before ("a appelé à la retenue après les affrontements de mai",
    # "called for restraint after the clashes of May"): its month or day bounds the event, it is not its date
    if genitive and _in_sequence(sentence, noun):
        return True
    # a noun the event's own clause holds keeps its day ("La conférence de presse du mardi 6 septembre a
    # été marquée par...", "a atterri dans les premières heures de ce jeudi"): the day of a noun deeper in
    # the sentence is that noun's only
    if noun in above or sentence.toks[noun].head in above or dated.date.granularity != "day":
        return False
    return genitive


def _in_sequence(sentence: Sentence, noun: int) -> bool:
    """The noun follows a word of sequence (dates.yaml `sequence_words`: "après", "tras", "after"): its
    own preposition, or the one it is the object of (the English parse)."""
    words = _sequence_words(sentence.language)
    tok = sentence.toks[noun]
    marks = [c for c in sentence.children(noun) if sentence.toks[c].dep == "case"]
    if tok.head >= 0 and sentence.toks[tok.head].pos == "ADP":
        marks.append(tok.head)
    return any(sentence.toks[m].key in words for m in marks)


@functools.cache
def _sequence_words(language: str) -> frozenset[str]:
    return frozenset(load_vocabulary(language).word_lists.get("sequence_words", ()))


@functools.cache
def _day_genitives(language: str) -> frozenset[str]:
    return frozenset(load_vocabulary(language).word_lists.get("day_genitives", ()))


def _after_time_word(sentence: Sentence, i: int) -> bool:
    """A year after a word that opens a time adjunct ("retiré sa confiance en 2012", "withdrew its
    trust in 2012", "retiró su confianza en 2012": dates.yaml `year_cues`) dates its clause, even
    where the parse hangs it on the noun before it; "le plan de 2007", "the 2007 plan" name a noun."""
    if i == 0:
        return False
    before = sentence.toks[i - 1]
    cues = _year_cues(sentence.language)
    return before.key in cues or fold_aligned_word(before.text) in cues


@functools.cache
def _year_cues(language: str) -> frozenset[str]:
    """dates.yaml `year_cues`, as a set once per language (asked for every year in every clause)."""
    return frozenset(load_vocabulary(language).word_lists.get("year_cues", ()))


OF_THE = "ل"  # Arabic: the lam glued to a year word makes the year a noun's ("لعام 2007": of the year 2007)


def _noun_year(sentence: Sentence, dated: Dated, year_words: frozenset[str]) -> bool:
    """Unparsed text: a year introduced by a year word with the genitive lam ("الخطة لعام 2007", "the plan
    of the year 2007") names the noun before it and never dates an event; a bare "عام 2007" may be an
    adverb ("in the year 2007") and still dates one."""
    if sentence.parsed or dated.date.granularity != "year":
        return False
    i = sentence.token_at(dated.start)
    if i is None:
        return False
    words = [sentence.toks[j].key for j in (i - 1, i) if j >= 0]
    return any(key in year_words and key.startswith(OF_THE) for key in words)


ADNOMINAL_DEPS = ("acl", "relcl")  # clauses that qualify a noun ("acl:relcl" too)
PARTICIPLE_DEPS = ("amod", *ADNOMINAL_DEPS)  # a participle the tagger calls an adjective ("firmado en 2002")


def _in_adnominal_clause(sentence: Sentence, i: int | None, head: int) -> bool:
    """Token i lies in a clause qualifying a noun ("la marche qui s'est tenue dimanche"), a clause
    that does not hold the token at `head`."""
    owner = _owner(sentence, i) if i is not None and sentence.parsed else None
    return (
        owner is not None
        and sentence.toks[owner].dep.startswith(ADNOMINAL_DEPS)
        and owner not in _ancestors(sentence, head)
    )


def _owned_elsewhere(
    sentence: Sentence,
    dated: Dated,
    head: int,
    instruments: frozenset[str] = frozenset(),
    time_marks: frozenset[str] = frozenset(),
    attributions: frozenset[str] = frozenset(),
    scene_participles: frozenset[str] = frozenset(),
) -> bool:
    """The date belongs to a predicate that does not govern the trigger ("présentée en 2007")."""
    if not sentence.parsed:
        return False
    i = sentence.token_at(dated.start)
    if i is None:
        return False
    owner = _owner(sentence, i)
    return (
        owner is not None
        and owner not in _ancestors(sentence, head)
        and not _adopted(sentence, owner, head, instruments, attributions)
        and not _incise_on(sentence, owner, head)
        and not _before_its_participle(sentence, owner, i)
        and not _told_when(sentence, owner, head, time_marks)
        and not _sets_the_scene(sentence, owner, head, scene_participles)
    )


def _told_when(sentence: Sentence, verb: int, head: int, marks: frozenset[str]) -> bool:
    """The verb heads a clause of time on the trigger's clause ("when the commission awarded the town to
    Eritrea in April 2002, Ethiopia refused", "lorsque l'émissaire est arrivé en mars, Rabat a refusé"):
    what happened then dates the act it hangs on."""
    tok = sentence.toks[verb]
    return (
        bool(marks)
        and tok.dep.startswith("advcl")
        and tok.head in _ancestors(sentence, head)
        and any(sentence.toks[c].key in marks for c in sentence.children(verb) if c < verb)
    )


def _sets_the_scene(sentence: Sentence, verb: int, head: int, asked: frozenset[str]) -> bool:
    """The verb is a participle before the clause it hangs on, with that clause's subject for its own,
    telling the occasion of its act ("Speaking to reporters on Monday, Bourita said", "S'exprimant lundi
    devant la presse, X a rejeté", "Hablando el lunes, X rechazó"): its date is the act's. A past
    participle only when it tells of being asked (`asked`: "Interrogé dimanche par la télévision, X a
    accusé", "Asked on Sunday about..."); another tells what came before ("Élu en 2019, X a accusé")."""
    tok = sentence.toks[verb]
    return (
        tok.dep.startswith("advcl")
        and verb < tok.head
        and tok.head in _ancestors(sentence, head)
        and not any(sentence.toks[c].dep.startswith("nsubj") for c in sentence.children(verb))
        and (present_participle(tok) or bool({tok.key, tok.lemma} & asked))
    )


def _before_its_participle(sentence: Sentence, owner: int, i: int) -> bool:
    """The date stands before the comma that opens the present participle it hangs on ("spoke with
    Burhan on Thursday, urging him to", "habló el jueves con Burhan, instándole a"): the parser hung it
    on the participle, yet a participle's own adjuncts follow it; the date is the clause's before."""
    return present_participle(sentence.toks[owner]) and i < owner - 1 and sentence.toks[owner - 1].text == ","


def _incise_on(sentence: Sentence, verb: int, head: int) -> bool:
    """The verb is an incise that reports the trigger's clause ("X soutient le plan, a déclaré mardi
    le ministre": its subject after it): the statement's day is the stance's."""
    tok = sentence.toks[verb]
    subjects = [c for c in sentence.children(verb) if sentence.toks[c].dep.startswith("nsubj")]
    return (
        tok.dep in INCISE_DEPS
        and verb > head
        and (tok.head == head or tok.head in _ancestors(sentence, head))
        and bool(subjects)
        and all(c > verb for c in subjects)
    )


STATED_IN = ("obl", "nmod", "pobj", "nsubj")  # "urged in its resolution", "the resolution, adopted..., calls"


def _adopted(
    sentence: Sentence, owner: int, head: int, instruments: frozenset[str], attributions: frozenset[str]
) -> bool:
    """ "urged in Resolution 2440, adopted on 29 October", "dans un communiqué publié jeudi, X a dénoncé":
    the participle dates the text the event is stated in (its acts date from its vote or its issue),
    unless the text is what the event is about ("welcomed the resolution adopted on Friday": the
    reaction has its own, unknown, date), the text hangs on another verb than the trigger's ("X l'a reçu,
    a indiqué la présidence dans un communiqué publié dimanche": the account's day) or an account is
    attributed to it ("selon un communiqué publié dimanche")."""
    tok = sentence.toks[owner]
    if not instruments or not tok.dep.startswith("acl") or tok.head < 0:
        return False
    noun = sentence.toks[tok.head]
    if not {noun.lemma, noun.key} & instruments or not noun.dep.startswith(STATED_IN):
        return False
    if noun.dep.startswith("nsubj"):
        return True
    # the verb the text hangs on, past the prepositions of an English phrase ("in a statement", "according
    # to a statement"), and the marks on the way ("selon" hangs on the noun itself)
    marks, verb = list(sentence.children(tok.head)), noun.head
    while verb >= 0 and sentence.toks[verb].pos == "ADP":
        marks.append(verb)
        verb = sentence.toks[verb].head
    return verb in _ancestors(sentence, head) and not any(sentence.toks[m].key in attributions for m in marks)


def _owner(sentence: Sentence, i: int) -> int | None:
    """The nearest verb above token i (None when it hangs on no verb, e.g. a headline's date)."""
    t, steps = sentence.toks[i].head, 0
    while t >= 0 and steps < 8:
        if sentence.toks[t].pos in ("VERB", "AUX"):
            return t
        t, steps = sentence.toks[t].head, steps + 1
    return None


def _ancestors(sentence: Sentence, i: int) -> set[int]:
    out, t = {i}, sentence.toks[i].head
    while t >= 0 and t not in out:
        out.add(t)
        t = sentence.toks[t].head
    return out


NARRATIVE_DAYS = 10  # a text-dated event this close to publication sets the date of the undated ones after it


def narrative(event: EventDate | None, anchor: date | None) -> bool:
    """Whether a date the text gave can stand for the following undated events of the report."""
    if event is None or anchor is None or len(event.value) < 10:
        return False
    try:
        day = date.fromisoformat(event.value[:10])
    except ValueError:
        return False
    return 0 <= (anchor - day).days <= NARRATIVE_DAYS


def in_story(draft: Draft, stories: list[Draft]) -> Draft:
    """An event the text gives no time for, dated by the story it belongs to: among the events dated
    near publication before it (`narrative`), the one it shares most participants with, then most
    actors (the same protagonist acting), the latest on a tie ("Ban told Rabat on Monday he was angered
    by Sunday's march against him. [...] the statement issued after he met Mezouar": Monday's)."""
    best = max(
        enumerate(stories),
        key=lambda s: (
            len(draft.participants() & s[1].participants()),
            len(set(draft.actor) & set(s[1].actor)),
            s[0],
        ),
        default=None,
    )
    if best is None or best[1].date is None:
        return draft
    return draft.replace(date=dataclasses.replace(best[1].date, approximate=True), date_source="narrative")


def is_historical(event: EventDate | None, anchor: date | None) -> bool:
    if event is None or anchor is None or not event.value[:4].isdigit():
        return False
    return int(event.value[:4]) <= anchor.year - HISTORICAL_YEARS


def is_upcoming(event: EventDate | None, anchor: date | None, week: str = "") -> bool:
    """The event's date begins after the publication day ("demain", "next month"): not yet happened.
    `week`: the week the date names ("next week", "الأسبوع المقبل"), stored as its month (`as_month`),
    whose Monday decides: the month alone would hide a coming week of the publication month."""
    if event is None or anchor is None:
        return False
    if (monday := _week_start(week)) is not None:
        return monday > anchor
    parts = event.value.split("-")
    if not all(p.isdigit() for p in parts) or len(parts) not in (1, 2, 3):
        return False
    year, month, day = (int(p) for p in (parts + ["1", "1"])[:3])
    try:
        return date(year, month, day) > anchor
    except ValueError:
        return False


def is_past(event: EventDate | None, anchor: date | None) -> bool:
    """The whole span the date names ends before the publication day ("in May" read as last May in an
    article of March)."""
    if event is None or anchor is None:
        return False
    parts = event.value.split("-")
    if not all(p.isdigit() for p in parts) or len(parts) not in (1, 2, 3):
        return False
    return event.value < anchor.isoformat()[: len(event.value)]
