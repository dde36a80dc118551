"""A noun of blame a speaker calls another's act is criticism of its author (sentences written for these
tests): "X said the Spanish decision was a betrayal", "Selon X, la position française constitue une
violation", "Para X, la decisión es un error" are X's ACCUSE of Spain, France; the noun counts only as
what a clause calls its named subject (after a copula, or the object of "constituer", "constitute",
"constituir"), not as a noun of its own ("the betrayal of 1975", "une erreur dans le texte")."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

# (language, sentence, who criticises, whose act)
APPRAISALS = [
    ("en", "Algeria said the Spanish decision was a betrayal of the Sahrawi people.", "Algeria", "Spain"),
    ("en", "Morocco said the Algerian move was a serious mistake.", "Morocco", "Algeria"),
    (
        "en",
        "According to Rabat, the Algerian statement is a flagrant violation of international law.",
        "Morocco",
        "Algeria",
    ),
    ("en", "For Algiers, the French position is an affront.", "Algeria", "France"),
    (
        "en",
        "The Polisario Front said the French letter constitutes a breach of international law.",
        "Polisario_Front",
        "France",
    ),
    ("fr", "Alger a estimé que la décision espagnole constituait une grave erreur.", "Algeria", "Spain"),
    (
        "fr",
        "Selon le Polisario, la position française est une violation du droit international.",
        "Polisario_Front",
        "France",
    ),
    ("fr", "Pour Alger, le choix de Madrid est une trahison.", "Algeria", "Spain"),
    (
        "fr",
        "Le Maroc a affirmé que la démarche algérienne représentait une dérive dangereuse et un affront.",
        "Morocco",
        "Algeria",
    ),
    ("es", "Argel afirmó que la decisión española constituye una traición.", "Algeria", "Spain"),
    ("es", "Para Rabat, la postura argelina es un error.", "Morocco", "Algeria"),
]
# a noun of blame that names no one's act as such
NO_APPRAISAL = [
    ("en", "The betrayal of 1975 still shapes the Sahrawi memory, Ghali said in Tindouf."),
    ("en", "Morocco said an error in the draft had been corrected before the vote."),
    ("fr", "Le ministre algérien a reconnu une erreur dans la traduction du communiqué."),
    ("es", "El ministro argelino reconoció un error en la traducción del comunicado."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "who", "whom"), APPRAISALS, ids=[a[0] for a in APPRAISALS])
def test_a_noun_of_blame_called_anothers_act_is_criticism(world_code, lang, text, who, whom):
    events = world_code(text, lang)
    assert any(who in e.actor and whom in e.recipient for e in real_events(events, "ACCUSE")), shown(events)


@pytest.mark.slow
@by_language(NO_APPRAISAL)
def test_a_noun_of_blame_of_its_own_criticises_no_one(world_code, lang, text):
    events = world_code(text, lang)
    assert not real_events(events, "ACCUSE"), shown(events)


@pytest.mark.slow
def test_disapproval_voiced_is_criticism(world_code):
    events = world_code(
        "Algeria's foreign ministry expressed its strong disapproval of the Spanish move.", "en"
    )
    assert any("Spain" in e.recipient for e in real_events(events, "ACCUSE")), shown(events)
