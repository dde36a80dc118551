"""Language segments covering the body: Arabic-script runs, then paragraph-level detection (lingua).

Arabic script settles Arabic among our four languages without a model; Latin
paragraphs are told apart by lingua, restricted to French, English and Spanish
(fast, offline, small). Runs too short to judge join their neighbour.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from diplowatch.model import Segment
from diplowatch.reading.decode import ARABIC_LETTER
from diplowatch.reading.function_words import obvious_language

SUPPORTED = ("fr", "en", "es", "ar")
ARABIC_RUN = re.compile(
    r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff][\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\s\d.,:;!?«»\"“”'()#_\-،؛؟]*"
)
_LATIN = "A-Za-zÀ-ÿ"
LATIN_LETTER = re.compile(f"[{_LATIN}]")
PARAGRAPH = re.compile(r"\n\s*\n")
# The end of an embedded tweet's attribution, "(@handle) March 11, 2024": it belongs to the tweet.
TWEET_TAIL = re.compile(r"\(?@\w+\)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}")
# A run with fewer letters than this cannot be judged; it joins its neighbour.
MIN_LETTERS = 25
# Matches a text holding at least MIN_LETTERS Latin letters, and stops at the last of them: a paragraph
# is not scanned to its end, nor its letters listed, to learn that it has enough.
LATIN_ENOUGH = re.compile(f"(?:[^{_LATIN}]*[{_LATIN}]){{{MIN_LETTERS}}}")


@functools.cache
def _detector():  # -> lingua.LanguageDetector
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.FRENCH, Language.ENGLISH, Language.SPANISH).build()


def detect(text: str) -> str | None:
    """The language of one Latin-script passage (fr/en/es), or None when lingua cannot tell. Its function
    words settle most paragraphs before lingua is asked (function_words.py: far cheaper)."""
    return judged(text)[0]


# lingua's confidence below which its pick for a paragraph is a close call, and the confidence of the
# document's language above which that language may be kept: "Bourita paid a visit to the Mauritanian
# president in Nouakchott" is French at 0.50 against English at 0.43.
SURE = 0.6
CLOSE = 0.3


def judged(text: str) -> tuple[str | None, dict[str, float]]:
    """`detect`'s answer, with lingua's confidence in each language when it was asked and found the
    call close (empty otherwise: the function words or a clear lead settled it)."""
    if obvious := obvious_language(text):
        return obvious, {}
    values = _detector().compute_language_confidence_values(text)
    if not values or values[0].value <= 0:
        return None, {}
    best = values[0].language.iso_code_639_1.name.lower()
    if values[0].value >= SURE:
        return best, {}
    return best, {v.language.iso_code_639_1.name.lower(): v.value for v in values}


def segments(body: str, hint: str | None = None) -> tuple[Segment, ...]:
    """Language runs covering body[0:len(body)] without gaps; `hint` decides runs too short to judge."""
    if not body:
        return ()
    judged_pieces = [(start, end, *_judge(body[start:end])) for start, end in _pieces(body)]
    pieces = [(start, end, language) for start, end, language, _ in judged_pieces]
    fallback = hint if hint in SUPPORTED else _majority(pieces) or "fr"
    # a close call goes to the document's language when that one is a contender (names weigh on lingua)
    pieces = [
        (start, end, fallback if close.get(fallback, 0.0) >= CLOSE else language)
        for start, end, language, close in judged_pieces
    ]
    resolved = _fill_unknown(pieces, fallback)
    return _merge(resolved, len(body))


def main_language(parts: tuple[Segment, ...]) -> str | None:
    sizes: Counter[str] = Counter()
    for part in parts:
        sizes[part.language] += part.end - part.start
    return sizes.most_common(1)[0][0] if sizes else None


def _pieces(body: str) -> list[tuple[int, int]]:
    """Arabic runs, and the Latin text between them split at paragraph breaks."""
    cuts: list[tuple[int, int]] = []
    position = 0
    for run in ARABIC_RUN.finditer(body):
        if _arabic_letters(run.group(0)) < 3:
            continue
        if run.start() < position:  # swallowed by the previous run's tweet attribution
            continue
        cuts.extend(_paragraphs(body, position, run.start()))
        end = run.end()
        if tail := TWEET_TAIL.match(body, end):
            end = tail.end()
        cuts.append((run.start(), end))
        position = end
    cuts.extend(_paragraphs(body, position, len(body)))
    return [(s, e) for s, e in cuts if e > s]


def _paragraphs(body: str, start: int, end: int) -> list[tuple[int, int]]:
    out, position = [], start
    for brk in PARAGRAPH.finditer(body, start, end):
        out.append((position, brk.end()))
        position = brk.end()
    out.append((position, end))
    return out


def _judge(text: str) -> tuple[str | None, dict[str, float]]:
    arabic = _arabic_letters(text)
    if arabic >= 3 and arabic >= len(LATIN_LETTER.findall(text)):
        return "ar", {}
    if not LATIN_ENOUGH.match(text):  # fewer than MIN_LETTERS Latin letters
        return None, {}
    return judged(text)


def _arabic_letters(text: str) -> int:
    return len(ARABIC_LETTER.findall(text))


def _majority(pieces: list[tuple[int, int, str | None]]) -> str | None:
    sizes: Counter[str] = Counter()
    for start, end, language in pieces:
        if language:
            sizes[language] += end - start
    return sizes.most_common(1)[0][0] if sizes else None


def _fill_unknown(pieces: list[tuple[int, int, str | None]], fallback: str) -> list[tuple[int, int, str]]:
    """A piece too short to judge takes the language of the piece before it (else the next, else fallback)."""
    out: list[tuple[int, int, str]] = []
    for i, (start, end, language) in enumerate(pieces):
        if language is None:
            following = next((lang for _, _, lang in pieces[i + 1 :] if lang), None)
            language = out[-1][2] if out else following or fallback
        out.append((start, end, language))
    return out


def _merge(pieces: list[tuple[int, int, str]], length: int) -> tuple[Segment, ...]:
    merged: list[Segment] = []
    for start, end, language in pieces:
        if merged and merged[-1].language == language:
            merged[-1] = Segment(merged[-1].start, end, language)
        else:
            if merged and merged[-1].end != start:
                start = merged[-1].end
            merged.append(Segment(start, end, language))
    if merged and merged[-1].end != length:
        merged[-1] = Segment(merged[-1].start, length, merged[-1].language)
    return tuple(merged)
