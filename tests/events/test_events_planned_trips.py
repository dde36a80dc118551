"""Planned meetings the earlier tests did not cover, on sentences written for these tests: a trip that
takes its traveller somewhere ("the tour will take him to Algiers": events.conveyed), a meeting a plan
verb has as its object ("a prévu des consultations"), an Arabic plan or preparation ("تعتزم", "تستعد
لعقد"), and, in a text with no publication day, a meeting dated by "demain"/"tomorrow"/"غدا"
(events.dating.relative_dates)."""

from __future__ import annotations

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.events import EventCoder
from diplowatch.events.dating import relative_dates
from diplowatch.kb import kb_from_dicts
from diplowatch.stage import Chain
from diplowatch.text.parse import Parser
from tests.events.conftest import ENTRIES, ROLES, by_language, make_article, real_events, shown

MAURITANIA = [
    {
        "id": "Mauritania",
        "kind": "country",
        "name": "Mauritania",
        "country": "MRT",
        "names": {"fr": ["Mauritanie"], "es": ["Mauritania"], "en": ["Mauritania"], "ar": ["موريتانيا"]},
    },
    {
        "id": "Nouakchott",
        "kind": "place",
        "name": "Nouakchott",
        "country": "MRT",
        "metonym_for": "Mauritania",
        "names": {"xx": ["Nouakchott"], "es": ["Nuakchot"], "ar": ["نواكشوط"]},
    },
]


@pytest.fixture(scope="module")
def code_trips():
    """code(text, lang, anchor="2024-03-13") over the event tests' KB and Mauritania (None: no date)."""
    chain = Chain(Parser(), ActorLinker(kb_from_dicts([*ENTRIES, *MAURITANIA], ROLES)))
    coder = EventCoder()
    return lambda text, lang, anchor="2024-03-13": coder(chain(make_article(text, lang, anchor))).events


def _planned_by(events, who: str) -> list:
    return [e for e in real_events(events, "AGREE") if "future" in e.aux and who in e.actor]


TRIPS = [
    (
        "fr",
        "Staffan de Mistura a entamé lundi sa tournée à Rabat. Son périple doit ensuite le mener à Alger "
        "puis à Nouakchott, a précisé un porte-parole.",
    ),
    (
        "en",
        "Staffan de Mistura started his regional tour in Rabat on Monday. The trip will then take him to "
        "Algiers and Nouakchott, his office said.",
    ),
    (
        "es",
        "Staffan de Mistura comenzó el lunes su gira en Rabat. El viaje lo llevará luego a Argel y "
        "Nuakchot, según su oficina.",
    ),
]


@pytest.mark.slow
@by_language(TRIPS)
def test_trip_that_takes_the_envoy_on_is_his_planned_visit(code_trips, lang, text):
    events = code_trips(text, lang)
    planned = _planned_by(events, "Staffan_de_Mistura")
    assert planned, shown(events)
    hosts = set().union(*(set(e.recipient) for e in planned))
    assert {"Algeria", "Mauritania"} <= hosts, shown(events)
    held = [e for e in real_events(events, "CONSULT") if "Staffan_de_Mistura" in e.actor]
    assert held and all("future" not in e.aux for e in held), shown(events)  # the stop in Rabat was made


@pytest.mark.slow
@by_language(
    [
        ("en", "Algeria condemned the attack. The negotiations will take time, Ahmed Attaf said."),
        (
            "fr",
            "L'Algérie a condamné l'attaque. Ces pourparlers doivent mener à un accord, a dit Ahmed Attaf.",
        ),
        ("es", "Argelia condenó el ataque. Las negociaciones llevarán tiempo, dijo Ahmed Attaf."),
    ]
)
def test_no_trip_no_visit(code_trips, lang, text):
    events = code_trips(text, lang)
    assert not real_events(events, "AGREE") and not real_events(events, "CONSULT"), shown(events)


PLANNED_TALKS = [
    ("fr", "Staffan de Mistura a prévu de nouvelles consultations avec le Front Polisario."),
    ("en", "Staffan de Mistura has scheduled new talks with the Polisario Front."),
    ("es", "Staffan de Mistura ha programado nuevas consultas con el Frente Polisario."),
    ("ar", "يعتزم دي ميستورا عقد مشاورات جديدة مع جبهة البوليساريو."),
]


@pytest.mark.slow
@by_language(PLANNED_TALKS)
def test_talks_a_plan_provides_for_are_planned(code_trips, lang, text):
    events = code_trips(text, lang)
    planned = _planned_by(events, "Staffan_de_Mistura")
    assert planned and "Polisario_Front" in planned[0].recipient, shown(events)
    assert not real_events(events, "CONSULT"), shown(events)


@pytest.mark.slow
def test_arabic_preparing_a_round_table_is_a_plan(code_trips):
    events = code_trips("قال عطاف إن الأمم المتحدة تستعد لعقد مائدة مستديرة في جنيف.", "ar")
    assert [e for e in real_events(events, "AGREE") if "future" in e.aux], shown(events)
    assert not real_events(events, "CONSULT"), shown(events)


# No publication day: "tomorrow" still tells a meeting not yet held; "yesterday" one that was.
UNDATED_TOMORROW = [
    ("fr", "Selon la presse, Ahmed Attaf doit rencontrer demain Staffan de Mistura à Alger."),
    ("en", "According to the press, Ahmed Attaf meets Staffan de Mistura in Algiers tomorrow."),
    ("es", "Según la prensa, Ahmed Attaf se reúne mañana con Staffan de Mistura en Argel."),
    ("ar", "حسب الصحيفة، يلتقي غدا وزير الخارجية أحمد عطاف دي ميستورا في الجزائر."),
]


@pytest.mark.slow
@by_language(UNDATED_TOMORROW)
def test_undated_text_meeting_tomorrow_is_planned(code_trips, lang, text):
    events = code_trips(text, lang, None)
    assert _planned_by(events, "Ahmed_Attaf"), shown(events)
    assert not real_events(events, "CONSULT"), shown(events)


@pytest.mark.slow
@by_language(
    [
        ("fr", "Selon la presse, Ahmed Attaf a rencontré hier Staffan de Mistura à Alger."),
        ("en", "According to the press, Ahmed Attaf met Staffan de Mistura in Algiers on Monday."),
        ("ar", "حسب الصحيفة، التقى أمس وزير الخارجية أحمد عطاف دي ميستورا في الجزائر."),
    ]
)
def test_undated_text_meeting_held_stays_held(code_trips, lang, text):
    events = code_trips(text, lang, None)
    assert [e for e in real_events(events, "CONSULT") if "Ahmed_Attaf" in e.actor], shown(events)
    assert not real_events(events, "AGREE"), shown(events)


@pytest.mark.parametrize(
    ("lang", "text", "ahead"),
    [
        ("fr", "Il le verra demain.", {"demain": True}),
        ("fr", "Il l'a vu hier, il le reverra lundi.", {"hier": False, "lundi": False}),
        ("en", "They meet again next week.", {"next week": True}),
        ("es", "Se reunirán el próximo mes.", {"el próximo mes": True}),
        ("ar", "يلتقي غدا وزير الخارجية.", {"غدا": True}),
    ],
)
def test_relative_dates_point_ahead_only_when_their_words_do(lang, text, ahead):
    article = make_article(text, lang, None)
    found = {article.body[d.start : d.end]: d.ahead for d in relative_dates(article)}
    assert {k: found.get(k) for k in ahead} == ahead, found


def test_no_relative_dates_in_a_dated_text():
    assert relative_dates(make_article("Il le verra demain.", "fr")) == []


# A meeting announced in the complement of a plan verb or of a report coordinated with another verb is
# the organiser's plan, kept like one in a main clause; a month named "May" is no modal "may".
ANNOUNCED = [
    (
        "en",
        "Algeria condemned the attack. Sergey Lavrov said Russia is preparing to hold a round table in early May.",
    ),
    (
        "es",
        "Argelia condenó el ataque. Sergey Lavrov dijo que Rusia se prepara para celebrar una mesa redonda "
        "en Moscú.",
    ),
    (
        "fr",
        "L'Algérie a condamné l'attaque. Sergueï Lavrov a salué le travail des diplomates et annoncé que la "
        "Russie organisera bientôt une conférence internationale sur la migration.",
    ),
]


@pytest.mark.slow
@by_language(ANNOUNCED)
def test_announced_meeting_under_a_plan_or_a_report_is_kept(code_trips, lang, text):
    events = code_trips(text, lang)
    assert [e for e in real_events(events, "AGREE") if "Russia" in e.actor and "future" in e.aux], shown(
        events
    )


@pytest.mark.slow
def test_arabic_undated_plan_date_does_not_make_the_meeting_before_it_planned(code_trips):
    events = code_trips(
        "أكد عطاف عقب لقائه دي ميستورا أن الجزائر تستعد لعقد مائدة مستديرة مطلع نوفمبر القادم.", "ar", None
    )
    held = [
        e for e in real_events(events, "CONSULT") if "Staffan_de_Mistura" in set(e.actor) | set(e.recipient)
    ]
    assert held, shown(events)
