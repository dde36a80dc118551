"""Speakers named by a title or a bare role, and verb-first Arabic attribution.

Each table is one error class seen on the development texts, written afresh in the
languages it occurs in.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def speakers(quotes_of, text: str, lang: str) -> list[str | None]:
    quotes = quotes_of(text, lang)
    assert all(text[q.start : q.end] == q.text for q in quotes)
    return [q.speaker for q in quotes]


# A title's full stop ("M.", "Mr.", "Sr.") ends no sentence: the reporting verb before it counts.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le ministre Nasser Bourita a évoqué avec M. Attaf les « questions régionales ».", "fr"),
        ("Minister Nasser Bourita discussed with Mr. Attaf the “regional questions”.", "en"),
        ("El ministro Nasser Bourita abordó con el Sr. Attaf las «cuestiones regionales».", "es"),
    ],
)
def test_title_abbreviation_is_no_sentence_end(quotes_of, text, lang):
    assert speakers(quotes_of, text, lang) == ["Nasser_Bourita"]


# "a estimé le diplomate", "the diplomat said": a bare role is the person just named as a subject.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "L'ambassadeur Omar Hilale a salué le travail de Staffan de Mistura. "
            "« Il a une vision claire », a estimé le diplomate.",
            "fr",
        ),
        (
            "Ambassador Omar Hilale praised the work of Staffan de Mistura. "
            "“He has a clear vision,” the diplomat said.",
            "en",
        ),
        (
            "El embajador Omar Hilale elogió el trabajo de Staffan de Mistura. "
            "«Tiene una visión clara», estimó el diplomático.",
            "es",
        ),
    ],
)
def test_bare_role_is_the_person_named_before(quotes_of, text, lang):
    assert speakers(quotes_of, text, lang) == ["Omar_Hilale"]


# Arabic puts the verb first: the name right after "قالت" is its subject, not the one before it.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وفي رده على ناصر بوريطة قالت الجزائر إن «الحوار ما زال ممكنا».", "Algeria"),
        ("وبعد لقائه مع عمر هلال قال ستيفان دي ميستورا إن «المسار مستمر».", "Staffan_de_Mistura"),
    ],
)
def test_arabic_subject_after_the_verb(quotes_of, text, speaker):
    assert speakers(quotes_of, text, "ar") == [speaker]
