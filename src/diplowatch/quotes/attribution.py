"""Who said a quotation: choosing among the mentions of a speaker phrase, and the fallback
without a parse.

With a parse (quotes.syntax) the speaker phrase is the reporting verb's subject; `pick` chooses
in it: a person first ("le ministre algérien des Affaires étrangères, Ahmed Attaf"), else the
phrase's first actor, except that an organisation standing for a country ("la diplomatie
russe", "un communiqué du ministère russe") is that country, the way gold data and PLOVER code
it. A phrase naming a person only by nationality ("le diplomate sahraoui") is the person of
that country named before; a pronoun is the person named last.

Without a parse (Arabic): the sentence is the text between the sentence breaks around the
quotation (breaks inside quotations do not count); the speaker is the mention nearest a
reporting cue, else the nearest mention before the quotation, else the one after it. A
quotation with nobody in its sentence continues the previous quotation's speaker when it
follows closely (a speech quoted in several pieces). Right after the cue, an unnamed source
("وقال مصدر دبلوماسي") is nobody and a resolution ("ويدعو القرار") is the Security Council.

Two speakers are not actors of the text: an unnamed source (`unnamed`: a mention of kind
UNNAMED with no key, printed as speaker null with its words as speaker_text), and the Security
Council standing for a resolution it adopted (`adopting_assembly`: the assembly the article names nearest
it, else the Council), which the text may not name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from diplowatch.quotes.cues import QuoteCues
from diplowatch.quotes.spans import QuoteSpan
from diplowatch.quotes.syntax import Phrase
from diplowatch.text.assemblies import assembly_near
from diplowatch.text.mentions import ActorMention
from diplowatch.text.normalise import tokens

# A full stop after an initial or a title ("M. El-Sarraj", "Mr. Smith", "J. Biden") ends no sentence:
# cutting there left the reporting verb outside the quotation's sentence.
_BREAK = re.compile(r"(?<!\b\w)(?<!\b(?:Mr|Ms|Dr|Sr|St))(?<!\b(?:Mrs|Mme|Sra))[.!?؟](?=\s)|\n")
_SPACE = re.compile(r"\s")
_CLAUSE_BREAK = re.compile(r"[,،;:.!?؟«»“”\"\n]")
CONTINUATION = 400  # characters between two quotations of the same speaker
SUBJECT_REACH = 300  # characters: a pronoun's subject antecedent is in the sentence or the one before
_KIND_ORDER = {"person": 0, "organization": 1, "group": 1, "country": 2, "territory": 3}
UNNAMED = "unnamed"  # kind of the mention standing for an unnamed source: speaker null
COUNCIL = "United_Nations_Security_Council"  # the body whose resolutions the Western Sahara file quotes
_PHRASE_ENDS = {"ان", "ل", "في", "على", "من"}  # folded words that end an Arabic noun phrase
DOCUMENT_REACH = 1500  # characters back to the document "le texte" stands for


def unnamed(start: int, end: int) -> ActorMention:
    """An unnamed source ("une source proche du dossier"): no actor, its words kept."""
    return ActorMention(start, end, "", UNNAMED)


def adopting_assembly(start: int, end: int, found: Sequence[ActorMention] = ()) -> ActorMention:
    """The assembly speaking through a resolution named at body[start:end]: the one the article names
    nearest it (text.assemblies: "selon les résolutions lues à la fin du sommet" of ECOWAS is ECOWAS's),
    the Security Council when it names none."""
    return ActorMention(start, end, assembly_near(found, start, end) or COUNCIL, "organization")


def last_document_is_resolution(body: str, before: int, lexicon: QuoteCues) -> bool:
    """Whether the last document named before `before` ("la résolution", "le communiqué") is a
    resolution: what "le texte" then stands for."""
    for tok in reversed(
        tokens(body[max(0, before - DOCUMENT_REACH) : before], max(0, before - DOCUMENT_REACH))
    ):
        if lexicon.is_resolution(tok.key):
            return True
        if lexicon.is_document(tok.key) and not lexicon.is_text(tok.key):
            return False
    return False


def nominal_source(
    body: str, quote: QuoteSpan, cue_at: list[int], lexicon: QuoteCues, found: Sequence[ActorMention] = ()
) -> ActorMention | None:
    """Without a parse: the noun right after the reporting cue nearest the quotation, when it is
    an unnamed source ("وقال مصدر دبلوماسي جزائري إن") or a resolution ("ويدعو القرار")."""
    if not cue_at:
        return None
    cue = min(cue_at, key=lambda c: abs(c - quote.outer_start))
    words = tokens(body[cue : min(len(body), cue + 200)], cue)
    if len(words) < 2:
        return None
    noun = words[1]
    if lexicon.is_resolution(noun.key):
        return adopting_assembly(noun.start, noun.end, found)
    if lexicon.is_anonymous(noun.key):
        stop = _CLAUSE_BREAK.search(body, noun.end, max(noun.end, quote.outer_start))
        limit = stop.start() if stop else quote.outer_start
        end = noun.end
        for word in words[2:]:  # its modifiers, up to "إن"/"أن" or a preposition ("لـ")
            if word.end > limit or word.key in _PHRASE_ENDS:
                break
            end = word.end
        return unnamed(noun.start, end)
    return None


def sentence_around(body: str, quote: QuoteSpan, quotes: Sequence[QuoteSpan]) -> tuple[int, int]:
    def inside(i: int) -> bool:
        return any(q.outer_start <= i < q.outer_end for q in quotes)

    left = max(
        (m.end() for m in _BREAK.finditer(body, 0, quote.outer_start) if not inside(m.start())), default=0
    )
    right = next(
        (m.start() + 1 for m in _BREAK.finditer(body, quote.outer_end) if not inside(m.start())), len(body)
    )
    return left, right


def cues(body: str, start: int, end: int, lexicon: QuoteCues, quotes: Sequence[QuoteSpan]) -> list[int]:
    """Offsets of attribution cues in body[start:end], outside quotations."""
    return [
        tok.start
        for tok in tokens(body[start:end], start)
        if not in_quote(tok.start, quotes) and lexicon.is_reporting(tok.key)
    ]


def in_quote(offset: int, quotes: Sequence[QuoteSpan]) -> bool:
    return any(q.outer_start <= offset < q.outer_end for q in quotes)


def speaker(
    quote: QuoteSpan,
    window: tuple[int, int],
    cue_at: list[int],
    found: Sequence[ActorMention],
    quotes: Sequence[QuoteSpan],
    body: str = "",
) -> ActorMention | None:
    start, end = window
    candidates = [
        m
        for m in found
        if start <= m.start
        and m.end <= end
        and not any(q.outer_start <= m.start < q.outer_end for q in quotes)
    ]
    if not candidates:
        return None
    if cue_at and body:
        # Verb first (Arabic "قالت جبهة البوليساريو", "a déclaré X"): a mention opening right after
        # the cue is its subject, even when the previous clause's object ends just before it.
        subject = [m for m in candidates if any(0 <= m.start - _word_end(body, c) <= 2 for c in cue_at)]
        if subject:
            return _person_in_phrase(min(subject, key=lambda m: m.start), candidates, body)
    if cue_at:
        nearest = min(
            candidates, key=lambda m: (min(_distance(m, c) for c in cue_at), _KIND_ORDER.get(m.kind, 4))
        )
        return _person_in_phrase(nearest, candidates, body) if body else nearest
    before = [m for m in candidates if m.end <= quote.outer_start]
    if before:
        return max(before, key=lambda m: m.end)
    return min(candidates, key=lambda m: m.start)


def _person_in_phrase(nearest: ActorMention, candidates: Sequence[ActorMention], body: str) -> ActorMention:
    """Without a parse, the speaker phrase runs from the nearest mention to the next clause break:
    a person named in it is the speaker ("قال سفير المغرب لدى الأمم المتحدة عمر هلال" -> Hilale)."""
    if nearest.kind == "person":
        return nearest
    stop = _CLAUSE_BREAK.search(body, nearest.end)
    limit = stop.start() if stop else len(body)
    return next(
        (m for m in candidates if m.kind == "person" and nearest.end <= m.start and m.end <= limit), nearest
    )


def _word_end(body: str, at: int) -> int:
    space = _SPACE.search(body, at)
    return space.start() if space else len(body)


def _distance(m: ActorMention, at: int) -> int:
    return at - m.end if m.end <= at else m.start - at


def pick(phrase: Phrase, found: Sequence[ActorMention], quotes: Sequence[QuoteSpan]) -> ActorMention | None:
    """The speaker among the mentions in a subject phrase (see the module docstring)."""
    inside = [m for m in found if phrase.covers(m.start) and not in_quote(m.start, quotes)]
    persons = [m for m in inside if m.kind == "person"]
    if persons:
        return persons[0]
    if not inside:
        return None
    first = inside[0]  # outermost first: mentions are sorted by start, longest first
    nested = [m for m in inside if m.kind == "country" and first.start <= m.start and m.end <= first.end]
    if first.kind in ("organization", "group") and nested:
        return nested[0]
    return first


def names_head(phrase: Phrase, found: Sequence[ActorMention]) -> bool:
    """Whether an actor mention covers the phrase's head word ("diplomatie" in "la diplomatie
    russe" does; "diplomate" in "le diplomate sahraoui" does not: that names a person)."""
    start, end = phrase.head
    return any(m.start <= start and end <= m.end for m in found)


def antecedent(
    before: int,
    found: Sequence[ActorMention],
    quotes: Sequence[QuoteSpan],
    country: str | None = None,
    countries: dict[str, str | None] | None = None,
    subjects: Sequence[tuple[int, int]] = (),
) -> ActorMention | None:
    """The person named last before `before` (outside quotations), of `country` when given.
    A person named as a subject wins over one named later as an object: in "Macron a annoncé
    au roi Mohammed VI que... « ... », a-t-il ajouté" the pronoun is Macron."""
    people = [
        m
        for m in found
        if m.kind == "person"
        and m.end <= before
        and not in_quote(m.start, quotes)
        and (country is None or (countries or {}).get(m.key) == country)
    ]
    as_subject = [
        m
        for m in people
        if before - m.end <= SUBJECT_REACH and any(s <= m.start and m.end <= e for s, e in subjects)
    ]
    return max(as_subject or people, key=lambda m: m.end, default=None)
