"""Find the article in a web page flattened to text.

Each line gets a score: sentence-like lines count for their length, menu items,
other headlines, captions and cue lines (from the data files) count against.
The article is the run of lines with the highest total (a maximum-sum
subarray), cut at the first end-of-article cue; inside it, cue lines, captions
and short non-sentences are dropped, tweets and quotations are kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from diplowatch.reading.cues import Cues, cues
from diplowatch.reading.unwrap import unwrap

TERMINAL = tuple('.!?…:;»"”’)؟')
MARKDOWN_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)|(?<=\S)(\*\*|__)")
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
INVISIBLE_CHAR = re.compile("[" + "".join(map(chr, INVISIBLE)) + "]")
TWEET_BODY = re.compile(r"pic\.twitter\.com/|(^|\s)#\w|@\w{2,}")
AGENCY_SUFFIX = re.compile(r"\s*/\s*[A-Z][\w. ]{1,25}$")

# Line scores. Text lines count +1 a word; the rest count against.
SCORE_CUE = -8.0
SCORE_DUPLICATE = -8.0
SCORE_SHORT = -2.0
SCORE_HEADLINE = -4.0
MIN_SENTENCE_WORDS = 8
MIN_SHORT_SENTENCE_WORDS = 4
MAX_UNPUNCTUATED_WORDS = 30  # an unpunctuated line this long is running text, not a headline
MAX_CAPTION_WORDS = 18


@dataclass(frozen=True, slots=True)
class Line:
    index: int
    text: str
    kind: str  # text | short | headline | cue | end | duplicate | caption | tweet
    score: float


OPENING_LINES = 3  # lines of the article's run whose dropped ones still belong with its header


@dataclass(frozen=True, slots=True)
class Cleaned:
    body: str
    header: tuple[str, ...]  # lines before the article (cue lines too: "Publié le ..." is a dateline)
    tail: tuple[str, ...]  # lines after it: other headlines, footer


def clean_text(text: str) -> Cleaned:
    """The article body of a flattened page, with what came before and after it."""
    c = cues()
    lines = [c.trailing_credit.sub("", line.strip()) for line in normalise_markup(text).split("\n")]
    lines = unwrap(lines, TERMINAL)
    forced_header, lines = _split_inline_header(lines, c)
    scored = _classify([line for line in lines if line], c)
    first, last = _extend_over_cues(scored, *_best_run(scored))
    if last == len(scored) - 2 and _truncated_paragraph(scored[-1]):
        scored[-1] = Line(scored[-1].index, scored[-1].text, "text", 0.0)
        last += 1
    scored[first : last + 1] = _subheadings(scored[first : last + 1])
    kept = [line.text for line in scored[first : last + 1] if _keep(line)]
    if not kept:  # nothing article-like: keep what is not boilerplate
        kept = [line.text for line in scored if line.kind not in ("cue", "end", "duplicate", "caption")]
        first, last = 0, len(scored) - 1
    body = "\n\n".join(_cut_inline_related(line, c) for line in kept)
    header = forced_header + tuple(line.text for line in scored[:first] if line.kind != "end")
    # a dateline dropped from the article's opening lines ("RABAT, Nov 1, 2024 (Reuters) -" under a
    # headline read as text) still dates the page: with the header, before the article
    header += tuple(
        line.text
        for line in scored[first : last + 1][:OPENING_LINES]
        if not _keep(line) and line.kind not in ("end", "duplicate")
    )
    tail = tuple(line.text for line in scored[last + 1 :])
    return Cleaned(body.strip(), header, tail)


def normalise_markup(text: str) -> str:
    """NFC, no invisible characters, markdown links and emphasis reduced to their text.

    Each step runs only on a text holding what it changes: `str.translate` looks up every character
    in a dict, and the emphasis regex has no literal to skip ahead to, so on a text with none of
    them both cost more than all the rest of the step."""
    text = unicodedata.normalize("NFC", text)
    if INVISIBLE_CHAR.search(text):
        text = text.translate(INVISIBLE)
    text = text.replace("\u00a0", " ")
    if "[" in text:
        text = MARKDOWN_LINK.sub(r"\1", text)
    if "**" in text or "__" in text:
        text = MARKDOWN_EMPHASIS.sub("", text)
    return text


def _split_inline_header(lines: list[str], c: Cues) -> tuple[tuple[str, ...], list[str]]:
    """A page flattened onto one line: take 'date ...', the title and the byline out as header."""
    header: list[str] = []
    out: list[str] = []
    for position, line in enumerate(lines):
        if position < 3 and (match := c.inline_date_prefix.match(line)):
            header.append(match.group(0).strip())
            line = line[match.end() :].strip()
        if position < 3 and len(line) > 200:
            head, line = _split_byline(line, c)
            header.extend(head)
        out.append(line)
    return tuple(header), out


BYLINE_DATE = re.compile(
    r"\s*(?:,?\s*(?:le\s+)?\d{1,2}(?:er)?\s+\w+\.?\s+\d{4}|\s*\w+\.?\s+\d{1,2},\s+\d{4})"
    r"(?:\s*(?:à|at|a las|-|,)?\s*\d{1,2}[:h]\d{2})?"
)


def _split_byline(line: str, c: Cues) -> tuple[list[str], str]:
    """'Title Par Name 30 juillet 2024 à 15:36 ALGER, ... – Text' -> ([title, byline], text)."""
    match = c.byline.search(line, 0, 250)
    if not match or match.start() < 15:
        return [], line
    date = BYLINE_DATE.match(line, match.end())
    end = date.end() if date else match.end()
    return [line[: match.start()].strip(), line[match.start() : end].strip()], line[end:].strip()


def _classify(lines: list[str], c: Cues) -> list[Line]:
    keys = [_key(line) for line in lines]  # once a line: its regex is searched from every offset
    counts = Counter(keys)
    pairs = enumerate(zip(lines, keys, strict=True))
    scored = [_line(i, line, c, counts[key] > 1) for i, (line, key) in pairs]
    return _mark_captions(scored)


def _line(index: int, text: str, c: Cues, repeated: bool) -> Line:
    words = len(text.split())
    if c.end_of_article.matches(text):
        return Line(index, text, "end", float("-inf"))
    if c.drop_line.matches(text):
        return Line(index, text, "cue", SCORE_CUE)
    if c.tweet_attribution.match(text):
        return Line(index, text, "tweet", 0.0)
    if repeated:  # the same line (`_key`) elsewhere on the page
        return Line(index, text, "duplicate", SCORE_DUPLICATE)
    if _sentence_like(text, words):
        return Line(index, text, "text", float(words))
    if (
        words >= MIN_SHORT_SENTENCE_WORDS
        and _ends_sentence(text, words)
        and not text[0].islower()
        and not _shouted(text)
    ):
        return Line(index, text, "text", words / 2)  # a short sentence: weak evidence of running text
    if TWEET_BODY.search(text):
        return Line(index, text, "tweet", 0.0)
    if words >= 4:
        return Line(index, text, "headline", SCORE_HEADLINE)
    return Line(index, text, "short", SCORE_SHORT)


def _sentence_like(text: str, words: int) -> bool:
    return (
        words >= MIN_SENTENCE_WORDS
        and (_ends_sentence(text, words) or words >= MAX_UNPUNCTUATED_WORDS)
        and not _shouted(text)
    )


CLOSING_QUOTES = tuple('»"”’')
SENTENCE_MARKS = tuple(".!?…؟")
# a sentence mark inside the line, not dots that separate a headline's parts ("X.. Y", "X… Y", "X... Y")
INNER_BREAK = re.compile(r"(?<![.…])[.!?؟]\s")
MAX_HEADLINE_WORDS = 20


def _ends_sentence(text: str, words: int) -> bool:
    """The line ends as a sentence does. A closing quote ends one only after a mark of its own
    ("« nous refusons. »"), or in a line too long or too broken to be a headline: "Alger et le
    Polisario dénoncent un texte « déséquilibré »" is the page's title, not running text."""
    if not text.endswith(TERMINAL) or MERIDIEM_END.search(text):  # "..., septiembre 27 de 2016 - 6:10 a.m."
        return False
    if not text.endswith(CLOSING_QUOTES):
        return True
    return (
        text[:-1].rstrip().endswith(SENTENCE_MARKS)
        or words > MAX_HEADLINE_WORDS
        or bool(INNER_BREAK.search(text))
    )


# a clock's meridiem closing a line ("6:10 a.m."): its dot ends an abbreviation, not a sentence
MERIDIEM_END = re.compile(r"\d\s*[ap]\.\s?m\.$", re.I)
MIN_CASED_LETTERS = 12
SHOUTED_SHARE = 0.6


def _shouted(text: str) -> bool:
    """A line mostly in capitals ("ACCUEIL À LA UNE IL A RENCONTRÉ LES CHEFS..."): a menu, a
    breadcrumb or a headline, not running text (scripts without case are never shouted)."""
    # Counted by str methods mapped over the line (no Python step per character); no character is
    # both upper and lower case, so the two counts add up to the cased letters.
    upper = sum(map(str.isupper, text))
    cased = upper + sum(map(str.islower, text))
    return cased >= MIN_CASED_LETTERS and upper / cased > SHOUTED_SHARE


def _key(line: str) -> str:
    """Lines that differ only by an agency credit ('... / EFE') or case are the same line."""
    return AGENCY_SUFFIX.sub("", line).casefold()


def _mark_captions(lines: list[Line]) -> list[Line]:
    """A short line just before a photo credit is that photo's caption."""
    out = list(lines)
    for i in range(1, len(out)):
        previous = out[i - 1]
        credit = out[i].kind == "cue" and re.search(r"(?i)image|photo|foto|picture", out[i].text)
        if (
            credit
            and previous.kind in ("text", "headline", "short")
            and len(previous.text.split()) <= MAX_CAPTION_WORDS
        ):
            out[i - 1] = Line(previous.index, previous.text, "caption", SCORE_DUPLICATE)
    return out


def _best_run(lines: list[Line]) -> tuple[int, int]:
    """Maximum-sum run of consecutive lines (Kadane); never crosses an end-of-article cue."""
    best, best_range = 0.0, (0, -1)
    total, start = 0.0, 0
    for i, line in enumerate(lines):
        if total <= 0:
            total, start = 0.0, i
        total += line.score
        if total > best:
            best, best_range = total, (start, i)
    return best_range


def _extend_over_cues(lines: list[Line], first: int, last: int) -> tuple[int, int]:
    """A 'Read more' line inside the article costs more than a short closing sentence after it
    earns: carry the run over cue lines as long as running text (or an embedded tweet's
    attribution line) follows."""
    position = last + 1
    while position < len(lines):
        while position < len(lines) and lines[position].kind == "cue":
            position += 1
        if position < len(lines) and lines[position].kind in ("text", "tweet"):
            last = position
            position += 1
        else:
            break
    return first, last


def _truncated_paragraph(line: Line) -> bool:
    """A document cut off mid-paragraph (a truncated page or archive) ends on running text with no
    final punctuation; as the very last line right after the article it is the article's."""
    return line.kind == "headline" and len(line.text.split()) >= MIN_SENTENCE_WORDS


def _subheadings(run: list[Line]) -> list[Line]:
    """An unpunctuated line of sentence length between two paragraphs of the article is one of its
    subheadings ("The envoy will also visit Algeria and Mauritania"): it says something, keep it.
    After a cue line ("Lire aussi") or a caption it is another article's headline, and stays out."""
    out = list(run)
    for i in range(1, len(run) - 1):
        line = run[i]
        if (
            line.kind == "headline"
            and len(line.text.split()) >= MIN_SENTENCE_WORDS
            and run[i - 1].kind == "text"
            and run[i + 1].kind == "text"
            and not _shouted(line.text)
        ):
            out[i] = Line(line.index, line.text, "text", 0.0)
    return out


def _keep(line: Line) -> bool:
    return line.kind in ("text", "tweet")


def _cut_inline_related(line: str, c: Cues) -> str:
    """Drop a 'Lire aussi >> Other headline' run inside a line, up to where a sentence resumes."""
    match = c.inline_related.search(line)
    if not match:
        return line
    resume = _sentence_resumes(line, match.end(), c)
    return (line[: match.start()].rstrip() + " " + line[resume:].lstrip()).strip()


def _sentence_resumes(line: str, start: int, c: Cues) -> int:
    """Offset of the first sentence-opening word after an inline headline (or the end of the line)."""
    tokens = list(re.finditer(r"\S+", line[start:]))
    for n, token in enumerate(tokens[1:], start=1):
        word = token.group(0)
        previous = tokens[n - 1].group(0)
        opener = word in c.sentence_starters or any(word.startswith(s) for s in ("L’", "L'"))
        if n >= 4 and opener and not previous.endswith(":"):
            return start + token.start()
    return len(line)


def drop_cue_lines(text: str) -> str:
    """Text already extracted from HTML: only drop lines that are boilerplate cues."""
    c = cues()
    kept = []
    for line in (line.strip() for line in text.split("\n")):
        if c.end_of_article.matches(line):
            break
        if line and not c.drop_line.matches(line):
            kept.append(_cut_inline_related(line, c))
    return "\n\n".join(kept)
