"""Two acts told by coordinated predicates: each is coded with its own counterparts (issue 9; sentences
written for these tests). Publication date: Wednesday 2024-03-13."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, real_involving, shown

# one subject, a stance and then a request: two categories, the request's addressee is not criticised
CRITICISE_THEN_ASK = [
    ("en", "Sergey Lavrov criticised the Security Council and called on Morocco to resume the talks."),
    (
        "fr",
        "Sergueï Lavrov a critiqué le Conseil de sécurité et a appelé le Maroc à reprendre les pourparlers.",
    ),
    ("es", "Sergey Lavrov criticó al Consejo de Seguridad y pidió a Marruecos reanudar las conversaciones."),
    ("ar", "انتقد لافروف مجلس الأمن وطالب المغرب باستئناف المفاوضات."),
]


@pytest.mark.slow
@by_language(CRITICISE_THEN_ASK)
def test_coordination_each_act_has_its_own_category_and_counterparts(code, lang: str, text: str) -> None:
    events = code(text, lang)
    accuse = real_involving(events, "ACCUSE", "United_Nations_Security_Council")
    request = real_involving(events, "REQUEST", "Morocco")
    assert accuse and request, shown(events)
    assert all("Sergey_Lavrov" in e.actor for e in accuse + request), shown(events)
    assert all("Morocco" not in e.recipient for e in accuse), shown(events)
    assert all("United_Nations_Security_Council" not in e.recipient for e in request), shown(events)


# a stance and then an ask worded with a verb of support ("encouraged X to"): the ask is a REQUEST, so
# it is an act of another category and its addressee is not who the welcome was for
WELCOME_THEN_ENCOURAGE = [
    (
        "en",
        "Sergey Lavrov welcomed the decision of the Security Council and encouraged Morocco to resume the talks.",
    ),
    (
        "fr",
        "Sergueï Lavrov a salué la décision du Conseil de sécurité et a encouragé le Maroc à reprendre "
        "les pourparlers.",
    ),
    (
        "es",
        "Sergey Lavrov celebró la decisión del Consejo de Seguridad y alentó a Marruecos a reanudar las "
        "conversaciones.",
    ),
]


@pytest.mark.slow
@by_language(WELCOME_THEN_ENCOURAGE)
def test_coordination_an_ask_worded_as_support_keeps_its_addressee(code, lang: str, text: str) -> None:
    events = code(text, lang)
    welcome = real_involving(events, "SUPPORT", "United_Nations_Security_Council")
    request = real_involving(events, "REQUEST", "Morocco")
    assert welcome and request, shown(events)
    assert all("Morocco" not in e.recipient for e in welcome), shown(events)


@pytest.mark.slow
def test_coordination_arabic_welcome_then_criticism_keep_their_counterparts(code) -> None:
    """ "رحب X بقرار المجلس وانتقد الجزائر": the criticised state is no counterpart of the welcome."""
    events = code("رحب بوريطة بقرار مجلس الأمن وانتقد الجزائر.", "ar")
    welcome = real_involving(events, "SUPPORT", "United_Nations_Security_Council")
    criticism = real_involving(events, "ACCUSE", "Algeria")
    assert welcome and criticism, shown(events)
    assert all(e.actor == ("Nasser_Bourita",) for e in welcome + criticism), shown(events)
    assert all("Algeria" not in e.recipient for e in welcome), shown(events)


@pytest.mark.slow
def test_coordination_arabic_noun_after_coordinated_verb_takes_the_shared_subject(code) -> None:
    """ "...وجدد دعم الجزائر للبوليساريو": Attaf renewed the support, not the envoy he met."""
    events = code("التقى عطاف دي ميستورا يوم الاثنين وجدد دعم الجزائر للبوليساريو.", "ar")
    support = real_involving(events, "SUPPORT", "Polisario_Front")
    meeting = real_involving(events, "CONSULT", "Staffan_de_Mistura")
    # Algeria, whose support it is ("دعم الجزائر"), holds it with him (events.nominal.construct_holder)
    assert support and all(
        "Ahmed_Attaf" in e.actor and "Staffan_de_Mistura" not in e.actor for e in support
    ), shown(events)
    assert meeting and all("Polisario_Front" not in e.recipient for e in meeting), shown(events)


@pytest.mark.slow
def test_coordination_arabic_two_verbs_of_one_act_stay_one_event(code) -> None:
    """ "رحب بوريطة وأشاد بالقرار": welcomed and praised one decision; the subject between the verbs is no
    counterpart of the first."""
    events = real_events(code("رحب بوريطة وأشاد بقرار مجلس الأمن.", "ar"), "SUPPORT")
    assert len(events) == 1, shown(events)
    assert events[0].actor == ("Nasser_Bourita",), shown(events)
    assert "United_Nations_Security_Council" in events[0].recipient, shown(events)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["رحبت الجزائر بالقرار، لكنها انتقدت المغرب.", "رحب بوريطة بقرار مجلس الأمن، لكنه انتقد الجزائر."],
)
def test_coordination_arabic_but_with_a_pronoun_after_a_comma_goes_on_with_the_subject(
    code, text: str
) -> None:
    """ "..., لكنها انتقدت": the pronoun on "but" is the subject of the act before, after a comma too; the one
    criticised is no counterpart of the welcome."""
    events = code(text, "ar")
    criticism = real_events(events, "ACCUSE")
    assert criticism and all(e.actor in (("Algeria",), ("Nasser_Bourita",)) for e in criticism), shown(events)
    assert all(not {"Morocco", "Algeria"} & set(e.recipient) for e in real_events(events, "SUPPORT")), shown(
        events
    )


# a stance, then a coordinated verb that reports an act of another category: its names are that act's
THANKS_THEN_ANNOUNCED = [
    ("es", "Nasser Bourita agradeció a España su posición y anunció que Sergey Lavrov visitará Rabat."),
    (
        "fr",
        "Nasser Bourita a remercié l'Espagne pour sa position et a annoncé que Sergueï Lavrov visitera Rabat.",
    ),
    (
        "en",
        "Nasser Bourita thanked Spain for its position and announced that Sergey Lavrov will visit Rabat.",
    ),
]


@pytest.mark.slow
@by_language(THANKS_THEN_ANNOUNCED)
def test_coordination_a_reported_act_keeps_its_names(code, lang: str, text: str) -> None:
    events = code(text, lang)
    thanks = real_involving(events, "SUPPORT", "Spain")
    assert thanks, shown(events)
    assert all("Sergey_Lavrov" not in e.recipient for e in thanks), shown(events)


# After a comma, a verb that needs an object ("اتهم", "حث") with one name and then its complement's
# preposition goes on with the subject before: the name is its object (two names: the first is a subject
# of its own); so does a verb after "كما" (also) whose complement follows it. A meeting's direction is
# the scorer's to ignore: who met takes part in it.
ARABIC_GOING_ON = [
    ("رفضت الجزائر الاتهامات المغربية، واتهمت إسبانيا بعرقلة المفاوضات.", "ACCUSE", "Algeria", "Spain"),
    ("انتقد بوريطة الموقف الجزائري، وحث روسيا على دعم المفاوضات.", "REQUEST", "Nasser_Bourita", "Russia"),
    ("رفضت الجزائر الاتهامات، واتهمت إسبانيا المغرب بعرقلة المفاوضات.", "ACCUSE", "Spain", "Morocco"),
    ("استقبل بوريطة لافروف في الرباط، كما أشاد بدور روسيا.", "SUPPORT", "Nasser_Bourita", "Russia"),
    (
        "التقى عطاف لافروف في موسكو، كما اجتمع بالرئيس الروسي فلاديمير بوتين.",
        "CONSULT",
        "Ahmed_Attaf",
        "Vladimir_Putin",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "who", "whom"), ARABIC_GOING_ON)
def test_coordination_arabic_verb_goes_on_with_the_subject(
    world_code, text: str, kind: str, who: str, whom: str
) -> None:
    events = world_code(text, "ar")
    found = [e for e in real_events(events, kind) if whom in e.actor + e.recipient]
    acting = (lambda e: who in e.actor + e.recipient) if kind == "CONSULT" else (lambda e: e.actor == (who,))
    assert found and all(acting(e) for e in found), shown(events)


# A weak meeting word coordinated with another act, each verb with its own object, is a meeting of its
# own: "briefed the Council and urged Morocco" is a briefing and a call (events.pruning).
BRIEFED_AND_ASKED = [
    ("en", "Staffan de Mistura briefed the Security Council on Monday and urged Morocco to negotiate."),
    ("fr", "Staffan de Mistura a informé lundi le Conseil de sécurité et a appelé le Maroc à négocier."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), BRIEFED_AND_ASKED, ids=[b[0] for b in BRIEFED_AND_ASKED])
def test_coordination_a_briefing_beside_a_call_stays(code, lang: str, text: str) -> None:
    events = code(text, lang)
    assert real_involving(events, "CONSULT", "United_Nations_Security_Council"), shown(events)
    assert [e for e in real_events(events, "REQUEST") if e.recipient == ("Morocco",)], shown(events)
