"""The title, site name, canonical URL and date of an HTML page, read as trafilatura's own
`extract_metadata` reads them, without the fields the reading stage never uses (author, categories,
tags, licence): the author alone copies and prunes the whole page, and the four of them were about a
tenth of reading a page. The steps kept are trafilatura's, in its order (pinned: requirements)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from html import unescape
from typing import Any

log = logging.getLogger(__name__)

MAX_FIELD_CHARS = 10_000  # trafilatura's `Document.clean_and_trim` cuts a longer field


@dataclass(frozen=True, slots=True)
class PageFields:
    title: str | None
    sitename: str | None
    url: str | None
    date: str | None  # htmldate's reading, "YYYY-MM-DD"


def page_fields(tree: Any) -> PageFields:
    """The fields of a page parsed by `trafilatura.utils.load_html`; the tree is left as it was."""
    from htmldate import find_date
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )
    from trafilatura.settings import DEFAULT_CONFIG, set_date_params

    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:  # as trafilatura: JSON-LD may fill it, and more
        metadata.author = None
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception as error:  # bugs in trafilatura's JSON-LD reading: it goes on without it too
        log.debug("JSON metadata: %s", error)
    if not metadata.title:
        metadata.title = extract_title(tree)
    if not metadata.url:
        metadata.url = extract_url(tree, None)
    # The date parameters bare_extraction hands to extract_metadata (its Extractor's defaults).
    date_config = set_date_params(DEFAULT_CONFIG.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH"))
    date_config["url"] = metadata.url
    metadata.date = find_date(tree, **date_config)
    if not metadata.sitename:
        metadata.sitename = extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")  # a Twitter handle
        if metadata.sitename and "." not in metadata.sitename and not metadata.sitename[0].isupper():
            metadata.sitename = metadata.sitename.title()
    elif metadata.url and (found := META_URL.match(metadata.url)):
        metadata.sitename = found[1]
    return PageFields(
        _trimmed(metadata.title), _trimmed(metadata.sitename), _trimmed(metadata.url), _trimmed(metadata.date)
    )


def _trimmed(value: Any) -> Any:
    """A field as `Document.clean_and_trim` leaves it: cut at MAX_FIELD_CHARS, entities and spaces
    cleaned (a value that is no string stays as it is)."""
    from trafilatura.utils import line_processing

    if not isinstance(value, str):
        return value
    if len(value) > MAX_FIELD_CHARS:
        value = value[: MAX_FIELD_CHARS - 1] + "…"
    return line_processing(unescape(value))
