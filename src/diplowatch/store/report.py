"""The dossier as one self-contained static HTML page: the timeline, each event's evidence with
links to its sources, the source list and the rejected inputs. No scripts, no external assets;
every piece of text is escaped, and only http(s) URLs become links.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from html import escape
from urllib.parse import urlparse

from diplowatch import __version__
from diplowatch.kb.base import KB
from diplowatch.model import Rejected
from diplowatch.store.base import Store
from diplowatch.store.filters import EventFilter, select_events
from diplowatch.store.queries import Names, format_date, format_place
from diplowatch.store.records import DossierEvent, QuoteQuery, SourceDoc, StoredQuote
from diplowatch.store.review import review_notes

LEGEND = (
    "Dates: ~ approximate, ? unknown. Under the category: PLOVER modes, then in brackets what "
    "is not a plain past fact: (future), (hypothetical), (negation), (historical: two or more years "
    "before the article), (approximate date). Confidence: the best among the reports. Future, "
    "hypothetical and negated events appear only when the report was made with --include-future "
    "or --include-negated."
)

STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#222}
h1{font-size:1.6em;margin-bottom:.2em} .meta{color:#666}
table{border-collapse:collapse;width:100%} th,td{text-align:left;vertical-align:top;padding:.35em .5em}
tr.event{border-top:1px solid #ccc} th{border-bottom:2px solid #888}
td.date{white-space:nowrap;font-variant-numeric:tabular-nums} .cat{font-weight:600} .review{color:#8a4b00}
details{margin:.2em 0 .6em} summary{cursor:pointer;color:#345}
blockquote{margin:.3em 0 .3em 1em;padding-left:.7em;border-left:3px solid #bbb}
.src{color:#555;font-size:.9em} code{font-size:.9em;color:#666}
"""


def render_report(
    store: Store, *, where: EventFilter | None = None, kb: KB | None = None, title: str = "diplowatch dossier"
) -> str:
    """The page for the events `where` keeps (default: facts only) and the quotes of their articles."""
    events = select_events(store, where or EventFilter(), kb)
    names = Names(store)
    stats = store.stats()
    docs = sorted({d.doc_id for e in events for d in e.sources})
    quotes = store.quotes(QuoteQuery(doc_ids=tuple(docs))) if docs else []
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        (
            f'<p class="meta">{len(events)} event(s) from {stats.documents} article(s); '
            f"{stats.rejected} input(s) rejected. Generated {date.today().isoformat()} "
            f"by diplowatch {escape(__version__)}.</p>"
        ),
        "<h2>Timeline</h2>",
        f'<p class="meta">{escape(LEGEND)}</p>',
        _timeline_table(events, names),
        "<h2>Quotes</h2>",
        _quotes(quotes, names),
        "<h2>Sources</h2>",
        _sources(store.documents()),
        "<h2>Rejected inputs</h2>",
        _rejections(store.rejections()),
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _timeline_table(events: Iterable[DossierEvent], names: Names) -> str:
    rows = [
        (
            "<table><thead><tr><th>date</th><th>category</th><th>who</th><th>whom</th><th>where</th>"
            "<th>sources</th><th>confidence</th></tr></thead><tbody>"
        )
    ]
    for event in events:
        rows.append(
            f'<tr class="event" id="{_attr(event.id)}">'
            f'<td class="date">{escape(format_date(event.date))}</td>'
            f'<td class="cat">{escape(event.type)}{_modes(event)}</td>'
            f"<td>{escape(names.join(event.actor))}</td>"
            f"<td>{escape(names.join(event.recipient))}</td><td>{escape(format_place(event.location))}</td>"
            f"<td>{len(event.sources)}</td><td>{event.confidence:.2f}</td></tr>"
            f'<tr><td></td><td colspan="6">{_evidence(event)}</td></tr>'
        )
    rows.append("</tbody></table>")
    return "\n".join(rows)


def _quotes(quotes: Iterable[StoredQuote], names: Names) -> str:
    items = []
    for stored in quotes:
        quote, doc = stored.quote, stored.doc
        speaker = names.name(quote.speaker) if quote.speaker else quote.speaker_text
        items.append(
            f'<blockquote dir="auto" lang="{_attr(doc.language or "")}">{escape(quote.text)}</blockquote>'
            f'<div class="src"><b>{escape(speaker)}</b> ({escape(quote.speaker_text)}) — {_cite(doc)}</div>'
        )
    return "\n".join(items) if items else "<p>none</p>"


def _modes(event: DossierEvent) -> str:
    flags = list(event.mode) + [f"({a})" for a in event.aux]
    if event.date and event.date.approximate:
        flags.append("(approximate date)")
    shown = f"<br><small>{escape(' '.join(flags))}</small>" if flags else ""
    return shown + _review(event)


def _review(event: DossierEvent) -> str:
    """An analyst's corrections, the machine's values beside them, and who made them and why."""
    if event.review is None:
        return ""
    who = "; ".join(f"{c.author}: {c.reason}" for c in event.review.corrections)
    return f'<br><small class="review">{escape(", ".join(review_notes(event)))}<br>{escape(who)}</small>'


def _evidence(event: DossierEvent) -> str:
    items = []
    for member in event.members:
        doc, said = member.event.doc, member.event.event
        when = f" — {escape(said.date.text)}" if said.date and said.date.text else ""
        items.append(
            f'<blockquote dir="auto" lang="{_attr(doc.language or "")}">{escape(said.evidence.text)}'
            f'</blockquote><div class="src">{_cite(doc)}{when}</div>'
        )
    return (
        f"<details><summary>evidence from {len(event.sources)} source(s) "
        f"<code>{escape(event.id)}</code></summary>{''.join(items)}</details>"
    )


def _cite(doc: SourceDoc) -> str:
    label = escape(doc.title or doc.source)
    where = ", ".join(escape(x) for x in (doc.outlet, doc.published) if x)
    link = f'<a href="{_attr(doc.url)}" rel="noreferrer">{label}</a>' if _safe_url(doc.url) else label
    return f'{link}{" (" + where + ")" if where else ""} · <a href="#doc-{_attr(doc.doc_id)}">source</a>'


def _sources(docs: Iterable[SourceDoc]) -> str:
    items = []
    for doc in docs:
        url = (
            f' — <a href="{_attr(doc.url)}" rel="noreferrer">{escape(doc.url or "")}</a>'
            if _safe_url(doc.url)
            else ""
        )
        items.append(
            f'<li id="doc-{_attr(doc.doc_id)}"><b dir="auto">{escape(doc.title or "(no title)")}</b> '
            f'<span class="src">{escape(doc.outlet or "")} {escape(doc.published or "")} '
            f"[{escape(doc.language or '?')}] <code>{escape(doc.source)}</code>{url}</span></li>"
        )
    return "<ol>" + "\n".join(items) + "</ol>" if items else "<p>none</p>"


def _rejections(rejected: Iterable[Rejected]) -> str:
    items = [
        f"<li><code>{escape(r.source)}</code>: {escape(r.reason)} ({escape(r.stage)})"
        f"{' — ' + escape(r.detail) if r.detail else ''}</li>"
        for r in rejected
    ]
    return "<ul>" + "\n".join(items) + "</ul>" if items else "<p>none</p>"


def _safe_url(url: str | None) -> bool:
    """Only web links: a javascript: or data: URL from an input must never become clickable."""
    return bool(url) and urlparse(url or "").scheme in ("http", "https")


def _attr(text: str | None) -> str:
    return escape(text or "", quote=True)
