"""What a meeting is about is no participant and no place (events.subject_matter): "met X to discuss the
situation in Mali", "s'est entretenu avec X de la crise au Soudan", "para abordar la crisis en Malí",
"وبحثا الأزمة في السودان". Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (lang, text, the counterpart met, the subject matter's state)
MEETINGS = [
    (
        "en",
        "Senegal's foreign minister met his Gambian counterpart in Banjul on Thursday to discuss the "
        "security situation in Mali.",
        "The_Gambia",
        "Mali",
    ),
    (
        "en",
        "Kenyan President William Ruto received Ethiopia's prime minister on Friday to talk about the "
        "crisis in Sudan.",
        "Abiy_Ahmed",
        "Sudan",
    ),
    (
        "fr",
        "Le chef de la diplomatie sénégalaise s'est entretenu jeudi à Dakar avec son homologue gambien de la "
        "situation au Niger.",
        "The_Gambia",
        "Niger",
    ),
    (
        "fr",
        "Le président kényan William Ruto a reçu vendredi le Premier ministre éthiopien pour évoquer la crise "
        "soudanaise.",
        "Abiy_Ahmed",
        "Sudan",
    ),
    (
        "es",
        "El canciller brasileño se reunió el martes en Brasilia con su homólogo chileno para abordar la crisis "
        "en Haití.",
        "Chile",
        "Haiti",
    ),
    (
        "ar",
        "التقى وزير الخارجية المصري يوم الأربعاء في القاهرة نظيره الأردني وبحثا الأوضاع في قطاع غزة والأزمة في "
        "السودان.",
        "Jordan",
        "Sudan",
    ),
    # a truce is what a tour is about too ("to support extending the truce in Yemen")
    (
        "en",
        "The Omani foreign minister met the Saudi foreign minister in Riyadh on Monday as part of a tour to "
        "support extending the truce in Yemen.",
        "Faisal_bin_Farhan_Al_Saud",
        "Yemen",
    ),
    (
        "ar",
        "التقى وزير الخارجية العماني يوم الاثنين في الرياض وزير الخارجية السعودي في إطار جولته لدعم تمديد "
        "الهدنة في اليمن.",
        "Faisal_bin_Farhan_Al_Saud",
        "Yemen",
    ),
]


@pytest.mark.parametrize(("lang", "text", "met", "topic"), MEETINGS, ids=[f"{m[0]}-{m[3]}" for m in MEETINGS])
def test_the_subject_matter_of_a_meeting_takes_no_part(world_code, lang, text, met, topic):
    meetings = real_events(world_code(text, lang), "CONSULT")
    assert any(met in e.actor + e.recipient for e in meetings), shown(meetings)
    assert all(topic not in e.actor + e.recipient for e in meetings), shown(meetings)
    assert all(e.location is None or e.location.name != topic for e in meetings), shown(meetings)


def test_a_talk_about_a_state_alone_names_no_counterpart(world_code):
    """ "discussed the situation in Mali" with nobody named: no meeting with Mali, and Mali is no host."""
    events = real_events(
        world_code("The Algerian foreign minister discussed the situation in Mali on Sunday.", "en")
    )
    assert all("Mali" not in e.actor + e.recipient for e in events), shown(events)


def test_a_state_met_and_discussed_stays_a_participant(world_code):
    """Named once as the host, the state stays, even when the talks were about it too."""
    text = "The Algerian foreign minister visited Mali on Sunday and discussed the crisis in Mali with its president."
    meetings = real_events(world_code(text, "en"), "CONSULT")
    assert any("Mali" in e.actor + e.recipient for e in meetings), shown(meetings)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "Yemen's warring parties began peace talks in Geneva on Monday.", "Geneva"),
        (
            "fr",
            "Les membres du Conseil de sécurité se sont réunis à New York lundi avec l'envoyé de l'ONU.",
            "New York",
        ),
    ],
)
def test_peace_talks_and_security_bodies_keep_their_place(world_code, lang, text, place):
    """ "peace" and "security" are no subject matter: they name talks and bodies, which meet somewhere."""
    events = real_events(world_code(text, lang))
    assert any(e.location is not None and place in e.location.name for e in events), shown(events)


# (lang, text, the host, the state the meeting is about): a meeting noun's "on", "sur", "sobre", "حول"
HOSTED_ABOUT = [
    (
        "en",
        "Ethiopia hosted a summit on Somalia with the leaders of neighbouring states on Sunday.",
        "Ethiopia",
        "Somalia",
    ),
    ("en", "Qatar will host a conference about Afghanistan in Doha next month.", "Qatar", "Afghanistan"),
    (
        "fr",
        "Le Kenya a accueilli dimanche un sommet sur la Somalie avec les dirigeants de la région.",
        "Kenya",
        "Somalia",
    ),
    (
        "fr",
        "Le Sénégal organise mardi une conférence internationale consacrée à la Guinée.",
        "Senegal",
        "Guinea",
    ),
    ("es", "Panamá acogió el domingo una cumbre sobre Haití con los países de la región.", "Panama", "Haiti"),
    ("ar", "استضافت إثيوبيا الأحد قمة حول الصومال بمشاركة قادة دول الجوار.", "Ethiopia", "Somalia"),
]


@pytest.mark.parametrize(
    ("lang", "text", "host", "topic"), HOSTED_ABOUT, ids=[f"{h[0]}-{h[3]}" for h in HOSTED_ABOUT]
)
def test_a_meeting_about_a_state_is_held_by_its_host_without_that_state(world_code, lang, text, host, topic):
    """ "hosted a summit on Somalia": the host holds the meeting; Somalia is what it is about, no
    participant (and no visitor of the host's)."""
    events = [e for e in world_code(text, lang) if e.type in ("CONSULT", "AGREE")]
    assert any(host in e.actor for e in events), shown(events)
    assert all(topic not in e.actor + e.recipient for e in events), shown(events)
