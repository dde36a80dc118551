"""The second act of the same participants: a sentence that tells a meeting and, by the same actor, a
stance or a demand gives one event per act, each with its own counterparts (issue 9; sentences
written for these tests). A noun the meeting is about, or an aim it had, is no second act.
Publication date: Wednesday 2024-03-13."""

from __future__ import annotations

import dataclasses

import pytest

from tests.events.conftest import by_language, real_events, real_involving, shown

# the meeting is the scene of a demand: the demand's addressee is not the partner met
SCENE_THEN_ASK = [
    (
        "en",
        "During his talks with Sergey Lavrov on Monday, Ahmed Attaf called on Morocco to negotiate directly.",
    ),
    (
        "fr",
        "Lors de son entretien avec Sergueï Lavrov lundi, Ahmed Attaf a appelé le Maroc à négocier directement.",
    ),
    (
        "es",
        "Durante su reunión con Sergey Lavrov el lunes, Ahmed Attaf pidió a Marruecos negociar directamente.",
    ),
    ("ar", "خلال لقائه مع لافروف يوم الاثنين، دعا عطاف المغرب إلى التفاوض المباشر."),
]

# a briefing before a body is the scene of a demand too: the body briefed is not asked
BRIEFING_THEN_ASK = [
    (
        "fr",
        "Lors de son exposé devant le Conseil de sécurité, Ahmed Attaf a appelé le Maroc à négocier directement.",
    ),
    (
        "fr",
        "Ahmed Attaf a appelé le Maroc à négocier directement, lors d'un exposé devant le Conseil de sécurité.",
    ),
    (
        "es",
        "Durante una sesión informativa ante el Consejo de Seguridad, Ahmed Attaf pidió a Marruecos negociar "
        "directamente.",
    ),
    (
        "en",
        "During a briefing before the Security Council, Ahmed Attaf called on Morocco to negotiate directly.",
    ),
]


# a meeting, then a stance of the same actor told by a coordinated verb
MET_THEN_SUPPORT = [
    ("en", "Sergey Lavrov met Ahmed Attaf in Moscow on Monday and reaffirmed his support for the Polisario."),
    ("fr", "Sergueï Lavrov a rencontré Ahmed Attaf lundi à Moscou et a réaffirmé son soutien au Polisario."),
    ("es", "Sergey Lavrov se reunió el lunes con Ahmed Attaf en Moscú y expresó su respaldo al Polisario."),
    ("ar", "التقى لافروف عطاف يوم الاثنين في موسكو وجدد دعمه للبوليساريو."),
]

# what the meeting was about: "the support" is its topic, not a stance anyone took
TOPIC_OF_MEETING = [
    (
        "en",
        "Ahmed Attaf met Staffan de Mistura on Monday and discussed the support for the political process.",
    ),
    ("fr", "Ahmed Attaf a rencontré Staffan de Mistura lundi et a évoqué le soutien au processus politique."),
    ("es", "Ahmed Attaf se reunió el lunes con Staffan de Mistura y habló del apoyo al proceso político."),
    ("ar", "التقى عطاف دي ميستورا يوم الاثنين وبحث معه دعم العملية السياسية."),
]

# what the meeting was for: an aim, not a call anyone made
AIM_OF_MEETING = [
    ("en", "Ahmed Attaf met Staffan de Mistura on Monday to call for direct negotiations."),
    ("fr", "Ahmed Attaf a rencontré Staffan de Mistura lundi pour appeler à des négociations directes."),
    ("es", "Ahmed Attaf se reunió el lunes con Staffan de Mistura para pedir negociaciones directas."),
    ("ar", "التقى عطاف دي ميستورا يوم الاثنين من أجل الدعوة إلى مفاوضات مباشرة."),
]


@pytest.mark.slow
@by_language(SCENE_THEN_ASK)
def test_second_act_meeting_as_scene_of_a_demand(code, lang: str, text: str) -> None:
    events = code(text, lang)
    meeting = real_involving(events, "CONSULT", "Sergey_Lavrov")
    request = real_involving(events, "REQUEST", "Morocco")
    assert meeting and request, shown(events)
    assert all("Ahmed_Attaf" in e.actor + e.recipient for e in meeting), shown(events)
    assert all("Morocco" not in e.actor + e.recipient for e in meeting), shown(events)
    assert all(e.actor == ("Ahmed_Attaf",) for e in request), shown(events)
    assert all("Sergey_Lavrov" not in e.recipient for e in request), shown(events)


@pytest.mark.slow
@by_language(
    [
        ("en", "At his meeting with Ahmed Attaf on Monday, Sergey Lavrov praised the role of Algeria."),
        (
            "fr",
            "Au cours de sa rencontre avec Ahmed Attaf lundi, Sergueï Lavrov a salué le rôle de l'Algérie.",
        ),
        # the meeting phrase on a participle set off by commas is still the scene of the act
        (
            "en",
            "Sergey Lavrov, speaking after talks with Ahmed Attaf on Monday, praised the role of Algeria.",
        ),
        (
            "fr",
            "Sergueï Lavrov, s'exprimant après un entretien avec Ahmed Attaf lundi, a salué le rôle de l'Algérie.",
        ),
        (
            "es",
            "Serguéi Lavrov, hablando tras una reunión con Ahmed Attaf el lunes, elogió el papel de Argelia.",
        ),
    ]
)
def test_second_act_meeting_as_scene_of_a_praise(code, lang: str, text: str) -> None:
    events = code(text, lang)
    meeting = real_involving(events, "CONSULT", "Ahmed_Attaf")
    support = real_involving(events, "SUPPORT", "Algeria")
    assert meeting and support, shown(events)
    assert all("Sergey_Lavrov" in e.actor + e.recipient for e in meeting), shown(events)
    assert all(e.actor == ("Sergey_Lavrov",) for e in support), shown(events)


# a criticism told after a meeting ("after talks with X"): the meeting is its speaker's, with X
CRITICISM_AFTER_MEETING = [
    ("en", "Sergey Lavrov criticised Morocco on Monday after talks in Moscow with Ahmed Attaf."),
    ("es", "Sergey Lavrov criticó el lunes a Marruecos tras sus conversaciones en Moscú con Ahmed Attaf."),
    ("es", "Sergey Lavrov criticó el lunes a Marruecos después de su reunión con Ahmed Attaf."),
]


@pytest.mark.slow
@by_language(CRITICISM_AFTER_MEETING)
def test_second_act_meeting_before_a_criticism(code, lang: str, text: str) -> None:
    events = code(text, lang)
    meeting = real_involving(events, "CONSULT", "Ahmed_Attaf")
    criticism = real_involving(events, "ACCUSE", "Morocco")
    assert meeting and criticism, shown(events)
    assert all("Sergey_Lavrov" in e.actor + e.recipient for e in meeting), shown(events)


@pytest.mark.slow
def test_second_act_scene_without_a_partner_is_a_reference(code) -> None:
    """ "Lors de cette réunion": the meeting told before, no new one (and no partner to give it)."""
    events = code("Lors de cette réunion, Ahmed Attaf a appelé le Maroc à négocier.", "fr")
    assert not real_events(events, "CONSULT"), shown(events)
    assert real_involving(events, "REQUEST", "Morocco"), shown(events)


@pytest.mark.slow
@by_language(MET_THEN_SUPPORT)
def test_second_act_meeting_then_support(code, lang: str, text: str) -> None:
    events = code(text, lang)
    meeting = real_involving(events, "CONSULT", "Ahmed_Attaf")
    support = real_involving(events, "SUPPORT", "Polisario_Front")
    assert meeting and support, shown(events)
    assert all(e.actor == ("Sergey_Lavrov",) for e in support), shown(events)
    assert all("Polisario_Front" not in e.recipient for e in meeting), shown(events)


@pytest.mark.slow
@by_language(TOPIC_OF_MEETING)
def test_second_act_topic_of_the_meeting_is_no_stance(code, lang: str, text: str) -> None:
    events = code(text, lang)
    assert real_involving(events, "CONSULT", "Staffan_de_Mistura"), shown(events)
    assert not real_events(events, "SUPPORT"), shown(events)


@pytest.mark.slow
@by_language(AIM_OF_MEETING)
def test_second_act_aim_of_the_meeting_is_no_demand(code, lang: str, text: str) -> None:
    events = code(text, lang)
    assert real_involving(events, "CONSULT", "Staffan_de_Mistura"), shown(events)
    assert not real_events(events, "REQUEST"), shown(events)


# a meeting, then a demand with no addressee of its own: voiced to the one met
MET_THEN_CALL = [
    (
        "en",
        "Ahmed Attaf met Staffan de Mistura on Monday and called for the resumption of direct negotiations.",
    ),
    (
        "fr",
        "Ahmed Attaf a rencontré Staffan de Mistura lundi et a appelé à la reprise des négociations directes.",
    ),
    (
        "es",
        "Ahmed Attaf se reunió el lunes con Staffan de Mistura y pidió la reanudación de las negociaciones directas.",
    ),
    ("ar", "التقى عطاف دي ميستورا يوم الاثنين ودعا إلى استئناف المفاوضات المباشرة."),
]

# a stance held over time, or an aim of the meeting: no act of the day beside the meeting
NO_ACT_BESIDE_THE_MEETING = [
    (
        "en",
        "Ahmed Attaf, who has repeatedly called for direct negotiations, met Staffan de Mistura on Monday.",
    ),
    (
        "fr",
        "Ahmed Attaf, qui a toujours appelé à des négociations directes, a rencontré lundi Staffan de Mistura.",
    ),
    ("es", "Ahmed Attaf se reunió el lunes con Staffan de Mistura para respaldar los esfuerzos de la ONU."),
    ("ar", "التقى عطاف دي ميستورا يوم الاثنين من أجل دعم جهود إنهاء النزاع."),
]


@pytest.mark.slow
@by_language(MET_THEN_CALL)
def test_second_act_demand_at_a_meeting_is_voiced_to_the_partner(code, lang: str, text: str) -> None:
    events = code(text, lang)
    assert real_involving(events, "CONSULT", "Staffan_de_Mistura"), shown(events)
    request = real_events(events, "REQUEST")
    assert request, shown(events)
    assert all(e.actor == ("Ahmed_Attaf",) for e in request), shown(events)
    assert all("Staffan_de_Mistura" in e.recipient for e in request), shown(events)


@pytest.mark.slow
@by_language(NO_ACT_BESIDE_THE_MEETING)
def test_second_act_habit_or_aim_beside_a_meeting_is_no_act(code, lang: str, text: str) -> None:
    events = code(text, lang)
    assert real_involving(events, "CONSULT", "Staffan_de_Mistura"), shown(events)
    assert not real_events(events, "REQUEST") and not real_events(events, "SUPPORT"), shown(events)


# a welcome and, after "but", a criticism by the same speaker: two acts, each with its own counterpart
WELCOME_BUT_CRITICISE = [
    ("en", "Sergey Lavrov welcomed the decision of Spain but criticised Algeria."),
    ("fr", "Sergueï Lavrov a salué la décision de l'Espagne mais a critiqué l'Algérie."),
    ("es", "Sergey Lavrov celebró la decisión de España pero criticó a Argelia."),
    ("ar", "رحب لافروف بقرار مجلس الأمن لكنه انتقد الجزائر."),
]


@pytest.mark.slow
@by_language(WELCOME_BUT_CRITICISE)
def test_second_act_welcome_but_criticism(code, lang: str, text: str) -> None:
    events = code(text, lang)
    support, accuse = real_events(events, "SUPPORT"), real_involving(events, "ACCUSE", "Algeria")
    assert support and accuse, shown(events)
    assert all(e.actor == ("Sergey_Lavrov",) for e in support + accuse), shown(events)
    assert all("Algeria" not in e.recipient for e in support), shown(events)


@pytest.mark.slow
@by_language(BRIEFING_THEN_ASK)
def test_second_act_briefing_as_scene_of_a_demand(code, lang: str, text: str) -> None:
    events = code(text, lang)
    briefing = real_involving(events, "CONSULT", "United_Nations_Security_Council")
    request = real_involving(events, "REQUEST", "Morocco")
    assert briefing and request, shown(events)
    assert all("Ahmed_Attaf" in e.actor + e.recipient for e in briefing), shown(events)
    assert all("United_Nations_Security_Council" not in e.recipient for e in request), shown(events)


@pytest.mark.slow
def test_second_act_what_an_asked_act_would_bring_about_is_asked_too(world_code) -> None:
    """ "asked Ankara to help broker an exchange of prisoners with Russia": the brokering is asked for, not
    done; Russia is no partner of the meeting told first."""
    text = (
        "Volodymyr Zelensky met Recep Tayyip Erdogan in Istanbul on Friday and asked Ankara to help broker a "
        "new exchange of prisoners with Russia."
    )
    events = world_code(text, "en")
    meetings = real_events(events, "CONSULT")
    assert meetings and all("Russia" not in e.actor + e.recipient for e in meetings), shown(events)


def test_a_subject_hung_on_a_gerund_between_commas_is_the_main_verbs() -> None:
    """ "Fidan, hablando tras la reunión, celebró el acuerdo": the Spanish parser made the name the
    gerund's subject and left the main verb without one (text/gerund_subjects.py)."""
    from diplowatch.text.gerund_subjects import gerund_subject_restored
    from diplowatch.text.normalise import Token

    toks = (
        Token(0, 5, "Fidan", "fidan", "fidan", "PROPN", "nsubj", 2),
        Token(5, 6, ",", ",", ",", "PUNCT", "punct", 2),
        Token(7, 15, "hablando", "hablando", "hablar", "VERB", "advcl", 6, "VerbForm=Ger"),
        Token(16, 20, "tras", "tras", "tras", "ADP", "case", 4),
        Token(21, 28, "reunión", "reunion", "reunion", "NOUN", "obl", 2),
        Token(28, 29, ",", ",", ",", "PUNCT", "punct", 2),
        Token(30, 37, "celebró", "celebro", "celebrar", "VERB", "ROOT", -1, "VerbForm=Fin"),
    )
    repaired = gerund_subject_restored(toks)
    assert repaired[0].head == 6 and repaired[0].dep == "nsubj"
    # a main verb with a subject of its own keeps it, and the gerund keeps its own
    own = toks + (Token(38, 42, "Rusia", "rusia", "rusia", "PROPN", "nsubj", 6),)
    assert gerund_subject_restored(own)[0].head == 2


# (lang, text, category, who acts): a verb coordinated after a reported clause, in the reporter's tense
# and not the reported verb's, is the reporter's act (text/reported_conjuncts.py); a French first name
# read as a verb opening a sentence whose verb has no subject is that subject (text/names_as_verbs.py).
REPORTERS_SECOND_ACTS = [
    (
        "en",
        "Sergey Lavrov said that Morocco was stalling the talks, and criticised Spain.",
        "ACCUSE",
        "Sergey_Lavrov",
    ),
    ("en", "Ahmed Attaf said the process had stalled and called on Russia to act.", "REQUEST", "Ahmed_Attaf"),
    (
        "fr",
        "Sergueï Lavrov a estimé que le Maroc bloquait les pourparlers et a critiqué l'Espagne.",
        "ACCUSE",
        "Sergey_Lavrov",
    ),
    (
        "fr",
        "Nasser Bourita a déclaré que l'Algérie freinait le processus, et a appelé la Russie à agir.",
        "REQUEST",
        "Nasser_Bourita",
    ),
    (
        "es",
        "Sergey Lavrov dijo que Marruecos bloquea las conversaciones y criticó a España.",
        "ACCUSE",
        "Sergey_Lavrov",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "who"),
    REPORTERS_SECOND_ACTS,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(REPORTERS_SECOND_ACTS)],
)
def test_events_a_verb_in_the_reporters_tense_is_the_reporters_act(code, lang, text, kind, who):
    found = real_events(code(text, lang), kind)
    assert found and all(e.actor == (who,) for e in found), shown(found)


def test_a_verb_in_the_reported_clauses_tense_stays_there() -> None:
    """ "said Algeria blocked the process and criticised Spain": one tense for all three verbs, read both
    ways; the parse stands."""
    from diplowatch.text.normalise import Token
    from diplowatch.text.reported_conjuncts import reported_conjuncts_restored

    past = "Tense=Past|VerbForm=Fin"
    toks = (
        Token(0, 7, "Bourita", "bourita", "bourita", "PROPN", "nsubj", 1),
        Token(8, 12, "said", "said", "say", "VERB", "ROOT", -1, past),
        Token(13, 20, "Algeria", "algeria", "algeria", "PROPN", "nsubj", 3),
        Token(21, 28, "blocked", "blocked", "block", "VERB", "ccomp", 1, past),
        Token(29, 32, "and", "and", "and", "CCONJ", "cc", 4),
        Token(33, 43, "criticised", "criticised", "criticise", "VERB", "conj", 3, past),
    )
    assert reported_conjuncts_restored(toks) == toks
    progressive = "Aspect=Prog|Tense=Pres|VerbForm=Part"
    was = Token(21, 24, "was", "was", "be", "AUX", "aux", 3, past)
    moved = reported_conjuncts_restored(
        toks[:3] + (dataclasses.replace(toks[3], morph=progressive), toks[4], toks[5]) + (was,)
    )
    assert moved[5].head == 1


# a meeting between two named sides as the scene of an act ("After talks between X and Y, Z praised..."):
# the two met, nobody hosting; the act keeps its own counterpart
BETWEEN_SCENES = [
    ("en", "After talks between Sergey Lavrov and Ahmed Attaf on Monday, Russia praised Algeria."),
    ("fr", "Lors des entretiens entre Sergueï Lavrov et Ahmed Attaf lundi, la Russie a salué l'Algérie."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), BETWEEN_SCENES, ids=[b[0] for b in BETWEEN_SCENES])
def test_a_meeting_between_two_sides_as_a_scene(code, lang, text):
    found = code(text, lang)
    meetings = real_events(found, "CONSULT")
    assert [e for e in meetings if {"Sergey_Lavrov", "Ahmed_Attaf"} <= set(e.actor) | set(e.recipient)], (
        shown(found)
    )
    assert [e for e in real_events(found, "SUPPORT") if e.recipient == ("Algeria",)], shown(found)
