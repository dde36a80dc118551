"""Undated events of a report whose publication date is unknown.

An event the text gives no time for takes the publication date (approximate, spec section 3).
When the page shows no publication date either, the best estimate of when it was written is the
latest happening it dates itself to a day or a month: it was written then or soon after. So its
undated events take that date, approximate, as they would take the publication date. Happenings
that did not (yet) happen (negated, hypothetical, future) and years alone ("in 1975", background
more often than news) date nothing, and an event told in a relative clause ("the
envoy, who visited the camps, said") stays undated, as it would with a publication date
(events.background).
"""

from __future__ import annotations

import dataclasses

from diplowatch.events.draft import Draft
from diplowatch.model import UNREAL_AUX, Aux, EventDate

READ_IN_TEXT = ("clause", "sentence", "reference", "previous")  # date sources that are the text's own words
NOT_HAPPENED: frozenset[Aux] = UNREAL_AUX | {"future"}
NEWS_PEG = ("day", "month")  # a year alone ("in 1975") is background more often than the report's time
UNDATED = "none"  # the date source of an event with no date and no publication date to fall back on


def dated_by_latest(drafts: list[Draft]) -> list[Draft]:
    """The drafts of a report with no publication date, its undated ones dated by its latest
    dated happening (source "narrative": a guess, as merging treats it)."""
    latest = _latest(drafts)
    if latest is None:
        return drafts
    guess = dataclasses.replace(latest, text="", approximate=True)
    return [d.replace(date=guess, date_source="narrative") if d.date_source == UNDATED else d for d in drafts]


def _latest(drafts: list[Draft]) -> EventDate | None:
    dated = [
        d.date
        for d in drafts
        if d.date is not None
        and d.date.granularity in NEWS_PEG
        and d.date_source in READ_IN_TEXT
        and not NOT_HAPPENED & set(d.aux)
    ]
    return max(dated, key=lambda found: found.value, default=None)
