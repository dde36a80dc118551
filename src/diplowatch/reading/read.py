"""One raw input -> an Article with clean body, metadata and language segments, or a Rejected."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from diplowatch.model import Article, DateValue, RawDocument, Rejected
from diplowatch.reading.boilerplate import Cleaned, clean_text, drop_cue_lines, normalise_markup
from diplowatch.reading.decode import NotText, decode
from diplowatch.reading.html import extract_html, looks_like_html, strip_tags
from diplowatch.reading.language import main_language, segments
from diplowatch.reading.limits import MAX_TEXT_CHARS
from diplowatch.reading.metadata import PageMetadata, read_metadata


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    is_html: bool
    raw_bytes: bytes


def read(raw: RawDocument, *, today: date) -> Article | Rejected:
    """Decode, clean and describe one input; never raises for bad input."""
    decoded = _decode(raw)
    if isinstance(decoded, Rejected):
        return decoded
    if not decoded.is_html and len(decoded.text) > MAX_TEXT_CHARS:
        return _too_long(raw.source, decoded.text)
    if decoded.is_html:
        cleaned, page = _read_html(decoded.text, today, raw.given.get("language"))
    else:
        cleaned = clean_text(decoded.text)
        page = None
    if not cleaned.body:
        return Rejected(raw.source, "clean", "no-body", "no article text was found in the page")
    if len(cleaned.body) > MAX_TEXT_CHARS:
        return _too_long(raw.source, cleaned.body)
    parts = segments(cleaned.body, raw.given.get("language"))
    language = raw.given.get("language") or main_language(parts)
    if page is None or page.published is None or page.title is None:
        from_text = read_metadata(
            cleaned.header, cleaned.tail, cleaned.body, language, today, raw.given.get("url")
        )
        page = _prefer(page, from_text)
    return Article(
        doc_id=raw.given.get("id") or hashlib.sha256(decoded.raw_bytes).hexdigest()[:16],
        source=raw.source,
        body=cleaned.body,
        url=raw.given.get("url") or page.url,
        outlet=raw.given.get("outlet") or page.outlet,
        title=raw.given.get("title") or page.title,
        published=_given_date(raw.given.get("published")) or page.published,
        language=language,
        segments=parts,
        html=decoded.text if decoded.is_html else None,
        given=dict(raw.given),
    )


def _too_long(source: str, text: str) -> Rejected:
    detail = f"{len(text):,} characters of text, limit {MAX_TEXT_CHARS:,}"
    return Rejected(source, "read", "too-long", detail)


def _decode(raw: RawDocument) -> Decoded | Rejected:
    if raw.data is not None:
        try:
            text = decode(raw.data).text
        except NotText as problem:
            return Rejected(raw.source, "decode", problem.reason, problem.detail)
        return Decoded(text, looks_like_html(raw.data, raw.given.get("suffix", "")), raw.data)
    if raw.html is not None and raw.html.strip():
        return Decoded(raw.html, True, raw.html.encode("utf-8"))
    if raw.text is not None and raw.text.strip():
        return Decoded(raw.text, False, raw.text.encode("utf-8"))
    return Rejected(raw.source, "decode", "empty", "the document's text is empty")


def _read_html(html: str, today: date, language: str | None) -> tuple[Cleaned, PageMetadata | None]:
    content = extract_html(html)
    if content.text is None:  # trafilatura found nothing (e.g. truncated markup): clean the bare text
        return clean_text(strip_tags(html)), PageMetadata(
            content.title, content.outlet, content.url, content.published
        )
    body = drop_cue_lines(normalise_markup(content.text))
    header = tuple(x for x in (content.title,) if x)
    return Cleaned(body, header, ()), PageMetadata(
        content.title, content.outlet, content.url, content.published
    )


def _prefer(first: PageMetadata | None, second: PageMetadata) -> PageMetadata:
    if first is None:
        return second
    return PageMetadata(
        title=first.title or second.title,
        outlet=first.outlet or second.outlet,
        url=first.url or second.url,
        published=first.published or second.published,
    )


def _given_date(value: str | None) -> DateValue | None:
    """A JSONL 'published' is trusted over the text (spec section 0)."""
    if not value:
        return None
    value = value.strip()[:10]
    try:
        date.fromisoformat(value)
    except ValueError:
        return None
    return DateValue(value, "day", False, value, "given")
