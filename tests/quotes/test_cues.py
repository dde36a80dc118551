"""The attribution data files: reporting verbs from events.yaml plus quotes.yaml, never both."""

from __future__ import annotations

import pytest

from diplowatch.errors import DataFileError
from diplowatch.events.lexicon import lexicon
from diplowatch.quotes.cues import build, cue_matches, quote_cues


@pytest.mark.parametrize("language", ["fr", "en", "es", "ar"])
def test_every_language_has_quote_data(language):
    cues = quote_cues(language)
    assert cues.documents and cues.verbs >= lexicon(language).reporting


@pytest.mark.parametrize("language", ["fr", "en", "es", "ar"])
def test_quotes_yaml_duplicates_no_events_reporting_cue(language):
    own = build(language, _yaml(language)).verbs
    assert not own & lexicon(language).reporting


@pytest.mark.parametrize(
    ("language", "word", "reporting"),
    [
        ("fr", "repond", True),
        ("fr", "declare", True),
        ("fr", "maison", False),
        ("en", "reply", True),
        ("en", "said", True),
        ("en", "house", False),
        ("es", "reza", True),
        ("es", "afirmo", True),
        ("es", "casa", False),
        ("ar", "قال", True),
        ("ar", "بيت", False),
        # A conjunction written on the verb ("وقال", "and said") is not part of it; a noun stays a noun.
        ("ar", "وقال", True),
        ("ar", "ويدعو", True),
        ("ar", "وزير", False),
    ],
)
def test_reporting_words(language, word, reporting):
    assert quote_cues(language).is_reporting(word) is reporting


@pytest.mark.parametrize(
    ("cue", "key", "expected"),
    [
        ("declarer", "declare", True),  # stem of a long cue
        ("dit", "dire", False),  # a short cue matches exactly only
        ("point out", "point", False),  # phrases are never matched word by word
    ],
)
def test_cue_matches(cue, key, expected):
    assert cue_matches(cue, key) is expected


@pytest.mark.parametrize("data", [{"verbs": []}, {"quotes": {"verb": []}}])
def test_unknown_keys_are_refused(data):
    with pytest.raises(DataFileError):
        build("fr", data)


def _yaml(language: str) -> dict:
    from diplowatch.text.langdata import lang_data

    return lang_data(f"{language}/quotes.yaml")
