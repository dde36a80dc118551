"""Categories told indirectly (sentences written for these tests): an invitation to a meeting is an
AGREE and an invitation to act a REQUEST, stressing a party's role is SUPPORT and stressing a need a
REQUEST, a positive answer is an acceptance (AGREE), and barring someone from a visit is a REJECT."""

from __future__ import annotations

from datetime import date

import pytest

from diplowatch.events.dating import is_upcoming
from diplowatch.model import EventDate
from tests.events.conftest import real_events

MOROCCO_ALGERIA = {"Morocco", "Algeria"}
ENVOY_PARTIES = {"Staffan_de_Mistura", "Morocco", "Algeria"}
ENVOY_MOROCCO = {"Staffan_de_Mistura", "Morocco"}

# A meeting dated after the publication day (anchor 2024-03-13) by its own words is planned: AGREE.
UPCOMING = [
    ("en", "Lavrov meets Ahmed Attaf in Moscow tomorrow.", "AGREE", {"Sergey_Lavrov", "Ahmed_Attaf"}),
    (
        "fr",
        "Ahmed Attaf reçoit le 20 mars 2024 à Alger son homologue Sergueï Lavrov.",
        "AGREE",
        {"Ahmed_Attaf"},
    ),
    ("es", "Lavrov se reúne mañana con Ahmed Attaf en Moscú.", "AGREE", {"Sergey_Lavrov", "Ahmed_Attaf"}),
    ("ar", "يلتقي غدا وزير الخارجية أحمد عطاف بالمبعوث ستيفان دي ميستورا.", "AGREE", {"Ahmed_Attaf"}),
]

# (lang, text, type, ids that must be among actor+recipient)
CASES = [
    # Invited to a meeting (or to take part in one): AGREE; invited to act: REQUEST.
    (
        "fr",
        "Staffan de Mistura a invité le Maroc et l'Algérie à une table ronde à Genève.",
        "AGREE",
        ENVOY_PARTIES,
    ),
    (
        "en",
        "Staffan de Mistura invited Morocco and Algeria to a round table in Geneva.",
        "AGREE",
        ENVOY_PARTIES,
    ),
    (
        "es",
        "Staffan de Mistura invitó a Marruecos y Argelia a una mesa redonda en Ginebra.",
        "AGREE",
        ENVOY_PARTIES,
    ),
    (
        "en",
        "Staffan de Mistura invited Morocco and Algeria to attend the talks in Geneva.",
        "AGREE",
        ENVOY_PARTIES,
    ),
    (
        "es",
        "Staffan de Mistura invitó a Marruecos y Argelia a participar en la mesa redonda.",
        "AGREE",
        ENVOY_PARTIES,
    ),
    (
        "fr",
        "Staffan de Mistura a invité le Maroc et l'Algérie à reprendre le dialogue.",
        "REQUEST",
        ENVOY_PARTIES,
    ),
    (
        "en",
        "Staffan de Mistura invited Morocco and Algeria to resume the dialogue.",
        "REQUEST",
        ENVOY_PARTIES,
    ),
    (
        "es",
        "Staffan de Mistura invitó a Marruecos y Argelia a reanudar el diálogo.",
        "REQUEST",
        ENVOY_PARTIES,
    ),
    # Stressing a party's role backs it.
    (
        "fr",
        "Sergueï Lavrov a souligné le rôle constructif de l'Algérie.",
        "SUPPORT",
        {"Sergey_Lavrov", "Algeria"},
    ),
    ("en", "Lavrov stressed the constructive role of Spain.", "SUPPORT", {"Sergey_Lavrov", "Spain"}),
    ("es", "Lavrov destacó el papel constructivo de España.", "SUPPORT", {"Sergey_Lavrov", "Spain"}),
    ("ar", "شدد لافروف على الدور البناء للجزائر.", "SUPPORT", {"Sergey_Lavrov", "Algeria"}),
    # Stressing a need is a call.
    (
        "fr",
        "Lavrov a souligné la nécessité pour le Maroc et l'Algérie de reprendre le dialogue.",
        "REQUEST",
        {"Sergey_Lavrov", "Morocco"},
    ),
    (
        "en",
        "Lavrov stressed the need for Morocco and Algeria to resume talks.",
        "REQUEST",
        {"Sergey_Lavrov", "Morocco"},
    ),
    (
        "es",
        "Lavrov subrayó la necesidad de que Marruecos y Argelia reanuden el diálogo.",
        "REQUEST",
        {"Sergey_Lavrov", "Morocco"},
    ),
    (
        "ar",
        "شدد لافروف على ضرورة استئناف الحوار بين المغرب والجزائر.",
        "REQUEST",
        {"Sergey_Lavrov", "Morocco"},
    ),
    # A positive answer is an acceptance.
    (
        "en",
        "Morocco and Algeria gave a positive response to the invitation of Staffan de Mistura.",
        "AGREE",
        ENVOY_PARTIES,
    ),
    ("fr", "Le Maroc a répondu favorablement à l'invitation de Staffan de Mistura.", "AGREE", ENVOY_MOROCCO),
    (
        "es",
        "Marruecos dio una respuesta positiva a la invitación de Staffan de Mistura.",
        "AGREE",
        ENVOY_MOROCCO,
    ),
    ("ar", "تلقى دي ميستورا ردودا إيجابية من المغرب والجزائر.", "AGREE", ENVOY_PARTIES),
    # Barring someone from a visit refuses the visit: REJECT, neither a meeting nor a ban (COERCE).
    ("en", "Morocco barred Staffan de Mistura from visiting the territory.", "REJECT", ENVOY_MOROCCO),
    ("fr", "Le Maroc a interdit à Staffan de Mistura de visiter le territoire.", "REJECT", ENVOY_MOROCCO),
    ("es", "Marruecos prohibió a Staffan de Mistura visitar el territorio.", "REJECT", ENVOY_MOROCCO),
    ("ar", "منع المغرب دي ميستورا من زيارة الإقليم.", "REJECT", ENVOY_MOROCCO),
    *UPCOMING,
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "ids"), CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_events_recall_category_of_indirect_statements(code, lang, text, kind, ids):
    found = code(text, lang)
    real = real_events(found)
    assert any(e.type == kind and ids <= set(e.actor + e.recipient) for e in real), [
        (e.type, e.actor, e.recipient, e.aux) for e in found
    ]


# A meeting dated after the publication day (anchor 2024-03-13) is planned (AGREE), and a barred visit
# is neither a visit nor a ban: (lang, text, categories it must not be coded as).
NOT_CODED_AS = [
    ("en", "Morocco barred Staffan de Mistura from visiting the territory.", ("CONSULT", "COERCE")),
    ("es", "Marruecos prohibió a Staffan de Mistura visitar el territorio.", ("CONSULT", "COERCE")),
    *((lang, text, ("CONSULT",)) for lang, text, _, _ in UPCOMING),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kinds"), NOT_CODED_AS, ids=[f"{n[0]}-{i}" for i, n in enumerate(NOT_CODED_AS)]
)
def test_events_recall_not_coded_as(code, lang, text, kinds):
    found = code(text, lang)
    assert not [e for e in found if e.type in kinds], [(e.type, e.actor, e.aux) for e in found]


@pytest.mark.parametrize(
    ("value", "upcoming"),
    [
        ("2024-03-14", True),
        ("2024-03-13", False),
        ("2024-03", False),
        ("2024-04", True),
        ("2025", True),
        ("x", False),
    ],
)
def test_events_recall_is_upcoming(value, upcoming):
    assert is_upcoming(EventDate(value, "day", ""), date(2024, 3, 13)) is upcoming


@pytest.mark.slow
def test_events_recall_arabic_present_tense_call(code):
    found = code("تحث الأمم المتحدة المغرب والجزائر على استئناف الحوار.", "ar")
    assert [e for e in found if e.type == "REQUEST" and {"Morocco", "Algeria"} <= set(e.recipient + e.actor)]


@pytest.mark.slow
def test_events_recall_meeting_told_in_the_past_stays_a_meeting(code):
    found = code("Ahmed Attaf a reçu le 20 mars 2024 à Alger son homologue Sergueï Lavrov.", "fr")
    assert [e for e in found if e.type == "CONSULT" and "future" not in e.aux]


# A meeting noun with a demonstrative refers back to the meeting told before: one event, not two.
TOLD_BEFORE = [
    (
        "fr",
        "Ahmed Attaf a rencontré dimanche Staffan de Mistura à Alger. Lors de cette réunion, Attaf a réaffirmé "
        "le soutien de l'Algérie aux efforts de Sergueï Lavrov et de Nasser Bourita.",
    ),
    (
        "en",
        "Ahmed Attaf met Staffan de Mistura in Algiers on Sunday. During this meeting, Attaf reaffirmed "
        "Algeria's support for the efforts of Sergey Lavrov and Nasser Bourita.",
    ),
    (
        "es",
        "Ahmed Attaf se reunió el domingo con Staffan de Mistura en Argel. Durante esta reunión, Attaf reafirmó "
        "el apoyo de Argelia a los esfuerzos de Sergey Lavrov y Nasser Bourita.",
    ),
    (
        "ar",
        "التقى أحمد عطاف يوم الأحد ستيفان دي ميستورا في الجزائر. وخلال هذا الاجتماع جدد عطاف دعم الجزائر "
        "لجهود لافروف وبوريطة.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), TOLD_BEFORE, ids=[t[0] for t in TOLD_BEFORE])
def test_events_recall_demonstrative_meeting_is_the_one_told_before(code, lang, text):
    meetings = [e for e in code(text, lang) if e.type == "CONSULT"]
    assert len(meetings) == 1, [(e.actor, e.recipient) for e in meetings]
    assert {"Ahmed_Attaf", "Staffan_de_Mistura"} <= set(meetings[0].actor + meetings[0].recipient)
