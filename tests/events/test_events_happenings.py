"""One event per happening: when two tellings are the same meeting or statement, and when they are two
(issue 9; sentences and articles written for these tests, four languages). Publication date: Wednesday
2024-03-13 (conftest).

The policy (events.merge and events.tours): a happening told again in the title, the lead and the body
stays one event; the meetings one sentence tells apart are never merged back, whatever third party they
share; a body named as its own member of a list of counterparts is its own meeting, not a guest of every
person's; a body named in a person's description goes with that person.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown


def _meetings(code, lang: str, text: str) -> list:
    return real_events(code(text, lang), "CONSULT")


def _with(meetings: list, key: str) -> list:
    return [e for e in meetings if key in set(e.actor) | set(e.recipient)]


# A list of counterparts where a body (here the Security Council) is a member of its own: three
# meetings, none of which holds every person met.
LISTED_BODY = [
    (
        "en",
        "During his visit to Rabat on Monday, Staffan de Mistura met Nasser Bourita, Ahmed Attaf and members "
        "of the Security Council.",
    ),
    (
        "fr",
        "Staffan de Mistura a rencontré lundi à Rabat Nasser Bourita, Ahmed Attaf et des membres du Conseil "
        "de sécurité.",
    ),
    (
        "es",
        "Staffan de Mistura se reunió el lunes en Rabat con Nasser Bourita, Ahmed Attaf y miembros del Consejo "
        "de Seguridad.",
    ),
    ("ar", "والتقى دي ميستورا يوم الاثنين في الرباط بوريطة وعطاف وأعضاء مجلس الأمن."),
]


@pytest.mark.slow
@by_language(LISTED_BODY)
def test_a_body_listed_among_persons_met_is_its_own_meeting(code, lang: str, text: str) -> None:
    meetings = _meetings(code, lang, text)
    [bourita] = _with(meetings, "Nasser_Bourita")
    [attaf] = _with(meetings, "Ahmed_Attaf")
    council = _with(meetings, "United_Nations_Security_Council")
    assert bourita is not attaf, shown(meetings)
    assert "United_Nations_Security_Council" not in set(bourita.recipient) | set(attaf.recipient)
    assert len(council) == 1 and not {"Nasser_Bourita", "Ahmed_Attaf"} & set(council[0].recipient)
    assert all("Staffan_de_Mistura" in e.actor for e in (bourita, attaf, council[0]))


# "as well as", "ainsi que", "así como", "بالإضافة إلى" coordinate like "and".
ADDED_BODY = [
    (
        "en",
        "On Monday Staffan de Mistura met Ahmed Attaf in Algiers, as well as members of the Security Council.",
    ),
    (
        "fr",
        "Staffan de Mistura a rencontré lundi à Alger Ahmed Attaf ainsi que des membres du Conseil de sécurité.",
    ),
    (
        "es",
        "Staffan de Mistura se reunió el lunes en Argel con Ahmed Attaf, así como con miembros del Consejo de Seguridad.",
    ),
    ("ar", "والتقى دي ميستورا يوم الاثنين في الجزائر العاصمة عطاف، بالإضافة إلى أعضاء في مجلس الأمن."),
]


@pytest.mark.slow
@by_language(ADDED_BODY)
def test_a_body_added_to_a_person_met_is_its_own_meeting(code, lang: str, text: str) -> None:
    meetings = _meetings(code, lang, text)
    [attaf] = _with(meetings, "Ahmed_Attaf")
    [council] = _with(meetings, "United_Nations_Security_Council")
    assert attaf is not council, shown(meetings)
    assert all("Staffan_de_Mistura" in e.actor for e in (attaf, council))


# A body named inside a person's description goes with that person (no coordination between them).
DESCRIBED_BODY = [
    ("en", "On Monday Staffan de Mistura met Ahmed Attaf and the Security Council president Sergey Lavrov."),
    (
        "fr",
        "Lundi, Staffan de Mistura a rencontré Ahmed Attaf et le président du Conseil de sécurité, Sergueï Lavrov.",
    ),
]


@pytest.mark.slow
@by_language(DESCRIBED_BODY)
def test_a_body_in_a_persons_description_is_no_meeting_of_its_own(code, lang: str, text: str) -> None:
    meetings = _meetings(code, lang, text)
    assert len(meetings) == 2, shown(meetings)
    [attaf] = _with(meetings, "Ahmed_Attaf")
    assert "United_Nations_Security_Council" not in attaf.recipient


# One meeting told in the title, the lead and the body: one event with every telling.
RESTATED = [
    (
        "en",
        "De Mistura meets Attaf in Algiers\n"
        "Staffan de Mistura held talks on Monday in Algiers with Ahmed Attaf. During the meeting, Attaf and "
        "the envoy discussed the political process. The talks between Attaf and de Mistura lasted two hours.",
    ),
    (
        "fr",
        "De Mistura reçu par Attaf à Alger\n"
        "Ahmed Attaf a reçu lundi à Alger Staffan de Mistura. Lors de cet entretien, les deux hommes ont "
        "évoqué le processus politique. La rencontre entre Attaf et de Mistura a duré deux heures.",
    ),
    (
        "es",
        "De Mistura se reúne con Attaf en Argel\n"
        "Staffan de Mistura se reunió el lunes en Argel con Ahmed Attaf. La reunión entre Attaf y de Mistura "
        "duró dos horas.",
    ),
    (
        "ar",
        "دي ميستورا يلتقي عطاف في الجزائر العاصمة\n"
        "التقى دي ميستورا يوم الاثنين في الجزائر العاصمة عطاف. واستمر اللقاء بين عطاف ودي ميستورا ساعتين.",
    ),
]


@pytest.mark.slow
@by_language(RESTATED)
def test_a_meeting_told_in_title_lead_and_body_is_one_event(code, lang: str, text: str) -> None:
    meetings = _with(_meetings(code, lang, text), "Ahmed_Attaf")
    assert len(meetings) == 1, shown(meetings)
    assert len(meetings[0].evidence_spans) >= 2


# The same person met again the same day in another telling, with a companion named only once: one event.
RESTATED_WITH_COMPANION = [
    (
        "fr",
        "Staffan de Mistura a rencontré lundi à Rabat Nasser Bourita, en présence d'Omar Hilale. "
        "Lors de cet entretien avec Nasser Bourita, Staffan de Mistura a évoqué la reprise des tables rondes.",
    ),
    (
        "en",
        "Staffan de Mistura met Nasser Bourita in Rabat on Monday, with Omar Hilale attending. "
        "In his meeting with Nasser Bourita, Staffan de Mistura discussed the resumption of the round tables.",
    ),
]


@pytest.mark.slow
@by_language(RESTATED_WITH_COMPANION)
def test_a_restated_meeting_with_a_companion_named_once_is_one_event(code, lang: str, text: str) -> None:
    meetings = _with(_meetings(code, lang, text), "Nasser_Bourita")
    assert len(meetings) == 1, shown(meetings)
