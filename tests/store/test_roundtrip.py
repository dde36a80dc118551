"""Hypothesis: Event -> rows -> Event through each store backend is the identity."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplowatch.model import Event, EventDate, Evidence, Location, Quote
from diplowatch.store import open_store
from tests.store.factories import article

# PostgreSQL text cannot hold NUL (the PostgreSQL store writes U+FFFD for it: test_backends).
letters = st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",))
words = st.text(letters, min_size=0, max_size=30)
ids = st.text(letters, min_size=1, max_size=20)
dates = st.one_of(
    st.none(),
    st.builds(
        EventDate,
        value=st.sampled_from(["2024-03-11", "2024-03", "2024", "2024-W10", "2024-SU", "junk"]),
        granularity=st.sampled_from(["day", "week", "month", "season", "year"]),
        text=words,
        approximate=st.booleans(),
    ),
)
places = st.one_of(st.none(), st.builds(Location, name=words, id=st.none() | ids, country=st.none() | ids))
spans = st.builds(Evidence, start=st.integers(0, 10**6), end=st.integers(0, 10**6), text=words)
events = st.builds(
    Event,
    type=st.sampled_from(["CONSULT", "ACCUSE", "AGREE", "SANCTION"]),
    mode=st.lists(ids, max_size=3).map(tuple),
    actor=st.lists(ids, max_size=3).map(tuple),
    recipient=st.lists(ids, max_size=3).map(tuple),
    location=places,
    date=dates,
    aux=st.lists(st.sampled_from(["future", "negation", "hypothetical", "historical"]), max_size=2).map(
        tuple
    ),
    evidence=spans,
    confidence=st.floats(0, 1, allow_nan=False),
    rule=words,
    more_evidence=st.lists(spans, max_size=3).map(tuple),
)
quotes = st.builds(
    Quote,
    speaker=st.none() | ids,
    speaker_text=words,
    text=words,
    start=st.integers(0, 10**6),
    end=st.integers(0, 10**6),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(events, max_size=4).map(tuple), st.lists(quotes, max_size=2).map(tuple), words)
def test_roundtrip_event_rows_event(
    dossier_target: str, evs: tuple[Event, ...], qs: tuple[Quote, ...], body: str
) -> None:
    doc = article("doc", evs, body=body, quotes=qs)
    with open_store(dossier_target) as store:  # one dossier for all examples: each replaces "doc"
        store.put_article(doc, fingerprint=repr(doc))
        back = store.article("doc")
        assert back is not None
        assert back.events == doc.events
        assert back.quotes == doc.quotes
        assert (back.body, back.actors, back.segments, back.published) == (
            doc.body,
            doc.actors,
            doc.segments,
            doc.published,
        )
        assert [s.event for s in store.events()] == list(doc.events)
