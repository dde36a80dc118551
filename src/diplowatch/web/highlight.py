"""Article text cut into paragraphs of plain pieces, some of them marked (evidence sentence, trigger,
actors, recipients, date expression). The pieces stay plain strings and the template escapes each
one: highlighting never builds HTML out of article text.

What the store keeps to find them: each event's evidence span (character offsets into the body, and
its text, searched for when the offsets do not fit), the offsets of every actor mention, the date
expression as written, and the trigger words inside the rule name (`rules:en:CONSULT:met:how`, a
trailing `*` marking a stem).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from diplowatch.model import Article, Event, Evidence

MARKS = ("evidence", "trigger", "actor", "recipient", "date")
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})
_PARAGRAPH = re.compile(r"[^\n]+")
MIN_TRIGGER_CHARS = 3
ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
ARABIC_PROCLITICS = "(?:[وف]?[بلك]?(?:ال)?)"


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    marks: str  # space-separated mark classes, "" for plain text


@dataclass(frozen=True, slots=True)
class Paragraph:
    pieces: tuple[Piece, ...]
    language: str
    direction: str  # "rtl" for right-to-left languages, else "auto"
    has_evidence: bool


def located(body: str, evidence: Evidence) -> tuple[int, int] | None:
    """Where an evidence sentence is in the body: at its offsets, else wherever its text is found."""
    if body[evidence.start : evidence.end] == evidence.text:
        return evidence.start, evidence.end
    found = body.find(evidence.text) if evidence.text else -1
    return (found, found + len(evidence.text)) if found >= 0 else None


def trigger_words(rule: str) -> list[str]:
    """`rules:fr:CONSULT:s'entretenir* avec:proximity` -> ["s'entretenir*", "avec"]."""
    parts = rule.split(":")
    return parts[3].split() if len(parts) >= 5 and parts[0] == "rules" else []


def _word_spans(text: str, start: int, end: int, word: str) -> Iterable[tuple[int, int]]:
    stem = word.endswith("*")
    pattern = re.escape(word.rstrip("*").casefold()) + (r"\w*" if stem else r"(?!\w)")
    if ARABIC_LETTER.match(word):  # a conjunction or preposition written as one word with it: ورحبت
        pattern = ARABIC_PROCLITICS + pattern
    for found in re.finditer(r"(?<!\w)" + pattern, text[start:end].casefold()):
        yield start + found.start(), start + found.end()


def trigger_span(text: str, start: int, end: int, word: str) -> tuple[int, int] | None:
    """The first place in text[start:end] where a trigger word stands: as listed, else inflected (the
    lexicon lists lemmas, "rendre", "viajar": their stem less two letters finds "rendu", "viajado").
    Words of one or two letters ("à", "a") are not marked: they would be found anywhere."""
    bare = word.rstrip("*")
    if len(bare) < MIN_TRIGGER_CHARS:
        return None
    tries = [word] + ([bare[:-2] + "*"] if len(bare) >= MIN_TRIGGER_CHARS + 3 else [])
    for pattern in tries:
        for found in _word_spans(text, start, end, pattern):
            return found
    return None


def marks_for(article: Article, events: Sequence[Event]) -> list[set[str]]:
    """One set of mark classes per character of the body."""
    body = article.body
    marks: list[set[str]] = [set() for _ in body]

    def mark(start: int, end: int, name: str) -> None:
        for i in range(max(start, 0), min(end, len(body))):
            marks[i].add(name)

    for event in events:
        sides = {**{a: "recipient" for a in event.recipient}, **{a: "actor" for a in event.actor}}
        for evidence in event.evidence_spans:
            span = located(body, evidence)
            if span is None:
                continue
            start, end = span
            mark(start, end, "evidence")
            for actor in article.actors:
                side = sides.get(actor.id or "") or sides.get(actor.name)
                for mention in actor.mentions if side else ():
                    if start <= mention.start and mention.end <= end:
                        mark(mention.start, mention.end, side or "")
            if event.date and event.date.text.strip():
                at = body.casefold().find(event.date.text.casefold(), start, end)
                if at >= 0:
                    mark(at, at + len(event.date.text), "date")
            for word in trigger_words(event.rule):
                found = trigger_span(body, start, end, word)
                if found is not None:
                    mark(*found, "trigger")
    return marks


def paragraphs(article: Article, events: Sequence[Event]) -> list[Paragraph]:
    """The body as paragraphs (one a line), each with its language and reading direction."""
    marks = marks_for(article, events)
    out = []
    for found in _PARAGRAPH.finditer(article.body):
        if not found.group().strip():
            continue
        language = _language_at(article, found.start())
        pieces = tuple(_pieces(article.body, marks, found.start(), found.end()))
        out.append(
            Paragraph(
                pieces,
                language,
                "rtl" if language in RTL_LANGUAGES else "auto",
                any(p.marks for p in pieces),
            )
        )
    return out


def _pieces(body: str, marks: list[set[str]], start: int, end: int) -> Iterable[Piece]:
    run_start = start
    for i in range(start + 1, end + 1):
        if i == end or marks[i] != marks[run_start]:
            yield Piece(body[run_start:i], " ".join(m for m in MARKS if m in marks[run_start]))
            run_start = i


def _language_at(article: Article, offset: int) -> str:
    for segment in article.segments:
        if segment.start <= offset < segment.end:
            return segment.language
    return article.language or ""


def snippet_pieces(snippet: str) -> list[Piece]:
    """A search snippet whose hits the store put between [ and ] as plain and marked pieces."""
    pieces: list[Piece] = []
    for found in re.finditer(r"\[([^\[\]]*)\]|[^\[]+|\[", snippet):
        if found.group(1) is not None:
            pieces.append(Piece(found.group(1), "hit"))
        else:
            pieces.append(Piece(found.group(), ""))
    return pieces
