"""Highlighting and the SVG geometry: pure functions over typed records."""

from __future__ import annotations

from datetime import date

from diplowatch.model import Evidence
from diplowatch.store.records import EventSummary
from diplowatch.web.charts import QUAD_COLOURS, period_of, periods, timeline_chart
from diplowatch.web.graph import ego_network, network
from diplowatch.web.highlight import located, paragraphs, snippet_pieces, trigger_span, trigger_words
from tests.web.dossier import ARABIC, ENGLISH


def summary(event_id: str, kind: str, day: str, actor: str, recipient: str) -> EventSummary:
    return EventSummary(event_id, kind, (actor,), (recipient,), None, None, day, day, (), 0.9, 1)


EVENTS = [
    summary("ev-1", "CONSULT", "2024-01-10", "Spain", "Morocco"),
    summary("ev-2", "CONSULT", "2024-01-20", "Spain", "Morocco"),
    summary("ev-3", "ACCUSE", "2024-03-02", "Spain", "Algeria"),
    summary("ev-4", "ASSAULT", "2024-05-05", "Algeria", "Morocco"),
]


def test_paragraphs_keep_every_character_and_mark_the_evidence() -> None:
    found = paragraphs(ENGLISH, ENGLISH.events[:1])
    assert "\n".join("".join(p.text for p in para.pieces) for para in found) == ENGLISH.body
    marked = {(p.text, p.marks) for para in found for p in para.pieces if p.marks}
    assert ("met", "evidence trigger") in marked and ("Ana Ruiz", "evidence actor") in marked
    assert (" of Spain ", "evidence") in marked  # named in the sentence, not a participant of this event
    assert [para.has_evidence for para in found] == [False, True, False, False]


def test_arabic_paragraphs_read_right_to_left() -> None:
    assert {p.direction for p in paragraphs(ARABIC, ARABIC.events)} == {"rtl"}


def test_evidence_whose_offsets_moved_is_found_by_its_text() -> None:
    body = "Intro.\nSpain met Morocco."
    assert located(body, Evidence(0, 18, "Spain met Morocco.")) == (7, 25)
    assert located(body, Evidence(0, 5, "absent")) is None


def test_trigger_words_come_from_the_rule_name() -> None:
    assert trigger_words("rules:fr:CONSULT:s'entretenir* avec:subject") == ["s'entretenir*", "avec"]
    assert trigger_words("model:xyz") == []


def test_a_trigger_listed_as_a_lemma_is_found_inflected() -> None:
    text = "Il s'était rendu à Pretoria ; la cancillería había viajado."
    assert trigger_span(text, 0, len(text), "rendre") == (11, 16)  # "rendu"
    assert text[slice(*trigger_span(text, 0, len(text), "viajar") or (0, 0))] == "viajado"
    assert trigger_span(text, 0, len(text), "à") is None
    assert trigger_span(text, 0, len(text), "meet") is None


def test_snippet_pieces_mark_the_hits_only() -> None:
    assert [(p.text, p.marks) for p in snippet_pieces("a [b] c [ d")] == [
        ("a ", ""),
        ("b", "hit"),
        (" c ", ""),
        ("[", ""),
        (" d", ""),
    ]


def test_the_timeline_chart_has_a_column_per_month_and_a_lane_per_category() -> None:
    chart = timeline_chart(EVENTS, lanes="category", name=str, link=lambda key, when: f"{key}/{when}")
    assert chart.period == "month" and [lane.label for lane in chart.lanes] == [
        "CONSULT",
        "ACCUSE",
        "ASSAULT",
    ]
    consult = next(c for c in chart.cells if c.href == "CONSULT/2024-01")
    assert consult.count == 2 and consult.colour == QUAD_COLOURS[1]
    assert max(c.r for c in chart.cells) == consult.r
    assert periods(
        *[__import__("datetime").date.fromisoformat(d) for d in ("2023-11-30", "2024-02-01")], "month"
    ) == [
        "2023-11",
        "2023-12",
        "2024-01",
        "2024-02",
    ]


def test_periods_grow_with_the_span() -> None:
    assert period_of(date(2024, 1, 1), date(2024, 2, 1)) == "day"
    assert period_of(date(2020, 1, 1), date(2024, 2, 1)) == "month"
    assert period_of(date(2001, 1, 1), date(2024, 2, 1)) == "year"


def test_networks_are_deterministic_and_coloured_by_quad_class() -> None:
    one = network(EVENTS, name=str, link=str)
    assert one == network(list(reversed(EVENTS)), name=str, link=str)
    assert {n.id for n in one.nodes} == {"Spain", "Morocco", "Algeria"}
    colours = {e.title.split(":")[0]: e.colour for e in one.edges}
    assert colours["Morocco – Spain"] == QUAD_COLOURS[1] and colours["Algeria – Morocco"] == QUAD_COLOURS[4]
    ego = ego_network(EVENTS, "Spain", name=str, link=str)
    centre = next(n for n in ego.nodes if n.id == "Spain")
    assert (centre.x, centre.y) == (ego.size / 2, ego.size / 2) and len(ego.edges) == 2
