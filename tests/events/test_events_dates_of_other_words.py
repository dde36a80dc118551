"""Dates that belong to other words than the act's (sentences written for these tests):
- a participle that agrees with another noun than the trigger's is that noun's, wherever the parser hung it:
  "la suspension du traité signé en 2002" is suspended now, not in 2002 (events.dating `_qualifies`);
- a date inside a quoted clause is the speaker's ("'an agreement has not been reached today'"): it does not
  date the narrator's act outside the quotation (events.quoted_dates); a quoted fragment of the narrator's
  own phrase ("une visite « dans les prochains mois »") keeps its date."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

pytestmark = pytest.mark.slow

SUSPENSIONS = [
    ("fr", "L'Algérie a annoncé mercredi la suspension du traité d'amitié signé avec l'Espagne en 2002."),
    ("fr", "L'Algérie a annoncé la suspension du traité d'amitié conclu avec l'Espagne en 2002."),
    ("es", "Argelia anunció la suspensión del tratado de amistad firmado con España en 2002."),
    (
        "es",
        "Argelia anunció el miércoles la suspensión del tratado de amistad, firmado con España hace veinte años.",
    ),
    (
        "en",
        "Algeria announced on Wednesday the suspension of the friendship treaty signed with Spain in 2002.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SUSPENSIONS, ids=[f"{s[0]}{i}" for i, s in enumerate(SUSPENSIONS)])
def test_events_a_participle_of_another_noun_does_not_date_the_act(world_code, lang, text):
    found = real_events(world_code(text, lang, "2022-06-09"), "SANCTION")
    suspended = [e for e in found if "Algeria" in e.actor and "Spain" in e.recipient]
    assert suspended and all(e.date and e.date.value.startswith("2022-06") for e in suspended), shown(found)


def test_events_a_participle_agreeing_with_the_trigger_still_dates_it(world_code):
    # "tenue" agrees with "réunion": the meeting's own date, as before
    text = "Le ministre a évoqué la réunion avec le Polisario tenue à Genève en décembre 2018."
    found = world_code(text, "fr", "2022-06-09")
    assert any(e.date and e.date.value == "2018-12" for e in found), shown(found)


QUOTED_TODAY = [
    (
        "en",
        "The truce expired on Sunday after the Houthis rejected the proposal. UN envoy Hans Grundberg said in a "
        'statement issued on October 2 that he regretted that "an agreement has not been reached today" and urged '
        "the Houthis to maintain calm.",
    ),
    (
        "fr",
        "La trêve a expiré dimanche. L'envoyé de l'ONU Hans Grundberg a déclaré : « Un accord n'a pas pu être "
        "conclu aujourd'hui », exhortant les Houthis à maintenir le calme.",
    ),
    (
        "es",
        "La tregua expiró el domingo. El enviado de la ONU Hans Grundberg declaró: «Hoy hemos perdido "
        "una oportunidad», instando a los hutíes a mantener la calma.",
    ),
    (
        "ar",
        'انتهت الهدنة يوم الأحد. وقال المبعوث الأممي هانس غروندبرغ: "لم يتم التوصل اليوم إلى اتفاق بين الطرفين"، '
        "داعيا الحوثيين إلى الحفاظ على الهدوء.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), QUOTED_TODAY, ids=[q[0] for q in QUOTED_TODAY])
def test_events_today_in_a_quoted_clause_does_not_date_the_narrators_act(world_code, lang, text):
    found = real_events(world_code(text, lang, "2022-10-03"), "REQUEST")
    urged = [e for e in found if "Hans_Grundberg" in e.actor and "Houthis" in e.recipient]
    assert urged and all(e.date and e.date.value == "2022-10-02" for e in urged), shown(found)


def test_events_a_quoted_fragment_keeps_its_date(world_code):
    text = (
        "Le président français se rendra au Maroc. À Rabat, on évoque une visite d'État du président "
        "Emmanuel Macron dans le royaume « dans les prochains mois »."
    )
    found = world_code(text, "fr", "2024-08-01")
    visits = [e for e in found if "Emmanuel_Macron" in e.actor + e.recipient]
    assert visits and all("future" in e.aux for e in visits), shown(found)
