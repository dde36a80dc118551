"""A paragraph lingua calls for another language by a hair goes to the document's language when that one
is a contender: names weigh on lingua ("Nouakchott", "Mauritanian", "président"), and a short English
sentence full of them reads as French by a few points. Sentences written for these tests."""

from __future__ import annotations

from diplowatch.reading.language import judged, segments

NAMES_HEAVY = "Bourita paid a visit to the Mauritanian president in Nouakchott."


def test_a_close_call_keeps_the_language_the_document_is_in() -> None:
    assert judged(NAMES_HEAVY)[1], "the call is expected to be close"
    assert [s.language for s in segments(NAMES_HEAVY, "en")] == ["en"]
    body = (
        "The Moroccan foreign minister arrived in Mauritania on Monday for a two-day visit.\n\n"
        f"{NAMES_HEAVY}\n\n"
        "He is expected to travel to Dakar on Wednesday, according to his ministry."
    )
    assert {s.language for s in segments(body)} == {"en"}


def test_a_clear_call_stands_against_the_document_language() -> None:
    body = (
        "The Moroccan foreign minister arrived in Mauritania on Monday for a two-day visit.\n\n"
        "Le ministre a rencontré son homologue mauritanien à Nouakchott, a indiqué un communiqué.\n\n"
        "He is expected to travel to Dakar on Wednesday, according to his ministry."
    )
    assert [s.language for s in segments(body)] == ["en", "fr", "en"]
