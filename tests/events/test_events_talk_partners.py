"""Who a talk was with: "discussed the issue with X" and "raised the matter with X" name X as the partner,
though the parser hangs "with X" on the noun (`partner_topics` in lang/<xx>/events.yaml; "the conflict with
Israel" stays what the talk is about); and two meetings of one sentence, each dated in its own clause to
different days, stay two events. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

PARTNERS = [
    ("Kishida discussed the issue with Chinese Premier Li Qiang on Tuesday.", "en", "Li_Qiang"),
    (
        "Antony Blinken discussed the situation with Egyptian Foreign Minister Sameh Shoukry.",
        "en",
        "Sameh_Shoukry",
    ),
    (
        "Foreign Minister Yoko Kamikawa raised the matter again with her counterpart Wang Yi in Vientiane.",
        "en",
        "Wang_Yi",
    ),
    ("Le ministre Jean-Noël Barrot a soulevé la question avec son homologue Wang Yi lundi.", "fr", "Wang_Yi"),
]


@pytest.mark.parametrize(
    ("text", "lang", "partner"), PARTNERS, ids=["discuss", "situation", "raise", "soulever"]
)
def test_the_partner_of_a_talk_about_a_matter_is_its_recipient(world_code, text, lang, partner):
    talks = real_events(world_code(text, lang, "2024-09-21"), "CONSULT")
    assert any(partner in e.recipient for e in talks), shown(talks)


def test_the_other_party_of_a_conflict_discussed_is_its_topic(world_code):
    text = "Lebanon's president met Emmanuel Macron on Friday to discuss the conflict with Israel."
    talks = real_events(world_code(text, "en", "2024-09-21"), "CONSULT")
    assert talks and not any("Israel" in e.recipient for e in talks), shown(talks)


def test_two_meetings_dated_apart_in_one_sentence_stay_two(world_code):
    text = (
        "Kishida discussed the issue with Chinese Premier Li Qiang in Jakarta in September 2023, and in November "
        "Kishida and President Xi Jinping met in San Francisco."
    )
    talks = real_events(world_code(text, "en", "2024-09-21"), "CONSULT")
    dates = {e.date.value for e in talks if e.date is not None}
    assert {"2023-09", "2023-11"} <= dates, shown(talks)
    assert any("Li_Qiang" in e.recipient for e in talks), shown(talks)
