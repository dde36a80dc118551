"""HTML pages: main content and metadata with trafilatura, publication date with htmldate."""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from typing import Any

from diplowatch.model import DateValue
from diplowatch.reading.page_fields import page_fields

log = logging.getLogger(__name__)
# trafilatura and htmldate log their own verdicts on a page at WARNING or ERROR level ("discarding
# data: None", "empty HTML tree"): unlabelled stderr lines beside our rejection of the same page.
# Their loggers are cut off from the CLI's handlers and passed on to ours at debug level.
QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")


class _AsDebug(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        log.debug("%s: %s", record.name, record.getMessage())


for _name in QUIET_LOGGERS:
    logging.getLogger(_name).addHandler(_AsDebug())
    logging.getLogger(_name).propagate = False

HTML_SNIFF = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<meta|<article|<div|<p[\s>])", re.I)
TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True, slots=True)
class HtmlContent:
    text: str | None  # main text with paragraphs on their own lines; None when nothing was found
    title: str | None
    outlet: str | None
    url: str | None
    published: DateValue | None


def looks_like_html(data: bytes | str, suffix: str = "") -> bool:
    if suffix in {".html", ".htm", ".xhtml"}:
        return True
    head = data[:2048] if isinstance(data, bytes) else data[:2048].encode("utf-8", "ignore")
    return bool(HTML_SNIFF.match(head))


def extract_html(html: str) -> HtmlContent:
    """Main text and metadata of an HTML page; tolerant of truncated markup.

    The text is trafilatura's without its metadata, which `page_fields` reads on the same tree, parsed
    once: only the fields used here, trafilatura's way (its `with_metadata` reads an author, categories,
    tags and a licence too). `page_fields` leaves the tree as it was and trafilatura extracts from a copy
    of a tree it is given, so the text is the one it finds in the page's markup. The page URL trafilatura
    would pass on to its text extraction only rewrites links, which it drops (include_links is off)."""
    import trafilatura
    from trafilatura.utils import load_html

    fields = None
    try:
        options = _extraction_options()
        tree = load_html(html, options.max_file_size)
        fields = page_fields(tree) if tree is not None else None  # no tree: trafilatura finds nothing
        doc = None if fields is None else trafilatura.bare_extraction(tree, options=options)
    except Exception as error:  # lxml or trafilatura internals on broken markup
        log.debug("trafilatura failed: %s", error)
        doc = None
    if doc is None or fields is None or isinstance(doc, dict):  # dict: only with output_format="python"
        return HtmlContent(None, None, None, None, _html_date(html))
    text = (doc.text or "").strip() or None
    published = _date_value(fields.date, "html-meta") or _html_date(html)
    return HtmlContent(text, fields.title or None, fields.sitename or None, fields.url or None, published)


@functools.cache
def _extraction_options() -> Any:  # -> trafilatura.settings.Extractor
    """The options `bare_extraction(html, include_comments=False, include_tables=False,
    favor_precision=True)` builds on every call (reading its configuration file's values each time), built
    once: trafilatura never changes them while it extracts. Their date parameters (today's date) serve
    metadata extraction only, which is off."""
    from trafilatura.settings import DEFAULT_CONFIG, Extractor

    return Extractor(
        config=DEFAULT_CONFIG, output_format="python", precision=True, comments=False, tables=False
    )


def strip_tags(html: str) -> str:
    """A last resort for pages trafilatura cannot parse: block tags to newlines, others dropped."""
    import html as html_lib

    html = re.sub(r"(?is)<(script|style|noscript)\b.*?(</\1>|$)", " ", html)
    html = re.sub(r"(?i)</?(p|div|br|h\d|li|tr|article|section|header|footer|nav)\b[^>]*>", "\n", html)
    return html_lib.unescape(TAG.sub(" ", html))


def _html_date(html: str) -> DateValue | None:
    from htmldate import find_date

    try:
        found = find_date(html, extensive_search=False, original_date=True)
    except Exception as error:  # htmldate on broken markup
        log.debug("htmldate failed: %s", error)
        return None
    return _date_value(found, "htmldate")


def _date_value(value: str | None, source: str) -> DateValue | None:
    if not value or not re.match(r"\d{4}-\d{2}-\d{2}", value):
        return None
    return DateValue(value[:10], "day", False, value, source)
