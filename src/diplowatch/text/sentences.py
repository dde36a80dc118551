"""Sentences of an article as token lists the event and quote stages read.

Where a spaCy pipeline exists the sentences and tokens come from the parse
(`Article.parses`), with lemmas and the dependency tree; elsewhere
(Arabic) a regex splits sentences and tokens carry folded surface forms only.
Token heads are indices into the sentence's own token list (-1: the root, or a
head outside the sentence).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

from diplowatch.model import Article, Segment
from diplowatch.text.normalise import Token, fold, tokens
from diplowatch.text.parse import parsed_segments

# A sentence ends at . ! ? ؟ or a line break, not after a one-letter initial ("M.") or inside digits.
_FINAL = frozenset('.!?…:;»"”؟')
# Punctuation between two words of one sentence that ends a phrase: a word before it does not
# govern or describe a word after it ("the efforts, renewed" is not "the efforts to renew").
PHRASE_BREAK = re.compile(r"[,.;:()«»\"“”،؛]")
_SENTENCE_END = re.compile(r"(?<!\b\w)[.!?؟]+[\"»”’]?(?=\s)|\n+")


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int  # position in the article
    start: int
    end: int
    language: str
    toks: tuple[Token, ...]
    parsed: bool

    # Each token's children, found once: the event rules ask for them over and over.
    _children: tuple[tuple[int, ...], ...] = field(init=False, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        children: list[list[int]] = [[] for _ in self.toks]
        for j, tok in enumerate(self.toks):
            if 0 <= tok.head < len(children):
                children[tok.head].append(j)
        object.__setattr__(self, "_children", tuple(map(tuple, children)))

    def children(self, i: int) -> list[int]:
        if 0 <= i < len(self._children):
            return list(self._children[i])
        return [j for j, t in enumerate(self.toks) if t.head == i]  # -1: the roots

    def subtree(self, i: int) -> set[int]:
        """Token i and everything below it."""
        out, todo = {i}, [i]
        while todo:
            for child in self.children(todo.pop()):
                if child not in out:
                    out.add(child)
                    todo.append(child)
        return out

    def token_at(self, offset: int) -> int | None:
        """Index of the token covering body offset `offset` (or the next one)."""
        for j, tok in enumerate(self.toks):
            if tok.end > offset:
                return j
        return None


def sentences(article: Article) -> list[Sentence]:
    out: list[Sentence] = []
    for part in parsed_segments(article):
        segment, doc = part.segment, part.doc
        spans = _parsed(article.body, segment, doc) if doc is not None else _split(article.body, segment)
        for start, end, toks, parsed in spans:
            if toks:
                out.append(Sentence(len(out), start, end, segment.language, toks, parsed))
    return out


def _parsed(body: str, segment: Segment, doc: Any) -> list[tuple[int, int, tuple[Token, ...], bool]]:
    out: list[tuple[int, int, tuple[Token, ...], bool]] = []
    for start, end, toks, parsed in _spacy_sentences(segment, doc):
        if out and _continues(body, out[-1], start):
            last = out[-1]
            shift = len(last[2])
            moved = tuple(dataclasses.replace(t, head=t.head + shift if t.head >= 0 else -1) for t in toks)
            out[-1] = (last[0], end, last[2] + moved, True)
        else:
            out.append((start, end, toks, parsed))
    return out


def _continues(body: str, previous: tuple[int, int, tuple[Token, ...], bool], start: int) -> bool:
    """spaCy sometimes cuts a sentence after its first word ("Moscou | n'a pas condamné"): a
    sentence whose predecessor has no final punctuation and no line break between them goes on."""
    toks = previous[2]
    return bool(toks) and toks[-1].text[-1:] not in _FINAL and "\n" not in body[toks[-1].end : start]


def _spacy_sentences(segment: Segment, doc: Any) -> list[tuple[int, int, tuple[Token, ...], bool]]:
    offset = segment.start
    out = []
    for sent in (piece for whole in doc.sents for piece in paragraphs(whole)):
        kept = [t for t in sent if not t.is_space]
        position = {t.i: n for n, t in enumerate(kept)}  # heads index the kept tokens of the sentence
        toks = []
        for t in kept:
            head = t.head.i
            toks.append(
                Token(
                    offset + t.idx,
                    offset + t.idx + len(t.text),
                    t.text,
                    fold(t.text),
                    fold(t.lemma_ or t.text),
                    t.pos_,
                    t.dep_,
                    position.get(head, -1) if head != t.i else -1,
                    str(t.morph),
                )
            )
        out.append((offset + sent.start_char, offset + sent.end_char, tuple(toks), True))
    return out


def paragraphs(sent: Any) -> list[Any]:
    """spaCy sentences cut at paragraph breaks: a blank line always, a single line break when the line
    before ends a sentence or the next line starts with a capital (a title, a list item, a new paragraph).
    A head across the cut becomes -1 (the pieces are parsed as they were, only split)."""
    pieces, begin = [], sent.start
    for t in sent:
        if t.is_space and "\n" in t.text and sent.start < t.i < sent.end - 1:
            before, after = t.doc[t.i - 1], t.doc[t.i + 1]
            if t.text.count("\n") > 1 or before.text[-1:] in _FINAL or after.text[:1].isupper():
                pieces.append(sent.doc[begin : t.i])
                begin = t.i + 1
    pieces.append(sent.doc[begin : sent.end])
    return [trimmed for piece in pieces if len(trimmed := _trim(piece))]


def _trim(span: Any) -> Any:
    """The span without leading or trailing whitespace tokens (evidence ends at the last word)."""
    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    return span.doc[start:end]


def _split(body: str, segment: Segment) -> list[tuple[int, int, tuple[Token, ...], bool]]:
    text = body[segment.start : segment.end]
    out, begin = [], 0
    for match in [*_SENTENCE_END.finditer(text), None]:
        stop = match.end() if match else len(text)
        if text[begin:stop].strip():
            start, end = segment.start + begin, segment.start + stop
            toks = tuple(tokens(body[start:end], start))
            out.append((start, end, toks, False))
        begin = stop
    return out
