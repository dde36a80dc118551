"""Announced, planned and accepted meetings (PLOVER: AGREE, not CONSULT), checked on sentences written
for these tests in the four languages and on several dossiers: the hosts of every stop of a planned
tour are its recipients, a plan told by a participle ("tiene previsto") or by an expected arrival is
future, and answers to an invitation are the answerer's AGREE (accepted) or REJECT (declined)."""

from __future__ import annotations

import pytest

from tests.events.conftest import ENTRIES, coder_with, real_events, shown


def _country(key: str, iso3: str, names: dict[str, list[str]]) -> dict:
    return {"id": key, "kind": "country", "name": key, "country": iso3, "names": names}


def _capital(key: str, iso3: str, state: str, names: dict[str, list[str]] | None = None) -> dict:
    return {
        "id": key,
        "kind": "place",
        "name": key,
        "country": iso3,
        "metonym_for": state,
        "names": names or {},
    }


def _person(key: str, names: list[str], iso3: str | None = None, ar: list[str] | None = None) -> dict:
    entry = {"id": key, "kind": "person", "name": key.replace("_", " "), "names": {"xx": names}}
    if iso3:
        entry["country"] = iso3
    if ar:
        entry["names"]["ar"] = ar
    return entry


# Other dossiers: Libya, Yemen, Venezuela and Colombia, the Sahel, Sudan, and Mauritania for Western Sahara.
MORE = [
    _country("Libya", "LBY", {"fr": ["Libye"], "es": ["Libia"], "en": ["Libya"], "ar": ["ليبيا"]}),
    _country("Tunisia", "TUN", {"fr": ["Tunisie"], "es": ["Túnez"], "en": ["Tunisia"], "ar": ["تونس"]}),
    _country("Oman", "OMN", {"fr": ["Oman"], "es": ["Omán"], "en": ["Oman"], "ar": ["عمان"]}),
    _country(
        "Saudi_Arabia",
        "SAU",
        {"fr": ["Arabie saoudite"], "es": ["Arabia Saudí"], "en": ["Saudi Arabia"], "ar": ["السعودية"]},
    ),
    _country("Venezuela", "VEN", {"xx": ["Venezuela"], "ar": ["فنزويلا"]}),
    _country("Colombia", "COL", {"fr": ["Colombie"], "es": ["Colombia"], "en": ["Colombia"]}),
    _country("Niger", "NER", {"xx": ["Niger"], "ar": ["النيجر"]}),
    _country("Mali", "MLI", {"xx": ["Mali"], "ar": ["مالي"]}),
    _country("Sudan", "SDN", {"fr": ["Soudan"], "es": ["Sudán"], "en": ["Sudan"], "ar": ["السودان"]}),
    _country(
        "Mauritania",
        "MRT",
        {"fr": ["Mauritanie"], "es": ["Mauritania"], "en": ["Mauritania"], "ar": ["موريتانيا"]},
    ),
    _capital("Tripoli", "LBY", "Libya", {"es": ["Trípoli"], "ar": ["طرابلس"]}),
    _capital("Tunis", "TUN", "Tunisia", {"ar": ["تونس العاصمة"]}),
    _capital("Muscat", "OMN", "Oman", {"fr": ["Mascate"], "es": ["Mascate"], "ar": ["مسقط"]}),
    _capital("Riyadh", "SAU", "Saudi_Arabia", {"fr": ["Riyad"], "es": ["Riad"], "ar": ["الرياض"]}),
    _capital("Caracas", "VEN", "Venezuela", {"ar": ["كاراكاس"]}),
    _capital("Bogota", "COL", "Colombia", {"xx": ["Bogotá"]}),
    _capital("Niamey", "NER", "Niger", {"ar": ["نيامي"]}),
    _capital("Bamako", "MLI", "Mali", {"ar": ["باماكو"]}),
    _capital("Nouakchott", "MRT", "Mauritania", {"ar": ["نواكشوط"]}),
    _person("Hans_Grundberg", ["Hans Grundberg", "Grundberg"], ar=["هانس غروندبرغ", "غروندبرغ"]),
    _person("Abdoulaye_Bathily", ["Abdoulaye Bathily", "Bathily"], ar=["عبد الله باتيلي", "باتيلي"]),
    _person("Khalifa_Haftar", ["Khalifa Haftar", "Haftar"], "LBY", ["خليفة حفتر", "حفتر"]),
    _person("Gustavo_Petro", ["Gustavo Petro", "Petro"], "COL"),
    _person("Nicolas_Maduro", ["Nicolás Maduro", "Nicolas Maduro", "Maduro"], "VEN"),
    {
        "id": "ECOWAS",
        "kind": "organization",
        "name": "ECOWAS",
        "sector": "IGO",
        "names": {"fr": ["CEDEAO"], "es": ["Cedeao"], "en": ["ECOWAS"], "ar": ["إيكواس", "الإيكواس"]},
    },
]


@pytest.fixture(scope="module")
def code_more():
    """The event tests' KB plus the states, capitals and envoys of other dossiers."""
    return coder_with([*ENTRIES, *MORE])


def _planned(events, who: str) -> list:
    """The future AGREE events `who` takes part in."""
    return [
        e
        for e in real_events(events, "AGREE")
        if "future" in e.aux and who in set(e.actor) | set(e.recipient)
    ]


# (lang, text, the one who plans, every host or partner the plan must name)
PLANS = [
    # every stop of a planned tour hosts it
    (
        "fr",
        "Hans Grundberg se rendra à Riyad et à Mascate la semaine prochaine.",
        "Hans_Grundberg",
        {"Saudi_Arabia", "Oman"},
    ),
    (
        "fr",
        "Staffan de Mistura devrait se rendre à Alger et à Nouakchott dans les prochains jours.",
        "Staffan_de_Mistura",
        {"Algeria", "Mauritania"},
    ),
    (
        "es",
        "Staffan de Mistura viajará a Rabat y Argel la próxima semana.",
        "Staffan_de_Mistura",
        {"Morocco", "Algeria"},
    ),
    (
        "en",
        "Abdoulaye Bathily will travel to Tripoli and Tunis next week.",
        "Abdoulaye_Bathily",
        {"Libya", "Tunisia"},
    ),
    ("ar", "سيزور هانس غروندبرغ الرياض ومسقط الأسبوع المقبل.", "Hans_Grundberg", {"Saudi_Arabia", "Oman"}),
    # a plan told by a participle over the verb ("tiene previsto"), or over the verb the meeting is the aim of
    (
        "es",
        "Nicolás Maduro tiene previsto reunirse con Gustavo Petro en Caracas.",
        "Nicolas_Maduro",
        {"Gustavo_Petro"},
    ),
    (
        "es",
        "Gustavo Petro tiene previsto viajar a Caracas para reunirse con Nicolás Maduro.",
        "Gustavo_Petro",
        {"Nicolas_Maduro"},
    ),
    # an expected arrival: the one awaited comes, the place's state hosts
    (
        "en",
        "Staffan de Mistura is expected in Rabat on Thursday, his spokesman said.",
        "Staffan_de_Mistura",
        {"Morocco"},
    ),
    ("es", "Se espera que Abdoulaye Bathily llegue a Trípoli el jueves.", "Abdoulaye_Bathily", set()),
    ("es", "Abdoulaye Bathily es esperado en Trípoli el jueves.", "Abdoulaye_Bathily", {"Libya"}),
    # the partner of "is to meet", "doit rencontrer", "من المقرر أن يلتقي"
    (
        "en",
        "Abdoulaye Bathily is to meet Khalifa Haftar in Benghazi tomorrow.",
        "Abdoulaye_Bathily",
        {"Khalifa_Haftar"},
    ),
    (
        "fr",
        "Abdoulaye Bathily doit rencontrer Khalifa Haftar à Benghazi demain.",
        "Abdoulaye_Bathily",
        {"Khalifa_Haftar"},
    ),
    ("ar", "من المقرر أن يلتقي باتيلي خليفة حفتر في بنغازي غدا.", "Abdoulaye_Bathily", {"Khalifa_Haftar"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "who", "partners"), PLANS, ids=[p[1][:40] for p in PLANS])
def test_planned_meeting_names_its_hosts(code_more, lang, text, who, partners):
    events = code_more(text, lang)
    planned = _planned(events, who)
    assert planned, shown(events)
    named = set().union(*(set(e.actor) | set(e.recipient) for e in planned))
    assert partners <= named, shown(events)
    assert not real_events(events, "CONSULT"), shown(events)  # a plan is no meeting held


# (lang, text, category, the one who answers, the one who invited)
ANSWERS = [
    ("en", "The Houthis accepted the invitation of Oman to talks in Muscat.", "AGREE", "Houthis", "Oman"),
    (
        "fr",
        "Le Mali et le Niger ont répondu favorablement à l'invitation de la CEDEAO.",
        "AGREE",
        "Mali",
        "ECOWAS",
    ),
    (
        "es",
        "Venezuela y Colombia aceptaron la invitación de Omán para reanudar el diálogo.",
        "AGREE",
        "Colombia",
        "Oman",
    ),
    (
        "ar",
        "قبلت موريتانيا دعوة السعودية لاستئناف المحادثات في جدة.",
        "AGREE",
        "Mauritania",
        "Saudi_Arabia",
    ),
    (
        "ar",
        "أعلنت الجزائر قبول دعوة دي ميستورا للمشاركة في المائدة المستديرة.",
        "AGREE",
        "Algeria",
        "Staffan_de_Mistura",
    ),
    ("ar", "لبت موريتانيا دعوة دي ميستورا إلى جنيف.", "AGREE", "Mauritania", "Staffan_de_Mistura"),
    (
        "en",
        "Algeria turned down the invitation of Staffan de Mistura.",
        "REJECT",
        "Algeria",
        "Staffan_de_Mistura",
    ),
    (
        "es",
        "El Frente Polisario rechazó la invitación de Staffan de Mistura.",
        "REJECT",
        "Polisario_Front",
        "Staffan_de_Mistura",
    ),
    (
        "fr",
        "Le Front Polisario a décliné l'invitation de Staffan de Mistura.",
        "REJECT",
        "Polisario_Front",
        "Staffan_de_Mistura",
    ),
]
HOUTHIS = {"id": "Houthis", "kind": "group", "name": "Houthis", "names": {"en": ["Houthis"]}}


@pytest.fixture(scope="module")
def code_answers():
    return coder_with([*ENTRIES, *MORE, HOUTHIS])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "answerer", "inviter"), ANSWERS, ids=[a[1][:40] for a in ANSWERS]
)
def test_answer_to_an_invitation(code_answers, lang, text, kind, answerer, inviter):
    events = code_answers(text, lang)
    answers = [e for e in real_events(events, kind) if answerer in e.actor and inviter in e.recipient]
    assert answers, shown(events)


# Declining to attend is a refusal; "اعتذر" alone (to apologise) and "قبل" alone (also "before") are not.
@pytest.mark.slow
def test_arabic_declining_to_attend_is_reject(code_answers):
    events = code_answers("اعتذرت الجزائر عن المشاركة في المائدة المستديرة بجنيف.", "ar")
    assert [e for e in real_events(events, "REJECT") if "Algeria" in e.actor], shown(events)


@pytest.mark.slow
def test_arabic_before_is_no_acceptance(code_answers):
    events = code_answers("قبل الاجتماع، التقى دي ميستورا عطاف في الجزائر.", "ar")
    assert not real_events(events, "AGREE"), shown(events)


# A refusal of "the invitation" that names no inviter answers the invitation told before it, which stays
# an event of its own.
FOLLOW_UPS = [
    (
        "fr",
        "Staffan de Mistura a invité le Maroc et l'Algérie à une table ronde à Genève. "
        "Dans un premier temps, l'Algérie a décliné l'invitation.",
        "REJECT",
    ),
    (
        "en",
        "Staffan de Mistura invited Morocco and Algeria to a round table in Geneva on Monday. "
        "Algeria turned down the invitation on Tuesday.",
        "REJECT",
    ),
    (
        "es",
        "Staffan de Mistura invitó a Marruecos y Argelia a una mesa redonda en Ginebra. "
        "Argelia rechazó la invitación el martes.",
        "REJECT",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind"), FOLLOW_UPS, ids=[f[1][-40:] for f in FOLLOW_UPS])
def test_answer_addressed_to_the_last_inviter(code_answers, lang, text, kind):
    events = code_answers(text, lang)
    answers = [e for e in real_events(events, kind) if e.actor == ("Algeria",)]
    assert answers and "Staffan_de_Mistura" in answers[0].recipient, shown(events)
    invitation = [e for e in real_events(events, "AGREE") if "Staffan_de_Mistura" in e.actor]
    assert invitation, shown(events)


@pytest.mark.slow
def test_answer_with_no_invitation_told_has_no_inviter(code_answers):
    events = code_answers("Algeria turned down the invitation on Tuesday.", "en")
    assert all(not e.recipient for e in real_events(events, "REJECT")), shown(events)


# An international conference the sentence announces is its organiser's planned meeting (AGREE), kept
# though it names no counterpart; a press conference is none, and a round table only referred to in a
# relative clause is no plan of anyone's. Each text tells another event first, so that the conference
# is not kept merely as the document's only event.
CONFERENCES = [
    (
        "fr",
        "L'Algérie a condamné l'attaque lundi. La Russie organisera prochainement une conférence "
        "internationale sur la migration.",
    ),
    (
        "en",
        "Algeria condemned the attack on Monday. Russia will soon hold an international conference on "
        "migration, Sergey Lavrov announced.",
    ),
    (
        "es",
        "Argelia condenó el ataque el lunes. Rusia celebrará próximamente una conferencia internacional "
        "sobre migración.",
    ),
    ("ar", "أدانت الجزائر الهجوم يوم الاثنين. ستعقد روسيا قريبا مؤتمرا دوليا حول الهجرة."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), CONFERENCES, ids=[c[0] for c in CONFERENCES])
def test_announced_conference_is_its_organisers_plan(code, lang, text):
    events = code(text, lang)
    assert [e for e in real_events(events, "AGREE") if "Russia" in e.actor and "future" in e.aux], shown(
        events
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "L'Algérie a condamné l'attaque lundi. Sergueï Lavrov a tenu une conférence de presse à Moscou.",
        "L'Algérie a condamné l'attaque lundi. Le Maroc a salué les préparatifs qui ouvriront la voie à "
        "la prochaine table ronde.",
    ],
)
def test_no_plan_in_a_press_conference_or_a_reference(code, text):
    events = code(text, "fr")
    assert not real_events(events, "AGREE") and not real_events(events, "CONSULT"), shown(events)
